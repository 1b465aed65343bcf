/**
 * What evaluations may share, and what they must not: module functions are called once per
 * evaluation, declarations a module function returns are its own in every evaluation, lazy values
 * are computed once, and definitions keep module order however modules are computed.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  canonicalJson,
  defineModule,
  evalModules,
  mkOption,
  type OptionType,
  types,
} from "../../src/modules/index.ts";
import { runCases } from "./harness.ts";

runCases("sharing", [
  {
    name: "a module function before a module that imports something is called once",
    modules: (() => {
      let calls = 0;
      const counted = () => {
        calls++;
        return { options: { calls: mkOption({ type: types.int, default: 0 }) } };
      };
      const imported = { config: { list: ["imported"] } };
      return [
        counted,
        { imports: [imported], options: { list: mkOption({ type: types.listOf(types.str) }) } },
        { config: { list: ["last"] } },
        counted,
        () => ({ config: { calls } }),
      ];
    })(),
    read: (c) => ({ calls: c.calls, list: c.list }),
    expect: { calls: 1, list: ["imported", "last"] },
  },
  {
    name: "declarations a module function returns sit beside shared ones in one namespace",
    modules: [
      defineModule(
        { options: { services: { shared: { port: mkOption({ type: types.port, default: 1 }) } } } },
        { file: "shared.ts" },
      ),
      () => ({ options: { services: { own: { url: mkOption({ type: types.str, default: "http://x" }) } } } }),
      { services: { shared: { port: 8080 } } },
    ],
    read: (c) => c.services,
    expect: { own: { url: "http://x" }, shared: { port: 8080 } },
  },
]);

test("sharing: two evaluations of one module function keep their own declarations", () => {
  let n = 0;
  const fn = () => {
    n++;
    return { options: { a: { b: mkOption({ type: types.str, default: `evaluation ${n}` }) } } };
  };
  const one = evalModules({ modules: [fn] }).config;
  const two = evalModules({ modules: [fn] }).config;
  assert.equal(one.a.b, "evaluation 1");
  assert.equal(two.a.b, "evaluation 2");
});

test("sharing: an attribute of an attribute set is computed once", () => {
  let computed = 0;
  const { config } = evalModules({
    modules: [
      { options: { set: mkOption({ type: types.attrsOf(types.str), default: {} }) } },
      {
        set: {
          get a() {
            computed++;
            return "A";
          },
          b: "B",
        },
      },
    ],
  });
  const set = config.set;
  assert.deepEqual(Object.keys(set), ["a", "b"]);
  assert.equal(set.a, "A");
  assert.equal(set.a, "A");
  assert.equal(canonicalJson(set), '{"a":"A","b":"B"}');
  assert.equal(computed, 1);
});

test("sharing: definitions read while other modules are computed keep module order", () => {
  // The first module reads `enable` while computing its configuration: the others are computed
  // inside it, so their definitions arrive first; the list is still in module order.
  const modules = [
    {
      options: {
        enable: mkOption({ type: types.bool, default: false }),
        list: mkOption({ type: types.listOf(types.str), default: [] }),
      },
    },
    ...["a", "b", "c"].map((n) => ({
      config: ({ config }: { config: any }) => ({ list: config.enable ? [n] : [] }),
    })),
    { enable: true },
    { list: ["last"] },
  ];
  assert.deepEqual(evalModules({ modules }).config.list, ["last", "c", "b", "a"]);
});

test("sharing: elements of a submodule function keep their own declarations", () => {
  // Elements declaring alike share one option tree; each keeps its own defaults and option
  // details, and an element declaring other options (or other types) gets its own tree.
  const { config } = evalModules({
    modules: [
      {
        options: {
          hosts: mkOption({
            type: types.attrsOf(
              types.submodule(({ name, options }: { name: string; options: any }) => ({
                config: {
                  get about() {
                    return options.domain.description;
                  },
                },
                options: {
                  about: mkOption({ type: types.str }),
                  domain: mkOption({ type: types.str, default: `${name}.example`, description: `${name}'s` }),
                  port: mkOption({
                    type: (name === "c" ? types.str : types.port) as OptionType<unknown>,
                    default: 80,
                  }),
                  ...(name === "b" ? { only: mkOption({ type: types.bool, default: true }) } : {}),
                  nested: { tls: mkOption({ type: types.bool, default: name !== "a" }) },
                },
              })),
            ),
            default: {},
          }),
        },
      },
      { hosts: { a: {}, b: { port: 81 }, c: { port: "x" }, d: { nested: { tls: false } }, e: {} } },
    ],
  });
  assert.equal(
    canonicalJson(config.hosts),
    '{"a":{"about":"a\'s","domain":"a.example","nested":{"tls":false},"port":80},' +
      '"b":{"about":"b\'s","domain":"b.example","nested":{"tls":true},"only":true,"port":81},' +
      '"c":{"about":"c\'s","domain":"c.example","nested":{"tls":true},"port":"x"},' +
      '"d":{"about":"d\'s","domain":"d.example","nested":{"tls":false},"port":80},' +
      '"e":{"about":"e\'s","domain":"e.example","nested":{"tls":true},"port":80}}',
  );
  // Names sorted, as Nix lists them (not in declaration order).
  assert.deepEqual(Object.keys(config.hosts.e), ["about", "domain", "nested", "port"]);
});

/** Submodules: names, defaults per element, the outer config, nesting. */
import { defineModule, mkDefault, mkIf, mkOption, types } from "../../src/modules/index.ts";
import { runCases } from "./harness.ts";

const vhost = types.submodule(({ name }: { name: string }) => ({
  options: {
    domain: mkOption({ type: types.str, default: `${name}.lab.example` }),
    port: mkOption({ type: types.port }),
    tls: mkOption({ type: types.bool, default: true }),
  },
}));
const declare = defineModule({
  options: {
    vhosts: mkOption({ type: types.attrsOf(vhost), default: {} }),
    entries: mkOption({
      type: types.listOf(
        types.submodule({
          options: {
            name: mkOption({ type: types.str }),
            group: mkOption({ type: types.str, default: "Apps" }),
          },
        }),
      ),
      default: [],
    }),
    domain: mkOption({ type: types.str, default: "lab.example" }),
  },
});

runCases("submodules", [
  {
    name: "attrsOf submodule: the attribute name is the `name` argument",
    modules: [declare, { vhosts: { media: { port: 8096 } } }],
    read: (c) => c.vhosts,
    expect: { media: { domain: "media.lab.example", port: 8096, tls: true } },
  },
  {
    name: "definitions of one element from several modules merge",
    modules: [declare, { vhosts: { media: { port: 8096 } } }, { vhosts: { media: { tls: false } } }],
    read: (c) => c.vhosts.media,
    expect: { domain: "media.lab.example", port: 8096, tls: false },
  },
  {
    name: "priorities inside an element",
    modules: [
      declare,
      { vhosts: { m: { port: 1, domain: mkDefault("d") } } },
      { vhosts: { m: { domain: "e" } } },
    ],
    read: (c) => c.vhosts.m.domain,
    expect: "e",
  },
  {
    name: "a conflict inside an element names the full path",
    modules: [declare, { vhosts: { m: { port: 1 } } }, { vhosts: { m: { port: 2 } } }],
    read: (c) => c.vhosts.m.port,
    error: ["The option `vhosts.m.port' has conflicting definition values"],
  },
  {
    name: "a missing value inside an element names the full path",
    modules: [declare, { vhosts: { m: {} } }],
    read: (c) => c.vhosts.m.port,
    error: ["The option `vhosts.m.port' was accessed but has no value defined"],
  },
  {
    name: "an undeclared option inside an element, with a suggestion",
    modules: [declare, defineModule({ vhosts: { m: { prot: 1 } } } as never)],
    read: (c) => c.vhosts.m,
    error: [
      "The option `vhosts.m.prot' does not exist",
      "Did you mean `vhosts.m.port'?",
      /submodules\.test\.ts:\d+/,
    ],
  },
  {
    name: "listOf submodule: each element is evaluated, defaults applied",
    modules: [declare, { entries: [{ name: "a" }, { name: "b", group: "Media" }] }],
    read: (c) => c.entries,
    expect: [
      { name: "a", group: "Apps" },
      { name: "b", group: "Media" },
    ],
  },
  {
    name: "listOf submodule: elements keep module order rules",
    modules: [declare, { entries: [{ name: "first module" }] }, { entries: [{ name: "second module" }] }],
    read: (c) => c.entries.map((e: { name: string }) => e.name),
    expect: ["second module", "first module"],
  },
  {
    name: "a submodule reading the outer config through the closure",
    modules: [
      ({ config }: any) => ({
        options: {
          domain: mkOption({ type: types.str, default: "home.arpa" }),
          hosts: mkOption({
            type: types.attrsOf(
              types.submodule(({ name }: { name: string }) => ({
                options: { fqdn: mkOption({ type: types.str, default: `${name}.${config.domain}` }) },
              })),
            ),
            default: {},
          }),
        },
      }),
      { hosts: { nas: {} } },
    ],
    read: (c) => c.hosts.nas.fqdn,
    expect: "nas.home.arpa",
  },
  {
    name: "a submodule's own config is its `config` argument",
    modules: [
      {
        options: {
          svc: mkOption({
            type: types.submodule({
              options: {
                port: mkOption({ type: types.port, default: 80 }),
                url: mkOption({ type: types.str }),
              },
              config: ({ config }: any) => ({ url: mkDefault(`http://localhost:${config.port}`) }),
            }),
            default: {},
          }),
        },
      },
      { svc: { port: 8080 } },
    ],
    read: (c) => c.svc.url,
    expect: "http://localhost:8080",
  },
  {
    name: "nested submodules",
    modules: [
      {
        options: {
          outer: mkOption({
            type: types.attrsOf(
              types.submodule({
                options: {
                  inner: mkOption({
                    type: types.attrsOf(
                      types.submodule({ options: { v: mkOption({ type: types.int, default: 7 }) } }),
                    ),
                    default: {},
                  }),
                },
              }),
            ),
            default: {},
          }),
        },
      },
      { outer: { a: { inner: { b: {} } } } },
    ],
    read: (c) => c.outer.a.inner.b.v,
    expect: 7,
  },
  {
    name: "mkIf on a whole element",
    modules: [declare, { vhosts: { a: { port: 1 }, b: mkIf(false, { port: 2 }) } }],
    read: (c) => Object.keys(c.vhosts),
    expect: ["a"],
  },
  {
    name: "a function as a submodule value is imported as a module",
    modules: [
      declare,
      { vhosts: { f: ({ name }: { name: string }) => ({ config: { port: name.length } }) } },
    ],
    read: (c) => c.vhosts.f.port,
    expect: 1,
  },
  {
    name: "submodule values do not show `_module`",
    modules: [declare, { vhosts: { a: { port: 1 } } }],
    read: (c) => Object.keys(c.vhosts.a).includes("_module"),
    expect: false,
  },
  {
    name: "a submodule with no definitions has its defaults (the empty value)",
    modules: [
      {
        options: {
          s: mkOption({
            type: types.submodule({ options: { x: mkOption({ type: types.int, default: 3 }) } }),
          }),
        },
      },
    ],
    read: (c) => c.s,
    expect: { x: 3 },
  },
  {
    name: "a non-attribute-set value for a submodule is refused",
    modules: [declare, { vhosts: { a: 5 } }],
    read: (c) => c.vhosts.a,
    error: ["A definition for option `vhosts.a' is not of type `submodule'"],
  },
]);

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

const plainSub = (a: number) =>
  types.submodule({ options: { a: mkOption({ type: types.int, default: a }) } });

runCases("submodules", [
  {
    // Nix's answer: specialArgs win over the element's name (its `_module.args.name`).
    name: "a `name` in submoduleWith's specialArgs is the name module functions get",
    modules: [
      {
        options: {
          s: mkOption({
            type: types.attrsOf(
              types.submoduleWith({
                specialArgs: { name: "fixed" },
                modules: [
                  ({ name }: any) => ({ options: { n: mkOption({ type: types.str, default: name }) } }),
                ],
              }),
            ),
          }),
        },
      },
      { s: { x: {} } },
    ],
    read: (c) => c.s,
    expect: { x: { n: "fixed" } },
  },
  {
    // The same type's modules declaring one option twice: named at the element, as in Nix.
    name: "an option declared twice by a submodule type's modules is named at the element",
    modules: [
      { options: { s: mkOption({ type: types.attrsOf(plainSub(1)) }) } },
      { options: { s: mkOption({ type: types.attrsOf(plainSub(2)) }) } },
      { s: { x: {} } },
    ],
    read: (c) => c.s,
    error: ["The option `s.x.a' in `test/modules/harness.ts:"],
  },
  {
    // As Nix reads `_file` from what a module function returns.
    name: "an element defined by a function whose module names its file: definitions are shown there",
    modules: [
      { options: { s: mkOption({ type: types.attrsOf(plainSub(0)) }) } },
      { s: { x: () => ({ _file: "virtual.nix", a: "bad" }) } },
    ],
    read: (c) => c.s,
    error: ["A definition for option `s.x.a' is not of type `signed integer'", '- In `virtual.nix\': "bad"'],
  },
  {
    name: "a submodule type's modules, as NixOS names them (getSubModules)",
    modules: [],
    read: () => [types.attrsOf(plainSub(0)).getSubModules?.length, types.int.getSubModules],
    expect: [1, null],
  },
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
    name: "a submodule option with `default: {}` has its options' defaults",
    modules: [
      {
        options: {
          s: mkOption({
            type: types.submodule({ options: { x: mkOption({ type: types.int, default: 3 }) } }),
            default: {},
          }),
        },
      },
    ],
    read: (c) => c.s,
    expect: { x: 3 },
  },
  {
    // As NixOS (whose options write `default = { }` for this).
    name: "a submodule option without a default or definitions has no value",
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
    error: ["The option `s' was accessed but has no value defined"],
  },
  {
    // Nix's result for the same modules: the empty value of a submodule is `{}`.
    name: "a lazyAttrsOf submodule attribute under mkIf false is {}",
    modules: [
      {
        options: {
          s: mkOption({
            type: types.lazyAttrsOf(types.submodule({ options: { a: mkOption({ default: 1 }) } })),
          }),
        },
      },
      { s: { x: mkIf(false, { a: 2 }), y: {} } },
    ],
    read: (c) => c.s,
    expect: { x: {}, y: { a: 1 } },
  },
  {
    name: "a non-attribute-set value for a submodule is refused",
    modules: [declare, { vhosts: { a: 5 } }],
    read: (c) => c.vhosts.a,
    error: ["A definition for option `vhosts.a' is not of type `submodule'"],
  },
]);

// The elements after the first of a type whose options are declared by a function (their
// defaults computed from `name`), and the elements of a type declared by plain modules, are
// merged without a module evaluation of their own when they only set the type's options: the
// same values, and the same errors, as the first element's.
const shaped = types.submodule(({ name }: { name: string }) => ({
  options: {
    domain: mkOption({ type: types.str, default: `${name}.lab.example` }),
    port: mkOption({ type: types.port }),
  },
}));
const declareShaped = defineModule(
  { options: { vhosts: mkOption({ type: types.attrsOf(shaped), default: {} }) } },
  { file: "/lab/options.ts", line: 1 },
);

/** A submodule type with a list option, declared by a function (`byFunction`) or a plain module. */
const tagged = (byFunction: boolean) => {
  const options = { tags: mkOption({ type: types.listOf(types.str), default: [] }) };
  return byFunction ? types.submodule((_: { name: string }) => ({ options })) : types.submodule({ options });
};

runCases("submodules, every element", [
  {
    name: "each element has its own name's defaults",
    modules: [declareShaped, { vhosts: { a: { port: 1 }, b: { port: 2 }, c: { port: 3, domain: "x" } } }],
    read: (c) => c.vhosts,
    expect: {
      a: { domain: "a.lab.example", port: 1 },
      b: { domain: "b.lab.example", port: 2 },
      c: { domain: "x", port: 3 },
    },
  },
  {
    name: "a conflict in a later element names its path",
    modules: [declareShaped, { vhosts: { a: { port: 1 }, b: { port: 1 } } }, { vhosts: { b: { port: 2 } } }],
    read: (c) => c.vhosts.b.port,
    error: ["The option `vhosts.b.port' has conflicting definition values"],
  },
  {
    name: "a missing value in a later element names its path",
    modules: [declareShaped, { vhosts: { a: { port: 1 }, b: {} } }],
    read: (c) => c.vhosts.b.port,
    error: ["The option `vhosts.b.port' was accessed but has no value defined"],
  },
  {
    name: "a misspelt option in a later element, with a suggestion",
    modules: [declareShaped, { vhosts: { a: { port: 1 }, b: { prot: 2 } } }],
    read: (c) => c.vhosts.b,
    error: ["The option `vhosts.b.prot' does not exist", "Did you mean `vhosts.b.port'?"],
  },
  {
    name: "a value of the wrong type in a later list element",
    modules: [declare, { entries: [{ name: "a" }, { name: 5 }] }],
    read: (c) => c.entries,
    error: ["is not of type `string'", "Definition values:"],
  },
  {
    name: "a later element's name is its `_module.args.name`",
    modules: [declareShaped, { vhosts: { a: { port: 1 }, b: { port: 2 } } }],
    read: (c) => [c.vhosts.a._module.args.name, c.vhosts.b._module.args.name],
    expect: ["a", "b"],
  },
  {
    name: "priorities and mkIf on a later element's options",
    modules: [
      declareShaped,
      { vhosts: { a: { port: 1 }, b: { port: mkIf(true, 2), domain: mkDefault("d") } } },
      { vhosts: { b: { domain: "e" } } },
    ],
    read: (c) => c.vhosts.b,
    expect: { domain: "e", port: 2 },
  },
  {
    name: "a type whose function also defines configuration",
    modules: [
      {
        options: {
          vhosts: mkOption({
            type: types.attrsOf(
              types.submodule(({ name }: { name: string }) => ({
                options: {
                  port: mkOption({ type: types.port }),
                  tls: mkOption({ type: types.bool, default: false }),
                },
                config: { tls: name !== "plain" },
              })),
            ),
            default: {},
          }),
        },
      },
      { vhosts: { a: { port: 1 }, plain: { port: 2 }, c: { port: 3 } } },
    ],
    read: (c) => c.vhosts,
    expect: { a: { port: 1, tls: true }, plain: { port: 2, tls: false }, c: { port: 3, tls: true } },
  },
  {
    // What Nix 2.8 with nixpkgs' lib gives for the same modules: a definition that is a function
    // is imported, so it comes first; the others in module order.
    name: "an element defined by several modules: lists in NixOS' order, every element",
    modules: [
      {
        options: {
          v: mkOption({ type: types.attrsOf(tagged(true)), default: {} }),
          w: mkOption({ type: types.attrsOf(tagged(false)), default: {} }),
        },
      },
      { v: { a: { tags: ["a1"] }, b: { tags: ["b1"] } }, w: { a: { tags: ["a1"] }, b: { tags: ["b1"] } } },
      {
        v: { a: () => ({ tags: ["a2"] }), b: () => ({ tags: ["b2"] }) },
        w: { a: () => ({ tags: ["a2"] }), b: { tags: ["b2"] } },
      },
      {
        v: { a: { tags: ["a3"] }, b: { tags: ["b3"] } },
        w: { a: { tags: ["a3"] }, b: () => ({ tags: ["b3"] }) },
      },
    ],
    expect: {
      v: { a: { tags: ["a2", "a1", "a3"] }, b: { tags: ["b2", "b1", "b3"] } },
      w: { a: { tags: ["a2", "a1", "a3"] }, b: { tags: ["b3", "b1", "b2"] } },
    },
  },
  {
    name: "an element defined by several modules with plain values: lists in module order",
    modules: [
      {
        options: {
          v: mkOption({ type: types.attrsOf(tagged(true)), default: {} }),
          w: mkOption({ type: types.attrsOf(tagged(false)), default: {} }),
        },
      },
      { v: { a: { tags: ["a1"] }, b: { tags: ["b1"] } }, w: { a: { tags: ["a1"] }, b: { tags: ["b1"] } } },
      { v: { a: { tags: ["a2"] }, b: { tags: ["b2"] } }, w: { a: { tags: ["a2"] }, b: { tags: ["b2"] } } },
    ],
    expect: {
      v: { a: { tags: ["a1", "a2"] }, b: { tags: ["b1", "b2"] } },
      w: { a: { tags: ["a1", "a2"] }, b: { tags: ["b1", "b2"] } },
    },
  },
  {
    // A type whose tree depends on the name (c declares more) and nests a namespace: every
    // element's values are its own, through `config` and through option info alike.
    name: "elements declaring different options by name, with a nested namespace",
    modules: [
      {
        options: {
          xs: mkOption({
            type: types.attrsOf(
              types.submodule(({ name }: { name: string }) => ({
                options: {
                  a: mkOption({ type: types.int, default: 1 }),
                  sub: { x: mkOption({ type: types.str, default: `x of ${name}` }) },
                  ...(name === "c" ? { extra: mkOption({ type: types.int, default: 2 }) } : {}),
                },
              })),
            ),
            default: {},
          }),
        },
      },
      { xs: { a0: { a: 10 }, b0: { a: 20 }, c: { a: 30 } } },
    ],
    read: (c) => [c.xs.a0.a, c.xs.b0.a, c.xs.c.a, c.xs.b0.sub.x, c.xs.b0._module.args.name, c.xs.c],
    expect: [10, 20, 30, "x of b0", "b0", { a: 30, sub: { x: "x of c" }, extra: 2 }],
  },
  {
    name: "a function keeping the element's config for later (in apply)",
    modules: [
      {
        options: {
          svcs: mkOption({
            type: types.attrsOf(
              types.submodule(({ config }: { config: any }) => ({
                options: {
                  port: mkOption({ type: types.port }),
                  url: mkOption({
                    type: types.str,
                    default: "",
                    apply: (v: string) => v || `http://localhost:${config.port}`,
                  }),
                },
              })),
            ),
            default: {},
          }),
        },
      },
      { svcs: { a: { port: 1 }, b: { port: 2 }, c: { port: 3, url: "https://c" } } },
    ],
    read: (c) => [c.svcs.a.url, c.svcs.b.url, c.svcs.c.url],
    expect: ["http://localhost:1", "http://localhost:2", "https://c"],
  },
  {
    name: "a function reading the element's config while declaring is refused on every element",
    modules: [
      {
        options: {
          svcs: mkOption({
            type: types.attrsOf(
              types.submodule(({ config }: { config: any }) => ({
                options: { port: mkOption({ type: types.port, default: config.other }) },
              })),
            ),
            default: {},
          }),
        },
      },
      { svcs: { a: {}, b: {} } },
    ],
    read: (c) => c.svcs.b.port,
    error: ["`config.other' was read while modules are being collected"],
  },
]);

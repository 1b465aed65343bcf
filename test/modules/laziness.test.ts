/** The lazy fixed point: reading config while it is built, cycles, and reading too early. */
import { defineModule, lazy, mkDefault, mkIf, mkOption, types } from "../../src/modules/index.ts";
import { runCases } from "./harness.ts";

const decl = defineModule({
  options: {
    a: mkOption({ type: types.int, default: 1 }),
    b: mkOption({ type: types.int }),
    c: mkOption({ type: types.int }),
    enable: mkOption({ type: types.bool, default: false }),
    out: mkOption({ type: types.listOf(types.str), default: [] }),
    name: mkOption({ type: types.str, default: "host" }),
  },
});

/** `fqdn` defaults to a name under `domain`. */
const fqdnFromDomain = ({ config }: any) => ({
  options: {
    domain: mkOption({ type: types.str, default: "a" }),
    fqdn: mkOption({ type: types.str, default: lazy(() => `h.${config.domain}`) as never }),
    out: mkOption({ type: types.str }),
  },
});

runCases("laziness", [
  {
    // Nix's result for the same modules. The evaluation starts over (the reader after the
    // definer); the lazy value is computed again then, not kept from the first round.
    name: "a lazy value reading option info too early is computed again when the evaluation starts over",
    modules: [
      {
        options: {
          n: mkOption({ type: types.int }),
          o: mkOption({ type: types.int }),
          p: mkOption({ type: types.int }),
        },
      },
      ({ options }: any) =>
        mkIf(
          true,
          lazy(() => ({ n: options.o.definitions.length })),
        ),
      ({ config }: any) =>
        mkIf(
          true,
          lazy(() => ({ o: config.p })),
        ),
      { p: 7 },
    ],
    read: (c) => [c.o, c.n],
    expect: [7, 1],
  },
  {
    // Nix's result for the same modules: option info read while another module still computes
    // the option's definitions is as the definitions will be.
    name: "options.x.isDefined read while the module defining x still computes",
    modules: [
      {
        options: {
          n: mkOption({ type: types.int }),
          o: mkOption({ type: types.int }),
          p: mkOption({ type: types.int }),
        },
      },
      { config: ({ options }: any) => ({ n: options.o.isDefined ? options.o.definitions.length : 0 }) },
      { config: ({ config }: any) => ({ o: config.p }) },
      { p: 7 },
    ],
    read: (c) => [c.o, c.n],
    expect: [7, 1],
  },
  {
    name: "a config function reads another option",
    modules: [decl, { config: ({ config }: any) => ({ b: config.a + 1 }) }],
    read: (c) => c.b,
    expect: 2,
  },
  {
    name: "a chain of config functions",
    modules: [
      decl,
      { config: ({ config }: any) => ({ c: config.b * 2 }) },
      { config: ({ config }: any) => ({ b: config.a + 1 }) },
    ],
    read: (c) => c.c,
    expect: 4,
  },
  {
    name: "a getter defers the read",
    modules: [
      decl,
      ({ config }: any) => ({
        get b() {
          return config.a + 10;
        },
      }),
    ],
    read: (c) => c.b,
    expect: 11,
  },
  {
    name: "lazy() defers the read",
    modules: [decl, ({ config }: any) => ({ b: lazy(() => config.a + 20) })],
    read: (c) => c.b,
    expect: 21,
  },
  {
    name: "a module gated on its own enable option (the usual service module)",
    modules: [
      decl,
      { enable: true },
      { config: ({ config }: any) => mkIf(config.enable, { out: [`hello ${config.name}`] }) },
    ],
    read: (c) => c.out,
    expect: ["hello host"],
  },
  {
    name: "gated modules reading each other's options",
    modules: [
      decl,
      { enable: true },
      { config: ({ config }: any) => mkIf(config.enable, { out: [`one sees ${config.b}`] }) },
      { config: ({ config }: any) => mkIf(config.enable, { b: config.a + 1, out: ["two"] }) },
    ],
    read: (c) => c.out,
    expect: ["two", "one sees 2"],
  },
  {
    name: "a function condition reads an option the same module defines",
    modules: [
      decl,
      { config: ({ config }: any) => ({ enable: true, out: mkIf(() => config.enable, ["on"]) }) },
    ],
    read: (c) => c.out,
    expect: ["on"],
  },
  {
    name: "a true cycle is an error naming the options on it",
    modules: [
      decl,
      ({ config }: any) => ({
        get b() {
          return config.c;
        },
        get c() {
          return config.b;
        },
      }),
    ],
    read: (c) => c.b,
    error: ["Infinite recursion", "`b'", "→ `c'", "→ `b'"],
  },
  {
    // Nix: infinite recursion (attrsOf computes every value to merge them). Was a stack overflow.
    name: "a freeform value computed from another, with a strict freeform type, is a cycle",
    modules: [
      { freeformType: types.attrsOf(types.int) },
      ({ config }: any) => ({
        get b() {
          return config.a;
        },
      }),
      { a: 1 },
    ],
    read: (c) => c.b,
    error: [
      "Infinite recursion: the values the freeform type takes (`a', `b') depend on themselves",
      "`attribute set of signed integer' computes every value",
      "types.lazyAttrsOf",
      ": <lazy>",
    ],
  },
  {
    name: "a freeform value computed from another, with a lazy freeform type (Nix gives the same)",
    modules: [
      { freeformType: types.lazyAttrsOf(types.int) },
      ({ config }: any) => ({
        get b() {
          return config.a;
        },
      }),
      { a: 1 },
    ],
    read: (c) => ({ a: c.a, b: c.b }),
    expect: { a: 1, b: 1 },
  },
  {
    // Nix's value: the module's definition of `domain' is given in advance, and comes out the same.
    name: "an option read eagerly through another's default, defined by the reading module",
    modules: [
      fqdnFromDomain,
      { config: ({ config }: any) => ({ out: config.fqdn, domain: mkDefault("b") }) },
    ],
    read: (c) => c.out,
    expect: "h.b",
  },
  {
    name: "... defined lazily there, it cannot be compared: refused, naming the option it was read for",
    modules: [
      fqdnFromDomain,
      { config: ({ config }: any) => ({ out: config.fqdn, domain: mkIf(() => true, "b") }) },
    ],
    read: (c) => c.out,
    error: ["defines `domain', but that option was read (to compute `fqdn') while the module"],
  },
  {
    name: "an option whose default reads itself",
    modules: [
      defineModule((({ config }: any) => ({
        options: {
          self: mkOption({ type: types.int }),
        },
        config: {
          get self() {
            return config.self + 1;
          },
        },
      })) as never),
    ],
    read: (c) => c.self,
    error: [
      "Infinite recursion: computing `self' reads `self' itself (in its default, its apply, one of its definitions or an mkIf condition on one). Compute it from other options. Definitions of `self':",
      /- In `test\/modules\/laziness\.test\.ts:\d+': <lazy>/,
    ],
  },
  {
    // The names of an attribute set decided by a condition on those names.
    name: "a condition that reads the option it guards: the message says so, with the condition shown",
    modules: [
      { options: { s: mkOption({ type: types.attrsOf(types.int) }) } },
      ({ config }: any) => ({ s: mkIf(() => "a" in config.s, { b: 1 }) }),
    ],
    read: (c) => c.s,
    error: ["computing `s' reads `s' itself", "mkIf(<function>, {\n    b: 1;\n  })"],
  },
  {
    name: "an option whose default reads itself: no definitions to list",
    modules: [
      ({ config }: any) => ({
        options: { d: mkOption({ type: types.int, default: lazy(() => config.d + 1) as never }) },
      }),
    ],
    read: (c) => c.d,
    error: [/computing `d' reads `d' itself \(.*\)\. Compute it from other options\.$/],
  },
  {
    // Nix gives 1500: it finds the priority without computing the default; hearth computes it
    // to see what it holds. A clear error, not a stack overflow.
    name: "an option's default computed from its own priority: a cycle error that says what is read",
    modules: [
      defineModule((({ options }: any) => ({
        options: { a: mkOption({ type: types.int, default: lazy(() => options.a.highestPrio) as never }) },
      })) as never),
    ],
    read: (c) => c.a,
    error: [
      "finding which definitions of `a' count reads the option info of `a' (isDefined, highestPrio, definitions): through its default",
      /- In `test\/modules\/laziness\.test\.ts:\d+' \(its default\)/,
    ],
  },
  {
    // Nix's answers: a default given as a getter is read when the option is merged, also for
    // an option declared twice or of a submodule type, and what it gives may be lazy itself.
    name: "getter defaults: read when merged, whatever the option's declarations",
    modules: [
      ({ config, options }: any) => ({
        options: {
          p: mkOption({ type: types.int, default: 4 }),
          lazyB: mkOption({ type: types.int, default: lazy(() => 3) as never }),
          fromB: mkOption({
            type: types.int,
            get default() {
              return options.lazyB.default;
            },
          }),
          twice: mkOption({
            type: types.int,
            get default() {
              return config.p;
            },
          }),
          sub: mkOption({
            type: types.submodule({ options: { port: mkOption({ type: types.int, default: 1 }) } }),
            get default() {
              return { port: config.p };
            },
          }),
        },
      }),
      { options: { twice: mkOption({ description: "declared again" }) } },
    ],
    read: (c) => [c.fromB, c.twice, c.sub],
    expect: [3, 4, { port: 4 }],
  },
  {
    name: "a read-only option set again shows its getter default's value",
    modules: [
      {
        options: {
          ro: mkOption({
            type: types.int,
            readOnly: true,
            get default() {
              return 7;
            },
          }),
        },
      },
      { ro: 8 },
    ],
    read: (c) => c.ro,
    error: ["(its default): 7"],
  },
  {
    name: "a cycle through several options lists them in order",
    modules: [
      {
        options: { a: mkOption({ type: types.int }), b: mkOption({ type: types.int }) },
      },
      ({ config }: any) => ({
        get a() {
          return config.b;
        },
        get b() {
          return config.a;
        },
      }),
    ],
    read: (c) => c.a,
    error: [
      // Each option with where it is declared: its default or apply may be what reads the next.
      /the value of `a' depends on itself:\n {2}`a' \(declared in `test\/modules\/[\w.]+\.ts:\d+'\)\n {2}→ `b' \(declared in `test\/modules\/[\w.]+\.ts:\d+'\)\n {2}→ `a' \(declared in [^\n]*\nBreak the cycle: one of these options/,
    ],
  },
  {
    name: "reading config while imports are collected is refused, with the fix",
    modules: [decl, defineModule(({ config }: any) => ({ imports: config.enable ? [] : [] }))],
    read: (c) => c.a,
    error: ["`config.enable' was read while modules are being collected", "laziness.test.ts", "mkIf(() =>"],
  },
  {
    // NixOS' `{ pkgs, ... }:` with pkgs from `_module.args`: in hearth the module function runs
    // while modules are collected, when `_module.args` is not known yet.
    name: "a module function taking an argument of _module.args: the message says where to take it",
    modules: [
      decl,
      { _module: { args: { site: "example.org" } } },
      defineModule((({ site }: any) => ({ out: [site] })) as never),
    ],
    read: (c) => c.out,
    error: [
      /A module function \(`test\/modules\/laziness\.test\.ts:\d+'\) takes the argument `site', which comes from `_module\.args'/,
      "`config: ({ site }) => …`",
      "pass it in specialArgs",
    ],
  },
  {
    name: "... taken in the configuration function, it is there",
    modules: [
      decl,
      { _module: { args: { site: "example.org" } } },
      { config: ({ site }: any) => ({ out: [site] }) },
    ],
    read: (c) => c.out,
    expect: ["example.org"],
  },
  {
    // Nix's value: run again with its definition of `b' given in advance, it defines the same.
    name: "reading an option eagerly that the same module defines",
    modules: [decl, { config: ({ config }: any) => ({ out: [String(config.b)], b: 5 }) }, { b: 5 }],
    read: (c) => c.out,
    expect: ["5"],
  },
  {
    // Nix: infinite recursion. Given in advance, the definition changes every round.
    name: "a definition computed from the option it defines never settles: refused",
    modules: [decl, { config: ({ config }: any) => ({ a: config.a + 1 }) }],
    read: (c) => c.a,
    error: [
      "defines `a', but that option was read while the module was still computing its configuration",
      "hearth started over with definitions given in advance as many times as it allows",
    ],
  },
  {
    name: "reading an option that only this module defines: the error says why there is no value",
    modules: [decl, { config: ({ config }: any) => ({ out: [String(config.c)], c: 5 }) }],
    read: (c) => c.out,
    error: ["`c' was accessed but has no value defined", "still computing"],
  },
  {
    name: "mkIf conditions are only evaluated for the options that are read",
    modules: [
      decl,
      {
        config: () => ({
          b: mkIf(() => {
            throw new Error("not needed");
          }, 3),
        }),
      },
    ],
    read: (c) => c.a,
    expect: 1,
  },
  {
    name: "an error in user code names the option being evaluated",
    modules: [
      decl,
      {
        b: lazy(() => {
          throw new TypeError("cannot read properties of undefined");
        }),
      },
    ],
    read: (c) => c.b,
    error: [
      "While evaluating the option `b': TypeError: cannot read properties of undefined",
      // The frame where it was thrown, its file relative as everywhere in messages.
      /\nThrown at .*\(test\/modules\/laziness\.test\.ts:\d+:\d+\)$/,
    ],
  },
  {
    name: "config is read-only",
    modules: [
      decl,
      {
        config: ({ config }: any) => {
          config.a = 5;
          return {};
        },
      },
    ],
    read: (c) => c.a,
    error: ["The configuration is read-only"],
  },
]);

// Found comparing with Nix (round 9 of test/modules/nix-parity): Nix's values, and messages that
// name what happened.
const domains = {
  options: {
    domain: mkOption({ type: types.str, default: "none" }),
    unrelated: mkOption({ type: types.int, default: 0 }),
    o1: mkOption({ type: types.int, default: 0 }),
    o2: mkOption({ type: types.str, default: "" }),
    o3: mkOption({ type: types.str, default: "" }),
  },
};
/** Two modules, each reading an option the other defines. */
const pairDeclarations = {
  options: {
    a: mkOption({ type: types.int, default: 0 }),
    b: mkOption({ type: types.int, default: 0 }),
    o1: mkOption({ type: types.int, default: 0 }),
    o2: mkOption({ type: types.int, default: 0 }),
  },
};
const bReadsA = defineModule({ config: ({ config }: any) => ({ b: 2, o2: config.a + 20 }) } as never, {
  file: "b.nix",
});
runCases("laziness, against Nix", [
  {
    // Nix: infinite recursion too; with types.lazyAttrsOf both give { a = 1; b = 2; }.
    name: "an element's condition reading another element of a strict attribute set: the cycle suggests lazyAttrsOf",
    modules: [
      { options: { ports: mkOption({ type: types.attrsOf(types.int), default: {} }) } },
      { config: ({ config }: any) => ({ ports: { a: 1, b: mkIf(() => config.ports.a > 0, 2) } }) },
    ],
    read: (c) => c.ports,
    error: ["computing `ports' reads `ports' itself", "declare the option with types.lazyAttrsOf"],
  },
  {
    // The first round reads o2 before `domain' is defined; the one after the restart must not
    // keep the getter's value from it (Nix: ["lan", "lan"]).
    name: "a getter in an imported module is computed again when the evaluation starts over",
    modules: [
      domains,
      ({ config }: any) => ({
        imports: [
          {
            get o2() {
              return config.domain;
            },
          },
        ],
      }),
      { config: ({ config }: any) => ({ o3: config.o2 }) },
      { config: ({ config }: any) => ({ domain: "lan", o1: config.unrelated }) },
    ],
    read: (c) => [c.o2, c.o3],
    expect: ["lan", "lan"],
  },
  {
    name: "a freeform value that needs itself is a cycle, not a stack overflow",
    modules: [
      {
        freeformType: types.lazyAttrsOf(types.int),
        config: ({ config }: any) => ({
          get x() {
            return config.x + 1;
          },
        }),
      },
    ],
    read: (c) => c.x,
    error: ["The getter `x' needs its own value: computing it reads it again"],
  },
  {
    // Nix gives "/srv/app": the module reads what it is defining.
    name: "an error thrown by a configuration function names the module and what it had read",
    modules: [
      {
        options: {
          users: mkOption({
            type: types.attrsOf(types.submodule({ options: { home: mkOption({ type: types.str }) } })),
            default: {},
          }),
          out: mkOption({ type: types.str, default: "" }),
        },
      },
      defineModule(
        {
          config: ({ config }: any) => ({ users: { app: { home: "/srv/app" } }, out: config.users.app.home }),
        },
        { file: "app.nix" },
      ),
    ],
    read: (c) => c.out,
    error: [
      "While evaluating the configuration of the module `app.nix': TypeError: Cannot read properties of undefined",
      "While computing it, the module read `users': what it read does not include the module's own definitions.",
      /\nThrown at .*laziness\.test\.ts:\d+:\d+\)$/,
    ],
  },
  {
    // Nix gives [12, 21]: no order of the two works; given in advance, a's definitions settle.
    name: "two modules reading what the other defines",
    modules: [
      pairDeclarations,
      defineModule({ config: ({ config }: any) => ({ a: 1, o1: config.b + 10 }) } as never, {
        file: "a.nix",
      }),
      bReadsA,
    ],
    read: (c) => [c.o1, c.o2],
    expect: [12, 21],
  },
  {
    name: "... defining it lazily, where definitions cannot be compared: the message names the one that read",
    modules: [
      pairDeclarations,
      defineModule(
        { config: ({ config }: any) => ({ a: mkIf(() => true, 1), o1: config.b + 10 }) } as never,
        {
          file: "a.nix",
        },
      ),
      bReadsA,
    ],
    read: (c) => [c.o1, c.o2],
    error: [
      "The module `a.nix' defines `a', but `b.nix' read that option while computing its configuration, before these definitions were in",
      "(each reads an option the other defines)",
    ],
  },
  {
    // Nix: infinite recursion (each module's condition needs the other's definitions first).
    // Given in advance, the definitions settle: the value reached from "not enabled".
    name: "two services enabling each other settle where the host's choice leads",
    modules: [
      {
        options: { services: { a: { enable: mkOption({ type: types.bool, default: false }) } } },
        config: ({ config }: any) => mkIf(config.services.a.enable, { services: { b: { enable: true } } }),
      },
      {
        options: { services: { b: { enable: mkOption({ type: types.bool, default: false }) } } },
        config: ({ config }: any) => mkIf(config.services.b.enable, { services: { a: { enable: true } } }),
      },
      { services: { b: { enable: true } } },
    ],
    read: (c) => [c.services.a.enable, c.services.b.enable],
    expect: [true, true],
  },
]);

// Definitions given in advance: what a review found (Nix's values where it has them).
const numbered = Object.fromEntries(
  Array.from({ length: 9 }, (_, i) => [
    [`a${i}`, mkOption({ type: types.int, default: 0 })],
    [`o${i}`, mkOption({ type: types.int, default: 0 })],
  ]).flat(),
);
const raw = {
  options: { x: mkOption({ type: types.raw, default: null }), y: mkOption({ type: types.int, default: 0 }) },
};
const cyclic: Record<string, unknown> = { a: 1 };
cyclic.self = cyclic;
runCases("definitions given in advance", [
  {
    name: "nine modules each reading what it defines settle (Nix: 8)",
    modules: [
      { options: numbered },
      ...Array.from({ length: 9 }, (_, i) => ({
        config: ({ config }: any) => ({ [`a${i}`]: i, [`o${i}`]: config[`a${i}`] }),
      })),
    ],
    read: (c) => c.o8,
    expect: 8,
  },
  {
    name: "a module with a freeform type reading an option it defines (Nix: [5, 5])",
    modules: [
      {
        options: {
          x: mkOption({ type: types.int, default: 0 }),
          out: mkOption({ type: types.int, default: 0 }),
        },
      },
      { freeformType: types.attrsOf(types.int), config: ({ config }: any) => ({ x: 5, out: config.x }) },
    ],
    read: (c) => [c.x, c.out],
    expect: [5, 5],
  },
  {
    name: "definitions holding a cycle are not data: refused, not a stack overflow",
    modules: [raw, { config: ({ config }: any) => ({ x: cyclic, y: config.x === null ? 1 : 2 }) }],
    read: (c) => c.y,
    error: ["defines `x', but that option was read", "they are not data"],
  },
  {
    // Nix: [400, "uid=400"]. Given in advance, the module's first definitions (computed before
    // its `ids.app' was in) conflict with the host's: the error is that conflict, as it is (it
    // may be a real one), with a note naming the definitions given in advance.
    name: "a configuration failing with definitions given in advance: the error, and a note on them",
    modules: [
      {
        options: {
          ids: mkOption({ type: types.attrsOf(types.int), default: {} }),
          uid: mkOption({ type: types.nullOr(types.int), default: null }),
          out: mkOption({ type: types.str, default: "" }),
        },
      },
      defineModule(
        {
          config: ({ config }: any) => ({
            uid: config.ids.app ?? null,
            ids: { app: 400 },
            out: `uid=${config.uid}`,
          }),
        } as never,
        { file: "app.nix" },
      ),
      defineModule({ uid: 400 } as never, { file: "host.nix" }),
    ],
    read: (c) => [c.uid, c.out],
    error: [
      "The option `uid' is defined both null and not null:\n- In `host.nix': 400\n- In `app.nix': null",
      "Note: this evaluation had started over with the definitions of `uid' by `app.nix', the definitions of `ids' by `app.nix' given in advance",
    ],
  },
  {
    // Nix: 10 (each round of hearth settles one more step of the chain).
    name: "a chain of ten reads inside one module's own attribute set settles",
    modules: [
      { options: { s: mkOption({ type: types.lazyAttrsOf(types.int), default: {} }) } },
      {
        config: ({ config }: any) => {
          const s: Record<string, number> = { a0: 1 };
          for (let i = 1; i < 10; i++) s[`a${i}`] = (config.s[`a${i - 1}`] ?? 0) + 1;
          return { s };
        },
      },
    ],
    read: (c) => c.s.a9,
    expect: 10,
  },
  {
    name: "definitions that are not data: the error names the option that holds the getter",
    modules: [
      {
        options: {
          x: mkOption({ type: types.int, default: 0 }),
          y: mkOption({ type: types.int, default: 0 }),
          s: mkOption({ type: types.lazyAttrsOf(types.int), default: {} }),
        },
      },
      defineModule(
        {
          config: ({ config }: any) => ({
            x: 1,
            s: {
              get a() {
                return 2;
              },
            },
            y: config.x + (config.s.a ?? 0),
          }),
        } as never,
        { file: "a.nix" },
      ),
    ],
    read: (c) => c.y,
    error: ["The module `a.nix' defines `s', but that option was read", "they are not data"],
  },
]);

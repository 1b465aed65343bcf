/** Modules: their forms, imports and order, disabling, arguments, declarations. */
import {
  lazy,
  defineModule,
  evalModules,
  type Module,
  mkDefault,
  mkIf,
  mkOption,
  types,
} from "../../src/modules/index.ts";
import { runCases } from "./harness.ts";

const list = defineModule({ options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } });
const add = (item: string, extra: object = {}) => defineModule({ l: [item], ...extra } as never);
const l = (c: any) => c.l;

// Shared module values, so that importing one twice is importing the same module.
const a = add("a");
const b = add("b");
const c = add("c", { imports: [a] });

runCases("module order", [
  {
    name: "definitions merge in reverse module order (NixOS' reverseList of the collected modules)",
    modules: [list, add("first"), add("second"), add("third")],
    read: l,
    expect: ["third", "second", "first"],
  },
  {
    name: "imports are collected breadth first, then reversed",
    modules: [list, add("top1", { imports: [add("child1")] }), add("top2", { imports: [add("child2")] })],
    read: l,
    expect: ["child2", "child1", "top2", "top1"],
  },
  {
    name: "a module imported twice counts once, at its first place",
    modules: [list, c, b, a],
    read: l,
    expect: ["a", "b", "c"],
  },
  {
    name: "an import cycle is followed once",
    modules: [
      list,
      (() => {
        const x: { l: string[]; imports: unknown[] } = { l: ["x"], imports: [] };
        const y = { l: ["y"], imports: [x] };
        x.imports.push(y);
        return x;
      })(),
    ],
    read: l,
    expect: ["y", "x"],
  },
]);

runCases("module forms", [
  {
    // NixOS' specialisations: an evaluation of the same modules plus more, from inside. Nix gives
    // the same.
    name: "extendModules is a module argument",
    modules: [
      { options: { ports: mkOption({ type: types.listOf(types.int), default: [] }) } },
      { options: { extended: mkOption({ type: types.listOf(types.int) }) } },
      { ports: [22] },
      {
        config: ({ extendModules }: any) => ({
          extended: lazy(() => extendModules({ modules: [{ ports: [8080] }] }).config.ports),
        }),
      },
    ],
    read: (c) => [c.ports, c.extended],
    // Nix's order too: the extension's list first.
    expect: [[22], [8080, 22]],
  },
  {
    // As Nix reads a default lazily; a spread of the option's fields used to call the getter
    // while modules were collected.
    name: "an option's default given as a getter is read when the option is merged",
    modules: [
      ({ config }: any) => ({
        options: {
          large: mkOption({ type: types.bool, default: false }),
          memory: mkOption({
            type: types.int,
            get default() {
              return config.large ? 4096 : 512;
            },
          }),
        },
      }),
      { large: true },
    ],
    read: (c) => c.memory,
    expect: 4096,
  },
  {
    // As NixOS' `{ inherit lib … } // specialArgs`.
    name: "a `lib` given in specialArgs replaces hearth's",
    modules: [{ options: { x: mkOption({ type: types.int }) } }, ({ lib }: any) => ({ x: lib.my(1) })],
    specialArgs: { lib: { my: (n: number) => n + 1 } },
    read: (cfg) => cfg.x,
    expect: 2,
  },
  {
    name: "shorthand: the whole module is config",
    modules: [list, { l: ["s"] }],
    read: l,
    expect: ["s"],
  },
  {
    name: "full form with options and config",
    modules: [{ options: { n: mkOption({ type: types.int }) }, config: { n: 3 } }],
    read: (cfg) => cfg.n,
    expect: 3,
  },
  {
    name: "a function module gets config, options, lib and specialArgs",
    modules: [
      list,
      ({ lib, specialArgs, options }: any) => ({
        l: [typeof lib.mkIf, String(specialArgs.site), typeof options],
      }),
    ],
    specialArgs: { site: "home" },
    read: l,
    expect: ["function", "home", "object"],
  },
  {
    name: "specialArgs are module arguments, usable in imports",
    modules: [list, ({ extra }: any) => ({ imports: [extra] })],
    specialArgs: { extra: add("from special args") },
    read: l,
    expect: ["from special args"],
  },
  {
    name: "_module.args gives arguments to config functions",
    modules: [
      list,
      { _module: { args: { greeting: "hi" } } },
      { config: ({ greeting }: any) => ({ l: [greeting] }) },
    ],
    read: l,
    expect: ["hi"],
  },
  {
    name: "an argument that nobody defines is an error naming it",
    modules: [list, { config: ({ pkgs }: any) => ({ l: [pkgs] }) }],
    read: l,
    error: ["asks for the argument `pkgs', which is not defined"],
  },
  {
    name: "config as a function of the module arguments",
    modules: [
      defineModule({ options: { n: mkOption({ type: types.int }), m: mkOption({ type: types.int }) } }),
      { n: 2 },
      { config: ({ config }: any) => ({ m: config.n * 10 }) },
    ],
    read: (cfg) => cfg.m,
    expect: 20,
  },
  {
    name: "an unsupported attribute next to config",
    modules: [list, defineModule({ config: {}, l: ["x"] } as never)],
    read: l,
    error: [
      "has an unsupported attribute `l'",
      "move all of them (namely: l) into the explicit `config' attribute",
      /modules\.test\.ts:\d+/,
    ],
  },
  {
    name: "nested lists in imports",
    modules: [list, { imports: [[a]] }],
    read: l,
    error: ["Module imports can't be nested lists"],
  },
  {
    name: "something that is not a module",
    modules: [list, { imports: [42] }],
    read: l,
    error: ["Expected a module (an object or a function returning one), but found 42"],
  },
  {
    name: "a mkIf module is a module whose config is the condition",
    modules: [list, { _type: "if", condition: true, content: { l: ["cond"] } }],
    read: l,
    expect: ["cond"],
  },
  {
    name: "_class: any class is accepted when the evaluation sets none",
    modules: [list, { _class: "darwin", l: ["x"] }],
    read: l,
    expect: ["x"],
  },
  {
    name: "require is an alias of imports in the shorthand form",
    modules: [list, { require: [a] }],
    read: l,
    expect: ["a"],
  },
]);

runCases("disabledModules", [
  {
    name: "by module value",
    modules: [list, a, b, { disabledModules: [a] }],
    read: l,
    expect: ["b"],
  },
  {
    name: "by key",
    modules: [list, { key: "the-a", l: ["a"] }, b, { disabledModules: ["the-a"] }],
    read: l,
    expect: ["b"],
  },
  {
    name: "by file name (the module's file, as a path suffix)",
    modules: [
      list,
      add("from this file"),
      { _file: "lab/other.ts", l: ["other"] },
      { disabledModules: ["lab/other.ts"] },
    ],
    read: l,
    expect: ["from this file"],
  },
  {
    name: "disabling a module drops what only it imports",
    modules: [list, c, { disabledModules: [c] }],
    read: l,
    expect: [],
  },
  {
    name: "a disabled module imported elsewhere stays disabled",
    modules: [list, c, b, { disabledModules: [a] }],
    read: l,
    expect: ["b", "c"],
  },
  {
    name: "an entry that is neither a module, a key nor a file",
    modules: [list, { disabledModules: [3] }],
    read: l,
    error: ["Each disabledModules item must be a module, a key or a file name"],
  },
]);

runCases("declarations", [
  {
    // Nix never merges the definitions when `apply` does not use them.
    name: "an apply that ignores its argument: the definitions are not merged or checked",
    modules: [
      defineModule({ options: { x: mkOption({ type: types.int, apply: () => 1 }) } }),
      { x: "s" },
      { x: 2 },
    ],
    read: (cfg) => cfg.x,
    expect: 1,
  },
  {
    name: "an apply that uses its argument gets the type error",
    modules: [
      defineModule({ options: { x: mkOption({ type: types.int, apply: (v: number) => v + 1 }) } }),
      { x: "s" },
    ],
    read: (cfg) => cfg.x,
    error: ["A definition for option `x' is not of type `signed integer'"],
  },
  {
    name: "two declarations of one option with defaults conflict, naming both files",
    modules: [
      defineModule({ options: { n: mkOption({ type: types.int, default: 1 }) } }),
      defineModule({ options: { n: mkOption({ type: types.int, default: 2 }) } }),
    ],
    read: (cfg) => cfg.n,
    error: ["The option `n' in `", "is already declared in", /modules\.test\.ts:\d+.*modules\.test\.ts:\d+/s],
  },
  {
    name: "two declarations with different types conflict",
    modules: [
      defineModule({ options: { n: mkOption({ type: types.int }) } }),
      defineModule({ options: { n: mkOption({ type: types.str }) } }),
    ],
    read: (cfg) => cfg.n,
    error: ["is already declared in"],
  },
  {
    name: "submodule declarations whose settings conflict name the option and both files",
    modules: [
      defineModule({
        options: {
          s: mkOption({ type: types.submoduleWith({ modules: [], shorthandOnlyDefinesConfig: true }) }),
        },
      }),
      defineModule({
        options: {
          s: mkOption({ type: types.submoduleWith({ modules: [], shorthandOnlyDefinesConfig: false }) }),
        },
      }),
    ],
    read: (cfg) => cfg.s,
    error: [
      /The option `s' in `[^']*modules\.test\.ts:\d+' cannot be merged with its declaration in `[^']*modules\.test\.ts:\d+'/,
      "conflicting shorthandOnlyDefinesConfig values",
    ],
  },
  {
    name: "a second declaration may add a description to a typed option",
    modules: [
      defineModule({ options: { n: mkOption({ type: types.int, default: 4 }) } }),
      defineModule({ options: { n: mkOption({ description: "a number" }) } }),
    ],
    read: (cfg) => cfg.n,
    expect: 4,
  },
  {
    name: "submodule options declared twice merge their options",
    modules: [
      {
        options: {
          s: mkOption({
            type: types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }),
            default: {},
          }),
        },
      },
      {
        options: {
          s: mkOption({
            type: types.submodule({ options: { b: mkOption({ type: types.int, default: 2 }) } }),
          }),
        },
      },
    ],
    read: (cfg) => cfg.s,
    expect: { a: 1, b: 2 },
  },
  {
    name: "enums declared twice accept both sets of values",
    modules: [
      { options: { e: mkOption({ type: types.enum(["a"]) }) } },
      { options: { e: mkOption({ type: types.enum(["b"]) }) } },
      { e: "b" },
    ],
    read: (cfg) => cfg.e,
    expect: "b",
  },
  {
    name: "nested options next to a submodule option extend the submodule",
    modules: [
      {
        options: {
          s: mkOption({
            type: types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }),
            default: {},
          }),
        },
      },
      { options: { s: { b: mkOption({ type: types.int, default: 2 }) } } },
    ],
    read: (cfg) => cfg.s,
    expect: { a: 1, b: 2 },
  },
  {
    name: "nested options next to a non-submodule option are an error",
    modules: [
      { options: { s: mkOption({ type: types.int }) } },
      { options: { s: { b: mkOption({ type: types.int }) } } },
    ],
    read: (cfg) => cfg.s,
    error: [
      "would be a parent of the following options, but its type `signed integer' does not support nested options",
      "s.b",
    ],
  },
  {
    name: "a type where an option is expected",
    modules: [{ options: { n: types.int } }],
    read: (cfg) => cfg.n,
    error: ["expected an option declaration at option path `n' but got a type", "wrap the type in mkOption"],
  },
  {
    name: "readOnly: one definition is fine",
    modules: [{ options: { r: mkOption({ type: types.int, readOnly: true }) } }, { r: 1 }],
    read: (cfg) => cfg.r,
    expect: 1,
  },
  {
    name: "readOnly: a second definition is refused",
    modules: [{ options: { r: mkOption({ type: types.int, readOnly: true }) } }, { r: 1 }, { r: 1 }],
    read: (cfg) => cfg.r,
    error: ["The option `r' is read-only, but it's set multiple times"],
  },
  {
    // Nix counts the default as a definition too; hearth shows it as the default, with the fix.
    name: "readOnly with a default: a definition is refused, the default shown as such",
    modules: [
      defineModule({ options: { r: mkOption({ type: types.int, default: 1, readOnly: true }) } }),
      defineModule({ r: 2 } as Module),
    ],
    read: (cfg) => cfg.r,
    error: [
      /modules\.test\.ts:\d+' \(its default\): 1\n/,
      "set in one place only (its default, or one definition)",
    ],
  },
  {
    name: "readOnly with a default: setting it is a second definition (as in NixOS)",
    modules: [{ options: { r: mkOption({ type: types.int, readOnly: true, default: 0 }) } }, { r: 1 }],
    read: (cfg) => cfg.r,
    error: ["is read-only"],
  },
  {
    name: "apply transforms the merged value",
    modules: [
      { options: { u: mkOption({ type: types.str, apply: (v: string) => v.toUpperCase() }) } },
      { u: "loud" },
    ],
    read: (cfg) => cfg.u,
    expect: "LOUD",
  },
  {
    // Nix never computes a value apply does not use (mkRenamedOptionModule's alias relies on it).
    name: "apply that ignores the value works without any definition",
    modules: [{ options: { u: mkOption({ type: types.str, apply: () => "from elsewhere" }) } }],
    read: (c) => c.u,
    expect: "from elsewhere",
  },
  {
    name: "apply that gives back a value nothing defines: the missing value is the error",
    modules: [{ options: { u: mkOption({ type: types.nullOr(types.str), apply: (v: unknown) => v }) } }],
    read: (c) => c.u === null,
    error: ["The option `u' was accessed but has no value defined"],
  },
  {
    name: "apply that uses a value nothing defines: the missing value is the error",
    modules: [{ options: { u: mkOption({ type: types.str, apply: (v: string) => v.toUpperCase() }) } }],
    read: (c) => c.u,
    error: ["The option `u' was accessed but has no value defined"],
  },
  {
    name: "an option without a type merges like NixOS' unspecified",
    modules: [{ options: { u: mkOption({}) } }, { u: 1 }, { u: 1 }],
    read: (cfg) => cfg.u,
    expect: 1,
  },
  {
    name: "a definition for a namespace that is an option's parent goes to each child",
    modules: [
      {
        options: {
          ns: { a: mkOption({ type: types.int, default: 0 }), b: mkOption({ type: types.int, default: 0 }) },
        },
      },
      { ns: { a: 1 } },
      { ns: { b: mkDefault(2) } },
    ],
    read: (cfg) => cfg.ns,
    expect: { a: 1, b: 2 },
  },
]);

runCases("freeformType", [
  {
    name: "undeclared definitions merge with the freeform type",
    modules: [
      {
        freeformType: types.attrsOf(types.int),
        options: { declared: mkOption({ type: types.str, default: "d" }) },
      },
      { extra: 5 },
    ],
    read: (cfg) => cfg,
    expect: { declared: "d", extra: 5 },
  },
  {
    // Nix's answer. Its freeform definitions were lost: the freeform values it read were kept
    // as they were merged before it defined its own.
    name: "a configuration function that reads a freeform value and defines another",
    modules: [
      { freeformType: types.lazyAttrsOf(types.str) },
      { config: ({ config }: any) => ({ greeting: `hello ${config.who}` }) },
      { who: "bob" },
    ],
    read: (cfg) => [cfg.greeting, Object.keys(cfg)],
    expect: ["hello bob", ["greeting", "who"]],
  },
  {
    name: "... the value it read is defined by a module computed after it: computed in that order",
    modules: [
      { freeformType: types.lazyAttrsOf(types.str) },
      { config: ({ config }: any) => ({ greeting: `hello ${config.who}` }) },
      { config: () => ({ who: "late" }) },
    ],
    read: (cfg) => cfg.greeting,
    expect: "hello late",
  },
  {
    name: "... by itself: refused, as for declared options (read it lazily)",
    modules: [
      { freeformType: types.lazyAttrsOf(types.str) },
      defineModule({
        config: ({ config }: any) => ({ greeting: `hello ${config.who}`, who: "me" }),
      } as never),
    ],
    read: (cfg) => cfg.greeting,
    error: [
      /The module `test\/modules\/modules\.test\.ts:\d+' defines `who', which no option declares \(the freeform type takes it\), but that value was read while the module was still computing its configuration/,
      "In `test/modules/modules.test.ts",
    ],
  },
  {
    // Without a freeform type, reading a missing name is no freeform read (Nix gives 2 too).
    name: "a configuration function reading an undeclared name where no freeform type is, with checks off",
    modules: [
      { options: { o: mkOption({ type: types.int, default: 1 }) } },
      { _module: { check: false } },
      { config: ({ config }: any) => ({ foo: config.foo ?? 1, o: 2 }) },
    ],
    read: (cfg) => cfg.o,
    expect: 2,
  },
  {
    name: "... listing the names while defining one: the message says the names were read",
    modules: [
      { freeformType: types.lazyAttrsOf(types.str) },
      { config: ({ config }: any) => ({ n: String(Object.keys(config).length) }) },
      { who: "x" },
    ],
    read: (cfg) => cfg.n,
    error: [
      "defines `n', which no option declares (the freeform type takes it), but the configuration's names were read",
    ],
  },
  {
    // Nix's answer: the attribute `freeformType' is known before the module computes anything.
    name: "a module with freeformType whose configuration function reads a freeform value",
    modules: [
      {
        freeformType: types.lazyAttrsOf(types.str),
        options: { d: mkOption({ type: types.str }) },
        config: ({ config }: any) => ({ d: `from ${config.who}`, extra: "x" }),
      },
      { who: "bob" },
    ],
    read: (cfg) => [cfg.d, cfg.extra],
    expect: ["from bob", "x"],
  },
  {
    name: "freeform values that do not fit the type are refused",
    modules: [{ freeformType: types.attrsOf(types.int) }, { extra: "five" }],
    read: (cfg) => cfg.extra,
    error: ["A definition for option `extra' is not of type `signed integer'"],
  },
  {
    // Nix fails too: attrsOf computes every value to merge them.
    name: "a freeform value whose getter throws names the freeform values and where they are defined",
    modules: [
      { freeformType: types.attrsOf(types.int) },
      defineModule({
        x: 1,
        get y(): number {
          throw new Error("no y here");
        },
      } as Module),
    ],
    read: (cfg) => cfg.x,
    error: [
      "While evaluating the values the freeform type takes (`x', `y'): Error: no y here",
      /modules\.test\.ts:\d+': <lazy>/,
    ],
  },
  {
    // Showing a definition that holds part of the config must not compute it (here it would
    // start the freeform merge again: the message could never be made).
    name: "a message showing a definition that holds part of the config shows where it points",
    modules: [
      {
        freeformType: types.attrsOf(types.attrsOf(types.int)),
        options: { opts: { a: mkOption({ type: types.int, default: 1 }) } },
      },
      {
        config: ({ config }: any) => ({
          alias: config.opts,
          get bad(): never {
            throw new Error("boom");
          },
        }),
      },
    ],
    read: (cfg) => cfg.alias,
    error: ["Infinite recursion: the values the freeform type takes (`alias', `bad')", ": <config.opts>"],
  },
  {
    name: "freeform in a submodule (a settings attribute set with some known keys)",
    modules: [
      {
        options: {
          settings: mkOption({
            type: types.submodule({
              freeformType: types.attrsOf(types.anything),
              options: { port: mkOption({ type: types.port, default: 80 }) },
            }),
            default: {},
          }),
        },
      },
      { settings: { log: { level: "info" } } },
    ],
    read: (cfg) => cfg.settings,
    expect: { port: 80, log: { level: "info" } },
  },
  {
    // NixOS' own way to write it (the `freeformType` attribute is its shorthand); Nix gives these.
    name: "a freeform type defined in config, `_module.freeformType`",
    modules: [
      {
        options: { declared: mkOption({ type: types.str, default: "d" }) },
        config: { _module: { freeformType: types.attrsOf(types.str) } },
      },
      { extra: "y" },
    ],
    read: (cfg) => cfg,
    expect: { declared: "d", extra: "y" },
  },
  {
    name: "a freeform type defined in a submodule type's config, every element",
    modules: [
      {
        options: {
          v: mkOption({
            type: types.attrsOf(
              types.submodule({
                options: { a: mkOption({ type: types.str, default: "x" }) },
                config: { _module: { freeformType: types.attrsOf(types.str) } },
              }),
            ),
            default: {},
          }),
        },
      },
      { v: { e: { a: "1", extra: "y" }, f: { other: "z" } } },
    ],
    read: (cfg) => cfg.v,
    expect: { e: { a: "1", extra: "y" }, f: { a: "x", other: "z" } },
  },
  {
    name: "a freeform type an element defines for itself",
    modules: [
      {
        options: {
          xs: mkOption({
            type: types.attrsOf(
              types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }),
            ),
            default: {},
          }),
        },
      },
      { xs: { first: { a: 2 }, e: { _module: { freeformType: types.attrsOf(types.int) }, extra: 5 } } },
    ],
    read: (cfg) => cfg.xs,
    expect: { first: { a: 2 }, e: { a: 1, extra: 5 } },
  },
  {
    name: "a freeform value read while modules compute, the type defined in config: an error, not a wrong value",
    modules: [
      { config: { _module: { freeformType: types.attrsOf(types.int) } } },
      { options: { copy: mkOption({ type: types.anything }) } },
      { foo: 5 },
      { config: ({ config }: any) => ({ copy: config.foo ?? "missing" }) },
    ],
    read: (cfg) => cfg.copy,
    error: ["while modules were still computing their configuration", "the attribute `freeformType'"],
  },
  {
    name: "the same with the attribute `freeformType`",
    modules: [
      { freeformType: types.attrsOf(types.int) },
      { options: { copy: mkOption({ type: types.anything }) } },
      { foo: 5 },
      { config: ({ config }: any) => ({ copy: config.foo ?? "missing" }) },
    ],
    read: (cfg) => cfg.copy,
    expect: 5,
  },
  {
    name: "listing a config's names computes no freeform value (Nix lists y)",
    modules: [{ freeformType: types.lazyAttrsOf(types.int) }, { x: 1, y: mkIf(false, 3) }],
    read: (cfg) => Object.keys(cfg),
    expect: ["x", "y"],
  },
  {
    name: "_module.check = false lets undeclared definitions pass",
    modules: [list, { _module: { check: false } }, { nonsense: 1 }],
    read: l,
    expect: [],
  },
]);

import assert from "node:assert/strict";
import { test } from "node:test";

test("evaluation API: option info, definitions with priorities, extendModules", () => {
  const ev = evalModules({ modules: [list, add("x"), add("y")] });
  const info = ev.option(["l"])!;
  assert.deepEqual(info.value, ["y", "x"]);
  assert.equal(info.isDefined, true);
  assert.equal(info.highestPrio, 100);
  assert.equal(info.definitionsWithLocations.length, 2);
  assert.match(info.files[0]!, /modules\.test\.ts:\d+/);
  assert.deepEqual(info.type.description, "list of string");
  const extended = ev.extendModules({ modules: [add("z")] });
  assert.deepEqual(extended.config.l, ["z", "y", "x"]);
  assert.equal(
    ev.allOptions().some((o) => o.loc.join(".") === "_module.args"),
    true,
  );
});

test("extendModules: modules given without a file are located where extendModules was called", () => {
  const ev = evalModules({ modules: [list], class: "nixos" });
  assert.throws(
    () => ev.extendModules({ modules: [{ _class: "darwin" }] }).config.l,
    (e: Error & { kind?: string }) =>
      e.kind === "module" &&
      /The module `test\/modules\/modules\.test\.ts:\d+' \(class: "darwin"\) cannot be imported/.test(
        e.message,
      ),
  );
});

test("extendModules: the evaluation's own modules keep their location", () => {
  const ev = evalModules({
    modules: [list, { l: ["a"] }, { options: { n: mkOption({ type: types.int }) } }, { n: 1 }],
  });
  const extended = ev.extendModules({ modules: [{ n: 2 }] });
  assert.throws(
    () => extended.config.n,
    (e: Error) => {
      const lines = [...e.message.matchAll(/- In `test\/modules\/modules\.test\.ts:(\d+)'/g)].map((m) =>
        Number(m[1]),
      );
      // The added definition at the extendModules call, the original one above it.
      return lines.length === 2 && lines[1]! < lines[0]!;
    },
  );
});

test("extendModules is given to module functions while modules are collected (NixOS' specialisations)", () => {
  const ev = evalModules({
    modules: [
      {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          y: mkOption({ type: types.raw, default: null }),
        },
      },
      ({ extendModules }: any) => ({ config: { y: () => extendModules({ modules: [{ x: 5 }] }).config.x } }),
    ],
  });
  assert.equal(ev.config.y(), 5);
});

test("an error thrown by user code is of its own kind, not a type error", () => {
  const ev = evalModules({
    modules: [
      list,
      {
        get l(): string[] {
          throw new Error("no list today");
        },
      },
    ],
  });
  assert.throws(
    () => ev.config.l,
    (e: Error & { kind?: string }) =>
      e.kind === "thrown" && e.message.startsWith("While evaluating the option `l': Error: no list today"),
  );
});

test("canonicalJson: keys sorted as strings at every level, integer-like keys included, _module left out", async () => {
  const { canonicalJson } = await import("../../src/modules/index.ts");
  const { config } = evalModules({
    modules: [
      {
        options: {
          b: mkOption({ type: types.attrsOf(types.int), default: {} }),
          a: mkOption({ type: types.str, default: "x" }),
        },
      },
      { b: { "10": 1, "9": 2, z: 3, y: 4 } },
    ],
  });
  assert.equal(canonicalJson(config), '{"a":"x","b":{"10":1,"9":2,"y":4,"z":3}}');
  assert.equal(canonicalJson({ n: [{ q: 1, p: undefined }] }), '{"n":[{"p":null,"q":1}]}');
  assert.throws(() => canonicalJson({ f: () => 1 }), /function cannot be written as JSON/);
});

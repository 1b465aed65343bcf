/** Keeping old option names working: renamed, aliased, removed, changed. */
import {
  assertionsModule,
  failedAssertions,
  lib,
  mkChangedOptionModule,
  mkForce,
  mkIf,
  mkAliasOptionModule,
  mkOption,
  mkRemovedOptionModule,
  mkRenamedOptionModule,
  types,
} from "../../src/modules/index.ts";
import { runCases } from "./harness.ts";

const target = { options: { services: { web: { port: mkOption({ type: types.port, default: 80 }) } } } };

runCases("renamed options", [
  {
    // Nix's result (the alias's own option is typed loosely, and its definitions never merged).
    name: "an alias to an option inside a submodule reads the target's value",
    modules: [
      {
        options: {
          s: mkOption({ type: types.submodule({ options: { a: mkOption({ type: types.int }) } }) }),
        },
      },
      mkAliasOptionModule(["x"], ["s", "a"]),
      { x: 5 },
    ],
    read: (c) => [c.x, c.s.a],
    expect: [5, 5],
  },
  {
    // The usual NixOS move of a setting into a freeform `settings`; Nix gives the same.
    name: "a rename into a freeform settings attribute set",
    modules: [
      {
        options: {
          svc: {
            settings: mkOption({
              type: types.submodule({ freeformType: types.attrsOf(types.int) }),
              default: {},
            }),
          },
        },
      },
      mkRenamedOptionModule(["svc", "port"], ["svc", "settings", "port"]),
      { svc: { port: 8080 } },
    ],
    read: (c) => [c.svc.port, c.svc.settings],
    expect: [8080, { port: 8080 }],
  },
  {
    // Nix's results for the same modules (its doRename defines warnings only if declared).
    name: "without a `warnings` option (a small evaluation, a submodule): values only",
    modules: [
      { options: { n: mkOption({ type: types.int, default: 0 }) } },
      mkAliasOptionModule(["o"], ["n"]),
      mkRenamedOptionModule(["p"], ["n"]),
      { o: 1 },
    ],
    read: (c) => [c.n, c.o, c.p],
    expect: [1, 1, 1],
  },
  {
    // Nix's result: each alias reads the other's definitions while the evaluation is computed.
    name: "a chain of aliases, defined through the last name",
    modules: [
      assertionsModule,
      { options: { n: mkOption({ type: types.int, default: 0 }) } },
      mkAliasOptionModule(["o"], ["n"]),
      mkAliasOptionModule(["p"], ["o"]),
      { p: 7 },
    ],
    read: (c) => [c.n, c.o, c.p],
    expect: [7, 7, 7],
  },
  {
    name: "a rename inside a submodule type",
    modules: [
      {
        options: {
          s: mkOption({
            type: types.submodule({
              imports: [mkRenamedOptionModule(["o"], ["n"])],
              options: { n: mkOption({ type: types.int, default: 0 }) },
            }),
            default: {},
          }),
        },
      },
      { s: { o: 3 } },
    ],
    read: (c) => c.s,
    expect: { n: 3, o: 3 },
  },
  {
    name: "the warning names every file defining the old name, joined with `and' as Nix's",
    modules: [
      assertionsModule,
      target,
      mkRenamedOptionModule(["webPort"], ["services", "web", "port"]),
      { _file: "A", webPort: mkForce(8080) },
      { _file: "B", webPort: mkForce(8080) },
    ],
    read: (c) => c.warnings,
    expect: ["The option `webPort' defined in `B' and `A' has been renamed to `services.web.port'."],
  },
  {
    name: "a definition of the old name reaches the new option",
    modules: [
      assertionsModule,
      target,
      mkRenamedOptionModule(["webPort"], ["services", "web", "port"]),
      { webPort: 8080 },
    ],
    read: (c) => c.services.web.port,
    expect: 8080,
  },
  {
    name: "and warns, naming the file",
    modules: [
      assertionsModule,
      target,
      mkRenamedOptionModule(["webPort"], ["services", "web", "port"]),
      { webPort: 8080 },
    ],
    read: (c) => c.warnings.map((w: string) => w.replace(/:\d+'/, "'")),
    expect: [
      "The option `webPort' defined in `test/modules/harness.ts' has been renamed to `services.web.port'.",
    ],
  },
  {
    name: "reading the old name gives the new option's value",
    modules: [
      assertionsModule,
      target,
      mkRenamedOptionModule(["webPort"], ["services", "web", "port"]),
      { services: { web: { port: 1 } } },
    ],
    read: (c) => c.webPort,
    expect: 1,
  },
  {
    name: "without a definition, no warning",
    modules: [assertionsModule, target, mkRenamedOptionModule(["webPort"], ["services", "web", "port"])],
    read: (c) => [c.warnings, c.services.web.port],
    expect: [[], 80],
  },
  {
    name: "priorities travel with the definition",
    modules: [
      assertionsModule,
      target,
      mkRenamedOptionModule(["webPort"], ["services", "web", "port"]),
      { webPort: mkForce(9) },
      { services: { web: { port: 1 } } },
    ],
    read: (c) => c.services.web.port,
    expect: 9,
  },
  {
    name: "the old option has the new one's type",
    modules: [
      assertionsModule,
      target,
      mkRenamedOptionModule(["webPort"], ["services", "web", "port"]),
      { webPort: "x" },
    ],
    read: (c) => c.services.web.port,
    error: ["16 bit unsigned integer"],
  },
  {
    name: "an alias forwards without a warning",
    modules: [
      assertionsModule,
      target,
      mkAliasOptionModule(["port"], ["services", "web", "port"]),
      { port: 81 },
    ],
    read: (c) => [c.services.web.port, c.warnings],
    expect: [81, []],
  },
]);

runCases("renamed options: errors", [
  {
    // As Nix: the target is checked whether or not the old option is defined.
    name: "a rename to an option that is not declared: the missing name is reported",
    modules: [mkRenamedOptionModule(["old"], ["web", "port"]), { old: mkForce(8080) }],
    read: (c) => c.web,
    error: ["The option `web' does not exist.", "mkIf(<function>, <lazy>)"],
  },
  {
    // The mkIf sits at the option: an attribute set of submodules gets no element from it.
    name: "a rename into an element of an attribute set of submodules, not defined: no element",
    modules: [
      {
        options: {
          s: mkOption({
            type: types.attrsOf(
              types.submodule({ options: { port: mkOption({ type: types.int, default: 0 }) } }),
            ),
            default: {},
          }),
        },
      },
      mkRenamedOptionModule(["oldPort"], ["s", "main", "port"]),
      { s: { other: {} } },
    ],
    read: (c) => Object.keys(c.s),
    expect: ["other"],
  },
  {
    // Nix fails too (no `warnings` option); hearth says where the option comes from.
    name: "a changed option without a warnings option: the message says which module declares it",
    modules: [
      { options: { level: mkOption({ type: types.str, default: "low" }) } },
      mkChangedOptionModule(["verbose"], ["level"], () => "high"),
      { verbose: true },
    ],
    read: (c) => c.level,
    error: ["The option `warnings' does not exist.", "`warnings' is declared by hearth's `assertionsModule'"],
  },
  {
    name: "... inside a submodule: the message says submodules have no warnings option",
    modules: [
      {
        options: {
          s: mkOption({
            type: types.attrsOf(
              types.submodule([
                { options: { level: mkOption({ type: types.str, default: "low" }) } },
                mkChangedOptionModule(["v"], ["level"], () => "high"),
              ]),
            ),
          }),
        },
      },
      { s: { a: { v: true } } },
    ],
    read: (c) => c.s,
    error: [
      "The option `s.a.warnings' does not exist.",
      "A submodule has no `warnings' option (as in NixOS)",
    ],
  },
  {
    name: "options renamed to each other: a cycle error, not a stack overflow",
    modules: [mkRenamedOptionModule(["a"], ["b"]), mkRenamedOptionModule(["b"], ["a"]), { a: 1 }],
    read: (c) => c.a,
    error: ["Infinite recursion"],
  },
]);

runCases("removed and changed options", [
  {
    name: "defining a removed option fails an assertion with the instructions",
    modules: [
      assertionsModule,
      mkRemovedOptionModule(["oldThing"], "Use services.web instead."),
      { oldThing: true },
    ],
    read: (c) => failedAssertions(c).map((m) => m.replace(/:\d+'/, "'")),
    expect: [
      // With Nix's trailing newline (its message is a '' string).
      "The option definition `oldThing' in `test/modules/harness.ts' no longer has any effect; please remove it.\nUse services.web instead.\n",
    ],
  },
  {
    name: "not defining it passes",
    modules: [assertionsModule, mkRemovedOptionModule(["oldThing"], "Use services.web instead.")],
    read: (c) => failedAssertions(c),
    expect: [],
  },
  {
    name: "reading a removed option explains",
    modules: [
      assertionsModule,
      mkRemovedOptionModule(["oldThing"], "Use services.web instead."),
      { oldThing: 1 },
    ],
    read: (c) => c.oldThing,
    error: [
      "can no longer be used since it's been removed. Use services.web instead.",
      // Where the user still defines it (a plain module of the table: the harness's call).
      /\nIt is still defined in `test\/modules\/harness\.ts:\d+': remove those definitions\.$/,
    ],
  },
  {
    // Where its definitions cannot be told (their condition reads the removed option), the
    // message is still the removed option's.
    name: "reading a removed option whose definition's condition reads it",
    modules: [
      assertionsModule,
      mkRemovedOptionModule(["oldThing"], "Use services.web instead."),
      { config: ({ config }: any) => ({ oldThing: mkIf(() => config.oldThing === 1, 1) }) },
    ],
    read: (c) => c.oldThing,
    error: [/can no longer be used since it's been removed\. Use services\.web instead\.$/],
  },
  {
    name: "a changed option computes the new value from the old one",
    modules: [
      assertionsModule,
      { options: { level: mkOption({ type: types.enum(["low", "high"]), default: "low" }) } },
      mkChangedOptionModule(["verbose"], ["level"], (config: any) => (config.verbose ? "high" : "low")),
      { verbose: true },
    ],
    read: (c) => [c.level, c.warnings.length],
    expect: ["high", 1],
  },
  {
    name: "a changed option left alone changes nothing",
    modules: [
      assertionsModule,
      { options: { level: mkOption({ type: types.enum(["low", "high"]), default: "low" }) } },
      mkChangedOptionModule(["verbose"], ["level"], () => "high"),
    ],
    read: (c) => [c.level, c.warnings],
    expect: ["low", []],
  },
]);

runCases("assertions and warnings", [
  {
    name: "every failed assertion is reported at once",
    modules: [
      assertionsModule,
      {
        assertions: [
          { assertion: false, message: "one" },
          { assertion: true, message: "ok" },
        ],
      },
      { assertions: [{ assertion: false, message: "two" }] },
    ],
    read: (c) => failedAssertions(c),
    expect: ["two", "one"],
  },
  {
    name: "warnings concatenate",
    modules: [assertionsModule, { warnings: ["a"] }, { warnings: ["b"] }],
    read: (c) => c.warnings,
    expect: ["b", "a"],
  },
]);

runCases("lib: attribute paths, as nixpkgs' lib", [
  {
    // Own attributes of attribute sets only: a list index or an inherited name is no attribute.
    name: "getAttrFromPath finds what is there and refuses the rest, naming the missing step",
    modules: [],
    read: () => {
      const tryPath = (path: string[], v: unknown) => {
        try {
          return lib.getAttrFromPath(path, v);
        } catch (e) {
          return (e as Error).message;
        }
      };
      return [
        tryPath(["a", "b"], { a: { b: 1 } }),
        tryPath(["a", "c"], { a: { b: 1 } }),
        tryPath(["a", "0"], { a: [5] }),
        tryPath(["toString"], {}),
        tryPath(["a", "b"], {}),
      ];
    },
    expect: [
      1,
      "cannot find attribute `a.c'.",
      'cannot find attribute `a."0"\'.',
      "cannot find attribute `toString'.",
      "cannot find attribute `a' (looking up `a.b').",
    ],
  },
  {
    name: "showOption quotes as Nix does: placeholders bare, other names escaped as Nix strings",
    modules: [],
    read: () => lib.showOption(["a", "<name>", "*", "[definition 1-entry 2]", "x$y", "<x"]),
    expect: 'a.<name>.*."[definition 1-entry 2]"."x\\$y"."<x"',
  },
  {
    name: "literalExpression as an option's defaultText documents its text",
    modules: [],
    read: () => lib.mkOption({ type: types.int, defaultText: lib.literalExpression("1 + 0") }).defaultText,
    expect: "1 + 0",
  },
]);

// @ts-nocheck: modules transcribed from Nix, some ill-typed on purpose (a type error is what is compared).
/**
 * Compared with Nix, round 2: renamed, removed and changed options, assertions and warnings, option info (isDefined,
 * definitions, …), functionTo/uniq/either/coercedTo, `_module.args`; `run` reads the whole evaluation.
 * Each case: the modules as hearth reads them, and what Nix printed for the same modules written
 * in Nix (or `failed`). Written by the sessions that compared them; Nix's answers recorded as given.
 */
import {
  assertionsModule,
  lazy,
  mkAfter,
  mkAliasOptionModule,
  mkBefore,
  mkChangedOptionModule,
  mkDefault,
  mkForce,
  mkIf,
  mkMerge,
  mkMergedOptionModule,
  mkOption,
  mkOptionDefault,
  mkOverride,
  mkRemovedOptionModule,
  mkRenamedOptionModule,
  mkVMOverride,
  types,
} from "../../../src/modules/index.ts";
import { failed, type Scenario } from "./scenario.ts";
export const round2: Scenario[] = [
  {
    name: "a01",
    nix: ["d", "e", "b", "a"],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { warnings: ["a"] },
          { warnings: mkIf(true, ["b"]) },
          { warnings: mkIf(false, ["c"]) },
          { warnings: mkBefore(["d"]) },
          { warnings: ["e"] },
        ] as any,
        (r: any) => r.config.warnings,
      );
    },
  },
  {
    name: "a02",
    nix: [
      ["m4", "m2", "m3"],
      ["w2", "w1"],
    ],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { options: { x: mkOption({ type: types.int, default: 1 }) } },
          ({ config }: any) => ({
            assertions: [
              {
                get assertion() {
                  return config.x > 0;
                },
                message: "m1",
              },
            ],
            warnings: mkIf(() => config.x === 1, ["w1"]),
          }),
          ({ config }: any) =>
            mkIf(() => config.x < 5, { assertions: [{ assertion: false, message: "m2" }], warnings: ["w2"] }),
          { assertions: mkAfter([{ assertion: false, message: "m3" }]) },
          { assertions: [{ assertion: false, message: "m4" }] },
        ] as any,
        (r: any) => [
          r.config.assertions.filter((a: any) => !a.assertion).map((a: any) => a.message),
          r.config.warnings,
        ],
      );
    },
  },
  {
    name: "a03",
    nix: ["i2", "i3", "i1", "z", "top"],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          {
            imports: [{ warnings: ["i1"] }, { imports: [{ warnings: ["i2"] }], warnings: ["i3"] }],
            warnings: ["top"],
          },
          { warnings: ["z"] },
        ] as any,
        (r: any) => r.config.warnings,
      );
    },
  },
  {
    name: "a04",
    nix: ["g", "f"],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [am, { warnings: mkForce(["f"]) }, { warnings: ["x"] }, { warnings: mkForce(["g"]) }] as any,
        (r: any) => r.config.warnings,
      );
    },
  },
  {
    name: "a05",
    nix: [true],
    run: ({ run }) => {
      const am = assertionsModule;
      run([am, { assertions: [{ assertion: true }] }] as any, (r: any) =>
        r.config.assertions.map((a: any) => a.assertion),
      );
    },
  },
  {
    name: "a06",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const am = assertionsModule;
      run([am, { assertions: [{ assertion: true, message: "x", extra: 1 }] }] as any, (r: any) =>
        r.config.assertions.map((a: any) => a.assertion),
      );
    },
  },
  {
    name: "at01",
    nix: { a: 1, c: 4 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrs, ...{} }) } },
          { x: mkIf(true, { a: 1 }) },
          { x: mkIf(false, { b: 2 }) },
          { x: { a: 3, c: 4 } },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "at02",
    nix: "if",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.attrs, ...{} }) } }, { x: { a: mkIf(false, 1) } }] as any,
        (r: any) => r.config.x.a._type,
      );
    },
  },
  {
    name: "at03",
    nix: { a: { b: 1 } },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrs, ...{} }) } },
          { x: { a: { b: 1 } } },
          { x: { a: { c: 2 } } },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "at04",
    nix: { a: 1 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrs, ...{ default: { z: 0 } } }) } },
          { x: mkDefault({ a: 1 }) },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "at05",
    nix: { a: 1, b: 2 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrs, ...{} }) } },
          { x: mkMerge([{ a: 1 }, { b: 2 }]) },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "at06",
    nix: { a: 2 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrs, ...{} }) } },
          { x: mkBefore({ a: 1 }) },
          { x: { a: 2 } },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "at07",
    nix: [true, 2],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lazyAttrsOf(types.int), ...{} }) } },
          { x: { a: mkIf(false, 1), b: 2 } },
        ] as any,
        (r: any) => ["a" in r.config.x, r.config.x.b],
      );
    },
  },
  {
    name: "at08",
    nix: [false, 2],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.int), ...{} }) } },
          { x: { a: mkIf(false, 1), b: 2 } },
        ] as any,
        (r: any) => ["a" in r.config.x, r.config.x.b],
      );
    },
  },
  {
    name: "e01",
    nix: { a: 5, b: 6 },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({
                type: types.either(
                  types.str,
                  types.submodule({
                    options: {
                      a: mkOption({ type: types.int, default: 1 }),
                      b: mkOption({ type: types.int, default: 2 }),
                    },
                  }),
                ),
              }),
            },
          },
          { x: { a: 5 } },
          { x: { b: 6 } },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "e02",
    nix: "s",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({
                type: types.either(
                  types.str,
                  types.submodule({
                    options: {
                      a: mkOption({ type: types.int, default: 1 }),
                      b: mkOption({ type: types.int, default: 2 }),
                    },
                  }),
                ),
              }),
            },
          },
          { x: "s" },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "e03",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({
                type: types.either(
                  types.str,
                  types.submodule({
                    options: {
                      a: mkOption({ type: types.int, default: 1 }),
                      b: mkOption({ type: types.int, default: 2 }),
                    },
                  }),
                ),
              }),
            },
          },
          { x: "s" },
          { x: { a: 1 } },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "e04",
    nix: { a: 3, b: 2 },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({
                type: types.either(
                  types.submodule({
                    options: {
                      a: mkOption({ type: types.int, default: 1 }),
                      b: mkOption({ type: types.int, default: 2 }),
                    },
                  }),
                  types.str,
                ),
              }),
            },
          },
          { x: mkIf(true, { a: 3 }) },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "e05",
    nix: [2, 1],
    run: ({ run }) => {
      run(
        [
          {
            options: { x: mkOption({ type: types.oneOf([types.int, types.str, types.listOf(types.int)]) }) },
          },
          { x: [1] },
          { x: [2] },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "e06",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.oneOf([types.listOf(types.str), types.listOf(types.int)]) }),
            },
          },
          { x: [1] },
          { x: [2] },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "e06b",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.oneOf([types.listOf(types.str), types.listOf(types.int)]) }),
            },
          },
          { x: [] },
          { x: [2] },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "e06c",
    nix: ["a"],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.oneOf([types.listOf(types.str), types.listOf(types.int)]) }),
            },
          },
          { x: [mkIf(false, 1), "a"] },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "e06d",
    nix: { b: 1 },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.either(types.attrsOf(types.int), types.attrsOf(types.str)) }),
            },
          },
          { x: { a: mkIf(false, "s"), b: 1 } },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "e07",
    nix: ["c", "b", "a"],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.coercedTo(types.str, (s: any) => [s], types.listOf(types.str)) }),
            },
          },
          { x: mkIf(true, "a") },
          { x: ["b"] },
          { x: mkBefore("c") },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "e08",
    nix: "3",
    run: ({ run }) => {
      run(
        [
          {
            options: { x: mkOption({ type: types.coercedTo(types.int, (i: any) => String(i), types.str) }) },
          },
          { x: mkDefault(3) },
          { x: mkIf(false, "z") },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "e09",
    nix: { a: "q", c: "t" },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({
                type: types.coercedTo(types.str, (s: any) => ({ a: s }), types.attrsOf(types.str)),
              }),
            },
          },
          { x: "q" },
          { x: { b: mkIf(false, "r"), c: "t" } },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "g01",
    nix: "special",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.str }) } },
          ({ foo }: any) => ({ x: foo }),
          { _module: { args: { foo: "arg" } } },
        ],
        (r: any) => r.config.x,
        { foo: "special" },
      );
    },
  },
  {
    name: "g02",
    nix: "forced",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.str }) } },
          { config: ({ foo }: any) => ({ x: foo }) },
          { _module: { args: { foo: "arg" } } },
          { _module: { args: { foo: mkForce("forced") } } },
        ],
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "g03",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.str }) } },
          { config: ({ foo }: any) => ({ x: foo }) },
          { _module: { args: { foo: "a" } } },
          { _module: { args: { foo: "b" } } },
        ],
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "g04",
    nix: [1, false],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 1 }) } },
          { y: 2, z: { w: 3 }, _module: { check: false } },
        ],
        (r: any) => [r.config.x, "y" in r.config],
      );
    },
  },
  {
    name: "g05",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 1 }) } },
          { y: 2, _module: { check: mkIf(false, false) } },
        ],
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "g06",
    nix: { a: 1 },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({
                type: types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }),
                default: {},
              }),
            },
          },
          { x: { b: 2, _module: { check: false } } },
        ],
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "g07b",
    nix: ["plain", "plain"],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.str }) } },
          {
            config: (args: any) => ({
              x: lazy(() => args.foo),
              _module: { args: { foo: mkDefault("dflt") } },
            }),
          },
          { _module: { args: { foo: "plain" } } },
        ],
        (r: any) => [r.config.x, r._module.args.foo],
      );
    },
  },
  {
    name: "g08",
    nix: "arg",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.str }) } },
          { config: ({ foo }: any) => ({ x: foo }) },
          { _module: { args: { foo: "arg" } } },
        ],
        (r: any) => r._module.args.foo,
        { foo: "special" },
      );
    },
  },
  {
    name: "g09",
    nix: failed,
    kind: "module",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.str }) } },
          { config: ({ foo = "fallback" }: any) => ({ x: foo }) },
        ],
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "g10",
    nix: "viaIf",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.str }) } },
          { config: ({ foo }: any) => ({ x: foo }) },
          { _module: { args: mkIf(true, { foo: "viaIf" }) } },
        ],
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "i01",
    nix: [[true, 1500, [[0]], 1], [true, 1500, [null], 1], false, 9999, [], 0],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          {
            options: {
              x: mkOption({ type: types.listOf(types.int), default: [0] }),
              y: mkOption({ type: types.int }),
              z: mkOption({ type: types.nullOr(types.int), default: null }),
            },
          },
        ] as any,
        (r: any) =>
          ((f: any) => [
            f(r.options.x),
            f(r.options.z),
            r.options.y.isDefined,
            r.options.y.highestPrio,
            r.options.y.definitions,
            r.options.y.files.length,
          ])((o: any) => [o.isDefined, o.highestPrio, o.definitions, o.files.length]),
      );
    },
  },
  {
    name: "i02",
    nix: [[true, 900, [[3]], 1], [true, 1500, [null, 4], 2], false, 9999, 0],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          {
            options: {
              x: mkOption({ type: types.listOf(types.int), default: [0] }),
              y: mkOption({ type: types.int }),
              z: mkOption({ type: types.nullOr(types.int), default: null }),
            },
          },
          { x: mkDefault([1]), y: mkIf(false, 3) },
          { x: mkDefault([2]), z: mkOptionDefault(4) },
          { x: mkOverride(900, [3]) },
        ] as any,
        (r: any) =>
          ((f: any) => [
            f(r.options.x),
            f(r.options.z),
            r.options.y.isDefined,
            r.options.y.highestPrio,
            r.options.y.files.length,
          ])((o: any) => [o.isDefined, o.highestPrio, o.definitions, o.files.length]),
      );
    },
  },
  {
    name: "i03",
    nix: [
      [[3], [2], [1]],
      ["B", "A", "A"],
      [3, 2, 1],
    ],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          {
            options: {
              x: mkOption({ type: types.listOf(types.int), default: [0] }),
              y: mkOption({ type: types.int }),
              z: mkOption({ type: types.nullOr(types.int), default: null }),
            },
          },
          { _file: "A", x: mkAfter([1]) },
          { _file: "A", x: [2] },
          { _file: "B", x: mkBefore([3]) },
        ] as any,
        (r: any) => [r.options.x.definitions, r.options.x.files, r.options.x.value],
      );
    },
  },
  {
    name: "i04",
    nix: [50, [7], 7],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          {
            options: {
              x: mkOption({ type: types.listOf(types.int), default: [0] }),
              y: mkOption({ type: types.int }),
              z: mkOption({ type: types.nullOr(types.int), default: null }),
            },
          },
          { y: mkIf(true, mkDefault(3)) },
          { y: mkMerge([mkIf(false, 1), mkForce(7)]) },
        ] as any,
        (r: any) => [r.options.y.highestPrio, r.options.y.definitions, r.options.y.value],
      );
    },
  },
  {
    name: "i05",
    nix: [true, 100, 1, { a: 2 }],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }),
                default: {},
              }),
            },
          },
          { s: { a: 2 } },
        ] as any,
        (r: any) => [
          r.options.s.isDefined,
          r.options.s.highestPrio,
          r.options.s.definitions.length,
          r.options.s.value,
        ],
      );
    },
  },
  {
    name: "i06",
    nix: [true, 1500, [[0]]],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          {
            options: {
              x: mkOption({ type: types.listOf(types.int), default: [0] }),
              y: mkOption({ type: types.int }),
              z: mkOption({ type: types.nullOr(types.int), default: null }),
            },
          },
          { x: mkIf(false, [1]) },
        ] as any,
        (r: any) => [r.options.x.isDefined, r.options.x.highestPrio, r.options.x.definitions],
      );
    },
  },
  {
    name: "l01",
    nix: [2],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.int), ...{ default: [9] } }) } },
          { x: mkForce([]) },
          { x: [1] },
          { x: mkForce([2]) },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "l02",
    nix: [[], true, 50, [[]]],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.int), ...{ default: [9] } }) } },
          { x: mkForce([]) },
        ] as any,
        (r: any) => [r.config.x, r.options.x.isDefined, r.options.x.highestPrio, r.options.x.definitions],
      );
    },
  },
  {
    name: "l03",
    nix: [2, 1],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.int), ...{} }) } },
          { x: mkOverride(60, [1]) },
          { x: mkOverride(60, [2]) },
          { x: mkOverride(70, [3]) },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "l04",
    nix: [1],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.int), ...{} }) } },
          { x: mkVMOverride([1]) },
          { x: mkForce([2]) },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "l05",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, ...{} }) } },
          { x: mkOverride(60, 1) },
          { x: mkOverride(60, 2) },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "l06",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, ...{ default: 1 } }) } },
          { x: mkOptionDefault(2) },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "l07",
    nix: [1, 2],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.int), ...{ default: [1] } }) } },
          { x: mkOptionDefault([2]) },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "l08",
    nix: { a: 5, c: 3 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.int), ...{} }) } },
          { x: mkDefault({ a: 1, b: 2 }) },
          { x: { a: 5 } },
          { x: { c: mkDefault(3) } },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "l09",
    nix: { c: 3 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.int), ...{} }) } },
          { x: mkDefault({ a: 1, b: 2 }) },
          { x: { c: mkDefault(3) } },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "l10",
    nix: { a: 1 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.int), ...{} }) } },
          { x: mkForce({ a: 1 }) },
          { x: { b: mkForce(2) } },
          { x: { c: 3 } },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "m01",
    nix: ["The option definition `a.b' in `F' no longer has any effect; please remove it.\nUse c.\n"],
    run: ({ run }) => {
      const am = assertionsModule;
      run([am, mkRemovedOptionModule(["a", "b"], "Use c."), { _file: "F", a: { b: 1 } }] as any, (r: any) =>
        r.config.assertions.filter((a: any) => !a.assertion).map((a: any) => a.message),
      );
    },
  },
  {
    name: "m02",
    nix: [true],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [am, mkRemovedOptionModule(["a", "b"], "Use c."), { _file: "F", a: { b: mkIf(false, 1) } }] as any,
        (r: any) => r.config.assertions.map((a: any) => a.assertion),
      );
    },
  },
  {
    name: "m03",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [am, mkRemovedOptionModule(["a", "b"], "Use c."), { a: { b: 1 } }] as any,
        (r: any) => r.config.a.b,
      );
    },
  },
  {
    name: "m04",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const am = assertionsModule;
      run([mkRemovedOptionModule(["a", "b"], "Use c."), { a: { b: 1 } }] as any, (r: any) => r.config.a);
    },
  },
  {
    name: "m05",
    nix: [
      "yes",
      [
        "The option `o' defined in `F' has been changed to `n' that has a different type. Please read `n' documentation and update your configuration accordingly.",
      ],
      true,
    ],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { options: { n: mkOption({ type: types.str, default: "d" }) } },
          mkChangedOptionModule(["o"], ["n"], (c: any) => (c.o ? "yes" : "no")),
          { _file: "F", o: true },
        ] as any,
        (r: any) => [r.config.n, r.config.warnings, r.config.o],
      );
    },
  },
  {
    name: "m06",
    nix: ["d", [], "_mkMergedOptionModule", true],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { options: { n: mkOption({ type: types.str, default: "d" }) } },
          mkChangedOptionModule(["o"], ["n"], (c: any) => (c.o ? "yes" : "no")),
        ] as any,
        (r: any) => [r.config.n, r.config.warnings, r.config.o, r.options.n.isDefined],
      );
    },
  },
  {
    name: "m07",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          { options: { n: mkOption({ type: types.str, default: "d" }) } },
          mkChangedOptionModule(["o"], ["n"], (c: any) => (c.o ? "yes" : "no")),
          { o: true },
        ] as any,
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "m08",
    nix: [
      "1-2",
      [
        "The option `x.a' defined in `G' has been changed to `n' that has a different type. Please read `n' documentation and update your configuration accordingly.",
        "The option `x.b' defined in `F' has been changed to `n' that has a different type. Please read `n' documentation and update your configuration accordingly.",
      ],
    ],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { options: { n: mkOption({ type: types.str, default: "d" }) } },
          mkMergedOptionModule(
            [
              ["x", "a"],
              ["x", "b"],
            ],
            ["n"],
            (c: any) => `${c.x.a}-${c.x.b}`,
          ),
          { _file: "F", x: { b: 2 } },
          { _file: "G", x: { a: 1 } },
        ] as any,
        (r: any) => [r.config.n, r.config.warnings],
      );
    },
  },
  {
    name: "m09",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { options: { n: mkOption({ type: types.str, default: "d" }) } },
          mkChangedOptionModule(["o"], ["n"], (c: any) => "v"),
          { o: true },
          { n: "plain" },
        ] as any,
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "m10",
    nix: ["d", []],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { options: { n: mkOption({ type: types.str, default: "d" }) } },
          mkChangedOptionModule(["o"], ["n"], (c: any) => "v"),
          { o: "_mkMergedOptionModule" },
        ] as any,
        (r: any) => [r.config.n, r.config.warnings],
      );
    },
  },
  {
    name: "n01",
    nix: 3,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.nullOr(types.int), ...{} }) } },
          { x: mkDefault(null) },
          { x: 3 },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "n02",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.nullOr(types.int), ...{} }) } },
          { x: null },
          { x: 3 },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "n03",
    nix: null,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.nullOr(types.int), ...{} }) } },
          { x: null },
          { x: null },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "n04",
    nix: 7,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.nullOr(types.int), ...{ default: 7 } }) } },
          { x: mkIf(false, 3) },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "n05",
    nix: [2, 1],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.nullOr(types.listOf(types.int)), ...{} }) } },
          { x: [1] },
          { x: [2] },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "r01",
    nix: [2, ["The option `o' defined in `A' has been renamed to `n'."], 2],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { options: { n: mkOption({ type: types.int, default: 0 }) } },
          mkRenamedOptionModule(["o"], ["n"]),
          { _file: "A", o: mkDefault(1) },
          { n: 2 },
        ] as any,
        (r: any) => [r.config.n, r.config.warnings, r.config.o],
      );
    },
  },
  {
    name: "r02",
    nix: [5, ["The option `o' defined in `B' and `A' has been renamed to `n'."]],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { options: { n: mkOption({ type: types.int, default: 0 }) } },
          mkRenamedOptionModule(["o"], ["n"]),
          { _file: "A", o: 5 },
          { _file: "B", o: 5 },
          { n: mkDefault(2) },
        ] as any,
        (r: any) => [r.config.n, r.config.warnings],
      );
    },
  },
  {
    name: "r03",
    nix: [
      [3, 4, 2, 1],
      [3, 4, 2, 1],
      [[4], [2]],
      [[3], [4], [2], [1]],
    ],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { options: { n: mkOption({ type: types.listOf(types.int), default: [0] }) } },
          { n: [1] },
          mkRenamedOptionModule(["o"], ["n"]),
          { o: [2] },
          { n: [3] },
          { o: mkBefore([4]) },
        ] as any,
        (r: any) => [r.config.n, r.config.o, r.options.o.definitions, r.options.n.definitions],
      );
    },
  },
  {
    name: "r04",
    nix: [[3, 5], 100, 100],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { options: { n: mkOption({ type: types.listOf(types.int), default: [0] }) } },
          mkRenamedOptionModule(["o"], ["n"]),
          { o: mkDefault([2]) },
          { o: [5] },
          { n: [3] },
        ] as any,
        (r: any) => [r.config.n, r.options.o.highestPrio, r.options.n.highestPrio],
      );
    },
  },
  {
    name: "r05",
    nix: [[3, 2], [3, 2], []],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { options: { n: mkOption({ type: types.listOf(types.int), default: [0] }) } },
          mkAliasOptionModule(["o"], ["n"]),
          { o: mkForce([2]) },
          { n: mkForce([3]) },
          { n: [9] },
        ] as any,
        (r: any) => [r.config.n, r.config.o, r.config.warnings],
      );
    },
  },
  {
    name: "r07",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const am = assertionsModule;
      run([am, mkRenamedOptionModule(["o"], ["missing"]), { o: 3 }] as any, (r: any) => r.config.warnings);
    },
  },
  {
    name: "r07b",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const am = assertionsModule;
      run([am, mkRenamedOptionModule(["o"], ["missing"])] as any, (r: any) => r.config.warnings);
    },
  },
  {
    name: "r07c",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const am = assertionsModule;
      run([am, mkRenamedOptionModule(["o"], ["missing"])] as any, (r: any) => r.config.o);
    },
  },
  {
    name: "r08",
    nix: [[0], [], false],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { options: { n: mkOption({ type: types.listOf(types.int), default: [0] }) } },
          mkRenamedOptionModule(["o"], ["n"]),
          { o: mkIf(false, [1]) },
        ] as any,
        (r: any) => [r.config.n, r.config.warnings, r.options.o.isDefined],
      );
    },
  },
  {
    name: "r09",
    nix: [1, 2, 3],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { options: { n: mkOption({ type: types.listOf(types.int), default: [0] }) } },
          { n: mkDefault([3]) },
          mkRenamedOptionModule(["o"], ["n"]),
          { o: mkMerge([mkDefault([1]), mkDefault([2])]) },
        ] as any,
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "r10",
    nix: [{ a: 1, b: 5, d: 4 }, 100],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { options: { s: mkOption({ type: types.attrsOf(types.int), default: {} }) } },
          mkAliasOptionModule(["o"], ["s"]),
          { o: { a: 1, b: mkDefault(2), c: mkIf(false, 3) } },
          { s: { b: 5 } },
          { o: { d: mkForce(4) } },
          { s: { d: 6 } },
        ] as any,
        (r: any) => [r.config.s, r.options.o.highestPrio],
      );
    },
  },
  {
    name: "r11",
    nix: [4, { b: 4, keep: 2 }],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          {
            options: {
              a: { keep: mkOption({ type: types.int, default: 1 }) },
              c: mkOption({ type: types.int, default: 0 }),
            },
          },
          mkRenamedOptionModule(["a", "b"], ["c"]),
          { a: { b: 4, keep: 2 } },
        ] as any,
        (r: any) => [r.config.c, r.config.a],
      );
    },
  },
  {
    name: "r12",
    nix: [{ n: 3, o: 3 }, []],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
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
          { s: { o: mkDefault(3) } },
          { s: { n: mkOverride(1001, 9) } },
        ] as any,
        (r: any) => [r.config.s, r.config.warnings],
      );
    },
  },
  {
    name: "r13",
    nix: [[0], false, true],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { options: { n: mkOption({ type: types.listOf(types.int), default: [0] }) } },
          mkAliasOptionModule(["o"], ["n"]),
        ] as any,
        (r: any) => [r.config.o, r.options.o.isDefined, r.options.n.isDefined],
      );
    },
  },
  {
    name: "t01",
    nix: [11, 10],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          { options: { x: mkOption({ type: types.functionTo(types.listOf(types.int)) }) } },
          { x: (a: any) => [a] },
          { x: (a: any) => [a + 1] },
        ] as any,
        (r: any) => r.config.x(10),
      );
    },
  },
  {
    name: "t02",
    nix: { p: 1, q: 1 },
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          { options: { x: mkOption({ type: types.functionTo(types.attrsOf(types.int)) }) } },
          { x: (a: any) => ({ p: a }) },
          { x: (a: any) => ({ q: a }) },
        ] as any,
        (r: any) => r.config.x(1),
      );
    },
  },
  {
    name: "t03",
    nix: [0],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          { options: { x: mkOption({ type: types.functionTo(types.int) }) } },
          { x: (a: any) => a },
          { x: (a: any) => a * 2 },
        ] as any,
        (r: any) => [r.config.x(0)],
      );
    },
  },
  {
    name: "t03b",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          { options: { x: mkOption({ type: types.functionTo(types.int) }) } },
          { x: (a: any) => a },
          { x: (a: any) => a * 2 },
        ] as any,
        (r: any) => [r.config.x(3)],
      );
    },
  },
  {
    name: "t04",
    nix: [
      [1, 0],
      [9, 0, 99],
    ],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          { options: { x: mkOption({ type: types.functionTo(types.listOf(types.int)) }) } },
          { x: (a: any) => mkBefore([a]) },
          { x: (a: any) => mkIf(a > 5, [99]) },
          { x: (a: any) => [0] },
        ] as any,
        (r: any) => [r.config.x(1), r.config.x(9)],
      );
    },
  },
  {
    name: "t05",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [{ options: { x: mkOption({ type: types.uniq(types.int) }) } }, { x: 1 }, { x: 1 }] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "t06",
    nix: [1],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.unique({ message: "M" }, types.listOf(types.int)) }) } },
          { x: [1, mkIf(false, 2)] },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "t06b",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.unique({ message: "M" }, types.listOf(types.int)) }) } },
          { x: [1] },
          { x: [1] },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "t07",
    nix: [2],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          { options: { x: mkOption({ type: types.uniq(types.listOf(types.int)) }) } },
          { x: mkDefault([1]) },
          { x: [2] },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "t08",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [{ options: { x: mkOption({ type: types.nonEmptyStr }) } }, { x: " " }] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "t08b",
    nix: "\r",
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [{ options: { x: mkOption({ type: types.nonEmptyStr }) } }, { x: "\r" }] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "t09",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.ints.u8 }) } }, { x: 256 }] as any, (r: any) => r.config.x);
    },
  },
  {
    name: "t09b",
    nix: -128,
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.ints.s8 }) } }, { x: -128 }] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "t09c",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.ints.positive }) } }, { x: 0 }] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "t09d",
    nix: -3,
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.ints.between(-3, 3) }) } }, { x: -3 }] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "t09e",
    nix: 4294967295,
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.ints.u32 }) } }, { x: 4294967295 }] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "t09f",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.ints.s32 }) } }, { x: -2147483649 }] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "t10c",
    nix: 2.5,
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.float }) } }, { x: 2.5 }, { x: 2.5 }] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "t11",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.path }) } }, { x: "rel/a" }] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "t11b",
    nix: "/a",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.path }) } }, { x: "/a" }, { x: "/a" }] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "t12",
    nix: "b; d; a",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.separatedString("; ") }) } },
          { x: "a" },
          { x: mkBefore("b") },
          { x: mkIf(false, "c") },
          { x: "d" },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "t13",
    nix: "b,a",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.commas }) } },
          { x: "a" },
          { x: mkDefault("z") },
          { x: "b" },
        ] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "t14",
    nix: "q:p",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.envVar }) } }, { x: mkAfter("p") }, { x: "q" }] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "t14b",
    nix: "q\n",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.lines }) } }, { x: "" }, { x: "q" }] as any,
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "x01",
    nix: 1,
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          { options: { n: mkOption({ type: types.int, default: 0 }) } },
          mkAliasOptionModule(["o"], ["n"]),
          { o: 1 },
        ] as any,
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "x02",
    nix: 1,
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          { options: { n: mkOption({ type: types.int, default: 0 }) } },
          mkRenamedOptionModule(["o"], ["n"]),
          { o: 1 },
        ] as any,
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "x03",
    nix: 0,
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          { options: { n: mkOption({ type: types.int, default: 0 }) } },
          mkAliasOptionModule(["o"], ["n"]),
        ] as any,
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "x04",
    nix: [7, 7, 7, true],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { options: { n: mkOption({ type: types.int, default: 0 }) } },
          mkAliasOptionModule(["o"], ["n"]),
          mkAliasOptionModule(["p"], ["o"]),
          { p: 7 },
        ] as any,
        (r: any) => [r.config.n, r.config.o, r.config.p, r.options.o.isDefined],
      );
    },
  },
  {
    name: "x05",
    nix: [7, true],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { options: { n: mkOption({ type: types.int, default: 0 }) } },
          mkAliasOptionModule(["p"], ["o"]),
          mkAliasOptionModule(["o"], ["n"]),
          { p: 7 },
        ] as any,
        (r: any) => [r.config.n, r.options.o.isDefined],
      );
    },
  },
  {
    name: "x06",
    nix: [true, 7],
    run: ({ run }) => {
      const am = assertionsModule;
      run(
        [
          am,
          { options: { n: mkOption({ type: types.int, default: 0 }) } },
          mkAliasOptionModule(["p"], ["o"]),
          mkAliasOptionModule(["o"], ["n"]),
          { p: 7 },
        ] as any,
        (r: any) => [r.options.o.isDefined, r.config.n],
      );
    },
  },
  {
    name: "y01",
    nix: 7,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) => ({
            n: mkIf(
              () => options.o.isDefined,
              lazy(() => options.o.value),
            ),
          }),
          ({ options }: any) => ({
            o: mkIf(
              () => options.p.isDefined,
              lazy(() => options.p.value),
            ),
          }),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y02",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) => ({ n: mkIf(() => options.o.isDefined, 1) }),
          ({ options }: any) => ({ o: mkIf(() => options.p.isDefined, 2) }),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y04",
    nix: 7,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(
              () => options.o.isDefined,
              lazy(() => ({ n: mkMerge(options.o.definitions) })),
            ),
          ({ options }: any) =>
            mkIf(
              () => options.p.isDefined,
              lazy(() => ({ o: mkMerge(options.p.definitions) })),
            ),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y05",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) => mkIf(() => options.o.isDefined, { n: 1 }),
          ({ options }: any) => mkIf(() => options.p.isDefined, { o: 2 }),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y06",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ config }: any) => mkIf(() => config.o === 2, { n: 1 }),
          ({ config }: any) => mkIf(() => config.p === 7, { o: 2 }),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y07",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) => ({ n: mkIf(() => options.o.isDefined, 1) }),
          ({ options }: any) => ({ o: mkIf(() => options.p.isDefined, 2) }),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y08",
    nix: 2,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(
              () => options.o.isDefined,
              lazy(() => ({ n: mkMerge(options.o.definitions) })),
            ),
          ({ options }: any) => ({ o: mkIf(() => options.p.isDefined, 2) }),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y09",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) => mkIf(() => options.o.isDefined, { n: 1 }),
          ({ options }: any) =>
            mkIf(
              () => options.p.isDefined,
              lazy(() => ({ o: mkMerge(options.p.definitions) })),
            ),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y10",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) => mkIf(() => options.o.isDefined, { n: 1 }),
          ({ options }: any) =>
            mkIf(
              () => options.p.isDefined,
              lazy(() => ({ o: 2 })),
            ),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y11",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) => ({ n: mkIf(() => options.o.isDefined, 1) }),
          ({ options }: any) => ({
            o: mkIf(
              () => options.p.isDefined,
              lazy(() => mkMerge(options.p.definitions)),
            ),
          }),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y12",
    nix: 7,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(
              () => options.o.isDefined,
              lazy(() => ({ n: mkMerge(options.o.definitions) })),
            ),
          ({ options }: any) =>
            mkIf(
              () => options.p.isDefined,
              lazy(() => ({ o: mkMerge(options.p.definitions) })),
            ),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y13",
    nix: 2,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(
              () => options.o.isDefined,
              lazy(() => ({ n: options.o.value })),
            ),
          ({ options }: any) =>
            mkIf(
              () => options.p.isDefined,
              lazy(() => ({ o: 2 })),
            ),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y14",
    nix: 2,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(() => options.o.isDefined, {
              get n() {
                return options.o.value;
              },
            }),
          ({ options }: any) => mkIf(() => options.p.isDefined, { o: 2 }),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y15",
    nix: 7,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) => ({
            n: mkIf(
              () => options.o.isDefined,
              lazy(() => options.o.value),
            ),
          }),
          ({ options }: any) => ({
            o: mkIf(
              () => options.p.isDefined,
              lazy(() => options.p.value),
            ),
          }),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y16",
    nix: 7,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(
              () => options.o.isDefined,
              lazy(() => ({ n: mkMerge(options.o.definitions) })),
            ),
          ({ options }: any) => ({ o: lazy(() => mkMerge(options.p.definitions)) }),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y17",
    nix: 7,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(
              () => options.o.isDefined,
              lazy(() => ({ n: options.o.value })),
            ),
          ({ options }: any) =>
            mkIf(
              () => options.p.isDefined,
              lazy(() => ({ o: mkMerge(options.p.definitions) })),
            ),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y18",
    nix: 2,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(
              () => options.o.isDefined,
              lazy(() => ({ n: mkMerge(options.o.definitions) })),
            ),
          ({ options }: any) =>
            mkIf(
              () => options.p.isDefined,
              lazy(() => ({ o: 2 })),
            ),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y19",
    nix: 2,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(
              () => options.o.isDefined,
              lazy(() => ({ n: mkMerge(options.o.definitions) })),
            ),
          ({ options }: any) => mkIf(() => options.p.isDefined, { o: 2 }),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y20",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(
              () => options.o.isDefined,
              lazy(() => ({ n: 1 })),
            ),
          ({ options }: any) =>
            mkIf(
              () => options.p.isDefined,
              lazy(() => ({ o: mkMerge(options.p.definitions) })),
            ),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y21",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) => mkIf(() => options.o.isDefined, { n: 1 }),
          ({ options }: any) =>
            mkIf(() => options.p.isDefined, { o: lazy(() => mkMerge(options.p.definitions)) }),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y22",
    nix: 7,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(() => options.o.isDefined, {
              get n() {
                return mkMerge(options.o.definitions);
              },
            }),
          ({ options }: any) =>
            mkIf(() => options.p.isDefined, {
              get o() {
                return mkMerge(options.p.definitions);
              },
            }),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y23",
    nix: 7,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(
              () => options.o.isDefined,
              lazy(() => ({ n: mkMerge(options.o.definitions) })),
            ),
          ({ options }: any) =>
            mkIf(() => options.p.isDefined, {
              get o() {
                return mkMerge(options.p.definitions);
              },
            }),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y24",
    nix: 7,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(() => options.o.isDefined, {
              get n() {
                return mkMerge(options.o.definitions);
              },
            }),
          ({ options }: any) =>
            mkIf(
              () => options.p.isDefined,
              lazy(() => ({ o: mkMerge(options.p.definitions) })),
            ),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y26",
    nix: 7,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(
              true,
              lazy(() => ({ n: mkMerge(options.o.definitions) })),
            ),
          ({ options }: any) =>
            mkIf(
              true,
              lazy(() => ({ o: mkMerge(options.p.definitions) })),
            ),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y27",
    nix: 7,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(
              true,
              lazy(() => ({ n: options.o.value })),
            ),
          ({ options }: any) =>
            mkIf(
              true,
              lazy(() => ({ o: options.p.value })),
            ),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y28",
    nix: 7,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) => ({ config: lazy(() => ({ n: mkMerge(options.o.definitions) })) }),
          ({ options }: any) => ({ config: lazy(() => ({ o: mkMerge(options.p.definitions) })) }),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y29",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(
              () => options.o.isDefined,
              lazy(() => ({ n: (options.o.definitions, 1) })),
            ),
          ({ options }: any) =>
            mkIf(
              () => options.p.isDefined,
              lazy(() => ({ o: mkMerge(options.p.definitions) })),
            ),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y30",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(
              true,
              lazy(() => ({ n: (options.o.definitions.length, 1) })),
            ),
          ({ options }: any) =>
            mkIf(
              true,
              lazy(() => ({ o: (options.p.definitions.length, 2) })),
            ),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y31",
    nix: 2,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(
              true,
              lazy(() => ({ n: options.o.definitions[0] })),
            ),
          ({ options }: any) => ({ o: 2 }),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y32",
    nix: 7,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(
              true,
              lazy(() => ({ n: options.o.definitions[0] })),
            ),
          ({ options }: any) =>
            mkIf(
              true,
              lazy(() => ({ o: options.p.value })),
            ),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y33",
    nix: 7,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(
              true,
              lazy(() => ({ n: options.o.definitions[0] })),
            ),
          ({ options }: any) =>
            mkIf(
              true,
              lazy(() => ({ o: options.p.definitions[0] })),
            ),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "y34",
    nix: 7,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int, default: 0 }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          ({ options }: any) =>
            mkIf(
              true,
              lazy(() => ({ n: options.o.value })),
            ),
          ({ options }: any) =>
            mkIf(
              true,
              lazy(() => ({ o: options.p.definitions[0] })),
            ),
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "z01",
    nix: 1,
    run: ({ run }) => {
      run(
        [
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
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "z02",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          { config: ({ options }: any) => ({ n: options.o.definitions.length }) },
          { config: ({ config }: any) => ({ o: config.p }) },
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "z03",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          { config: ({ options }: any) => ({ n: options.o.isDefined ? 1 : 0 }) },
          { config: ({ config }: any) => ({ o: config.p }) },
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "z04",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          { options: { n: mkOption({ type: types.int }), o: mkOption({ type: types.int }) } },
          { config: ({ options }: any) => ({ n: options.o.isDefined ? 1 : 0 }) },
          { config: () => ({ o: 5 }) },
        ],
        (r: any) => r.config.n,
      );
    },
  },
  {
    name: "z05",
    nix: [7, 1],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          { config: ({ options }: any) => ({ n: options.o.isDefined ? 1 : 0 }) },
          { config: ({ config }: any) => ({ o: config.p }) },
          { p: 7 },
        ],
        (r: any) => [r.config.o, r.config.n],
      );
    },
  },
  {
    name: "z06",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              n: mkOption({ type: types.int }),
              o: mkOption({ type: types.int }),
              p: mkOption({ type: types.int }),
            },
          },
          { config: ({ config }: any) => ({ o: config.p }) },
          { config: ({ options }: any) => ({ n: options.o.isDefined ? 1 : 0 }) },
          { p: 7 },
        ],
        (r: any) => r.config.n,
      );
    },
  },
];

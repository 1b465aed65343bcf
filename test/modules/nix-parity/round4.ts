// @ts-nocheck: modules transcribed from Nix, some ill-typed on purpose (a type error is what is compared).
/**
 * Compared with Nix, round 4: option info (highestPrio, files, definitions…), attrsOf keys with
 * their own priorities, list properties, nullOr, enum/either/oneOf/coercedTo/attrs/raw/
 * deferredModule, `class` and `prefix`, extendModules, specialArgs against `_module.args`, renames
 * and aliases (into submodules too), `apply` ignoring its argument, type descriptions.
 * Each case: the modules as hearth reads them, and what Nix printed for the same modules written
 * in Nix (or `failed`). Written by the sessions that compared them; Nix's answers recorded as given.
 */
import {
  evalModules,
  lazy,
  lib,
  mkAfter,
  mkAliasAndWrapDefinitions,
  mkAliasAndWrapDefsWithPriority,
  mkAliasDefinitions,
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
  mkOrder,
  mkOverride,
  mkRenamedOptionModule,
  types,
} from "../../../src/modules/index.ts";
import { failed, type Scenario } from "./scenario.ts";
export const round4: Scenario[] = [
  {
    name: "a01",
    nix: { x: { a: 1, b: 2, c: 5, d: 7 } },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.attrsOf(types.int) }) } },
        { x: { a: mkForce(1), b: 2 } },
        { x: { a: 3, b: mkDefault(4), c: 5 } },
        { x: { c: mkOverride(200, 6), d: mkOptionDefault(7) } },
      ]);
    },
  },
  {
    name: "a02",
    nix: { x: { a: 1, b: 2, c: 5, d: 7 } },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.lazyAttrsOf(types.int) }) } },
        { x: { a: mkForce(1), b: 2 } },
        { x: { a: 3, b: mkDefault(4), c: 5 } },
        { x: { c: mkOverride(200, 6), d: mkOptionDefault(7) } },
      ]);
    },
  },
  {
    name: "a03",
    nix: [["b"], ["a", "b"], 2, false, true],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.attrsOf(types.int) }),
              y: mkOption({ type: types.lazyAttrsOf(types.int) }),
            },
          },
          { x: { a: mkIf(false, 1), b: 2 }, y: { a: mkIf(false, 1), b: 2 } },
        ],
        (c: any) => [Object.keys(c.x), Object.keys(c.y), c.y.b, "a" in c.x, "a" in c.y],
      );
    },
  },
  {
    name: "a04",
    nix: { w: { a: {} }, y: { a: [] }, z: { a: null } },
    run: ({ run }) => {
      run([
        {
          options: {
            y: mkOption({ type: types.lazyAttrsOf(types.listOf(types.int)) }),
            z: mkOption({ type: types.lazyAttrsOf(types.nullOr(types.int)) }),
            w: mkOption({ type: types.lazyAttrsOf(types.attrsOf(types.int)) }),
          },
        },
        { y: { a: mkIf(false, [1]) }, z: { a: mkIf(false, 1) }, w: { a: mkIf(false, { q: 1 }) } },
      ]);
    },
  },
  {
    name: "a05",
    nix: { x: { a: 1, b: 2 } },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.attrsOf(types.int) }) } },
        {
          x: {
            a: mkMerge([1, mkIf(false, 2)]),
            b: mkMerge([mkDefault(1), mkForce(2)]),
            c: mkMerge([mkIf(false, 1)]),
            d: mkMerge([]),
          },
        },
      ]);
    },
  },
  {
    name: "a06",
    nix: { x: { a: { b: ["0", "1", "5", "9"], c: ["c"] }, z: { y: [] } } },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.attrsOf(types.attrsOf(types.listOf(types.str))) }) } },
        { x: { a: { b: ["1"] } } },
        { x: { a: { b: mkBefore(["0"]) } } },
        { x: { a: { b: mkAfter(["9"]), c: ["c"] } } },
        { x: { a: { b: mkOrder(1200, ["5"]) }, z: { y: mkBefore([]) } } },
      ]);
    },
  },
  {
    name: "a07",
    nix: { x: { a: 3 } },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.attrsOf(types.int) }) } },
        { x: mkDefault({ a: 1, b: 2 }) },
        { x: { a: mkForce(3) } },
      ]);
    },
  },
  {
    name: "a08",
    nix: { x: { b: 2 } },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.attrsOf(types.int), default: { d: 0 } }) } },
        { x: mkIf(false, { a: 1 }) },
        { x: { b: mkDefault(2) } },
      ]);
    },
  },
  {
    name: "a09",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.int) }) } },
          { config: ({ config }: any) => ({ x: { a: 1, b: mkIf(() => config.x.a === 1, 2) } }) },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "a10",
    nix: { a: 1, b: 2 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lazyAttrsOf(types.int) }) } },
          { config: ({ config }: any) => ({ x: { a: 1, b: mkIf(() => config.x.a === 1, 2) } }) },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "a11",
    nix: { x: { a: 1, c: 4, e: 5 } },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.attrsOf(types.int) }) } },
        { x: mkMerge([{ a: 1 }, { b: mkIf(false, 2) }, { c: mkDefault(3) }, mkIf(true, { e: 5 })]) },
        { x: { c: 4 } },
      ]);
    },
  },
  {
    name: "a12",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.attrsOf(types.nullOr(types.int)) }) } },
        { x: { a: null } },
        { x: { a: 1 } },
      ]);
    },
  },
  {
    name: "a13",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.attrsOf(types.int) }) } },
        { x: { a: mkOverride(60, 1) } },
        { x: { a: mkOverride(40, 2) } },
        { x: { a: mkOverride(40, 2), b: mkOverride(40, 1) } },
        { x: { b: mkOverride(40, 2) } },
      ]);
    },
  },
  {
    name: "a14",
    nix: { x: { a: 2 } },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.attrsOf(types.int) }) } },
        { x: { a: mkOverride(60, 1) } },
        { x: { a: mkOverride(40, 2) } },
        { x: { a: mkOverride(40, 2) } },
      ]);
    },
  },
  {
    name: "a15",
    nix: { x: { a: [1, 3], b: [9, 1, 0] } },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.attrsOf(types.listOf(types.int)) }) } },
        { x: { a: mkForce(mkBefore([1])) } },
        { x: { a: [2], b: mkMerge([mkForce([1]), mkForce(mkAfter([0])), [7]]) } },
        { x: { a: mkForce([3]), b: mkForce(mkBefore([9])) } },
      ]);
    },
  },
  {
    name: "a16",
    nix: { x: { a: { l: [2], v: 0 }, b: { l: [], v: 0 } } },
    run: ({ run }) => {
      run([
        {
          options: {
            x: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: {
                    v: mkOption({ type: types.int, default: 0 }),
                    l: mkOption({ type: types.listOf(types.int), default: [] }),
                  },
                }),
              ),
            }),
          },
        },
        { x: { a: mkDefault({ v: 1, l: [1] }), b: { v: mkIf(false, 5) } } },
        { x: { a: { l: [2] }, c: mkIf(false, { v: 3 }) } },
      ]);
    },
  },
  {
    name: "a17",
    nix: { x: { a: {}, b: { v: 2 } } },
    run: ({ run }) => {
      run([
        {
          options: {
            x: mkOption({
              type: types.lazyAttrsOf(
                types.submodule({ options: { v: mkOption({ type: types.int, default: 0 }) } }),
              ),
            }),
          },
        },
        { x: { a: mkIf(false, { v: 1 }), b: { v: 2 } } },
      ]);
    },
  },
  {
    name: "a18",
    nix: { x: { c: 3 } },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.attrsOf(types.int), default: { a: 1, b: 2 } }) } },
        { x: { c: 3 } },
      ]);
    },
  },
  {
    name: "a19",
    nix: { x: { a: { p: 1 }, b: { s: 4 } } },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.attrsOf(types.attrsOf(types.int)) }) } },
        { x: { a: mkForce({ p: 1 }) } },
        { x: { a: { q: 2 }, b: mkDefault({ r: 3 }) } },
        { x: { b: { s: mkDefault(4) } } },
      ]);
    },
  },
  {
    name: "i01",
    nix: [50, true, [3], 1, "int", "signed integer", 1, 1, false],
    run: ({ runE }) => {
      runE(
        [
          { options: { x: mkOption({ type: types.int, default: 1, description: "d" }) } },
          { x: mkForce(3) },
          { x: mkDefault(4) },
        ],
        (r: any) => [
          r.options.x.highestPrio,
          r.options.x.isDefined,
          r.options.x.definitions,
          r.options.x.files.length,
          r.options.x.type.name,
          r.options.x.type.description,
          r.options.x.default,
          r.options.x.declarations.length,
          r.options.x.readOnly ?? false,
        ],
      );
    },
  },
  {
    name: "i02",
    nix: [100, [3], 1, 3],
    run: ({ runE }) => {
      runE(
        [
          { options: { x: mkOption({ type: types.int }) } },
          { x: mkIf(false, mkForce(1)) },
          { x: mkOverride(900, 2) },
          { x: mkIf(true, 3) },
        ],
        (r: any) => [
          r.options.x.highestPrio,
          r.options.x.definitions,
          r.options.x.files.length,
          r.options.x.value,
        ],
      );
    },
  },
  {
    name: "i03",
    nix: [[[2], [4], [1]], 3, 100],
    run: ({ runE }) => {
      runE(
        [
          { options: { x: mkOption({ type: types.listOf(types.int), default: [0] }) } },
          { x: [1] },
          { x: mkMerge([[2], mkIf(false, [3]), [4]]) },
        ],
        (r: any) => [
          r.options.x.definitionsWithLocations.map((d: any) => d.value),
          r.options.x.definitionsWithLocations.length,
          r.options.x.highestPrio,
        ],
      );
    },
  },
  {
    name: "i04",
    nix: [
      [true, 1500, 1, [1]],
      [false, 9999, 0, []],
      [true, 1500, 1, [5]],
      [false, 9999, 0, []],
    ],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              a: mkOption({ type: types.int, default: 1 }),
              b: mkOption({ type: types.int }),
              c: mkOption({ type: types.int, default: 5 }),
              d: mkOption({ type: types.nullOr(types.int) }),
            },
          },
          { c: mkIf(false, 7), b: mkIf(false, 2), d: mkIf(false, 3) },
        ],
        (r: any) =>
          [r.options.a, r.options.b, r.options.c, r.options.d].map((o: any) => [
            o.isDefined,
            o.highestPrio,
            o.files.length,
            o.definitions,
          ]),
      );
    },
  },
  {
    name: "i05",
    nix: [
      [[1], [3], [5], [9]],
      [[1], [3], [5], [9]],
      [1, 3, 5, 9],
    ],
    run: ({ runE }) => {
      runE(
        [
          { options: { x: mkOption({ type: types.listOf(types.int) }) } },
          { x: mkAfter([9]) },
          { x: mkMerge([mkBefore([1]), [5]]) },
          { x: mkOrder(700, [3]) },
        ],
        (r: any) => [
          r.options.x.definitions,
          r.options.x.definitionsWithLocations.map((d: any) => d.value),
          r.config.x,
        ],
      );
    },
  },
  {
    name: "i06",
    nix: [
      [
        { c: { _type: "override", content: 3, priority: 1000 } },
        { a: { _type: "override", content: 1, priority: 50 }, b: 2 },
      ],
      100,
    ],
    run: ({ runE }) => {
      runE(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.int) }) } },
          { x: { a: mkForce(1), b: 2 } },
          { x: mkIf(true, { c: mkDefault(3) }) },
        ],
        (r: any) => [r.options.x.definitions, r.options.x.highestPrio],
      );
    },
  },
  {
    name: "i08",
    nix: ['one of "a"b", "c\\d"', 'one of <float>, <null>, "z"'],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              x: mkOption({ type: types.enum(['a"b', "c\\d"]) }),
              y: mkOption({ type: types.enum([1.5, null, "z"] as any) }),
            },
          },
        ],
        (r: any) => [r.options.x.type.description, r.options.y.type.description],
      );
    },
  },
  {
    name: "i09",
    nix: [{ a: 2 }, "none", [], { a: 2 }],
    run: ({ runE }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      runE(
        [
          {
            options: {
              s: mkOption({ type: sub, default: { a: 2 } }),
              n: mkOption({ type: types.int }),
              l: mkOption({ type: types.listOf(types.int), default: [] }),
            },
          },
        ],
        (r: any) => [r.options.s.default, r.options.n.default ?? "none", r.options.l.default, r.config.s],
      );
    },
  },
  {
    name: "i10",
    nix: [3, "submodule", { a: 5, b: 2 }],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              s: mkOption({
                type: types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }),
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
          { options: { s: mkOption({}) } },
          { s: { a: 5 } },
        ],
        (r: any) => [r.options.s.declarations.length, r.options.s.type.name, r.config.s],
      );
    },
  },
  {
    name: "i11",
    nix: [1500, [3, 4], true],
    run: ({ runE }) => {
      runE(
        [{ options: { x: mkOption({ type: types.int, default: 3 }) } }, { x: mkOptionDefault(4) }],
        (r: any) => [r.options.x.highestPrio, r.options.x.definitions, r.options.x.isDefined],
      );
    },
  },
  {
    name: "i12",
    nix: failed,
    kind: "read-only",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.int, readOnly: true }) } }, { x: mkIf(false, 1) }, { x: 2 }],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "i13",
    nix: [1, true],
    run: ({ runE }) => {
      runE(
        [{ options: { x: mkOption({ type: types.int, readOnly: true }) } }, { x: mkMerge([1, 1]) }],
        (r: any) => [r.config.x, r.options.x.readOnly],
      );
    },
  },
  {
    name: "i14",
    nix: [20, 20, [2], 1000],
    run: ({ runE }) => {
      runE(
        [
          { options: { x: mkOption({ type: types.int, default: 1, apply: (v: number) => v * 10 }) } },
          { x: mkDefault(2) },
        ],
        (r: any) => [r.options.x.value, r.config.x, r.options.x.definitions, r.options.x.highestPrio],
      );
    },
  },
  {
    name: "i15",
    nix: [
      ["F4", "F3"],
      [[4], [3]],
    ],
    run: ({ runE }) => {
      runE(
        [
          { options: { x: mkOption({ type: types.listOf(types.int) }) } },
          { _file: "F1", x: [1] },
          { _file: "F2", x: mkIf(false, [2]) },
          { _file: "F3", x: mkForce([3]) },
          { _file: "F4", x: mkForce([4]) },
        ],
        (r: any) => [r.options.x.files, r.options.x.definitions],
      );
    },
  },
  {
    name: "i15b",
    nix: [
      ["F4", "F3"],
      [[4], [3]],
      ["F4", "F3"],
    ],
    run: ({ runE }) => {
      runE(
        [
          { options: { x: mkOption({ type: types.listOf(types.int) }) } },
          { _file: "F1", x: [1] },
          { _file: "F2", x: mkIf(false, [2]) },
          { _file: "F3", x: mkForce([3]) },
          { _file: "F4", x: mkForce([4]) },
        ],
        (r: any) => [
          r.options.x.files,
          r.options.x.definitions,
          r.options.x.definitionsWithLocations.map((d: any) => d.file),
        ],
      );
    },
  },
  {
    name: "i16",
    nix: [100, 2, 1],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              s: mkOption({
                type: types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } }),
              }),
            },
          },
          { s: { a: mkForce(1) } },
          { s: mkIf(true, { a: 2 }) },
        ],
        (r: any) => [r.options.s.highestPrio, r.options.s.definitions.length, r.config.s.a],
      );
    },
  },
  {
    name: "i17",
    nix: [true, 1500, [null], "nullOr", "int"],
    run: ({ runE }) => {
      runE([{ options: { x: mkOption({ type: types.nullOr(types.int), default: null }) } }], (r: any) => [
        r.options.x.isDefined,
        r.options.x.highestPrio,
        r.options.x.definitions,
        r.options.x.type.name,
        r.options.x.type.nestedTypes.elemType.name,
      ]);
    },
  },
  {
    name: "i18",
    nix: [true, 2],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              x: mkOption({ type: types.int, default: 1 }),
              y: mkOption({ type: types.bool, default: false }),
            },
          },
          { config: ({ options }: any) => ({ y: options.x.isDefined && options.x.highestPrio === 1000 }) },
          { x: mkDefault(2) },
        ],
        (r: any) => [r.config.y, r.config.x],
      );
    },
  },
  {
    name: "i19",
    nix: ["attribute set of string", "thing", "list of (thing)"],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              a: mkOption({ type: types.submodule({ freeformType: types.attrsOf(types.str) }) }),
              b: mkOption({ type: types.submoduleWith({ modules: [], description: "thing" }) }),
              c: mkOption({ type: types.listOf(types.submoduleWith({ modules: [], description: "thing" })) }),
            },
          },
        ],
        (r: any) => [
          r.options.a.type.description,
          r.options.b.type.description,
          r.options.c.type.description,
        ],
      );
    },
  },
  {
    name: "i20",
    nix: [
      "list of (submodule)",
      "null or (submodule)",
      "(submodule) or string",
      "non-empty (list of signed integer)",
      "signed integer",
    ],
    run: ({ runE }) => {
      const s = types.submodule({});
      runE(
        [
          {
            options: {
              a: mkOption({ type: types.listOf(s) }),
              b: mkOption({ type: types.nullOr(s) }),
              c: mkOption({ type: types.either(s, types.str) }),
              d: mkOption({ type: types.nonEmptyListOf(types.int) }),
              e: mkOption({ type: types.uniq(types.int) }),
            },
          },
        ],
        (r: any) =>
          [r.options.a, r.options.b, r.options.c, r.options.d, r.options.e].map(
            (o: any) => o.type.description,
          ),
      );
    },
  },
  {
    name: "l01",
    nix: { a: ["y", "z"], b: ["y", { q: 1 }], c: [2] },
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({ type: types.listOf(types.str) }),
            b: mkOption({ type: types.listOf(types.anything) }),
            c: mkOption({ type: types.listOf(types.int) }),
          },
        },
        {
          a: [mkIf(false, "x"), "y", mkIf(true, "z")],
          b: [mkIf(false, "x"), "y", mkIf(true, { q: 1 })],
          c: [mkIf(true, mkIf(false, 1)), 2],
        },
      ]);
    },
  },
  {
    name: "l02",
    nix: { a: [{ _type: "if", condition: false, content: "x" }, "y"] },
    run: ({ run }) => {
      run([{ options: { a: mkOption({ type: types.anything }) } }, { a: [mkIf(false, "x"), "y"] }]);
    },
  },
  {
    name: "l03",
    nix: { a: { q: [{ _type: "if", condition: false, content: 2 }], r: 3, s: 5 } },
    run: ({ run }) => {
      run([
        { options: { a: mkOption({ type: types.anything }) } },
        { a: { p: mkIf(false, 1), q: [mkIf(false, 2)], r: mkForce(3) } },
        { a: { r: 4, s: mkDefault(5) } },
      ]);
    },
  },
  {
    name: "l04",
    nix: { x: [-1, 0, 2, 1, 8, 9] },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.listOf(types.int) }) } },
        { x: mkMerge([[1], mkAfter([9]), mkBefore([0])]) },
        { x: [2] },
        { x: mkMerge([mkOrder(1500, [8]), mkOrder(500, [-1])]) },
      ]);
    },
  },
  {
    name: "l05",
    nix: { x: ["m4", "m3", "m2", "m1", "plain"] },
    run: ({ run }) => {
      const m3 = { x: mkOrder(700, ["m3"]) };
      const m4 = { x: mkOrder(700, ["m4"]) };
      run([
        { options: { x: mkOption({ type: types.listOf(types.str) }) } },
        { imports: [m3], x: mkOrder(700, ["m1"]) },
        { x: mkOrder(700, ["m2"]), imports: [m4] },
        { x: ["plain"] },
      ]);
    },
  },
  {
    name: "l06",
    nix: {
      x: [
        { a: 0, b: [7] },
        { a: 2, b: [7] },
        { a: 0, b: [1] },
      ],
    },
    run: ({ run }) => {
      run([
        {
          options: {
            x: mkOption({
              type: types.listOf(
                types.submodule({
                  options: {
                    a: mkOption({ type: types.int, default: 0 }),
                    b: mkOption({ type: types.listOf(types.int), default: [7] }),
                  },
                }),
              ),
            }),
          },
        },
        {
          x: [
            { a: mkIf(false, 1) },
            { a: 2, b: mkIf(false, [1]) },
            mkIf(false, { a: 3 }),
            { b: mkBefore([1]) },
          ],
        },
      ]);
    },
  },
  {
    name: "l07",
    nix: { x: [1, 2, 3], y: ["b", "a", "c"] },
    run: ({ run }) => {
      run([
        {
          options: {
            x: mkOption({ type: types.listOf(types.int) }),
            y: mkOption({ type: types.listOf(types.str) }),
          },
        },
        { x: [mkForce(1), 2, mkDefault(3)], y: ["b", mkBefore("a"), mkAfter("c")] },
      ]);
    },
  },
  {
    name: "l08",
    nix: { x: [[2], []] },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.listOf(types.listOf(types.int)) }) } },
        { x: [[mkIf(false, 1), 2], mkIf(false, [3]), []] },
      ]);
    },
  },
  {
    name: "l09",
    nix: { x: [1] },
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.listOf(types.int) }) } }, { x: [mkMerge([1, 1])] }]);
    },
  },
  {
    name: "l10",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.listOf(types.int) }) } }, { x: [mkMerge([1, 2])] }]);
    },
  },
  {
    name: "l11",
    nix: { x: [[0, 1]], y: [{ a: 1, b: 2 }] },
    run: ({ run }) => {
      run([
        {
          options: {
            x: mkOption({ type: types.listOf(types.listOf(types.int)) }),
            y: mkOption({ type: types.listOf(types.attrsOf(types.int)) }),
          },
        },
        { x: [mkMerge([[1], mkBefore([0])])], y: [mkMerge([{ a: 1 }, { b: mkForce(2) }, { b: 3 }])] },
      ]);
    },
  },
  {
    name: "l12",
    nix: { x: [2, 1] },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.listOf(types.int) }) } },
        { x: mkForce(mkAfter([1])) },
        { x: mkForce([2]) },
        { x: [3] },
        { x: mkOrder(1500, [4]) },
      ]);
    },
  },
  {
    name: "l13",
    nix: { x: [4, 3, 7, 6, 2, 1, 5] },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.listOf(types.int) }) } },
        { x: mkOrder(1500, [1]) },
        { x: mkAfter([2]) },
        { x: mkOrder(0, [3]) },
        { x: mkOrder(-5, [4]) },
        { x: mkOrder(100000, [5]) },
        { x: mkOrder(1000, [6]) },
        { x: [7] },
      ]);
    },
  },
  {
    name: "l14",
    nix: { x: [0] },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.listOf(types.int), default: [0] }) } },
        { x: mkIf(false, [1]) },
        { x: mkMerge([]) },
      ]);
    },
  },
  {
    name: "l15",
    nix: { x: [1] },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.listOf(types.int), default: [0] }) } },
        { x: mkBefore([1]) },
        { x: mkOptionDefault(mkBefore([2])) },
      ]);
    },
  },
  {
    name: "l16",
    nix: { x: [] },
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.listOf(types.int) }) } }, { x: [mkIf(false, 1)] }]);
    },
  },
  {
    name: "l17",
    nix: { x: [null, null, 1], y: ["a"] },
    run: ({ run }) => {
      run([
        {
          options: {
            x: mkOption({ type: types.listOf(types.nullOr(types.int)) }),
            y: mkOption({ type: types.listOf(types.enum(["a", "b"])) }),
          },
        },
        { x: [null, mkIf(true, null), 1], y: ["a", mkIf(false, "c")] },
      ]);
    },
  },
  {
    name: "l18",
    nix: { x: ["a"] },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.listOf(types.str) }) } },
        { x: [mkIf(true, "a"), mkIf(false, 5)] },
      ]);
    },
  },
  {
    name: "m01",
    nix: ["b", "a"],
    run: ({ runA }) => {
      runA(
        {
          class: "nixos",
          modules: [
            { _class: "nixos", options: { x: mkOption({ type: types.listOf(types.str) }) } },
            { x: ["a"] },
            { _class: "nixos", config: { x: ["b"] } },
          ],
        },
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "m02",
    nix: failed,
    kind: "module",
    run: ({ runA }) => {
      runA(
        {
          class: "nixos",
          modules: [
            { options: { x: mkOption({ type: types.listOf(types.str) }) } },
            { _class: "darwin", x: ["a"] },
          ],
        },
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "m03",
    nix: ["b", "a"],
    run: ({ runA }) => {
      runA(
        {
          modules: [
            { options: { x: mkOption({ type: types.listOf(types.str) }) } },
            { _class: "darwin", x: ["a"] },
            { _class: "nixos", x: ["b"] },
          ],
        },
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "m04",
    nix: failed,
    kind: "module",
    run: ({ runA }) => {
      const dar = { _class: "darwin", x: ["dar"] };
      runA(
        {
          class: "nixos",
          modules: [
            { options: { x: mkOption({ type: types.listOf(types.str) }) } },
            { imports: [{ imports: [dar] }] },
          ],
        },
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "m05",
    nix: failed,
    kind: "module",
    run: ({ runA }) => {
      const dar = { _class: "darwin", x: ["dar"] };
      runA(
        {
          class: "nixos",
          modules: [
            { options: { x: mkOption({ type: types.listOf(types.str), default: [] }) } },
            { imports: [dar] },
            { disabledModules: [dar] },
          ],
        },
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "m06",
    nix: failed,
    kind: "module",
    run: ({ run }) => {
      run([
        {
          options: {
            s: mkOption({
              type: types.submoduleWith({
                class: "sub",
                modules: [{ options: { a: mkOption({ type: types.int, default: 0 }) } }],
              }),
            }),
          },
        },
        { s: { _class: "other", a: 1 } },
      ]);
    },
  },
  {
    name: "m07",
    nix: { s: { a: 2 } },
    run: ({ run }) => {
      run([
        {
          options: {
            s: mkOption({
              type: types.submoduleWith({
                class: "sub",
                modules: [{ options: { a: mkOption({ type: types.int, default: 0 }) } }],
              }),
            }),
          },
        },
        { s: { _class: "sub", a: 1 } },
        { s: { imports: [{ _class: "sub", a: mkForce(2) }] } },
      ]);
    },
  },
  {
    name: "m08",
    nix: failed,
    kind: "module",
    run: ({ run }) => {
      run([
        {
          options: {
            s: mkOption({
              type: types.submoduleWith({
                class: "sub",
                modules: [{ _class: "other", options: { a: mkOption({ type: types.int, default: 0 }) } }],
              }),
            }),
          },
        },
        { s: { a: 1 } },
      ]);
    },
  },
  {
    name: "m09",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run([
        {
          options: {
            s: mkOption({
              type: types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } }),
            }),
          },
        },
        { s: { _class: "other", a: 1 } },
      ]);
    },
  },
  {
    name: "m10",
    nix: [3, ["a", "b", "x"], { y: 2 }, ["a", "b", "s"]],
    run: ({ runA }) => {
      runA(
        {
          prefix: ["a", "b"],
          modules: [
            {
              options: {
                x: mkOption({ type: types.int, default: 1 }),
                s: mkOption({
                  type: types.submodule({ options: { y: mkOption({ type: types.int, default: 2 }) } }),
                  default: {},
                }),
              },
            },
            { x: 3 },
          ],
        },
        (r: any) => [r.config.x, r.options.x.loc, r.config.s, r.options.s.loc],
      );
    },
  },
  {
    name: "m11",
    nix: failed,
    kind: "type",
    run: ({ runA }) => {
      runA(
        { prefix: ["a", "b"], modules: [{ options: { x: mkOption({ type: types.int }) } }, { x: "s" }] },
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "m12",
    nix: failed,
    kind: "undeclared",
    run: ({ runA }) => {
      runA(
        { prefix: ["p"], modules: [{ options: { x: mkOption({ type: types.int }) } }, { y: 1 }] },
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "m13",
    nix: [
      { x: ["1"], y: 0 },
      { x: ["2", "1"], y: 2 },
      { x: ["2", "3", "1"], y: 3 },
    ],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              x: mkOption({ type: types.listOf(types.str) }),
              y: mkOption({ type: types.int, default: 0 }),
            },
          },
          { x: ["1"] },
        ],
        (r1: any) => {
          const r2 = r1.extendModules({ modules: [{ x: mkBefore(["2"]), y: 2 }] });
          const r3 = r2.extendModules({ modules: [{ x: ["3"], y: mkForce(3) }] });
          return [r1.config, r2.config, r3.config];
        },
      );
    },
  },
  {
    name: "m14",
    nix: [
      ["1", "w"],
      ["2", "w"],
      ["m2", "2", "w"],
    ],
    run: ({ runA }) => {
      runA(
        {
          specialArgs: { v: "1", w: "w" },
          modules: [
            { options: { x: mkOption({ type: types.listOf(types.str) }) } },
            ({ v, w }: any) => ({ x: [v, w] }),
          ],
        },
        (r1: any) => {
          const r2 = r1.extendModules({ specialArgs: { v: "2" } });
          const r3 = r2.extendModules({ modules: [({ v }: any) => ({ x: [`m${v}`] })] });
          return [r1.config.x, r2.config.x, r3.config.x];
        },
      );
    },
  },
  {
    name: "m15",
    nix: [["p", "x"], 1],
    run: ({ runA }) => {
      runA(
        { prefix: ["p"], modules: [{ options: { x: mkOption({ type: types.int, default: 0 }) } }] },
        (r1: any) => {
          const r2 = r1.extendModules({ modules: [{ x: 1 }] });
          return [r2.options.x.loc, r2.config.x];
        },
      );
    },
  },
  {
    name: "m16",
    nix: failed,
    kind: "module",
    run: ({ runA }) => {
      runA(
        {
          class: "nixos",
          modules: [{ options: { x: mkOption({ type: types.listOf(types.str), default: [] }) } }],
        },
        (r1: any) => {
          const r2 = r1.extendModules({ modules: [{ _class: "darwin", x: ["d"] }] });
          return r2.config.x;
        },
      );
    },
  },
  {
    name: "m17",
    nix: "special",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.str }) } },
          { _module: { args: { v: "args" } } },
          ({ v }: any) => ({ x: v }),
        ],
        (c: any) => c.x,
        { v: "special" },
      );
    },
  },
  {
    name: "m18",
    nix: 2,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int }) } },
          { _module: { args: { v: mkDefault(1) } } },
          { _module: { args: { v: mkForce(2) } } },
          { _module: { args: { v: 3 } } },
          { config: ({ v }: any) => ({ x: v }) },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "m19",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int }) } },
          { _module: { args: { v: 1 } } },
          { _module: { args: { v: 2 } } },
          { config: ({ v }: any) => ({ x: v }) },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "m20",
    nix: 2,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int }) } },
          { _module: { args: { a: 1 } } },
          { config: ({ b }: any) => ({ x: b }) },
          {
            config: (args: any) => ({
              _module: {
                args: {
                  get b() {
                    return args.a + 1;
                  },
                },
              },
            }),
          },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "m21",
    nix: ["1"],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.str) }) } },
          { key: "k", x: ["1"] },
          { key: "k", x: ["2"] },
          { imports: [{ key: "k", x: ["3"] }] },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "m22",
    nix: ["a", "f"],
    run: ({ run }) => {
      const a = { x: ["a"] };
      const f = ({ lib }: any) => ({ x: lib.mkAfter(["f"]) });
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.str) }) } },
          { imports: [a, f] },
          { imports: [{ imports: [a] }, f] },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "m24",
    nix: ["e"],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.str) }) } },
          ({ extra }: any) => ({ imports: [extra] }),
        ],
        (c: any) => c.x,
        { extra: { x: ["e"] } },
      );
    },
  },
  {
    name: "m25",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 1 }) } },
          { _module: { check: mkDefault(false) } },
          { _module: { check: true } },
          { y: 1 },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "m26",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 1 }) } },
          { _module: { check: mkForce(false) } },
          { _module: { check: true } },
          { y: 1 },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "m27",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int }) } },
          { _module: { args: { v: mkForce(2) } } },
          ({ v }: any) => ({ x: v }),
        ],
        (c: any) => c.x,
        { v: 1 },
      );
    },
  },
  {
    name: "m28",
    nix: 2,
    run: ({ runA }) => {
      runA(
        {
          specialArgs: { v: 1 },
          modules: [
            { options: { x: mkOption({ type: types.int, default: 0 }) } },
            { _module: { args: { v: 2 } } },
          ],
        },
        (r: any) => r._module.args.v,
      );
    },
  },
  {
    name: "n01",
    nix: { a: null, b: 5, c: null },
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({ type: types.nullOr(types.int) }),
            b: mkOption({ type: types.nullOr(types.int), default: 5 }),
            c: mkOption({ type: types.nullOr(types.int), default: null }),
          },
        },
        { a: null, b: mkIf(false, 1), c: mkIf(false, 2) },
        { a: null },
      ]);
    },
  },
  {
    name: "n02",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run([{ options: { a: mkOption({ type: types.nullOr(types.int) }) } }, { a: null }, { a: 1 }]);
    },
  },
  {
    name: "n03",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run([
        {
          options: {
            s: mkOption({
              type: types.nullOr(
                types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } }),
              ),
            }),
          },
        },
        { s: null },
        { s: { a: 1 } },
      ]);
    },
  },
  {
    name: "n04",
    nix: { s: { a: 1 } },
    run: ({ run }) => {
      run([
        {
          options: {
            s: mkOption({
              type: types.nullOr(
                types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } }),
              ),
              default: null,
            }),
          },
        },
        { s: mkDefault(null) },
        { s: { a: 1 } },
      ]);
    },
  },
  {
    name: "n05",
    nix: { s: null, t: { a: 0 } },
    run: ({ run }) => {
      run([
        {
          options: {
            s: mkOption({
              type: types.nullOr(
                types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } }),
              ),
              default: null,
            }),
            t: mkOption({
              type: types.nullOr(
                types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } }),
              ),
              default: null,
            }),
          },
        },
        { t: {} },
      ]);
    },
  },
  {
    name: "n06",
    nix: { l: [2, 1], m: null },
    run: ({ run }) => {
      run([
        {
          options: {
            l: mkOption({ type: types.nullOr(types.listOf(types.int)) }),
            m: mkOption({ type: types.nullOr(types.listOf(types.int)) }),
          },
        },
        { l: [1], m: [1] },
        { l: [2], m: mkForce(null) },
      ]);
    },
  },
  {
    name: "n07",
    nix: { a: null, b: {} },
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({ type: types.nullOr(types.attrsOf(types.int)), default: null }),
            b: mkOption({ type: types.nullOr(types.attrsOf(types.int)), default: null }),
          },
        },
        { a: mkIf(false, { x: 1 }), b: { x: mkIf(false, 1) } },
      ]);
    },
  },
  {
    name: "n08",
    nix: { a: "v" },
    run: ({ run }) => {
      run([
        { options: { a: mkOption({ type: types.nullOr(types.str) }) } },
        { a: mkOverride(900, null) },
        { a: "v" },
      ]);
    },
  },
  {
    name: "n09",
    nix: { x: { a: null, b: { p: 1 }, c: { p: 3 } } },
    run: ({ run }) => {
      run([
        {
          options: {
            x: mkOption({
              type: types.attrsOf(
                types.nullOr(types.submodule({ options: { p: mkOption({ type: types.int, default: 1 }) } })),
              ),
            }),
          },
        },
        { x: { a: null, b: {}, c: mkDefault(null) } },
        { x: { c: { p: 3 } } },
      ]);
    },
  },
  {
    name: "n10",
    nix: { s: { a: "f" } },
    run: ({ run }) => {
      run([
        {
          options: {
            s: mkOption({
              type: types.nullOr(
                types.submodule(({ name }: any) => ({
                  options: { a: mkOption({ type: types.str, default: "n" }) },
                })),
              ),
              default: null,
            }),
          },
        },
        { s: ({ config }: any) => ({ a: "f" }) },
        { s: {} },
      ]);
    },
  },
  {
    name: "n11",
    nix: { a: null, b: false },
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({ type: types.nullOr(types.nullOr(types.int)) }),
            b: mkOption({ type: types.nullOr(types.bool) }),
          },
        },
        { a: null, b: mkMerge([mkIf(false, null), false]) },
      ]);
    },
  },
  {
    name: "n12",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run([{ options: { a: mkOption({ type: types.nullOr(types.int) }) } }, { a: mkIf(false, null) }]);
    },
  },
  {
    name: "n13",
    nix: { s: null },
    run: ({ run }) => {
      run([
        {
          options: {
            s: mkOption({
              type: types.nullOr(
                types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } }),
              ),
            }),
          },
        },
        { s: mkIf(true, null) },
        { s: mkIf(false, { a: 1 }) },
      ]);
    },
  },
  {
    name: "r01",
    nix: { a: 1, b: 1, warnings: [] },
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run([
        w,
        mkAliasOptionModule(["a"], ["b"]),
        { options: { b: mkOption({ type: types.int, default: 0 }) } },
        { a: mkForce(1) },
        { b: 2 },
      ]);
    },
  },
  {
    name: "r02",
    nix: { a: 2, b: 2, c: 5, d: 5, warnings: [] },
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run([
        w,
        mkAliasOptionModule(["a"], ["b"]),
        {
          options: {
            b: mkOption({ type: types.int, default: 0 }),
            c: mkOption({ type: types.int, default: 0 }),
          },
        },
        { a: mkDefault(1), b: 2 },
        mkAliasOptionModule(["d"], ["c"]),
        { d: mkDefault(5) },
      ]);
    },
  },
  {
    name: "r03",
    nix: { a: [3, 1, 2], b: [3, 1, 2], warnings: [] },
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run([
        w,
        { options: { b: mkOption({ type: types.listOf(types.int), default: [0] }) } },
        { a: [1] },
        { b: [2] },
        { a: mkBefore([3]) },
        mkAliasOptionModule(["a"], ["b"]),
      ]);
    },
  },
  {
    name: "r04",
    nix: { a: [0], b: [0], warnings: [] },
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run([
        w,
        { options: { b: mkOption({ type: types.listOf(types.int), default: [0] }) } },
        { a: mkIf(false, [1]) },
        mkAliasOptionModule(["a"], ["b"]),
      ]);
    },
  },
  {
    name: "r05",
    nix: [4, 4, true, 100, 50, [4]],
    run: ({ runE }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      runE(
        [
          w,
          { options: { b: mkOption({ type: types.int, default: 0 }) } },
          { b: mkForce(4) },
          { a: 3 },
          mkAliasOptionModule(["a"], ["b"]),
        ],
        (r: any) => [
          r.config.a,
          r.config.b,
          r.options.a.isDefined,
          r.options.a.highestPrio,
          r.options.b.highestPrio,
          r.options.b.definitions,
        ],
      );
    },
  },
  {
    name: "r06",
    nix: { s: { a: 5, b: 2 }, warnings: [], x: 5 },
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run([
        w,
        mkAliasOptionModule(["x"], ["s", "a"]),
        {
          options: {
            s: mkOption({
              type: types.submodule({
                options: {
                  a: mkOption({ type: types.int, default: 1 }),
                  b: mkOption({ type: types.int, default: 2 }),
                },
              }),
              default: {},
            }),
          },
        },
        { x: 5 },
      ]);
    },
  },
  {
    name: "r06b",
    nix: 5,
    run: ({ run }) => {
      run(
        [
          mkAliasOptionModule(["x"], ["s", "a"]),
          {
            options: {
              s: mkOption({
                type: types.submodule({ options: { a: mkOption({ type: types.int }) } }),
                default: {},
              }),
            },
          },
          { x: 5 },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "r06c",
    nix: 5,
    run: ({ run }) => {
      run(
        [
          mkAliasOptionModule(["x"], ["s", "a"]),
          {
            options: {
              s: mkOption({
                type: types.submodule({ options: { a: mkOption({ type: types.int }) } }),
                default: {},
              }),
            },
          },
          { x: 5 },
        ],
        (c: any) => c.s.a,
      );
    },
  },
  {
    name: "r06d",
    nix: [{ port: 8080 }, 1],
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run(
        [
          w,
          mkRenamedOptionModule(["svc", "port"], ["svc", "settings", "port"]),
          {
            options: {
              svc: {
                settings: mkOption({
                  type: types.submodule({ freeformType: types.attrsOf(types.anything) }),
                  default: {},
                }),
              },
            },
          },
          { svc: { port: 8080 } },
        ],
        (c: any) => [c.svc.settings, c.warnings.length],
      );
    },
  },
  {
    name: "r06e",
    nix: { port: 8080, settings: { port: 8080 } },
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run(
        [
          w,
          mkRenamedOptionModule(["svc", "port"], ["svc", "settings", "port"]),
          {
            options: {
              svc: {
                settings: mkOption({
                  type: types.submodule({ freeformType: types.attrsOf(types.anything) }),
                  default: {},
                }),
              },
            },
          },
          { svc: { port: 8080 } },
        ],
        (c: any) => c.svc,
      );
    },
  },
  {
    name: "r07",
    nix: { "new": { y: { a: 1, b: 3 } }, old: { x: { a: 1, b: 3 } }, warnings: [] },
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run([
        w,
        mkAliasOptionModule(["old", "x"], ["new", "y"]),
        { options: { new: { y: mkOption({ type: types.attrsOf(types.int), default: {} }) } } },
        { old: { x: { a: mkForce(1) } } },
        { new: { y: { a: 2, b: 3 } } },
        { old: { x: mkIf(false, { c: 4 }) } },
      ]);
    },
  },
  {
    name: "r08",
    nix: ["1-2", 2],
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run(
        [
          w,
          { options: { c: mkOption({ type: types.str, default: "def" }) } },
          mkMergedOptionModule([["a"], ["b", "x"]], ["c"], (config: any) => `${config.a}-${config.b.x}`),
          { a: 1 },
          { b: { x: 2 } },
        ],
        (c: any) => [c.c, c.warnings.length],
      );
    },
  },
  {
    name: "r09",
    nix: ["1/_mkMergedOptionModule", 1, "_mkMergedOptionModule"],
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run(
        [
          w,
          { options: { c: mkOption({ type: types.str, default: "def" }) } },
          mkMergedOptionModule([["a"], ["b"]], ["c"], (config: any) => `${config.a}/${config.b}`),
          { a: 1 },
        ],
        (c: any) => [c.c, c.warnings.length, c.b],
      );
    },
  },
  {
    name: "r10",
    nix: ["def", []],
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run(
        [
          w,
          { options: { c: mkOption({ type: types.str, default: "def" }) } },
          mkMergedOptionModule([["a"], ["b"]], ["c"], (config: any) => "x"),
          { a: mkIf(false, 1) },
        ],
        (c: any) => [c.c, c.warnings],
      );
    },
  },
  {
    name: "r11",
    nix: "forced",
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run(
        [
          w,
          { options: { c: mkOption({ type: types.str, default: "def" }) } },
          mkMergedOptionModule([["a"]], ["c"], (config: any) => "m"),
          { a: 1 },
          { c: mkForce("forced") },
        ],
        (c: any) => c.c,
      );
    },
  },
  {
    name: "r12",
    nix: ["p", "m"],
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run(
        [
          w,
          { options: { c: mkOption({ type: types.listOf(types.str), default: ["d"] }) } },
          mkMergedOptionModule([["a"]], ["c"], (config: any) => ["m"]),
          { a: 1 },
          { c: ["p"] },
        ],
        (c: any) => c.c,
      );
    },
  },
  {
    name: "r13",
    nix: { a: [1], b: { k: [3, 1] } },
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({ type: types.listOf(types.int) }),
            b: mkOption({ type: types.attrsOf(types.listOf(types.int)) }),
          },
        },
        {
          config: ({ options }: any) => ({ b: mkAliasAndWrapDefinitions((v: any) => ({ k: v }), options.a) }),
        },
        { a: mkForce([1]) },
        { a: [2], b: { k: [3] } },
      ]);
    },
  },
  {
    name: "r14",
    nix: { a: [1], b: { k: [1] } },
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({ type: types.listOf(types.int) }),
            b: mkOption({ type: types.attrsOf(types.listOf(types.int)) }),
          },
        },
        {
          config: ({ options }: any) => ({
            b: mkAliasAndWrapDefsWithPriority((v: any) => ({ k: v }), options.a),
          }),
        },
        { a: mkForce([1]) },
        { a: [2], b: { k: [3] } },
      ]);
    },
  },
  {
    name: "r15",
    nix: { a: 5, b: 5 },
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({ type: types.int, default: 1 }),
            b: mkOption({ type: types.int, default: 0 }),
          },
        },
        { config: ({ options }: any) => ({ b: mkAliasDefinitions(options.a) }) },
        { a: mkDefault(5) },
      ]);
    },
  },
  {
    name: "r16",
    nix: { a: 5, b: 5 },
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({ type: types.int, default: 1 }),
            b: mkOption({ type: types.int, default: 0 }),
          },
        },
        { config: ({ options }: any) => ({ b: mkAliasAndWrapDefsWithPriority((v: any) => v, options.a) }) },
        { a: mkDefault(5) },
        { b: mkOverride(1200, 7) },
      ]);
    },
  },
  {
    name: "r17",
    nix: { a: 1, b: 1 },
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({ type: types.int, default: 1 }),
            b: mkOption({ type: types.int, default: 0 }),
          },
        },
        { config: ({ options }: any) => ({ b: mkAliasDefinitions(options.a) }) },
      ]);
    },
  },
  {
    name: "r18",
    nix: [0, []],
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run(
        [
          w,
          { options: { n: mkOption({ type: types.int, default: 0 }) } },
          mkRenamedOptionModule(["o"], ["n"]),
          { o: mkIf(false, 1) },
        ],
        (c: any) => [c.n, c.warnings],
      );
    },
  },
  {
    name: "r19",
    nix: [[2, 1], 900, 900, 2],
    run: ({ runE }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      runE(
        [
          w,
          { options: { n: mkOption({ type: types.listOf(types.int), default: [0] }) } },
          mkAliasOptionModule(["o"], ["n"]),
          { o: mkOverride(900, [1]) },
          { o: mkOverride(900, [2]) },
          { n: mkOverride(950, [3]) },
        ],
        (r: any) => [
          r.config.n,
          r.options.n.highestPrio,
          r.options.o.highestPrio,
          r.options.n.definitions.length,
        ],
      );
    },
  },
  {
    name: "r20",
    nix: [3, 3, 3],
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run(
        [
          w,
          mkAliasOptionModule(["a"], ["b"]),
          mkAliasOptionModule(["b"], ["c"]),
          { options: { c: mkOption({ type: types.int, default: 0 }) } },
          { a: mkDefault(3) },
        ],
        (c: any) => [c.a, c.b, c.c],
      );
    },
  },
  {
    name: "r21",
    nix: [3, 3, 3],
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run(
        [
          w,
          mkAliasOptionModule(["a"], ["b"]),
          mkAliasOptionModule(["b"], ["c"]),
          { options: { c: mkOption({ type: types.int, default: 0 }) } },
          { a: mkForce(3), b: 4 },
        ],
        (c: any) => [c.a, c.b, c.c],
      );
    },
  },
  {
    name: "r22",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run(
        [
          w,
          { options: { n: mkOption({ type: types.str, default: "d" }) } },
          mkChangedOptionModule(["o"], ["n"], (c: any) => String(c.o)),
          { o: mkDefault(1) },
          { n: "x" },
        ],
        (c: any) => c.n,
      );
    },
  },
  {
    name: "r23",
    nix: [[2, 1, 3], 1, [2, 1, 3]],
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run(
        [
          w,
          { options: { n: mkOption({ type: types.listOf(types.int), default: [] }) } },
          mkRenamedOptionModule(["o"], ["n"]),
          { o: [1], n: [2] },
          { o: mkAfter([3]) },
        ],
        (c: any) => [c.n, c.warnings.length, c.o],
      );
    },
  },
  {
    name: "r24",
    nix: { k: { x: 1, y: 2 }, m: { x: 0, y: 0 } },
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run(
        [
          w,
          mkAliasOptionModule(["a"], ["b"]),
          {
            options: {
              b: mkOption({
                type: types.attrsOf(
                  types.submodule({
                    options: {
                      x: mkOption({ type: types.int, default: 0 }),
                      y: mkOption({ type: types.int, default: 0 }),
                    },
                  }),
                ),
                default: {},
              }),
            },
          },
          { a: { k: { x: 1 }, m: {} } },
          { b: { k: { y: 2 } } },
        ],
        (c: any) => c.b,
      );
    },
  },
  {
    name: "r25",
    nix: { j: 5, k: 1 },
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run(
        [
          w,
          mkAliasOptionModule(["a"], ["b"]),
          { options: { b: mkOption({ type: types.attrsOf(types.int), default: {} }) } },
          { a: { k: mkForce(1), j: 5 } },
          { b: { k: 2 } },
        ],
        (c: any) => c.b,
      );
    },
  },
  {
    name: "t01",
    nix: { a: ["a", 1, true] },
    run: ({ run }) => {
      run([
        { options: { a: mkOption({ type: types.listOf(types.enum(["a", 1, true])) }) } },
        { a: ["a", 1, true] },
      ]);
    },
  },
  {
    name: "t02",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { a: mkOption({ type: types.enum(["a", 1, true]) }) } }, { a: "1" }]);
    },
  },
  {
    name: "t03",
    nix: ["b", 'one of "b", "a"'],
    run: ({ runE }) => {
      runE(
        [
          { options: { a: mkOption({ type: types.enum(["a"]) }) } },
          { options: { a: mkOption({ type: types.enum(["b", "a"]) }) } },
          { a: "b" },
        ],
        (r: any) => [r.config.a, r.options.a.type.description],
      );
    },
  },
  {
    name: "t04",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([
        { options: { a: mkOption({ type: types.enum(["a"]) }) } },
        { options: { a: mkOption({ type: types.enum(["b"]) }) } },
        { a: "c" },
      ]);
    },
  },
  {
    name: "t05",
    nix: [2, "one of 2, 1"],
    run: ({ runE }) => {
      runE(
        [
          { options: { a: mkOption({ type: types.enum([]) }) } },
          { options: { a: mkOption({ type: types.enum([1]) }) } },
          { options: { a: mkOption({ type: types.enum([2, 1]) }) } },
          { a: 2 },
        ],
        (r: any) => [r.config.a, r.options.a.type.description],
      );
    },
  },
  {
    name: "t06",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({ type: types.either(types.listOf(types.int), types.listOf(types.anything)) }),
            b: mkOption({ type: types.either(types.str, types.strMatching("a.*")) }),
          },
        },
        { a: [1], b: "ab" },
        { a: ["x"], b: "ab" },
      ]);
    },
  },
  {
    name: "t07",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { a: mkOption({ type: types.either(types.str, types.int) }) } }, { a: "x" }, { a: 1 }]);
    },
  },
  {
    name: "t08",
    nix: { a: true, b: [2, 1], c: "t" },
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({ type: types.oneOf([types.int, types.str, types.bool]) }),
            b: mkOption({ type: types.oneOf([types.int, types.str, types.listOf(types.int)]) }),
            c: mkOption({ type: types.oneOf([types.int, types.str, types.bool]) }),
          },
        },
        { a: true, b: [1], c: "s" },
        { a: true, b: [2], c: mkForce("t") },
      ]);
    },
  },
  {
    name: "t09",
    nix: { a: { name: "x", port: 81 }, b: { p: { name: "p", port: 2 }, q: { name: "q", port: 1 } } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { name: mkOption({ type: types.str }), port: mkOption({ type: types.int, default: 80 }) },
      });
      run([
        {
          options: {
            a: mkOption({ type: types.coercedTo(types.str, (s: string) => ({ name: s }), sub) }),
            b: mkOption({
              type: types.attrsOf(types.coercedTo(types.str, (s: string) => ({ name: s }), sub)),
            }),
          },
        },
        { a: "x", b: { p: "p", q: { name: "q", port: 1 } } },
        { a: { port: 81 }, b: { p: { port: 2 } } },
      ]);
    },
  },
  {
    name: "t10",
    nix: { a: ["1", "b"], b: [2, 1] },
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({ type: types.listOf(types.coercedTo(types.int, String, types.str)) }),
            b: mkOption({ type: types.coercedTo(types.int, (x: number) => [x], types.listOf(types.int)) }),
          },
        },
        { a: [1, "b"], b: 1 },
        { b: [2] },
      ]);
    },
  },
  {
    name: "t11",
    nix: { a: { x: { p: 1 } }, b: { x: { p: 1, q: 2 } } },
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({ type: types.attrs }),
            b: mkOption({ type: types.attrsOf(types.anything) }),
          },
        },
        { a: { x: { p: 1 } }, b: { x: { p: 1 } } },
        { a: { x: { q: 2 } }, b: { x: { q: 2 } } },
      ]);
    },
  },
  {
    name: "t12",
    nix: { a: { x: 1, y: 1, z: { _type: "if", condition: false, content: 3 } } },
    run: ({ run }) => {
      run([
        { options: { a: mkOption({ type: types.attrs }) } },
        { a: { x: 1, y: 1 } },
        { a: { y: 2 } },
        { a: { z: mkIf(false, 3) } },
      ]);
    },
  },
  {
    name: "t13",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run([{ options: { a: mkOption({ type: types.raw }) } }, { a: 1 }, { a: 1 }]);
    },
  },
  {
    name: "t14",
    nix: {
      a: { x: { _type: "if", condition: false, content: 1 } },
      b: [{ _type: "if", condition: false, content: 1 }],
    },
    run: ({ run }) => {
      run([
        { options: { a: mkOption({ type: types.raw }), b: mkOption({ type: types.raw }) } },
        { a: mkForce({ x: mkIf(false, 1) }), b: [mkIf(false, 1)] },
        { a: { y: 2 } },
      ]);
    },
  },
  {
    name: "t15",
    nix: ["listOf", "list of signed integer", 'one of "b", "a"'],
    run: ({ runE }) => {
      runE(
        [
          { options: { t: mkOption({ type: types.optionType }), u: mkOption({ type: types.optionType }) } },
          { t: types.listOf(types.int), u: types.enum(["a"]) },
          { t: types.listOf(types.int), u: types.enum(["b"]) },
        ],
        (r: any) => [r.config.t.name, r.config.t.description, r.config.u.description],
      );
    },
  },
  {
    name: "t16",
    nix: failed,
    kind: "conflict",
    run: ({ runE }) => {
      runE(
        [{ options: { t: mkOption({ type: types.optionType }) } }, { t: types.str }, { t: types.int }],
        (r: any) => r.config.t.name,
      );
    },
  },
  {
    name: "t17",
    nix: ["attrsOf", "attribute set of string"],
    run: ({ runE }) => {
      runE(
        [
          { options: { t: mkOption({ type: types.optionType }) } },
          { t: types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }) },
          { t: types.submodule({ options: { b: mkOption({ type: types.int, default: 2 }) } }) },
          { t: mkForce(types.attrsOf(types.str)) },
        ],
        (r: any) => [r.config.t.name, r.config.t.description],
      );
    },
  },
  {
    name: "t18",
    nix: { a: 5, b: 2 },
    run: ({ runE }) => {
      let r: any;
      runE(
        [
          { options: { t: mkOption({ type: types.optionType }) } },
          { t: types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }) },
          { t: types.submodule({ options: { b: mkOption({ type: types.int, default: 2 }) } }) },
        ],
        (e: any) => {
          const t = e.config.t;
          return evalModules({ modules: [{ options: { v: mkOption({ type: t }) } }, { v: { a: 5 } }] }).config
            .v;
        },
      );
    },
  },
  {
    name: "t19",
    nix: { a: 5, l: [0, 1] },
    run: ({ runE }) => {
      runE(
        [
          { options: { m: mkOption({ type: types.deferredModule }) } },
          {
            m: {
              options: {
                a: mkOption({ type: types.int, default: 1 }),
                l: mkOption({ type: types.listOf(types.int), default: [] }),
              },
            },
          },
          { m: { a: 5, l: [1] } },
          { m: ({ lib }: any) => ({ l: lib.mkBefore([0]) }) },
        ],
        (r: any) => evalModules({ modules: [r.config.m] }).config,
      );
    },
  },
  {
    name: "t20",
    nix: failed,
    kind: "undeclared",
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              m: mkOption({
                type: types.deferredModule,
                default: { options: { a: mkOption({ type: types.int, default: 1 }) } },
              }),
            },
          },
          { m: { a: mkForce(7) } },
        ],
        (r: any) => [
          evalModules({ modules: [r.config.m] }).config.a,
          evalModules({ modules: [r.config.m, { a: 8 }] }).config.a,
        ],
      );
    },
  },
  {
    name: "t21",
    nix: failed,
    kind: "undeclared",
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              m: mkOption({
                type: types.deferredModule,
                default: { options: { a: mkOption({ type: types.int, default: 1 }) } },
              }),
            },
          },
          { m: mkDefault({ a: 7 }) },
        ],
        (r: any) => evalModules({ modules: [r.config.m] }).config,
      );
    },
  },
  {
    name: "t22",
    nix: { a: ["/x", "/y/z"] },
    run: ({ run }) => {
      run([{ options: { a: mkOption({ type: types.listOf(types.path) }) } }, { a: ["/x", "/y/z"] }]);
    },
  },
  {
    name: "t23",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { a: mkOption({ type: types.path }) } }, { a: "rel/x" }]);
    },
  },
  {
    name: "t24",
    nix: { a: { p: 2 }, b: "s" },
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({
              type: types.either(
                types.str,
                types.submodule({ options: { p: mkOption({ type: types.int, default: 1 }) } }),
              ),
            }),
            b: mkOption({
              type: types.either(
                types.str,
                types.submodule({ options: { p: mkOption({ type: types.int, default: 1 }) } }),
              ),
            }),
          },
        },
        { a: { p: 2 }, b: "s" },
        { a: {} },
      ]);
    },
  },
  {
    name: "t25",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run([
        { options: { a: mkOption({ type: types.unique({ message: "only once" }, types.int) }) } },
        { a: 1 },
        { a: 1 },
      ]);
    },
  },
  {
    name: "t26",
    nix: [[2, 1], { a: 1 }, { a: 9, b: 9 }],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              f: mkOption({ type: types.functionTo(types.listOf(types.int)) }),
              g: mkOption({ type: types.functionTo(types.attrsOf(types.int)) }),
            },
          },
          { f: (x: number) => [x], g: (x: number) => ({ a: x }) },
          { f: (x: number) => mkBefore([x + 1]), g: (x: number) => ({ b: mkIf(x > 5, x) }) },
        ],
        (c: any) => [c.f(1), c.g(1), c.g(9)],
      );
    },
  },
  {
    name: "t27",
    nix: { a: "y\nx\nz", b: "3,1" },
    run: ({ run }) => {
      run([
        { options: { a: mkOption({ type: types.lines }), b: mkOption({ type: types.commas }) } },
        { a: "x", b: "1" },
        { a: mkBefore("y"), b: mkIf(false, "2") },
        { a: mkAfter("z"), b: "3" },
      ]);
    },
  },
  {
    name: "t28",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run([
        { options: { a: mkOption({ type: types.anything }), b: mkOption({ type: types.anything }) } },
        { a: [1], b: [1] },
        { a: [2], b: [1] },
      ]);
    },
  },
  {
    name: "t29",
    nix: { b: [1] },
    run: ({ run }) => {
      run([{ options: { b: mkOption({ type: types.anything }) } }, { b: [1] }, { b: [1] }]);
    },
  },
  {
    name: "t30",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run([
        { options: { a: mkOption({ type: types.anything }) } },
        { a: { x: null } },
        { a: { x: { y: 1 } } },
      ]);
    },
  },
  {
    name: "t31",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({ type: types.either(types.int, types.enum(["auto"])) }),
            b: mkOption({ type: types.nullOr(types.enum(["x", 2])) }),
          },
        },
        { a: "auto", b: 2 },
        { a: mkDefault(3), b: null },
      ]);
    },
  },
  {
    name: "t32",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([
        { options: { a: mkOption({ type: types.either(types.int, types.listOf(types.int)) }) } },
        { a: 1 },
        { a: [2] },
      ]);
    },
  },
  {
    name: "t33",
    nix: { a: {} },
    run: ({ run }) => {
      run([
        { options: { a: mkOption({ type: types.anything }) } },
        { a: { x: mkIf(false, 1) } },
        { a: { y: mkIf(false, 2) } },
      ]);
    },
  },
  {
    name: "t34",
    nix: { a: { y: {} } },
    run: ({ run }) => {
      run([
        { options: { a: mkOption({ type: types.attrsOf(types.anything) }) } },
        { a: { x: mkIf(false, 1), y: { z: mkIf(false, 1) } } },
      ]);
    },
  },
  {
    name: "x01",
    nix: 1,
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.int, apply: (_: any) => 1 }) } }, { x: "s" }],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "x02",
    nix: 1,
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.int, apply: (_: any) => 1 }) } }, { x: 2 }, { x: 3 }],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "x03",
    nix: [[1], 2, [0], "d"],
    run: ({ runE }) => {
      runE(
        [
          { options: { x: mkOption({ type: types.listOf(types.int), description: "d" }) } },
          { options: { x: mkOption({ type: types.listOf(types.int), default: [0] }) } },
          { x: [1] },
        ],
        (r: any) => [
          r.config.x,
          r.options.x.declarations.length,
          r.options.x.default,
          r.options.x.description,
        ],
      );
    },
  },
  {
    name: "x04",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, description: "a" }) } },
          { options: { x: mkOption({ description: "b" }) } },
          { x: 1 },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "x05",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 1 }) } },
          { options: { x: mkOption({ default: 2 }) } },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "x06",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, apply: (x: number) => x + 1 }) } },
          { options: { x: mkOption({ apply: (x: number) => x * 2 }) } },
          { x: 1 },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "x07",
    nix: { s: { a: 1, b: ["p1000"] } },
    run: ({ run }) => {
      run([
        {
          options: {
            s: mkOption({
              type: types.submodule({
                options: {
                  a: mkOption({ type: types.int, default: 0 }),
                  b: mkOption({ type: types.listOf(types.str), default: [] }),
                },
                config: ({ options }: any) => ({
                  b: mkIf(
                    () => options.a.isDefined,
                    lazy(() => [`p${options.a.highestPrio}`]),
                  ),
                }),
              }),
            }),
          },
        },
        { s: { a: mkDefault(1) } },
      ]);
    },
  },
  {
    name: "x08",
    nix: { x: { a: "0\n1", b: "y\nz" } },
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.attrsOf(types.lines) }) } },
        { x: { a: "1", b: mkAfter("z") } },
        { x: { a: mkBefore("0"), b: "y" } },
      ]);
    },
  },
  {
    name: "x09",
    nix: { x: { a: 1 } },
    run: ({ run }) => {
      const A = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      const B = types.submodule({ options: { b: mkOption({ type: types.int, default: 2 }) } });
      run([{ options: { x: mkOption({ type: types.either(A, B) }) } }, { x: {} }]);
    },
  },
  {
    name: "x10",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run([
        { options: { x: mkOption({ type: types.oneOf([types.listOf(types.str), types.str]) }) } },
        { x: "a" },
        { x: "b" },
      ]);
    },
  },
  {
    name: "x11",
    nix: { x: "1", y: { a: true, c: true } },
    run: ({ run }) => {
      run([
        {
          options: {
            x: mkOption({ type: types.coercedTo(types.int, String, types.str) }),
            y: mkOption({
              type: types.coercedTo(
                types.listOf(types.str),
                (l: string[]) => Object.fromEntries(l.map((k) => [k, true])),
                types.attrsOf(types.bool),
              ),
            }),
          },
        },
        { x: mkForce(1), y: ["a"] },
        { x: "a", y: { b: mkIf(false, true), c: mkDefault(false) } },
        { y: ["c"] },
      ]);
    },
  },
  {
    name: "x12",
    nix: { x: 1 },
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.raw }) } }, { x: mkMerge([1, mkIf(false, 2)]) }]);
    },
  },
  {
    name: "x13",
    nix: { a: "yx", b: true, c: 3, d: { p: 1, q: 2 }, e: [2, 1] },
    run: ({ run }) => {
      run([
        { options: { a: mkOption({}), b: mkOption({}), c: mkOption({}), d: mkOption({}), e: mkOption({}) } },
        { a: "x", b: true, c: 3, d: { p: 1 }, e: [1] },
        { a: "y", b: false, c: 3, d: { q: 2 }, e: [2] },
      ]);
    },
  },
  {
    name: "x14",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run([{ options: { c: mkOption({}) } }, { c: 3 }, { c: 4 }]);
    },
  },
  {
    name: "x15",
    nix: { s: null },
    run: ({ run }) => {
      run([
        {
          options: {
            s: mkOption({
              type: types.nullOr(
                types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } }),
              ),
              default: {},
            }),
          },
        },
        { s: mkForce(null) },
        { s: { a: 3 } },
      ]);
    },
  },
  {
    name: "x17",
    nix: [["a", "b"], 1],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lazyAttrsOf(types.int) }) } },
          { x: mkForce({ a: 1, b: mkIf(false, 2) }) },
          { x: { c: 3 } },
        ],
        (c: any) => [Object.keys(c.x).sort(), c.x.a],
      );
    },
  },
  {
    name: "x18",
    nix: [{ k: { a: 2 } }, 100, 2],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              s: mkOption({
                type: types.attrsOf(
                  types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } }),
                ),
              }),
            },
          },
          { s: { k: { a: 1 } } },
          { s: { k: mkForce({ a: 2 }) } },
        ],
        (r: any) => [r.config.s, r.options.s.highestPrio, r.options.s.definitions.length],
      );
    },
  },
  {
    name: "x19",
    nix: [0],
    run: ({ run }) => {
      run(
        [
          {
            options: { x: mkOption({ type: types.listOf(types.int), apply: (l: any) => (false ? l : [0]) }) },
          },
          { x: ["bad"] },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "x20",
    nix: [5, 6],
    run: ({ run }) => {
      const w = { options: { warnings: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run(
        [
          w,
          mkAliasOptionModule(["x"], ["s", "a"]),
          {
            options: {
              s: mkOption({
                type: types.submodule({
                  options: { a: mkOption({ type: types.listOf(types.int), default: [0] }) },
                }),
                default: {},
              }),
            },
          },
          { x: mkBefore([5]) },
          { s: { a: [6] } },
        ],
        (c: any) => c.s.a,
      );
    },
  },
  {
    name: "y01",
    nix: { x: { j: ["jb", "j2"], k: ["i2", "i1", "c", "a", "b"] } },
    run: ({ run }) => {
      const i1 = { x: { k: mkOrder(700, ["i1"]) } };
      const i2 = { x: { k: mkOrder(700, ["i2"]), j: ["j2"] } };
      run([
        { options: { x: mkOption({ type: types.attrsOf(types.listOf(types.str)) }) } },
        { imports: [i1], x: { k: mkOrder(700, ["a"]) } },
        { imports: [i2], x: { k: ["b"], j: mkOrder(700, ["jb"]) } },
        { x: { k: mkOrder(700, ["c"]) } },
      ]);
    },
  },
  {
    name: "y02",
    nix: 3,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int }) } },
          { _module: { args: mkIf(true, { v: 1 }) } },
          { _module: { args: mkMerge([{ w: 2 }, mkIf(false, { v: 9 })]) } },
          { config: ({ v, w }: any) => ({ x: v + w }) },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "y03",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.int, default: 0 }) } }, { x: mkIf("yes" as any, 1) }],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "y04",
    nix: 2,
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.int }) } }, ({ lib }: any) => ({ x: lib.my(1) })],
        (c: any) => c.x,
        { lib: { ...lib, my: (x: number) => x + 1 } },
      );
    },
  },
  {
    name: "y05",
    nix: [2, [2, 1], [{ a: 0 }, { a: 2 }, { a: 1 }]],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              x: mkOption({
                type: types.listOf(
                  types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } }),
                ),
              }),
            },
          },
          { x: [{ a: 1 }] },
          { x: mkIf(true, [{}, { a: 2 }]) },
          { x: mkIf(false, [{}]) },
        ],
        (r: any) => [
          r.options.x.definitions.length,
          r.options.x.definitions.map((d: any) => d.length),
          r.config.x,
        ],
      );
    },
  },
  {
    name: "y06",
    nix: failed,
    kind: "module",
    run: ({ runA }) => {
      runA(
        {
          class: "nixos",
          modules: [
            { options: { x: mkOption({ type: types.str }) } },
            { config: ({ _class }: any) => ({ x: String(_class) }) },
          ],
        },
        (r: any) => r.config.x,
      );
    },
  },
  {
    name: "y07",
    nix: { a: 1, c: 3 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.int) }) } },
          { x: mkMerge([mkForce({ a: 1 }), { b: 2 }]) },
          { x: mkForce({ c: 3 }) },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "y08",
    nix: { a: { p: 1 } },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.attrsOf(types.int)) }) } },
          { x: { a: mkIf(true, mkForce({ p: 1 })) } },
          { x: { a: { q: mkForce(2) } } },
          { x: { b: mkIf(false, mkForce({})) } },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "y09",
    nix: "c",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.enum(["a", "b"]), default: "a" }) } },
          { options: { x: mkOption({ type: types.enum(["c"]) }) } },
          { x: mkDefault("c") },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "y10",
    nix: ["a", "b"],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.enum(["a"])) }) } },
          { options: { x: mkOption({ type: types.listOf(types.enum(["b"])) }) } },
          { x: ["a", "b"] },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "y11",
    nix: { a: 3, b: null, c: 1 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.nullOr(types.enum([1, 2]))) }) } },
          { options: { x: mkOption({ type: types.attrsOf(types.nullOr(types.enum([3]))) }) } },
          { x: { a: 3, b: null, c: 1 } },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "y12",
    nix: "b",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.either(types.int, types.enum(["a"])) }) } },
          { options: { x: mkOption({ type: types.either(types.int, types.enum(["b"])) }) } },
          { x: "b" },
        ],
        (c: any) => c.x,
      );
    },
  },
  {
    name: "y13",
    nix: 'attribute set of (one of "b", "a")',
    run: ({ runE }) => {
      runE(
        [
          { options: { t: mkOption({ type: types.optionType }) } },
          { t: types.attrsOf(types.enum(["a"])) },
          { t: types.attrsOf(types.enum(["b"])) },
        ],
        (r: any) => r.config.t.description,
      );
    },
  },
  {
    name: "y14",
    nix: { a: 6 },
    run: ({ runE }) => {
      runE(
        [
          { options: { m: mkOption({ type: types.deferredModule }) } },
          { m: { options: { a: mkOption({ type: types.int, default: 4 }) } } },
          { m: { a: mkDefault(6) } },
        ],
        (r: any) =>
          evalModules({
            modules: [
              {
                options: {
                  s: mkOption({ type: types.submoduleWith({ modules: [r.config.m] }), default: {} }),
                },
              },
            ],
          }).config.s,
      );
    },
  },
  {
    name: "y15",
    nix: 2,
    run: ({ runE }) => {
      runE(
        [
          { options: { m: mkOption({ type: types.deferredModule }) } },
          { m: { key: "k1", x: 1 } },
          { m: { key: "k1", x: 2 } },
        ],
        (r: any) =>
          evalModules({ modules: [{ options: { x: mkOption({ type: types.int }) } }, r.config.m] }).config.x,
      );
    },
  },
];

// @ts-nocheck: modules transcribed from Nix, some ill-typed on purpose (a type error is what is compared).
/**
 * Compared with Nix, round 3: priorities and properties inside submodule elements (p*), submodules (s*, x*, w*, n*), types
 * (t*, y*, tm*: an option declared twice), imports and `_module` (m*, z*), defaults and apply (d*).
 * Each case: the modules as hearth reads them, and what Nix printed for the same modules written
 * in Nix (or `failed`). Written by the sessions that compared them; Nix's answers recorded as given.
 */
import {
  lazy,
  mkAfter,
  mkBefore,
  mkDefault,
  mkForce,
  mkIf,
  mkMerge,
  mkOption,
  mkOptionDefault,
  mkOrder,
  mkOverride,
  types,
  evalModules,
} from "../../../src/modules/index.ts";
import { failed, type Scenario } from "./scenario.ts";
export const round3: Scenario[] = [
  {
    name: "d01",
    nix: { a: { x: 5, y: 2 }, i: 1, l: [0, 1, 2] },
    run: ({ run }) => {
      run([
        {
          options: {
            l: mkOption({ type: types.listOf(types.int), default: [1] }),
            i: mkOption({ type: types.int, default: 1 }),
            a: mkOption({ type: types.attrsOf(types.int), default: { x: 1 } }),
          },
        },
        { l: mkOptionDefault([2]), i: mkOptionDefault(1), a: mkOptionDefault({ y: 2 }) },
        { l: mkOptionDefault(mkBefore([0])), a: mkOptionDefault({ x: mkForce(5) }) },
      ] as any);
    },
  },
  {
    name: "d02",
    nix: { a: 5, b: 10, c: 11, d: [0] },
    run: ({ run }) => {
      run([
        ({ config }: any) => ({
          options: {
            a: mkOption({ type: types.int, default: 2 }),
            b: mkOption({ type: types.int, default: lazy(() => config.a * 2) }),
            c: mkOption({ type: types.int, default: lazy(() => config.b + 1) }),
            d: mkOption({ type: types.listOf(types.int), default: lazy(() => [config.c]) }),
          },
        }),
        { a: 5, d: mkAfter([0]) },
      ] as any);
    },
  },
  {
    name: "d03",
    nix: { a: 3, b: "set", t: "three" },
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              a: mkOption({ type: types.int, default: 3, defaultText: "three", description: "x" }),
              b: mkOption({ type: types.str, defaultText: "computed" }),
            },
          },
          { b: "set" },
        ] as any,
        (r: any) => ({ a: r.config.a, b: r.config.b, t: r.options.a.defaultText }),
      );
    },
  },
  {
    name: "d04",
    nix: { a: 21, b: 20, c: [0, 21] },
    run: ({ run }) => {
      run([
        ({ config }: any) => ({
          options: {
            a: mkOption({ type: types.int, default: 1, apply: (x: number) => x + config.b }),
            b: mkOption({ type: types.int, default: 10 }),
            c: mkOption({
              type: types.listOf(types.int),
              apply: (l: number[]) => [...l, config.a],
              default: [],
            }),
          },
        }),
        { b: 20, c: [0] },
      ] as any);
    },
  },
  {
    name: "d05",
    nix: { s: { a: 4, extra: 5 }, t: ["y", "z"] },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run([
        {
          options: {
            s: mkOption({ type: sub, default: {}, apply: (s: any) => ({ ...s, extra: s.a + 1 }) }),
            t: mkOption({ type: types.attrsOf(sub), apply: (t: any) => Object.keys(t).sort(), default: {} }),
          },
        },
        { s: { a: mkForce(4) }, t: { z: {}, y: { a: 1 } } },
      ] as any);
    },
  },
  {
    name: "d06",
    nix: { a: { b: 2 }, b: { a: 1 } },
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({ type: types.attrsOf(types.int), default: { a: 1 } }),
            b: mkOption({ type: types.attrsOf(types.int), default: { a: 1 } }),
          },
        },
        { a: mkDefault({ b: 2 }), b: mkOverride(1600, { c: 3 }) },
      ] as any);
    },
  },
  {
    name: "d07",
    nix: { a: 6, b: 5 },
    run: ({ run }) => {
      run([
        { options: { a: mkOption({ type: types.int }), b: mkOption({ type: types.int }) } },
        { a: mkOptionDefault(5), b: mkOptionDefault(5) },
        { a: mkDefault(6), b: mkOverride(1501, 7) },
      ] as any);
    },
  },
  {
    name: "d08",
    nix: { a: 7, b: 2, c: true, d: 100 },
    run: ({ runE }) => {
      runE(
        [
          ({ options }: any) => ({
            options: {
              a: mkOption({ type: types.int, default: 1 }),
              b: mkOption({ type: types.int, default: lazy(() => options.a.default + 1) }),
              c: mkOption({ type: types.bool, default: lazy(() => options.a.isDefined) }),
              d: mkOption({ type: types.int, default: lazy(() => options.a.highestPrio) }),
            },
          }),
          { a: 7 },
        ] as any,
        (r: any) => r.config,
      );
    },
  },
  {
    name: "d09",
    nix: { s: { x: { p: 81, q: 162 }, y: { p: 11, q: 22 }, z: { p: 81, q: 1 } } },
    run: ({ run }) => {
      const sub = types.submodule(({ config }: any) => ({
        options: {
          p: mkOption({ type: types.int, default: 80, apply: (x: number) => x + 1 }),
          q: mkOption({ type: types.int, default: lazy(() => config.p * 2) }),
        },
      }));
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { x: {}, y: { p: mkForce(10) }, z: { q: 1 } } },
      ] as any);
    },
  },
  {
    name: "d10",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      run([
        { options: { a: mkOption({ type: types.int, default: 1, apply: (x: number) => x * 10 }) } },
        { options: { a: mkOption({ apply: (x: number) => x + 1 }) } },
        { a: 2 },
      ] as any);
    },
  },
  {
    name: "d11",
    nix: { a: ["d"] },
    run: ({ run }) => {
      run([
        { options: { a: mkOption({ type: types.listOf(types.str), default: ["d"] }) } },
        { options: { a: mkOption({ type: types.listOf(types.str) }) } },
        { a: mkIf(false, ["x"]) },
      ] as any);
    },
  },
  {
    name: "d12",
    nix: { a: [1], da: [[1]], ia: true, pa: 1500, pb: 1500 },
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              a: mkOption({ type: types.listOf(types.int), default: [1] }),
              b: mkOption({ type: types.int, default: 1 }),
            },
          },
          { a: mkMerge([mkIf(false, [2])]) },
        ] as any,
        (r: any) => ({
          a: r.config.a,
          ia: r.options.a.isDefined,
          pa: r.options.a.highestPrio,
          da: r.options.a.definitions,
          pb: r.options.b.highestPrio,
        }),
      );
    },
  },
  {
    name: "d13",
    nix: { s: { d1: { n: "d1" }, d2: { n: "custom" } }, t: { d1: { n: "d1" }, d3: { n: "d3" } } },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: { n: mkOption({ type: types.str, default: name }) },
      }));
      run([
        {
          options: {
            s: mkOption({ type: types.attrsOf(sub), default: { d1: {}, d2: { n: "custom" } } }),
            t: mkOption({ type: types.attrsOf(sub), default: { d1: {} } }),
          },
        },
        { t: mkOptionDefault({ d3: {} }) },
      ] as any);
    },
  },
  {
    name: "d14",
    nix: { en: true, extra: ["extra"], pkgs: ["dflt"] },
    run: ({ run }) => {
      run([
        ({ config }: any) => ({
          options: {
            en: mkOption({ type: types.bool, default: false }),
            pkgs: mkOption({
              type: types.listOf(types.str),
              default: lazy(() => (config.en ? ["on"] : ["off"])),
            }),
            extra: mkOption({ type: types.listOf(types.str), default: [] }),
          },
          config: { extra: mkIf(() => config.en, ["extra"]) },
        }),
        { en: true },
        { config: ({ config }: any) => ({ pkgs: mkIf(() => config.extra.length > 0, mkDefault(["dflt"])) }) },
      ] as any);
    },
  },
  {
    name: "m01",
    nix: ["top", "deepest", "deep", "mid", "plain", "after"],
    run: ({ run }) => {
      const decl = { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run(
        [
          decl,
          ({ lib }: any) => ({
            imports: [
              () => ({
                imports: [({ config }: any) => ({ l: ["deep"], imports: [{ l: ["deepest"] }] })],
                l: ["mid"],
              }),
              ({ lib }: any) => ({ l: lib.mkAfter(["after"]) }),
            ],
            l: lib.mkBefore(["top"]),
          }),
          { l: ["plain"] },
        ] as any,
        (r: any) => r.l,
      );
    },
  },
  {
    name: "m02",
    nix: ["i1", "b", "i0", "c", "a", "f"],
    run: ({ run }) => {
      const decl = { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const b = { l: ["b"] };
      const a = { l: ["a"], imports: [b] };
      const f = ({ lib }: any) => ({ l: lib.mkAfter(["f"]) });
      const c = { l: ["c"], imports: [b, f] };
      run([decl, a, c, { imports: [{ imports: [b, f], l: ["i1"] }], l: ["i0"] }, f] as any, (r: any) => r.l);
    },
  },
  {
    name: "m04",
    nix: { one: ["c", "b"], three: ["a-only", "b", "a"], two: [] },
    run: ({ run }) => {
      const decl = { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const c = { key: "c", l: ["c"] };
      const a = { key: "a", l: ["a"], imports: [c, { key: "a-only", l: ["a-only"] }] };
      const b = { key: "b", l: ["b"], imports: [c] };
      const get = (ms: any[]) => evalModules({ modules: ms }).config.l;
      run([], () => ({
        one: get([decl, a, b, { disabledModules: [{ key: "a" }] }]),
        two: get([decl, a, b, { disabledModules: [a, { key: "b" }] }]),
        three: get([decl, a, b, { imports: [{ disabledModules: [{ key: "c" }] }] }]),
      }));
    },
  },
  {
    name: "m05",
    nix: { one: ["c", "a", "f"], two: ["b", "a"] },
    run: ({ run }) => {
      const decl = { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const b = { _file: "/tmp/difftest3/mods/b.nix", l: ["b"] };
      const a = { _file: "/tmp/difftest3/mods/a.nix", l: ["a"], imports: [b] };
      const f = ({ lib }: any) => ({ l: lib.mkAfter(["f"]) });
      const c = { _file: "/tmp/difftest3/mods/c.nix", l: ["c"], imports: [b, f] };
      const get = (ms: any[]) => evalModules({ modules: ms }).config.l;
      run([], () => ({
        one: get([decl, a, c, { disabledModules: [b] }]),
        two: get([decl, a, c, { disabledModules: ["/tmp/difftest3/mods/c.nix"] }]),
      }));
    },
  },
  {
    name: "m06",
    nix: ["j", "k1"],
    run: ({ run }) => {
      const decl = { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run(
        [
          decl,
          () => ({ key: "k", l: ["k1"] }),
          { imports: [() => ({ key: "k", l: ["k2"] })] },
          { key: "j", _file: "j.nix", l: ["j"] },
          { imports: [{ key: "j", l: ["j2"] }] },
        ] as any,
        (r: any) => r.l,
      );
    },
  },
  {
    name: "m07",
    nix: failed,
    kind: "module",
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.int }) }, x: 1 }] as any, (r: any) => r.x);
    },
  },
  {
    name: "m07b",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run(
        [
          { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } },
          { config: { l: ["c"] }, meta: {} },
        ] as any,
        (r: any) => r.l,
      );
    },
  },
  {
    name: "m07c",
    nix: failed,
    kind: "module",
    run: ({ run }) => {
      run(
        [
          { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } },
          {
            config: { l: ["c"] },
            imports: [{ config: { l: ["ci"] } }],
            key: "kk",
            _file: "ff",
            disabledModules: [],
          },
          { l: ["s"], config: 1 },
        ] as any,
        (r: any) => r.l,
      );
    },
  },
  {
    name: "m07d",
    nix: ["ci", "c"],
    run: ({ run }) => {
      run(
        [
          { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } },
          {
            config: { l: ["c"] },
            imports: [{ config: { l: ["ci"] } }],
            key: "kk",
            _file: "ff",
            disabledModules: [],
          },
        ] as any,
        (r: any) => r.l,
      );
    },
  },
  {
    name: "m08",
    nix: { l: ["p", "if"], m: ["ov"] },
    run: ({ run }) => {
      run([
        {
          options: {
            l: mkOption({ type: types.listOf(types.str), default: [] }),
            m: mkOption({ type: types.listOf(types.str), default: [] }),
          },
        },
        mkIf(true, { l: ["if"] }),
        mkIf(false, { l: ["no"] }),
        mkOverride(10, { m: ["ov"] }),
        { m: ["plain"], l: ["p"] },
      ] as any);
    },
  },
  {
    name: "m08b",
    nix: failed,
    kind: "module",
    run: ({ run }) => {
      run(
        [
          { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } },
          mkMerge([{ l: ["a"] }]),
        ] as any,
        (r: any) => r.l,
      );
    },
  },
  {
    name: "m08c",
    nix: failed,
    kind: "module",
    run: ({ run }) => {
      run(
        [
          { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } },
          mkBefore({ l: ["a"] }),
        ] as any,
        (r: any) => r.l,
      );
    },
  },
  {
    name: "m09",
    nix: { x: "v", y: "v!v" },
    run: ({ run }) => {
      run([
        (args: any) => ({ options: { x: mkOption({ type: types.str, default: lazy(() => args.myarg) }) } }),
        { _module: { args: { myarg: "v" } } },
        { config: ({ config }: any) => ({ _module: { args: { other: lazy(() => config.x + "!") } } }) },
        (args: any) => ({
          options: { y: mkOption({ type: types.str, default: lazy(() => args.other + args.myarg) }) },
        }),
      ] as any);
    },
  },
  {
    name: "m10",
    nix: { hasD: false, hasU: false, ns: { a: 2 }, x: 3 },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.int, default: 1 }),
              ns: { a: mkOption({ type: types.int, default: 2 }) },
            },
          },
          { _module: { check: false } },
          { undeclared: 1, x: 3, ns: { b: 4 }, deep: { er: 5 } },
        ] as any,
        (r: any) => ({ x: r.x, ns: r.ns, hasU: "undeclared" in r, hasD: "deep" in r }),
      );
    },
  },
  {
    name: "m10b",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 1 }) } },
          { _module: { check: mkDefault(false) } },
          { _module: { check: mkForce(true) } },
          { undeclared: 1 },
        ] as any,
        (r: any) => r.x,
      );
    },
  },
  {
    name: "m11",
    nix: { ns: { free: "f", more: { a: 1 }, opt: 2 }, other: { x: 1, y: [1] }, top: "t" },
    run: ({ run }) => {
      run([
        {
          freeformType: types.attrsOf(types.anything),
          options: {
            ns: { opt: mkOption({ type: types.int, default: 1 }) },
            top: mkOption({ type: types.str, default: "t" }),
          },
        },
        { ns: { free: "f", opt: 2 }, other: { x: 1 } },
        { other: { y: [1] }, ns: { more: mkIf(true, { a: 1 }) }, gone: mkIf(false, 1) },
      ] as any);
    },
  },
  {
    name: "m11b",
    nix: { a: { x: 1, y: 4, z: 3 }, c: { w: 1 } },
    run: ({ run }) => {
      run([
        { freeformType: types.attrsOf(types.attrsOf(types.int)) },
        { a: { x: 1 }, b: mkIf(false, { z: 1 }) },
        { a: mkMerge([{ y: mkDefault(2) }, mkIf(true, { z: 3 })]) },
        { a: { y: 4 }, c: mkForce({ w: 1 }) },
        { c: { v: 2 } },
      ] as any);
    },
  },
  {
    name: "m11c",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([
        {
          freeformType: types.attrsOf(types.int),
          options: { ns: { opt: mkOption({ type: types.int, default: 1 }) } },
        },
        { ns: { free: 5 } },
      ] as any);
    },
  },
  {
    name: "m12",
    nix: ["imp", "req", "r"],
    run: ({ run }) => {
      const decl = { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } };
      run([decl, { require: [{ l: ["req"] }], imports: [{ l: ["imp"] }], l: ["r"] }] as any, (r: any) => r.l);
    },
  },
  {
    name: "m13",
    nix: ["k2", "x2", "k", "x1"],
    run: ({ run }) => {
      const decl = { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const k = { key: "k", l: ["k"], imports: [{ key: "k2", l: ["k2"] }] };
      run(
        [
          decl,
          { imports: [{ imports: [k], l: ["x2"] }], l: ["x1"] },
          k,
          { imports: [{ key: "k2", l: ["k2-other"] }] },
        ] as any,
        (r: any) => r.l,
      );
    },
  },
  {
    name: "m14",
    nix: ["d"],
    run: ({ run }) => {
      const decl = { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const k = { key: "k", l: ["k"] };
      run(
        [
          decl,
          { disabledModules: [{ key: "k" }], imports: [k], l: ["d"] },
          { imports: [{ imports: [k] }] },
        ] as any,
        (r: any) => r.l,
      );
    },
  },
  {
    name: "m15",
    nix: { one: ["A"], two: ["B"] },
    run: ({ run }) => {
      const ms = [
        { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } },
        { _module: { args: { a: "A" } } },
        { config: ({ a }: any) => ({ l: [a] }) },
      ];
      run([], () => {
        const r = evalModules({ modules: ms as any });
        const r2 = r.extendModules({ modules: [{ _module: { args: { a: mkForce("B") } } }] });
        return { one: r.config.l, two: r2.config.l };
      });
    },
  },
  {
    name: "n01",
    nix: { c: { n: "c" }, e: { n: "e" }, f: { n: "<function body>" }, o: { n: "o" } },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: { n: mkOption({ type: types.str, default: name }) },
      }));
      run(
        [
          {
            options: {
              f: mkOption({ type: types.functionTo(sub) }),
              o: mkOption({ type: types.nullOr(sub) }),
              e: mkOption({ type: types.either(types.int, sub) }),
              c: mkOption({ type: types.coercedTo(types.str, (s: string) => ({}), sub) }),
            },
          },
          { f: (x: number) => ({}), o: {}, e: {}, c: "s" },
        ] as any,
        (r: any) => ({ f: r.f(1), o: r.o, e: r.e, c: r.c }),
      );
    },
  },
  {
    name: "n02",
    nix: failed,
    kind: "module",
    run: ({ run }) => {
      run(
        [
          { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } },
          { config: ({ name }: any) => ({ l: [name] }) },
        ] as any,
        (r: any) => r.l,
      );
    },
  },
  {
    name: "n03",
    nix: { ns: { t: { n: "t" } }, s: { n: "s" } },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: { n: mkOption({ type: types.str, default: name }) },
      }));
      run([
        {
          options: {
            s: mkOption({ type: sub, default: {} }),
            ns: { t: mkOption({ type: sub, default: {} }) },
          },
        },
      ] as any);
    },
  },
  {
    name: "n04",
    nix: "impl",
    run: ({ run }) => {
      run(
        [
          { options: { e: mkOption({ type: types.enum([]) }) } },
          { options: { e: mkOption({ type: types.enum(["impl"]) }) } },
          { e: "impl" },
        ] as any,
        (r: any) => r.e,
      );
    },
  },
  {
    name: "p01",
    nix: { s: { x: { a: 3, b: "o80", c: [3] }, y: { a: 0, b: "d", c: [4] } } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.str, default: "d" }),
          c: mkOption({ type: types.listOf(types.int), default: [0] }),
        },
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { x: { a: mkDefault(1), b: mkOverride(90, "o90"), c: mkDefault([1]) } } },
        { s: { x: { a: 2, b: mkOverride(80, "o80"), c: mkOverride(900, [2]) } } },
        { s: { x: { a: mkOverride(99, 3), c: [3] }, y: { c: mkOverride(900, [4]) } } },
      ]);
    },
  },
  {
    name: "p02",
    nix: {
      names: ["v", "w", "y"],
      s: { v: { a: 0, l: ["d"] }, w: { a: 0, l: ["d"] }, y: { a: 0, l: ["d"] } },
    },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          l: mkOption({ type: types.listOf(types.str), default: ["d"] }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
          { s: { x: mkIf(false, { a: 1 }), y: { a: mkIf(false, 2) }, z: mkMerge([mkIf(false, { a: 3 })]) } },
          { s: { w: { l: mkIf(false, ["w"]) }, v: mkMerge([{}, mkIf(false, { l: ["v"] })]) } },
        ],
        (r: any) => ({ names: Object.keys(r.s).sort(), s: r.s }),
      );
    },
  },
  {
    name: "p03",
    nix: {
      l: [4, 5, 1, 3],
      sl: [
        { a: 3, b: 4 },
        { a: 1, b: 0 },
      ],
    },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      });
      run([
        {
          options: {
            l: mkOption({ type: types.listOf(types.int) }),
            sl: mkOption({ type: types.listOf(sub) }),
          },
        },
        {
          l: mkMerge([mkIf(true, [1]), mkIf(false, [2]), [3]]),
          sl: mkMerge([mkIf(true, [{ a: 1 }]), mkIf(false, [{ a: 2 }])]),
        },
        {
          l: mkIf(true, mkMerge([mkIf(true, mkBefore([4])), [5]])),
          sl: [mkMerge([{ a: 3 }, mkIf(false, { b: 9 }), mkIf(true, { b: 4 })]), mkIf(false, { a: 7 })],
        },
      ] as any);
    },
  },
  {
    name: "p04",
    nix: { a: { x: ["first", "b", "n", "a"], y: ["yb", "y0", "y2", "y1"] } },
    run: ({ run }) => {
      run([
        { options: { a: mkOption({ type: types.attrsOf(types.listOf(types.str)) }) } },
        { a: { x: mkBefore(["b"]), y: mkAfter(["y1"]) } },
        { a: { x: ["n"], y: mkOrder(1200, ["y2"]) } },
        { a: { x: mkAfter(["a"]), y: ["y0"] } },
        { a: mkMerge([{ x: mkOrder(10, ["first"]) }, mkIf(true, { y: mkBefore(["yb"]) })]) },
      ] as any);
    },
  },
  {
    name: "p05",
    nix: {
      s: [
        { l: ["type-before", "e3b", "e3", "type-after", "e3last"] },
        { l: ["type-before", "e1", "type-after"] },
        { l: ["type-before", "e2b", "type-after"] },
      ],
      t: { l: ["t400", "type-before", "t", "type-after"] },
    },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
        config: { l: mkAfter(["type-after"]) },
        imports: [{ l: mkBefore(["type-before"]) }],
      });
      run([
        { options: { s: mkOption({ type: types.listOf(sub) }), t: mkOption({ type: sub, default: {} }) } },
        { s: [{ l: ["e1"] }, { l: mkBefore(["e2b"]) }], t: { l: mkOrder(400, ["t400"]) } },
        { s: [{ l: mkMerge([["e3"], mkBefore(["e3b"]), mkOrder(1600, ["e3last"])]) }], t: { l: ["t"] } },
      ] as any);
    },
  },
  {
    name: "p06",
    nix: { names: ["w", "y"], s: { w: { a: 0 }, y: { a: 2 } } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          {
            options: {
              s: mkOption({ type: types.attrsOf(sub) }),
              en: mkOption({ type: types.bool, default: false }),
              en2: mkOption({ type: types.bool, default: true }),
            },
          },
          {
            config: ({ config }: any) => ({
              s: {
                x: mkIf(() => config.en, { a: 1 }),
                y: mkIf(() => config.en2, { a: 2 }),
                z: mkIf(
                  () => config.en2,
                  mkIf(() => config.en, {}),
                ),
              },
            }),
          },
          { s: { w: {} } },
        ] as any,
        (r: any) => ({ names: Object.keys(r.s).sort(), s: r.s }),
      );
    },
  },
  {
    name: "p07",
    nix: { s: { x: { a: 1, b: "d" } } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.str, default: "d" }),
        },
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: mkForce({ x: { a: 1 } }) },
        { s: { y: { a: 2 }, x: { b: "n" } } },
        { s: { x: mkForce({ b: "forced-elem" }) } },
      ] as any);
    },
  },
  {
    name: "p08",
    nix: { s: { y: { a: 2 } }, t: { m: { a: 1 } } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run([
        {
          options: {
            s: mkOption({ type: types.attrsOf(sub) }),
            t: mkOption({ type: types.attrsOf(sub), default: { d: { a: 9 } } }),
          },
        },
        { s: mkDefault({ x: { a: 1 }, z: { a: 5 } }), t: mkDefault({ m: { a: 1 } }) },
        { s: { y: { a: 2 } } },
        { s: mkDefault({ q: {} }) },
      ] as any);
    },
  },
  {
    name: "p09",
    nix: { aa: { w: {}, x: { p: 1 }, y: { p: 4 } } },
    run: ({ run }) => {
      run([
        { options: { aa: mkOption({ type: types.attrsOf(types.attrsOf(types.int)) }) } },
        { aa: { x: mkForce({ p: 1 }) } },
        { aa: { x: { q: 2 }, y: { p: mkDefault(3) }, z: mkIf(false, { p: 1 }) } },
        { aa: { y: { p: 4, r: mkIf(false, 5) }, w: { p: mkIf(false, 1) } } },
      ] as any);
    },
  },
  {
    name: "p10",
    nix: {
      sl: [
        { a: 0, l: [7] },
        { a: 0, l: [0, 8] },
        { a: 2, l: [0] },
        { a: 1, l: [3, 2] },
      ],
    },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          l: mkOption({ type: types.listOf(types.int), default: [0] }),
        },
      });
      run([
        { options: { sl: mkOption({ type: types.listOf(sub) }) } },
        {
          sl: [
            { a: mkMerge([1, mkForce(2)]) },
            {
              a: mkMerge([mkDefault(1), mkOverride(1200, 5)]),
              l: mkMerge([mkDefault([1]), [2], mkBefore([3])]),
            },
          ],
        },
        { sl: [{ l: mkForce(mkBefore([7])) }, { l: mkOptionDefault([8]) }] },
      ] as any);
    },
  },
  {
    name: "p11",
    nix: { s: { l: ["b", "m", "a"], n: "dflt" }, t: { l: ["d"], n: "td" } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          l: mkOption({ type: types.listOf(types.str), default: ["d"] }),
          n: mkOption({ type: types.str, default: "d" }),
        },
      });
      run([
        { options: { s: mkOption({ type: sub }), t: mkOption({ type: sub, default: { n: "td" } }) } },
        { s: { l: mkAfter(["a"]), n: mkDefault("dflt") }, t: mkIf(false, { n: "no" }) },
        { s: mkMerge([{ l: ["m"] }, mkIf(false, { n: "no" }), mkIf(true, { l: mkBefore(["b"]) })]) },
      ] as any);
    },
  },
  {
    name: "p12",
    nix: { s: { a: 1, b: "d" }, u: { a: 1, b: "u" } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.str, default: "d" }),
        },
      });
      run([
        { options: { s: mkOption({ type: sub }), u: mkOption({ type: sub }) } },
        { s: mkOverride(60, { a: 1 }), u: mkOverride(60, { a: 1 }) },
        { s: { a: mkForce(2), b: "x" }, u: mkOverride(60, { b: "u" }) },
      ] as any);
    },
  },
  {
    name: "p13",
    nix: { n: { x: { k: { a: "k", p: 2 } }, z: { u: { a: "u", p: 0 }, w: { a: "w", p: 3 } } } },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: {
          a: mkOption({ type: types.str, default: name }),
          p: mkOption({ type: types.int, default: 0 }),
        },
      }));
      run([
        { options: { n: mkOption({ type: types.attrsOf(types.attrsOf(sub)) }) } },
        { n: { x: { y: mkIf(false, { p: 1 }) }, z: { w: { p: mkDefault(1) } }, v: mkIf(false, { q: {} }) } },
        { n: { z: { w: { p: mkForce(3) }, u: mkDefault({}) }, x: { k: mkIf(true, { p: 2 }) } } },
        { n: { z: { w: mkDefault({ p: 10 }) } } },
      ] as any);
    },
  },
  {
    name: "p14",
    nix: { s: { x: { l: ["a", "m0", "o600", "c", "m1", "z"] } } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { x: { l: mkMerge([mkIf(true, mkBefore(["a"])), mkIf(false, ["b"]), ["c"]]) } } },
        {
          imports: [
            { s: { x: { l: mkAfter(["z"]) } } },
            { s: { x: { l: mkIf(true, mkOrder(600, ["o600"])) } } },
          ],
        },
        { s: { x: mkMerge([{ l: ["m1"] }, mkIf(true, { l: mkBefore(["m0"]) })]) } },
      ] as any);
    },
  },
  {
    name: "p15",
    nix: { la: [{ b: 2 }, { c: 3 }, {}], ll: [[], [2, 3]] },
    run: ({ run }) => {
      run([
        {
          options: {
            la: mkOption({ type: types.listOf(types.attrsOf(types.int)) }),
            ll: mkOption({ type: types.listOf(types.listOf(types.int)) }),
          },
        },
        { la: [{ a: mkIf(false, 1), b: 2 }, mkIf(false, { a: 1 }), { c: mkMerge([mkDefault(1), 3]) }, {}] },
        { ll: [[mkIf(false, 1)], [mkBefore(2), 3], mkIf(false, [4])] },
      ] as any);
    },
  },
  {
    name: "p16",
    nix: { b: 2, lnames: ["a", "b"], names: ["x", "y", "z"], x: [], y: [1, 2], z: [] },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              la: mkOption({ type: types.lazyAttrsOf(types.listOf(types.int)) }),
              li: mkOption({ type: types.lazyAttrsOf(types.int) }),
            },
          },
          {
            la: { x: mkIf(false, [1]), y: [2] },
            li: { a: mkIf(false, 1), b: mkMerge([mkIf(false, 1), mkDefault(2)]) },
          },
          { la: { y: mkBefore([1]), z: mkMerge([mkIf(false, [3])]) } },
        ] as any,
        (r: any) => ({
          x: r.la.x,
          y: r.la.y,
          z: r.la.z,
          names: Object.keys(r.la).sort(),
          lnames: Object.keys(r.li).sort(),
          b: r.li.b,
        }),
      );
    },
  },
  {
    name: "p16b",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run(
        [
          { options: { li: mkOption({ type: types.lazyAttrsOf(types.int) }) } },
          { li: { a: mkIf(false, 1) } },
        ] as any,
        (r: any) => r.li.a,
      );
    },
  },
  {
    name: "p17",
    nix: { s: { v: { a: 0, b: 0 }, x: { a: 2, b: 8 } } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        {
          s: mkMerge([
            { x: { a: 1 } },
            mkIf(true, { x: { a: mkForce(2) } }),
            mkIf(false, { y: { a: 3 } }),
            mkIf(true, { x: { b: mkDefault(7) } }),
          ]),
        },
        { s: mkIf(true, mkMerge([{ x: { b: 8 } }, { v: {} }])) },
      ] as any);
    },
  },
  {
    name: "p18",
    nix: {
      s: {
        x: { a: 1, b: "tb", c: ["ec"] },
        y: { a: 5, b: "tb", c: ["tc"] },
        z: { a: 5, b: "tb", c: ["tc"] },
      },
    },
    run: ({ run }) => {
      const sub = types.submoduleWith({
        modules: [
          {
            options: {
              a: mkOption({ type: types.int }),
              b: mkOption({ type: types.str, default: "bd" }),
              c: mkOption({ type: types.listOf(types.str), default: [] }),
            },
          },
          { config: { a: mkDefault(5), b: mkForce("tb"), c: mkIf(true, ["tc"]) } },
        ],
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { x: { a: 1, b: "eb", c: mkForce(["ec"]) }, y: {}, z: { c: mkDefault(["zc"]) } } },
      ] as any);
    },
  },
  {
    name: "p19",
    nix: { s: { x: { a: 0, c: [0, 7] }, y: { a: 0, c: [0] }, z: { a: 0, c: [5, 0] } } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          c: mkOption({ type: types.listOf(types.int), default: [0] }),
        },
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        {
          s: {
            x: { c: mkOptionDefault([7]) },
            y: { a: mkOptionDefault(0) },
            z: { c: mkOptionDefault(mkBefore([5])) },
          },
        },
      ] as any);
    },
  },
  {
    name: "p19b",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { y: { a: mkOptionDefault(7) } } },
      ] as any);
    },
  },
  {
    name: "p20",
    nix: {
      o: [
        { i: { k: { v: { a: ["0", "1", "9"], b: ["f"] } } } },
        { i: {} },
        { i: { j: { v: { c: ["c"] } } } },
      ],
    },
    run: ({ run }) => {
      const inner = types.submodule({
        options: { v: mkOption({ type: types.attrsOf(types.listOf(types.str)), default: {} }) },
      });
      run([
        {
          options: {
            o: mkOption({
              type: types.listOf(
                types.submodule({ options: { i: mkOption({ type: types.attrsOf(inner), default: {} }) } }),
              ),
            }),
          },
        },
        {
          o: [
            {
              i: {
                k: {
                  v: {
                    a: mkMerge([["1"], mkBefore(["0"]), mkAfter(["9"]), mkIf(false, ["x"])]),
                    b: mkForce(["f"]),
                  },
                },
              },
            },
            { i: mkIf(false, {}) },
            { i: { j: mkDefault({ v: { c: ["c"] } }) } },
          ],
        },
      ] as any);
    },
  },
  {
    name: "p21",
    nix: { a: { x: [1, 2, 3, 6], y: [4] }, n: [1, 2] },
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({ type: types.attrsOf(types.listOf(types.int)) }),
            n: mkOption({ type: types.nullOr(types.listOf(types.int)), default: null }),
          },
        },
        { a: { x: [mkForce(1), 2, mkDefault(3)], y: mkForce([4]) }, n: [mkIf(true, 1)] },
        { a: { y: [5], x: mkAfter([6]) }, n: mkAfter([2]) },
      ] as any);
    },
  },
  {
    name: "p22",
    nix: { s: { d: { a: 1 } }, t: { e: { a: 2 }, f: { a: 0 } } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run([
        {
          options: {
            s: mkOption({ type: types.attrsOf(sub), default: { d: { a: 1 } } }),
            t: mkOption({ type: types.attrsOf(sub), default: { d: { a: 1 } } }),
          },
        },
        { s: mkIf(false, { x: { a: 1 } }), t: mkOverride(1400, { e: { a: 2 } }) },
        { t: mkOverride(1400, { f: {} }) },
      ] as any);
    },
  },
  {
    name: "s01",
    nix: { s: { x: { a: 2, extra: "set" }, y: { a: 3 }, z: { a: 4 } } },
    run: ({ run }) => {
      const t = types.submoduleWith({
        shorthandOnlyDefinesConfig: false,
        modules: [{ options: { a: mkOption({ type: types.int, default: 0 }) } }],
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(t) }) } },
        { s: { x: { options: { extra: mkOption({ type: types.str, default: "e" }) }, config: { a: 2 } } } },
        { s: { x: { extra: "set" }, y: { imports: [{ a: 3 }] }, z: { a: 4 } } },
      ] as any);
    },
  },
  {
    name: "s01b",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const t = types.submoduleWith({
        shorthandOnlyDefinesConfig: true,
        modules: [{ options: { a: mkOption({ type: types.int, default: 0 }) } }],
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(t) }) } },
        { s: { x: { options: { extra: mkOption({ type: types.str, default: "e" }) }, config: { a: 2 } } } },
      ] as any);
    },
  },
  {
    name: "s01c",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const t = types.submoduleWith({
        shorthandOnlyDefinesConfig: true,
        modules: [{ options: { a: mkOption({ type: types.int, default: 0 }) } }],
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(t) }) } },
        { s: { y: { imports: [{ a: 3 }] } } },
      ] as any);
    },
  },
  {
    name: "s01d",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const t = types.submoduleWith({
        shorthandOnlyDefinesConfig: true,
        modules: [
          {
            options: {
              a: mkOption({ type: types.int, default: 0 }),
              l: mkOption({ type: types.listOf(types.str), default: [] }),
            },
          },
        ],
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(t) }) } },
        { s: { y: () => ({ imports: [{ a: 3 }], l: ["f"] }), z: { config: { l: ["cfg"] } } } },
      ] as any);
    },
  },
  {
    name: "s01e",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      const t = types.submoduleWith({
        modules: [{ options: { a: mkOption({ type: types.int, default: 0 }) } }],
      });
      run([
        { options: { s: mkOption({ type: t }) } },
        { options: { s: mkOption({ type: types.submodule({ options: { b: mkOption({ default: 1 }) } }) }) } },
        { s: { a: 1 } },
      ] as any);
    },
  },
  {
    name: "s02",
    nix: { s: { x: { a: "F", b: "bF" }, y: { a: "y-F", b: "bF" } } },
    run: ({ run }) => {
      const t = types.submoduleWith({
        specialArgs: { foo: "F" },
        modules: [
          ({ foo }: any) => ({
            options: { a: mkOption({ type: types.str, default: foo }) },
            imports: [foo === "F" ? { options: { b: mkOption({ default: "bF" }) } } : {}],
          }),
        ],
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(t) }) } },
        { s: { x: {}, y: ({ foo }: any) => ({ a: `y-${foo}` }) } },
      ] as any);
    },
  },
  {
    name: "s03c",
    nix: failed,
    kind: "module",
    run: ({ run }) => {
      const t = types.submodule((args: any) => ({
        options: { a: mkOption({ default: lazy(() => args.arg) }) },
      }));
      run([
        { options: { s: mkOption({ type: types.attrsOf(t) }) } },
        { _module: { args: { arg: "A" } }, s: { x: {} } },
      ] as any);
    },
  },
  {
    name: "s03d",
    nix: { s: { x: { a: "fixed" } } },
    run: ({ run }) => {
      const t = types.submodule((args: any) => ({ options: { a: mkOption({ default: "fixed" }) } }));
      run([
        { options: { s: mkOption({ type: types.attrsOf(t) }) } },
        { _module: { args: { arg: "A" } }, s: { x: {} } },
      ] as any);
    },
  },
  {
    name: "s04",
    nix: {
      s: {
        x: { a: 5, b: "x:set", c: 10 },
        y: { a: null, b: "y:unset", c: 0 },
        z: { a: null, b: "z:unset", c: 1 },
      },
    },
    run: ({ run }) => {
      const t = types.submodule(({ name, config, options }: any) => ({
        options: {
          a: mkOption({ type: types.nullOr(types.int), default: null }),
          b: mkOption({ type: types.str }),
          c: mkOption({ type: types.int, default: lazy(() => (config.a === null ? 0 : config.a * 2)) }),
        },
        config: {
          b: lazy(() => (options.a.isDefined && config.a !== null ? `${name}:set` : `${name}:unset`)),
        },
      }));
      run([
        { options: { s: mkOption({ type: types.attrsOf(t) }) } },
        { s: { x: { a: 5 }, y: {}, z: { c: 1 } } },
      ] as any);
    },
  },
  {
    name: "s05",
    nix: { prefix: "q", s: { a: { id: "q-a", n: 2 }, b: { id: "own", n: 2 } } },
    run: ({ run }) => {
      run([
        ({ config }: any) => ({
          options: {
            prefix: mkOption({ type: types.str, default: "p" }),
            s: mkOption({
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: {
                    id: mkOption({ type: types.str, default: lazy(() => `${config.prefix}-${name}`) }),
                    n: mkOption({ type: types.int, default: lazy(() => Object.keys(config.s).length) }),
                  },
                })),
              ),
            }),
          },
        }),
        { prefix: "q", s: { a: {}, b: { id: "own" } } },
      ] as any);
    },
  },
  {
    name: "s06",
    nix: {
      li: [
        { l: ["b"], x: 2, y: 12 },
        { l: ["b"], x: 1, y: 11 },
      ],
      n: { l: ["b"], x: 3, y: 13 },
      s: { k: { l: ["b"], x: 5, y: 15 }, m: { l: ["b"], x: 1, y: 11 } },
    },
    run: ({ run }) => {
      const a = types.submodule({
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          l: mkOption({ type: types.listOf(types.str), default: ["a"] }),
        },
      });
      const b = types.submodule(({ config }: any) => ({
        options: { y: mkOption({ type: types.int, default: lazy(() => config.x + 10) }) },
        config: { l: ["b"] },
      }));
      run([
        {
          options: {
            s: mkOption({ type: types.attrsOf(a) }),
            li: mkOption({ type: types.listOf(a) }),
            n: mkOption({ type: types.nullOr(a), default: null }),
          },
        },
        {
          options: {
            s: mkOption({ type: types.attrsOf(b) }),
            li: mkOption({ type: types.listOf(b) }),
            n: mkOption({ type: types.nullOr(b) }),
          },
        },
        { s: { k: { x: 5 }, m: {} }, li: [{ x: 2 }, {}], n: { x: 3 } },
      ] as any);
    },
  },
  {
    name: "s07",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      run([
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
              type: types.submoduleWith({ modules: [{ options: { b: mkOption({ default: 2 }) } }] }),
            }),
          },
        },
      ] as any);
    },
  },
  {
    name: "s07b",
    nix: { s: { a: 1, b: 3 } },
    run: ({ run }) => {
      run([
        {
          options: {
            s: mkOption({
              type: types.submoduleWith({
                modules: [{ options: { a: mkOption({ default: 1 }) } }],
                specialArgs: { p: 1 },
              }),
              default: {},
            }),
          },
        },
        {
          options: {
            s: mkOption({
              type: types.submoduleWith({
                modules: [({ q, p }: any) => ({ options: { b: mkOption({ default: p + q }) } })],
                specialArgs: { q: 2 },
              }),
            }),
          },
        },
      ] as any);
    },
  },
  {
    name: "s08",
    nix: {
      li: [
        { a: 2, l: [2] },
        { a: 0, l: [3] },
        { a: 1, l: [] },
        { a: 0, l: [1] },
      ],
    },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          l: mkOption({ type: types.listOf(types.int), default: [] }),
        },
      });
      run([
        { options: { li: mkOption({ type: types.listOf(sub) }) } },
        { li: [{ a: 1 }, { l: [1] }] },
        { li: mkBefore([{ a: 2, l: mkForce([2]) }]) },
        { li: mkIf(false, [{}]) },
        { li: [() => ({ l: [3] })] },
      ] as any);
    },
  },
  {
    name: "s09",
    nix: { m: null, n: { a: 1, b: 0 }, o: { a: 1, b: 2 }, p: null },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      });
      run([
        {
          options: {
            n: mkOption({ type: types.nullOr(sub), default: null }),
            m: mkOption({ type: types.nullOr(sub), default: null }),
            o: mkOption({ type: types.nullOr(sub), default: {} }),
            p: mkOption({ type: types.nullOr(sub) }),
          },
        },
        { n: mkDefault(null), m: mkIf(false, {}), o: { a: 1 }, p: null },
        { n: { a: 1 }, o: { b: 2 }, p: mkDefault({ a: 1 }) },
      ] as any);
    },
  },
  {
    name: "s09b",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run([{ options: { n: mkOption({ type: types.nullOr(sub) }) } }, { n: null }, { n: { a: 1 } }] as any);
    },
  },
  {
    name: "s10",
    nix: {
      aa: {
        g1: { e1: { l: ["d-e1"], n: "e1" }, e2: { l: ["y", "x"], n: "e2" } },
        g2: { e1: { l: ["d-e1"], n: "dflt" }, e3: { l: ["fn-e3"], n: "e3" } },
      },
    },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: {
          n: mkOption({ type: types.str, default: name }),
          l: mkOption({ type: types.listOf(types.str), default: [`d-${name}`] }),
        },
      }));
      run([
        { options: { aa: mkOption({ type: types.attrsOf(types.attrsOf(sub)) }) } },
        { aa: { g1: { e1: {}, e2: { l: mkAfter(["x"]) } }, g2: { e1: { n: mkDefault("dflt") } } } },
        {
          aa: {
            g1: { e2: { l: mkBefore(["y"]) } },
            g2: { e1: { n: mkOverride(1200, "o") }, e3: ({ name }: any) => ({ l: [`fn-${name}`] }) },
          },
        },
      ] as any);
    },
  },
  {
    name: "s11",
    nix: {
      s: {
        a: { first: "A", full: "A L", last: "L" },
        b: { first: "B", full: "B BL", last: "BL" },
        c: { first: "C", full: "C!", last: "L" },
      },
    },
    run: ({ run }) => {
      const sub = types.submodule(({ config }: any) => ({
        options: {
          first: mkOption({ type: types.str }),
          last: mkOption({ type: types.str, default: "L" }),
          full: mkOption({ type: types.str, default: lazy(() => `${config.first} ${config.last}`) }),
        },
      }));
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        {
          s: {
            a: { first: "A" },
            b: { first: "B", last: "BL" },
            c: ({ config }: any) => ({ first: "C", full: lazy(() => config.first + "!") }),
          },
        },
      ] as any);
    },
  },
  {
    name: "s12",
    nix: { s: { x: { a: "x-H", l: ["H"] }, y: { a: "d", l: ["H2"] } } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.str, default: "d" }),
          l: mkOption({ type: types.listOf(types.str), default: [] }),
        },
        imports: [{ _module: { args: { helper: "H" } } }, { config: ({ helper }: any) => ({ l: [helper] }) }],
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        {
          s: {
            x: () => ({ config: ({ helper }: any) => ({ a: `x-${helper}` }) }),
            y: { _module: { args: { helper: mkForce("H2") } } },
          },
        },
      ] as any);
    },
  },
  {
    name: "s13",
    nix: { s: { base: 5, inner: { v: 6 }, list: [{ w: 50 }, { w: 1 }] } },
    run: ({ run }) => {
      run([
        {
          options: {
            s: mkOption({
              type: types.submodule(({ config }: any) => {
                const outer = config;
                return {
                  options: {
                    base: mkOption({ type: types.int, default: 1 }),
                    inner: mkOption({
                      type: types.submodule({
                        options: { v: mkOption({ type: types.int, default: lazy(() => outer.base + 1) }) },
                      }),
                      default: {},
                    }),
                    list: mkOption({
                      type: types.listOf(
                        types.submodule({
                          options: { w: mkOption({ type: types.int, default: lazy(() => outer.base * 10) }) },
                        }),
                      ),
                      default: [{}],
                    }),
                  },
                };
              }),
              default: {},
            }),
          },
        },
        { s: { base: 5, list: [{}, { w: 1 }] } },
      ] as any);
    },
  },
  {
    name: "s14",
    nix: { s: { x: { l: ["m", "x"] }, y: { l: ["o", "m"] } } },
    run: ({ run }) => {
      const m = { key: "shared", l: ["m"] };
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
        imports: [m],
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        {
          s: { x: () => ({ imports: [m], l: ["x"] }), y: () => ({ imports: [{ key: "other", l: ["o"] }] }) },
        },
        { s: { x: () => ({ imports: [{ key: "shared", l: ["dup"] }] }) } },
      ] as any);
    },
  },
  {
    name: "s15",
    nix: { s: { x: { a: 3, b: 4 }, y: { a: 10, b: 11 } } },
    run: ({ run }) => {
      const sub = types.submodule([
        { options: { a: mkOption({ type: types.int, default: 1 }) } },
        ({ config }: any) => ({
          options: { b: mkOption({ type: types.int, default: lazy(() => config.a + 1) }) },
        }),
        { config: { a: mkDefault(3) } },
      ]);
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { x: {}, y: { a: 10 } } },
      ] as any);
    },
  },
  {
    name: "s16",
    nix: failed,
    kind: "module",
    run: ({ run }) => {
      const sub = types.submodule({
        _module: { check: false },
        options: { a: mkOption({ type: types.int, default: 1 }) },
      });
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(sub) }) } }, { s: { x: { a: 2, b: 3 } } }] as any,
        (r: any) => r.s,
      );
    },
  },
  {
    name: "s16b",
    nix: { x: { a: 2 } },
    run: ({ run }) => {
      const sub = types.submodule({
        config: { _module: { check: false } },
        options: { a: mkOption({ type: types.int, default: 1 }) },
      });
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(sub) }) } }, { s: { x: { a: 2, b: 3 } } }] as any,
        (r: any) => r.s,
      );
    },
  },
  {
    name: "s17",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.attrsOf(
                  types.submodule(({ name }: any) => ({
                    options: { n: mkOption({ default: name }), m: mkOption({ default: "m" }) },
                  })),
                ),
              }),
            },
          },
          { s: { a: {} } },
          {
            config: ({ config }: any) => ({
              s: {
                b: { m: lazy(() => config.s.a.n + "-from-a") },
                c: mkIf(() => config.s.a.m === "m", { m: "c" }),
              },
            }),
          },
        ] as any,
        (r: any) => r.s,
      );
    },
  },
  {
    name: "s18",
    nix: { s: [{ a: 1 }], t: [{ a: 2 }] },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run([
        {
          options: {
            s: mkOption({ type: types.listOf(sub), default: [{ a: 1 }] }),
            t: mkOption({ type: types.listOf(sub), default: [{ a: 1 }] }),
          },
        },
        { t: mkAfter([{ a: 2 }]) },
      ] as any);
    },
  },
  {
    name: "s19",
    nix: { s: { x: { ex: "shorthand-as-module", n: "x" }, y: { ex: "cfg", n: "y" } } },
    run: ({ run }) => {
      const sub = types.submoduleWith({
        modules: [
          ({ name }: any) => ({
            options: { n: mkOption({ default: name }), ex: mkOption({ type: types.str, default: "e" }) },
          }),
        ],
        shorthandOnlyDefinesConfig: false,
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { x: { ex: "shorthand-as-module" }, y: { config: { ex: "cfg" }, _file: "somefile" } } },
      ] as any);
    },
  },
  {
    name: "s20",
    nix: { s: { x: { a: 0, b: 5, d: 4 }, y: { a: 1, e: 9 } } },
    run: ({ run }) => {
      const sub = types.submodule({
        freeformType: types.attrsOf(types.int),
        options: { a: mkOption({ type: types.int, default: 0 }) },
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { x: { b: 1, c: mkIf(false, 2) }, y: { a: mkForce(1) } } },
        { s: { x: { b: mkForce(5), d: mkDefault(3) }, y: { e: 9 } } },
        { s: { x: { d: 4 } } },
      ] as any);
    },
  },
  {
    name: "t01",
    nix: { a: { x: 1, z: 3 }, e: 1, l: [0, 1] },
    run: ({ run }) => {
      run([
        {
          options: {
            e: mkOption({ type: types.either(types.int, types.str) }),
            l: mkOption({ type: types.either(types.listOf(types.int), types.attrsOf(types.int)) }),
            a: mkOption({ type: types.either(types.listOf(types.int), types.attrsOf(types.int)) }),
          },
        },
        { e: 1, l: [1], a: { x: 1, y: mkIf(false, 2) } },
        { e: 1, l: mkBefore([0, mkIf(false, 5)]), a: { z: mkDefault(3) } },
      ] as any);
    },
  },
  {
    name: "t01b",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([
        {
          options: { l: mkOption({ type: types.either(types.listOf(types.int), types.attrsOf(types.int)) }) },
        },
        { l: [1] },
        { l: { a: 1 } },
      ] as any);
    },
  },
  {
    name: "t01c",
    nix: { e: "s" },
    run: ({ run }) => {
      run([
        { options: { e: mkOption({ type: types.either(types.int, types.str) }) } },
        { e: 1 },
        { e: mkForce("s") },
      ] as any);
    },
  },
  {
    name: "t02",
    nix: { e: { a: 1, b: 2 }, e2: { a: 2, b: 3 }, e3: { x: 1, y: { a: 1, b: 2 } } },
    run: ({ run }) => {
      const sa = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      });
      run([
        {
          options: {
            e: mkOption({ type: types.either(types.str, sa) }),
            e2: mkOption({ type: types.either(sa, types.listOf(types.str)) }),
            e3: mkOption({ type: types.attrsOf(types.either(types.int, sa)) }),
          },
        },
        { e: { a: 1 }, e2: { a: 2 }, e3: { x: 1, y: { a: 1 } } },
        { e: { b: 2 }, e2: { b: 3 }, e3: { y: { b: mkForce(2) } } },
      ] as any);
    },
  },
  {
    name: "t02b",
    nix: { e: { a: 1 }, f: { a: 1 } },
    run: ({ run }) => {
      const sa = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run([
        {
          options: {
            e: mkOption({ type: types.either(types.attrsOf(types.int), sa) }),
            f: mkOption({ type: types.either(sa, types.attrsOf(types.int)) }),
          },
        },
        { e: { a: 1 }, f: { a: 1 } },
      ] as any);
    },
  },
  {
    name: "t02c",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const sa = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run([
        { options: { f: mkOption({ type: types.either(sa, types.attrsOf(types.int)) }) } },
        { f: { b: 1 } },
      ] as any);
    },
  },
  {
    name: "t03",
    nix: { o: { a: 1, b: 2 }, p: "s", q: "l2\nl1" },
    run: ({ run }) => {
      run([
        {
          options: {
            o: mkOption({
              type: types.oneOf([types.int, types.listOf(types.int), types.attrsOf(types.int)]),
            }),
            p: mkOption({ type: types.oneOf([types.bool, types.str, types.int]) }),
            q: mkOption({ type: types.oneOf([types.lines, types.listOf(types.str)]) }),
          },
        },
        { o: { a: 1 }, p: "s", q: "l1" },
        { o: { b: 2 }, p: "s", q: "l2" },
      ] as any);
    },
  },
  {
    name: "t04",
    nix: { c: ["2", "x", "1"], d: "first\nc\na\nb\nz" },
    run: ({ run }) => {
      run([
        {
          options: {
            c: mkOption({
              type: types.coercedTo(types.int, (x: number) => [String(x)], types.listOf(types.str)),
            }),
            d: mkOption({
              type: types.coercedTo(types.listOf(types.str), (l: string[]) => l.join("\n"), types.lines),
            }),
          },
        },
        { c: 1, d: ["a", "b"] },
        { c: ["x"], d: "c" },
        { c: mkBefore(2), d: mkAfter(["z"]) },
        { c: mkIf(false, 3), d: mkBefore("first") },
      ] as any);
    },
  },
  {
    name: "t04b",
    nix: { c: { v: "a", w: "b" } },
    run: ({ run }) => {
      run([
        {
          options: {
            c: mkOption({
              type: types.coercedTo(types.str, (s: string) => ({ v: s }), types.attrsOf(types.str)),
            }),
          },
        },
        { c: "a" },
        { c: { w: "b" } },
      ] as any);
    },
  },
  {
    name: "t04c",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([
        { options: { c: mkOption({ type: types.coercedTo(types.int, (x: number) => x, types.str) }) } },
        { c: 5 },
      ] as any);
    },
  },
  {
    name: "t04d",
    nix: { c: [["a"], ["b"]] },
    run: ({ run }) => {
      run([
        {
          options: {
            c: mkOption({
              type: types.listOf(types.coercedTo(types.str, (s: string) => [s], types.listOf(types.str))),
            }),
          },
        },
        { c: ["a", ["b", mkIf(false, "x")]] },
      ] as any);
    },
  },
  {
    name: "t05",
    nix: { a: { v: 2 }, b: {}, hasY: true, w: 5, x: 1, z: 4 },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              la: mkOption({ type: types.lazyAttrsOf(types.int) }),
              ls: mkOption({
                type: types.lazyAttrsOf(types.submodule({ options: { v: mkOption({ default: 1 }) } })),
              }),
            },
          },
          {
            la: { x: mkIf(true, 1), y: mkIf(false, 2), z: mkMerge([mkIf(false, 3), mkDefault(4)]) },
            ls: { a: mkIf(true, { v: 2 }), b: mkIf(false, { v: 3 }) },
          },
          { la: mkIf(true, { w: 5 }) },
        ] as any,
        (r: any) => ({ x: r.la.x, z: r.la.z, w: r.la.w, hasY: "y" in r.la, a: r.ls.a, b: r.ls.b }),
      );
    },
  },
  {
    name: "t06",
    nix: { e: "wyx", l: "b\na\nc", m: "md", s: "first;m;z" },
    run: ({ run }) => {
      run([
        {
          options: {
            l: mkOption({ type: types.lines, default: "def" }),
            m: mkOption({ type: types.lines, default: "def" }),
            s: mkOption({ type: types.separatedString(";") }),
            e: mkOption({ type: types.separatedString("") }),
          },
        },
        { l: "a", m: mkDefault("md"), s: mkAfter("z"), e: "x" },
        { l: mkBefore("b"), s: "m", e: mkBefore("w") },
        { l: mkAfter("c"), s: mkOrder(10, "first"), e: "y" },
        { l: mkDefault("dropped") },
      ] as any);
    },
  },
  {
    name: "t06b",
    nix: { c: "y,x", l: "b\na" },
    run: ({ run }) => {
      run([
        { options: { l: mkOption({ type: types.lines }), c: mkOption({ type: types.commas }) } },
        {
          options: {
            l: mkOption({ type: types.separatedString("\n") }),
            c: mkOption({ type: types.commas }),
          },
        },
        { l: "a", c: "x" },
        { l: "b", c: "y" },
      ] as any);
    },
  },
  {
    name: "t07",
    nix: { u: 2, v: [1], w: { a: 1 } },
    run: ({ run }) => {
      run([
        {
          options: {
            u: mkOption({ type: types.uniq(types.int) }),
            v: mkOption({ type: types.uniq(types.listOf(types.int)) }),
            w: mkOption({ type: types.unique({ message: "only one" }, types.attrsOf(types.int)) }),
          },
        },
        { u: mkDefault(1), v: [1, mkIf(false, 2)], w: { a: 1, b: mkIf(false, 2) } },
        { u: 2, v: mkIf(false, [3]) },
      ] as any);
    },
  },
  {
    name: "t07b",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run([
        { options: { v: mkOption({ type: types.uniq(types.listOf(types.int)) }) } },
        { v: [1] },
        { v: [1] },
      ] as any);
    },
  },
  {
    name: "t07c",
    nix: { a: { x: 1, y: 4, z: 3 } },
    run: ({ run }) => {
      run([
        { options: { a: mkOption({ type: types.attrsOf(types.uniq(types.int)) }) } },
        { a: { x: 1, y: 2 } },
        { a: { z: 3, y: mkForce(4) } },
      ] as any);
    },
  },
  {
    name: "t08",
    nix: { e: "c", f: "1", g: "y" },
    run: ({ run }) => {
      run([
        {
          options: {
            e: mkOption({ type: types.enum(["a", "b"]) }),
            f: mkOption({ type: types.enum([true, 1, "1"]) }),
            g: mkOption({ type: types.enum(["x"]) }),
          },
        },
        { options: { e: mkOption({ type: types.enum(["c"]) }), g: mkOption({ type: types.enum(["y"]) }) } },
        { e: "c", f: "1", g: "x" },
        { e: "c", f: "1", g: mkForce("y") },
      ] as any);
    },
  },
  {
    name: "t08b",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { f: mkOption({ type: types.enum([true, 1, "1"]) }) } }, { f: 2 }] as any);
    },
  },
  {
    name: "t09",
    nix: { b: 5, p: 1, po: 0, s8: -128, u: 0, u8: 255 },
    run: ({ run }) => {
      run([
        {
          options: {
            b: mkOption({ type: types.ints.between(1, 5) }),
            u: mkOption({ type: types.ints.unsigned }),
            p: mkOption({ type: types.ints.positive }),
            po: mkOption({ type: types.port }),
            s8: mkOption({ type: types.ints.s8 }),
            u8: mkOption({ type: types.ints.u8 }),
          },
        },
        { b: 5, u: 0, p: 1, po: 0, s8: -128, u8: 255 },
        { b: 5, u: mkDefault(3), po: 0 },
      ] as any);
    },
  },
  {
    name: "t09b",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { p: mkOption({ type: types.ints.positive }) } }, { p: 0 }] as any, (r: any) => r.p);
    },
  },
  {
    name: "t09c",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { p: mkOption({ type: types.port }) } }, { p: 65536 }] as any, (r: any) => r.p);
    },
  },
  {
    name: "t09d",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [{ options: { p: mkOption({ type: types.ints.between(1, 5) }) } }, { p: 3 }, { p: 4 }] as any,
        (r: any) => r.p,
      );
    },
  },
  {
    name: "t09e",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { p: mkOption({ type: types.ints.s8 }) } }, { p: 128 }] as any, (r: any) => r.p);
    },
  },
  {
    name: "t10",
    nix: { a: "\t a", b: "", c: "x" },
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({ type: types.nonEmptyStr }),
            b: mkOption({ type: types.str }),
            c: mkOption({ type: types.nonEmptyStr }),
          },
        },
        { a: "\t a", b: "", c: "x" },
        { c: "x" },
      ] as any);
    },
  },
  {
    name: "t10b",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { a: mkOption({ type: types.nonEmptyStr }) } }, { a: " \n" }] as any, (r: any) => r.a);
    },
  },
  {
    name: "t10c",
    nix: "\r",
    run: ({ run }) => {
      run([{ options: { a: mkOption({ type: types.nonEmptyStr }) } }, { a: "\r" }] as any, (r: any) => r.a);
    },
  },
  {
    name: "t11",
    nix: { m: "ab-cd", n: "b", o: "x.nix" },
    run: ({ run }) => {
      run([
        {
          options: {
            m: mkOption({ type: types.strMatching("[a-z]+(-[a-z]+)*") }),
            n: mkOption({ type: types.strMatching("a|b") }),
            o: mkOption({ type: types.strMatching(".*\\.nix") }),
          },
        },
        { m: "ab-cd", n: "b", o: "x.nix" },
      ] as any);
    },
  },
  {
    name: "t11b",
    nix: "abc",
    run: ({ run }) => {
      run(
        [{ options: { m: mkOption({ type: types.strMatching("[[:alpha:]]+") }) } }, { m: "abc" }] as any,
        (r: any) => r.m,
      );
    },
  },
  {
    name: "t11c",
    nix: "a\nc",
    run: ({ run }) => {
      run(
        [{ options: { m: mkOption({ type: types.strMatching("a.c") }) } }, { m: "a\nc" }] as any,
        (r: any) => r.m,
      );
    },
  },
  {
    name: "t11d",
    nix: "123",
    run: ({ run }) => {
      run(
        [{ options: { m: mkOption({ type: types.strMatching("[0-9]{2,3}") }) } }, { m: "123" }] as any,
        (r: any) => r.m,
      );
    },
  },
  {
    name: "t12",
    nix: { b: true, c: true },
    run: ({ run }) => {
      run([
        { options: { b: mkOption({ type: types.bool }), c: mkOption({ type: types.bool, default: false }) } },
        { b: true, c: mkDefault(true) },
        { b: mkDefault(false) },
      ] as any);
    },
  },
  {
    name: "t12b",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [{ options: { b: mkOption({ type: types.bool }) } }, { b: true }, { b: false }] as any,
        (r: any) => r.b,
      );
    },
  },
  {
    name: "t13",
    nix: { an: { a: { b: 10, c: "x", d: { e: true, f: 2 } }, l: [1, 2], n: null, s: "x" } },
    run: ({ run }) => {
      run([
        { options: { an: mkOption({ type: types.anything }) } },
        { an: { a: { b: 1 }, s: "x", n: null, l: [1, 2] } },
        { an: { a: { c: "x", d: { e: true } }, s: "x", n: null } },
        { an: { a: { d: { f: mkIf(true, 2), g: mkIf(false, 3) }, b: mkForce(10) } } },
      ] as any);
    },
  },
  {
    name: "t13b",
    nix: {
      l: [
        1,
        { _type: "if", condition: false, content: 2 },
        { a: { _type: "if", condition: true, content: 3 } },
      ],
    },
    run: ({ run }) => {
      run(
        [
          { options: { an: mkOption({ type: types.anything }) } },
          { an: { l: [1, mkIf(false, 2), { a: mkIf(true, 3) }] } },
        ] as any,
        (r: any) => r.an,
      );
    },
  },
  {
    name: "t13c",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { options: { an: mkOption({ type: types.anything }) } },
          { an: { x: 1 } },
          { an: { x: "1" } },
        ] as any,
        (r: any) => r.an,
      );
    },
  },
  {
    name: "t13d",
    nix: { a: 1, b: 2, l: [1] },
    run: ({ run }) => {
      run(
        [
          { options: { an: mkOption({ type: types.anything }) } },
          { an: { f: (x: number) => ({ a: x, l: [x] }) } },
          { an: { f: (x: number) => ({ b: x + 1 }) } },
        ] as any,
        (r: any) => r.an.f(1),
      );
    },
  },
  {
    name: "t13e",
    nix: [1],
    run: ({ run }) => {
      run(
        [{ options: { an: mkOption({ type: types.anything }) } }, { an: [1] }, { an: [1] }] as any,
        (r: any) => r.an,
      );
    },
  },
  {
    name: "t14",
    nix: { aa: { a: { x: 1, y: 2 }, k: 1 }, at: { a: { x: 1 }, k: 1 } },
    run: ({ run }) => {
      run([
        {
          options: {
            at: mkOption({ type: types.attrs }),
            aa: mkOption({ type: types.attrsOf(types.anything) }),
          },
        },
        { at: { a: { x: 1 }, k: 1 }, aa: { a: { x: 1 }, k: 1 } },
        { at: { a: { y: 2 } }, aa: { a: { y: 2 } } },
      ] as any);
    },
  },
  {
    name: "t14b",
    nix: {
      a: { _type: "if", condition: false, content: 1 },
      b: { _type: "override", content: 2, priority: 50 },
    },
    run: ({ run }) => {
      run(
        [
          { options: { at: mkOption({ type: types.attrs }) } },
          { at: { a: mkIf(false, 1), b: mkForce(2) } },
        ] as any,
        (r: any) => r.at,
      );
    },
  },
  {
    name: "t14c",
    nix: { b: 2, c: 3 },
    run: ({ run }) => {
      run(
        [
          { options: { at: mkOption({ type: types.attrs }) } },
          { at: mkDefault({ a: 1 }) },
          { at: { b: 2 } },
          { at: { c: 3 } },
        ] as any,
        (r: any) => r.at,
      );
    },
  },
  {
    name: "t15",
    nix: { a: { _type: "if", condition: false, content: 1 }, f: 5, r2: { x: 2 } },
    run: ({ run }) => {
      run(
        [
          { options: { r: mkOption({ type: types.raw }), r2: mkOption({ type: types.raw }) } },
          { r: { a: mkIf(false, 1), f: (x: number) => x }, r2: mkDefault(1) },
          { r2: { x: 2 } },
        ] as any,
        (r: any) => ({ a: r.r.a, f: r.r.f(5), r2: r.r2 }),
      );
    },
  },
  {
    name: "t15b",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run([{ options: { r: mkOption({ type: types.raw }) } }, { r: 1 }, { r: 1 }] as any, (r: any) => r.r);
    },
  },
  {
    name: "t16",
    nix: { u: [0, { _type: "if", condition: false, content: 5 }, 1], v: { a: 1, b: { x: 1 } }, w: "bac" },
    run: ({ run }) => {
      run([
        { options: { u: mkOption({}), v: mkOption({ type: types.unspecified }), w: mkOption({}) } },
        { u: [1], v: { a: 1, b: { x: 1 } }, w: "a" },
        { u: mkBefore([0]), v: { b: { y: 2 } }, w: "b" },
        { u: [mkIf(false, 5)], w: mkAfter("c") },
      ] as any);
    },
  },
  {
    name: "t17",
    nix: { f: { a: [20, 2] }, g1: { p: 1, r: 1 }, g2: { p: 2, q: 1, r: 2 }, h1: [101, 1], h2: [102, 2, 0] },
    run: ({ run }) => {
      const sa = types.submodule({
        options: { a: mkOption({ type: types.listOf(types.int), default: [] }) },
      });
      run(
        [
          {
            options: {
              f: mkOption({ type: types.functionTo(sa) }),
              g: mkOption({ type: types.functionTo(types.attrsOf(types.int)) }),
              h: mkOption({ type: types.functionTo(types.listOf(types.int)) }),
            },
          },
          {
            f: (x: number) => ({ a: [x] }),
            g: (x: number) => ({ p: x, q: mkIf(x > 1, 1) }),
            h: (x: number) => mkMerge([[x], mkIf(x > 1, [0])]),
          },
          {
            f: (x: number) => ({ a: mkBefore([x * 10]) }),
            g: (x: number) => ({ r: mkDefault(x) }),
            h: (x: number) => mkBefore([x + 100]),
          },
        ] as any,
        (r: any) => ({ f: r.f(2), g1: r.g(1), g2: r.g(2), h1: r.h(1), h2: r.h(2) }),
      );
    },
  },
  {
    name: "t17b",
    nix: 2,
    run: ({ run }) => {
      run(
        [
          { options: { f: mkOption({ type: types.functionTo(types.int) }) } },
          { f: (x: number) => x },
          { f: (x: number) => mkForce(x + 1) },
        ] as any,
        (r: any) => r.f(1),
      );
    },
  },
  {
    name: "t18",
    nix: { m: { a: null, b: [2, 1], d: [3] }, n: "s" },
    run: ({ run }) => {
      run([
        {
          options: {
            n: mkOption({ type: types.nullOr(types.either(types.int, types.str)), default: null }),
            m: mkOption({ type: types.attrsOf(types.nullOr(types.listOf(types.int))) }),
          },
        },
        { n: "s", m: { a: null, b: [1], c: mkIf(false, null), d: null } },
        { m: { b: [2], d: mkForce([3]), a: null } },
      ] as any);
    },
  },
  {
    name: "t19",
    nix: { e: "auto", l: [4, 1, { a: 2 }, { a: 0 }] },
    run: ({ run }) => {
      const sa = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run([
        {
          options: {
            l: mkOption({ type: types.listOf(types.either(types.int, sa)) }),
            e: mkOption({ type: types.either(types.enum(["auto"]), types.ints.positive) }),
          },
        },
        { l: [1, { a: 2 }, {}], e: "auto" },
        { l: [mkIf(false, 3), 4] },
      ] as any);
    },
  },
  {
    name: "t20",
    nix: { e: ["b", "a"], f: "b\na" },
    run: ({ run }) => {
      run([
        {
          options: {
            e: mkOption({ type: types.either(types.str, types.listOf(types.str)) }),
            f: mkOption({ type: types.either(types.lines, types.listOf(types.str)) }),
          },
        },
        { e: ["a"], f: "a" },
        { e: ["b"], f: "b" },
      ] as any);
    },
  },
  {
    name: "t20b",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { options: { e: mkOption({ type: types.either(types.str, types.listOf(types.str)) }) } },
          { e: "a" },
          { e: "b" },
        ] as any,
        (r: any) => r.e,
      );
    },
  },
  {
    name: "tm10",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [
          { options: { s: mkOption({ type: types.nonEmptyStr }) } },
          { options: { s: mkOption({ type: types.nonEmptyStr }) } },
          { s: "" },
        ] as any,
        (r: any) => r.s,
      );
    },
  },
  {
    name: "w01",
    nix: { one: { x: { a: 1, l: ["e1", "t"] } }, two: { x: { a: 0, l: ["e2"] }, y: { a: 0, l: ["t"] } } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          l: mkOption({ type: types.listOf(types.str), default: [] }),
        },
        config: { l: ["t"] },
      });
      const decl = { options: { s: mkOption({ type: types.attrsOf(sub) }) } };
      run([], () => {
        const e1 = evalModules({ modules: [decl, { s: { x: { a: 1, l: mkBefore(["e1"]) } } }] as any });
        const e2 = evalModules({ modules: [decl, { s: { x: { l: mkForce(["e2"]) }, y: {} } }] as any });
        return { one: e1.config.s, two: e2.config.s };
      });
    },
  },
  {
    name: "w02",
    nix: { one: { x: { a: "x" } }, two: { x: { a: "X", b: 1 }, y: { a: "Y", b: 1 } } },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: { a: mkOption({ type: types.str, default: name }) },
      }));
      run([], () => {
        const e = evalModules({
          modules: [{ options: { s: mkOption({ type: types.attrsOf(sub) }) } }, { s: { x: {} } }] as any,
        });
        const e2 = e.extendModules({
          modules: [
            { s: { y: { a: "Y" }, x: { a: mkForce("X") } } },
            {
              options: {
                s: mkOption({
                  type: types.attrsOf(types.submodule({ options: { b: mkOption({ default: 1 }) } })),
                }),
              },
            },
          ],
        });
        return { one: e.config.s, two: e2.config.s };
      });
    },
  },
  {
    name: "w03",
    nix: { s: { x: { a: 0 } }, t: [{ a: 0 }], u: { x: { a: 3 }, y: { a: 4 } } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run([], () => {
        const e = evalModules({
          modules: [
            {
              options: {
                s: mkOption({ type: types.attrsOf(sub) }),
                t: mkOption({ type: types.listOf(sub) }),
              },
            },
            { s: { x: {} }, t: [{}] },
          ] as any,
        }).config;
        const f = evalModules({
          modules: [
            { options: { u: mkOption({ type: types.attrsOf(sub) }) } },
            { u: { x: { a: 3 }, y: () => ({ a: 4 }) } },
          ] as any,
        }).config;
        return { s: e.s, t: e.t, u: f.u };
      });
    },
  },
  {
    name: "x01",
    nix: {
      li: [
        { a: 3, l: ["t"] },
        { a: 0, l: ["t", "li"] },
      ],
      one: { a: 2, l: ["t", "o"] },
      s: {
        w: { a: 0, l: ["t", "w"] },
        x: { a: 1, l: ["t", "x2"] },
        y: { a: 0, l: ["t", "y"] },
        z: { a: 0, l: ["zf"] },
      },
    },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          l: mkOption({ type: types.listOf(types.str), default: ["d"] }),
        },
        config: { l: mkBefore(["t"]) },
      });
      run([
        {
          options: {
            s: mkOption({ type: types.attrsOf(sub) }),
            one: mkOption({ type: sub }),
            li: mkOption({ type: types.listOf(sub) }),
          },
        },
        {
          s: { x: { a: 1 }, y: mkIf(true, { l: ["y"] }), z: { l: mkForce(["zf"]) } },
          one: { a: 2 },
          li: [{ a: 3 }, mkIf(true, { l: ["li"] })],
        },
        { s: { x: { l: ["x2"] }, w: ({ name }: any) => ({ l: [name] }) }, one: mkMerge([{ l: ["o"] }]) },
      ] as any);
    },
  },
  {
    name: "x02",
    nix: { base: 200, s: { x: { a: 201, b: 7 }, y: { a: 7, b: 0 } } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      });
      run([
        ({ config }: any) => ({
          options: {
            s: mkOption({ type: types.attrsOf(sub) }),
            base: mkOption({ type: types.int, default: 100 }),
          },
          config: {
            s: {
              x: {
                get a() {
                  return config.base + 1;
                },
                get b() {
                  return config.s.y.a;
                },
              },
            },
          },
        }),
        { s: { y: { a: 7 } }, base: 200 },
      ] as any);
    },
  },
  {
    name: "x03",
    nix: {
      s: {
        v: { a: "V", n: 0 },
        w: { a: "fn-w", n: 0 },
        x: { a: "x", n: 5 },
        y: { a: "y", n: 1 },
        z: { a: "z", n: 2 },
      },
    },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: {
          a: mkOption({ type: types.str, default: name }),
          n: mkOption({ type: types.int, default: 0 }),
        },
      }));
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { x: {}, y: { n: 1 }, z: { n: mkIf(true, 2) } } },
        {
          s: { x: { n: mkDefault(5) }, w: ({ name }: any) => ({ a: `fn-${name}` }), v: { a: mkForce("V") } },
        },
      ] as any);
    },
  },
  {
    name: "x03b",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: { a: mkOption({ type: types.str, default: name }) },
      }));
      run([{ options: { s: mkOption({ type: types.attrsOf(sub) }) } }, { s: { x: {}, y: { b: 1 } } }] as any);
    },
  },
  {
    name: "x04",
    nix: {
      s: {
        w: { a: 0, b: "b", r: "true/1500/1" },
        x: { a: 0, b: "b", r: "true/1500/1" },
        y: { a: 1, b: "b", r: "true/100/1" },
        z: { a: 2, b: "b", r: "true/1000/1" },
      },
    },
    run: ({ run }) => {
      const sub = types.submodule(({ config, options }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.str, default: "b" }),
          r: mkOption({
            type: types.str,
            default: lazy(
              () => `${options.a.isDefined}/${options.a.highestPrio}/${options.b.definitions.length}`,
            ),
          }),
        },
      }));
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { x: {}, y: { a: 1 }, z: { a: mkDefault(2) }, w: { b: mkIf(false, "no") } } },
      ] as any);
    },
  },
  {
    name: "x05",
    nix: {
      d: [
        { e: [{ t: [], v: 9 }] },
        {
          a: [
            { t: [], v: 1 },
            { t: ["x"], v: 0 },
          ],
        },
        { c: [{ t: [], v: 0 }] },
      ],
    },
    run: ({ run }) => {
      run([
        {
          options: {
            d: mkOption({
              type: types.listOf(
                types.attrsOf(
                  types.listOf(
                    types.submodule({
                      options: {
                        v: mkOption({ type: types.int, default: 0 }),
                        t: mkOption({ type: types.listOf(types.str), default: [] }),
                      },
                    }),
                  ),
                ),
              ),
            }),
          },
        },
        {
          d: [
            { a: [{ v: 1 }, { t: mkBefore(["x"]) }], b: mkIf(false, [{}]) },
            mkIf(true, { c: mkForce([{}]) }),
          ],
        },
        { d: mkBefore([{ e: mkDefault([{ v: 9 }]) }]) },
      ] as any);
    },
  },
  {
    name: "x06",
    nix: { s: { x: { l: ["forced"] }, y: { l: ["vm"] }, z: { l: ["forced"] } } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
        config: { l: mkForce(["forced"]) },
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { x: { l: ["e"] }, y: { l: mkOverride(10, ["vm"]) }, z: {} } },
      ] as any);
    },
  },
  {
    name: "x07",
    nix: {
      s: {
        x: { ns: { b: 2, deep: { a: ["t", "x", "xa"] } } },
        y: { ns: { b: 1, deep: { a: ["t"] } } },
        z: { ns: { b: 0, deep: { a: ["zb", "t"] } } },
      },
    },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          ns: {
            deep: { a: mkOption({ type: types.listOf(types.str), default: ["d"] }) },
            b: mkOption({ type: types.int, default: 0 }),
          },
        },
        config: { ns: { deep: { a: ["t"] } } },
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        {
          s: {
            x: { ns: { deep: { a: ["x"] } } },
            y: { ns: { b: 1 } },
            z: { ns: { deep: mkIf(true, { a: mkBefore(["zb"]) }) } },
          },
        },
        { s: { x: { ns: mkMerge([{ b: 2 }, mkIf(true, { deep: { a: mkAfter(["xa"]) } })]) } } },
      ] as any);
    },
  },
  {
    name: "x08",
    nix: { c: true, s: { x: { a: 1, b: 2 }, y: { a: 1, b: 0 } } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      });
      run([
        {
          options: {
            s: mkOption({ type: types.attrsOf(sub) }),
            c: mkOption({ type: types.bool, default: true }),
          },
        },
        {
          config: ({ config }: any) => ({
            s: {
              x: mkMerge([() => ({ a: 1 }), { b: 2 }]),
              y: mkIf(
                () => config.c,
                ({ name }: any) => ({ a: name.length }),
              ),
            },
          }),
        },
      ] as any);
    },
  },
  {
    name: "x09",
    nix: {
      enabled: ["alice", "carol"],
      uids: { alice: 1, bob: 2, carol: 3 },
      users: {
        alice: { enable: true, uid: 1 },
        bob: { enable: false, uid: 2 },
        carol: { enable: true, uid: 3 },
      },
    },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: {
          enable: mkOption({ type: types.bool, default: true }),
          uid: mkOption({ type: types.int }),
        },
      }));
      run([
        ({ config }: any) => ({
          options: {
            users: mkOption({ type: types.attrsOf(sub) }),
            enabled: mkOption({ type: types.listOf(types.str) }),
            uids: mkOption({ type: types.attrsOf(types.int) }),
          },
          config: {
            enabled: lazy(() =>
              Object.keys(config.users)
                .sort()
                .filter((n) => config.users[n].enable),
            ),
            uids: lazy(() =>
              Object.fromEntries(Object.entries(config.users).map(([n, u]: any) => [n, u.uid])),
            ),
          },
        }),
        {
          users: {
            alice: { uid: 1 },
            bob: { uid: 2, enable: false },
            carol: mkIf(true, { uid: 3 }),
            dave: mkIf(false, { uid: 4 }),
          },
        },
      ] as any);
    },
  },
  {
    name: "x10",
    nix: { s: { x: { l: ["second"] }, y: { l: ["y"] } } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { x: () => ({ key: "same", l: ["first"] }) } },
        { s: { x: () => ({ key: "same", l: ["second"] }), y: () => ({ l: ["y"] }) } },
      ] as any);
    },
  },
  {
    name: "x11",
    nix: { s: { x: { m: 1 }, y: { l: ["tm"], m: 2 } } },
    run: ({ run }) => {
      const sub = types.submodule({
        imports: [
          {
            key: "tm",
            options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
            config: { l: ["tm"] },
          },
        ],
        options: { m: mkOption({ type: types.int, default: 0 }) },
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { x: () => ({ disabledModules: [{ key: "tm" }], m: 1 }), y: () => ({ m: 2 }) } },
      ] as any);
    },
  },
  {
    name: "x12",
    nix: { s: { x: { l: ["isx"], tag: "dx" }, y: { l: ["y"], tag: "t-y" } } },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        imports: [
          ({ name }: any) => ({ options: { tag: mkOption({ type: types.str, default: `t-${name}` }) } }),
        ],
        options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
        config: { l: mkIf(name === "x", ["isx"]) },
      }));
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { x: { tag: mkDefault("dx") }, y: { l: ["y"] } } },
      ] as any);
    },
  },
  {
    name: "x14",
    nix: { s: { a: { v: 4, w: 0 }, b: { v: 5, w: 0 }, c: { v: 0, w: 50 } } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          v: mkOption({ type: types.int, default: 0 }),
          w: mkOption({ type: types.int, default: 0 }),
        },
      });
      run([
        ({ config }: any) => ({
          options: { s: mkOption({ type: types.attrsOf(sub) }) },
          config: { s: { b: { v: lazy(() => config.s.a.v + 1) }, c: { w: lazy(() => config.s.b.v * 10) } } },
        }),
        { s: { a: { v: 4 } } },
      ] as any);
    },
  },
  {
    name: "x15",
    nix: { s: { x: { a: { p: 3 } }, y: { a: null }, z: { a: null } } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({
            type: types.nullOr(
              types.submodule({ options: { p: mkOption({ type: types.int, default: 1 }) } }),
            ),
            default: null,
          }),
        },
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { x: { a: {} }, y: {}, z: { a: mkDefault({ p: 2 }) } } },
        { s: { z: { a: mkIf(true, null) }, x: { a: { p: 3 } } } },
      ] as any);
    },
  },
  {
    name: "x16",
    nix: { p: { x: { a: 1 }, y: { a: 2 } }, q: { a: 1 }, r: [{ a: 1 }, { a: 5 }] },
    run: ({ run }) => {
      const mk = (extra: number) =>
        types.submodule({ options: { a: mkOption({ type: types.int, default: extra }) } });
      const t1 = mk(1);
      run([
        {
          options: {
            p: mkOption({ type: types.attrsOf(t1) }),
            q: mkOption({ type: t1, default: {} }),
            r: mkOption({ type: types.listOf(t1), default: [{}, { a: 5 }] }),
          },
        },
        { p: { x: {}, y: { a: 2 } } },
      ] as any);
    },
  },
  {
    name: "x17",
    nix: { s: { x: { a: 0 }, y: { a: 0 } } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { x: { a: mkIf(false, 1) } } },
        { s: { x: mkIf(false, { a: 2 }), y: { a: mkMerge([mkIf(false, 1), mkIf(false, 2)]) } } },
      ] as any);
    },
  },
  {
    name: "x18",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int }) } });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { x: { a: mkIf(false, 1) } } },
      ] as any);
    },
  },
  {
    name: "x18b",
    nix: 1,
    run: ({ run }) => {
      const sub = types.submodule({
        options: { a: mkOption({ type: types.int }), b: mkOption({ type: types.int, default: 1 }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
          { s: { x: { a: mkIf(false, 1) } } },
        ] as any,
        (r: any) => r.s.x.b,
      );
    },
  },
  {
    name: "y01",
    nix: failed,
    kind: "read-only",
    run: ({ run }) => {
      run(
        [{ options: { r: mkOption({ type: types.int, readOnly: true, default: 1 }) } }, { r: 2 }] as any,
        (r: any) => r.r,
      );
    },
  },
  {
    name: "y02",
    nix: failed,
    kind: "read-only",
    run: ({ run }) => {
      run(
        [
          { options: { r: mkOption({ type: types.int, readOnly: true, default: 1 }) } },
          { r: mkIf(false, 2) },
        ] as any,
        (r: any) => r.r,
      );
    },
  },
  {
    name: "y03",
    nix: 2,
    run: ({ run }) => {
      run(
        [
          { options: { r: mkOption({ type: types.int, readOnly: true }) } },
          { r: mkMerge([mkDefault(1), 2]) },
        ] as any,
        (r: any) => r.r,
      );
    },
  },
  {
    name: "y04",
    nix: failed,
    kind: "read-only",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              r: mkOption({
                type: types.submodule({
                  options: { a: mkOption({ default: 1 }), b: mkOption({ default: 1 }) },
                }),
                readOnly: true,
              }),
            },
          },
          { r: { a: 2 } },
          { r: { b: 3 } },
        ] as any,
        (r: any) => r.r,
      );
    },
  },
  {
    name: "y05",
    nix: { a: {}, l: [], ne: [] },
    run: ({ run }) => {
      run([
        {
          options: {
            ne: mkOption({ type: types.nonEmptyListOf(types.int) }),
            l: mkOption({ type: types.listOf(types.str), default: ["d"] }),
            a: mkOption({ type: types.attrsOf(types.int), default: {} }),
          },
        },
        { ne: [mkIf(false, 1)], l: mkForce([]), a: mkIf(false, { x: 1 }) },
      ] as any);
    },
  },
  {
    name: "y05b",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run(
        [
          { options: { ne: mkOption({ type: types.nonEmptyListOf(types.int) }) } },
          { ne: mkIf(false, [1]) },
        ] as any,
        (r: any) => r.ne,
      );
    },
  },
  {
    name: "y06",
    nix: { an: [{ a: { _type: "if", condition: false, content: 1 } }], fa: { a: 1, b: 1 }, la: [{ b: 2 }] },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              la: mkOption({ type: types.listOf(types.anything) }),
              an: mkOption({ type: types.anything }),
              fa: mkOption({ type: types.functionTo(types.anything) }),
            },
          },
          { la: [{ a: mkIf(false, 1), b: 2 }], an: [{ a: mkIf(false, 1) }], fa: (x: number) => ({ a: x }) },
          { fa: (x: number) => ({ b: mkIf(x > 0, x) }) },
        ] as any,
        (r: any) => ({ la: r.la, an: r.an, fa: r.fa(1) }),
      );
    },
  },
  {
    name: "y07",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      const sa = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { e: mkOption({ type: types.either(types.int, sa) }) } },
          { e: 1 },
          { e: { a: 1 } },
        ] as any,
        (r: any) => r.e,
      );
    },
  },
  {
    name: "y08",
    nix: { a: { w: "4", x: "1", y: "s" } },
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({
              type: types.attrsOf(types.coercedTo(types.int, (x: number) => String(x), types.str)),
            }),
          },
        },
        { a: { x: mkIf(true, 1), y: "s", z: mkIf(false, 2), w: mkDefault(3) } },
        { a: { w: mkForce(4) } },
      ] as any);
    },
  },
  {
    name: "y09",
    nix: { l: ["on", "direct"] },
    run: ({ run }) => {
      const imp = { l: ["on"] },
        imp2 = { l: ["off"] };
      run(
        [
          { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } },
          ({ flag }: any) => ({ imports: flag ? [imp] : [imp2] }),
          ({ flag }: any) => ({ l: flag ? ["direct"] : [] }),
        ] as any,
        (r: any) => r,
        { flag: true },
      );
    },
  },
  {
    name: "z02",
    nix: { l: ["special", "b"] },
    run: ({ run }) => {
      run(
        [
          { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } },
          { _module: { args: { foo: "modargs", bar: "b" } } },
          { config: ({ foo, bar }: any) => ({ l: [foo, bar] }) },
        ] as any,
        (r: any) => r,
        { foo: "special" },
      );
    },
  },
  {
    name: "z03",
    nix: { s: { x: { l: ["d1", "d2"], n: 2 }, y: { l: ["y"], n: 1 } } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          l: mkOption({ type: types.listOf(types.str), default: [] }),
          n: mkOption({ type: types.int, default: 0 }),
        },
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { x: mkOverride(1000, { l: ["d1"] }), y: mkDefault({ n: 1 }) } },
        { s: { x: mkDefault({ l: ["d2"], n: 2 }), y: mkDefault({ n: 1, l: ["y"] }) } },
      ] as any);
    },
  },
  {
    name: "z04",
    nix: { a: "a", f: "2", h: "h" },
    run: ({ run }) => {
      const sub = types.submodule({
        freeformType: types.lazyAttrsOf(types.str),
        options: { a: mkOption({ type: types.str, default: "a" }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
          { s: { x: { f: "1", g: mkIf(false, "no") } } },
          { s: { x: { f: mkForce("2"), h: mkDefault("h") } } },
        ] as any,
        (r: any) => ({ f: r.s.x.f, h: r.s.x.h, a: r.s.x.a }),
      );
    },
  },
  {
    name: "z05",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      run([
        {
          freeformType: types.attrsOf(types.anything),
          options: { declared: mkOption({ type: types.int, default: 1 }) },
        },
        { config: ({ config }: any) => ({ derived: lazy(() => config.base + config.declared) }) },
        { base: 10, nested: { deep: { x: 1 } } },
        { nested: { deep: { y: 2 } }, declared: 5 },
      ] as any);
    },
  },
  {
    name: "z05b",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      run([
        { freeformType: types.attrsOf(types.int) },
        { config: ({ config }: any) => ({ b: lazy(() => config.a) }) },
        { a: 1 },
      ] as any);
    },
  },
  {
    name: "z05d",
    nix: { a: 1, b: 1 },
    run: ({ run }) => {
      run([
        { freeformType: types.lazyAttrsOf(types.int) },
        { config: ({ config }: any) => ({ b: lazy(() => config.a) }) },
        { a: 1 },
      ] as any);
    },
  },
  {
    name: "z06",
    nix: { s: { a: { all: ["a", "b", "c"], deps: ["b", "c"] }, b: { all: ["b"], deps: [] } } },
    run: ({ run }) => {
      const sub = types.submodule(({ name, config }: any) => ({
        options: {
          deps: mkOption({ type: types.listOf(types.str), default: [] }),
          all: mkOption({ type: types.listOf(types.str), readOnly: true }),
        },
        config: { all: lazy(() => [name, ...config.deps]) },
      }));
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { a: { deps: ["b"] }, b: {} } },
        { s: { a: { deps: mkAfter(["c"]) } } },
      ] as any);
    },
  },
  {
    name: "z07",
    nix: failed,
    kind: "read-only",
    run: ({ run }) => {
      const sub = types.submodule(({ name, config }: any) => ({
        options: { all: mkOption({ type: types.listOf(types.str), readOnly: true }) },
        config: { all: [name] },
      }));
      run([{ options: { s: mkOption({ type: types.attrsOf(sub) }) } }, { s: { a: { all: ["x"] } } }] as any);
    },
  },
];

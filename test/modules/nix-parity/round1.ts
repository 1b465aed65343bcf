// @ts-nocheck: modules transcribed from Nix, some ill-typed on purpose (a type error is what is compared).
/**
 * Compared with Nix, round 1: list order through imports and mkOrder, submodule elements defined by several modules or by
 * functions, priorities, either/coercedTo/lazyAttrsOf/functionTo/uniq, freeform types, disabledModules.
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
  canonicalJson,
} from "../../../src/modules/index.ts";
import { failed, type Scenario } from "./scenario.ts";
export const round1: Scenario[] = [
  {
    name: "c01",
    nix: ["a11", "a1", "b1", "c", "a", "b"],
    run: ({ run }) => {
      const decl = { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const a = {
        key: "a",
        l: ["a"],
        imports: [{ key: "a1", l: ["a1"], imports: [{ key: "a11", l: ["a11"] }] }],
      };
      const b = { key: "b", l: ["b"], imports: [a, { key: "b1", l: ["b1"] }] };
      run([decl, b, a, { key: "c", l: ["c"], imports: [b] }], (c) => c.l);
    },
  },
  {
    name: "c02",
    nix: [6, 8, 4, 11, 10, 13, 7, 5, 1, 12, 2],
    run: ({ run }) => {
      const decl = { options: { l: mkOption({ type: types.listOf(types.int), default: [0] }) } };
      run(
        [
          decl,
          { l: mkMerge([[1], mkAfter([2]), mkIf(false, [3]), mkBefore([4])]) },
          { l: mkMerge([[5], mkOrder(400, [6]), mkOrder(700, [11])]) },
          { l: mkIf(true, mkMerge([[7], mkBefore([8])])) },
          { l: mkMerge([mkIf(false, mkBefore([9])), [10], mkMerge([mkAfter([12]), [13]])]) },
        ],
        (c) => c.l,
      );
    },
  },
  {
    name: "c03",
    nix: { l: [4, 3], m: [3, 4], n: [0, 1] },
    run: ({ run }) => {
      const decl = {
        options: {
          l: mkOption({ type: types.listOf(types.int), default: [0] }),
          m: mkOption({ type: types.listOf(types.int) }),
          n: mkOption({ type: types.listOf(types.int), default: [0] }),
        },
      };
      run([
        decl,
        { l: mkDefault([1]), m: mkDefault(mkBefore([1])), n: mkOptionDefault([1]) },
        { l: mkBefore([2]), m: mkDefault([2]), n: mkIf(false, [5]) },
        { l: mkForce(mkAfter([3])), m: mkOverride(900, [3]) },
        { l: mkOverride(50, [4]), m: mkOverride(900, mkAfter([4])) },
      ]);
    },
  },
  {
    name: "c04",
    nix: {
      s: {
        x: { a: "fn-x", b: ["m2", "own-x", "m1"], c: "fn-x!" },
        y: { a: "d-y", b: ["own-y", "m3"], c: "d-y!" },
        z: { a: "d-z", b: ["own-z"], c: "zc" },
      },
    },
    run: ({ run }) => {
      const sub = types.submodule(({ name, config }: any) => ({
        options: {
          a: mkOption({ type: types.str, default: `d-${name}` }),
          b: mkOption({ type: types.listOf(types.str), default: [] }),
          c: mkOption({ type: types.str, default: lazy(() => config.a + "!") }),
        },
        config: { b: [`own-${name}`] },
      }));
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
        { s: { x: { a: mkDefault("xa"), b: ["m1"] } } },
        { s: { x: ({ name }: any) => ({ a: `fn-${name}`, b: mkBefore(["m2"]) }), y: {} } },
        { s: mkIf(true, { z: { c: mkForce("zc") } }) },
        { s: { z: { c: "no" }, y: { b: mkAfter(["m3"]) } } },
      ]);
    },
  },
  {
    name: "c05",
    nix: { s: { a: 5, b: 6, l: ["m2", "m1", "d"] } },
    run: ({ run }) => {
      run([
        {
          options: {
            s: mkOption({
              type: types.submodule({
                options: { a: mkOption({ type: types.int, default: 1 }) },
                config: { l: ["m1"] },
              }),
              default: {},
            }),
          },
        },
        {
          options: {
            s: mkOption({
              type: types.submodule(({ config }: any) => ({
                options: {
                  b: mkOption({ type: types.int, default: lazy(() => config.a + 1) }),
                  l: mkOption({ type: types.listOf(types.str) }),
                },
                config: { l: ["m2"] },
              })),
            }),
          },
        },
        { s: { a: 5, l: ["d"] } },
      ]);
    },
  },
  {
    name: "c06",
    nix: {
      l: [
        { i: { v: [0] }, n: { v: [2] } },
        { i: { v: [0] }, n: null },
        { i: { v: [1] }, n: null },
      ],
      o: { i: { v: [5] }, n: { v: [6, 7] } },
      p: null,
    },
    run: ({ run }) => {
      const inner = types.submodule({
        options: { v: mkOption({ type: types.listOf(types.int), default: [0] }) },
      });
      const outer = types.submodule({
        options: {
          i: mkOption({ type: inner, default: {} }),
          n: mkOption({ type: types.nullOr(inner), default: null }),
        },
      });
      run([
        {
          options: {
            l: mkOption({ type: types.listOf(outer), default: [] }),
            o: mkOption({ type: types.nullOr(outer), default: null }),
            p: mkOption({ type: types.nullOr(outer) }),
          },
        },
        { l: [{ i: { v: [1] } }], o: { i: { v: [5] } }, p: null },
        { l: mkBefore([{ n: { v: [2] } }, { n: null }]), o: { n: { v: mkBefore([6]) } } },
        { o: { n: { v: [7] } } },
      ]);
    },
  },
  {
    name: "c07",
    nix: { s: { x: { a: ["d1", "d2", "sp", "m2"] } } },
    run: ({ run }) => {
      const t = types.submoduleWith({
        modules: [
          { options: { a: mkOption({ type: types.listOf(types.str), default: [] }) } },
          { a: ["m2"] },
          ({ extra }: any) => ({ config: { a: [extra] } }),
        ],
        specialArgs: { extra: "sp" },
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(t) }) } },
        { s: { x: { config: { a: ["d1"] } } } },
        { s: { x: () => ({ a: ["d2"] }) } },
      ]);
    },
  },
  {
    name: "c08",
    nix: {
      aa: { x: { a: 1, b: 2, c: 3 }, y: {} },
      c: ["7", "s", "3"],
      e: ["b", "a"],
      e2: ["y", "x"],
      o: { a: 1, b: 2 },
    },
    run: ({ run }) => {
      run([
        {
          options: {
            e: mkOption({ type: types.either(types.int, types.listOf(types.str)) }),
            e2: mkOption({ type: types.either(types.listOf(types.str), types.int) }),
            o: mkOption({ type: types.oneOf([types.bool, types.int, types.attrsOf(types.int)]) }),
            c: mkOption({
              type: types.coercedTo(types.int, (x: number) => [String(x)], types.listOf(types.str)),
            }),
            aa: mkOption({ type: types.attrsOf(types.attrsOf(types.int)) }),
          },
        },
        { e: ["a"], e2: ["x"], o: { a: 1 }, c: 3, aa: { x: { a: 1 } } },
        { e: mkBefore(["b"]), e2: ["y"], o: { b: 2 }, c: ["s"], aa: { x: { b: 2 }, y: {} } },
        { c: mkBefore(7), aa: mkIf(true, { x: { c: mkForce(3) } }) },
      ] as any);
    },
  },
  {
    name: "c09",
    nix: { cm: "p", en: 3, en2: "a", l: "two\nthree\none", m: "abc", s: "z+x+y", st: "same" },
    run: ({ run }) => {
      run([
        {
          options: {
            l: mkOption({ type: types.lines, default: "def" }),
            s: mkOption({ type: types.separatedString("+") }),
            cm: mkOption({ type: types.commas }),
            m: mkOption({ type: types.strMatching("[a-z]+") }),
            en: mkOption({ type: types.enum(["a", "b", 3]) }),
            en2: mkOption({ type: types.enum(["a", "b", 3]) }),
            st: mkOption({ type: types.str }),
          },
        },
        { l: "one", s: "x", cm: "p", m: "abc", en: 3, st: "same", en2: "a" },
        { l: mkBefore("two"), s: mkAfter("y"), cm: mkDefault("q"), st: "same" },
        { l: "three", s: "z", m: "abc", en2: "a" },
      ] as any);
    },
  },
  {
    name: "c10",
    nix: { a: { x: 1, y: 2 }, enable: true, n: 2, out: ["kx", "ky", "on-2"] },
    run: ({ run }) => {
      run([
        {
          options: {
            enable: mkOption({ type: types.bool, default: false }),
            out: mkOption({ type: types.listOf(types.str), default: [] }),
            n: mkOption({ type: types.int, default: 0 }),
            a: mkOption({ type: types.attrsOf(types.int), default: {} }),
          },
        },
        { config: ({ config }: any) => ({ out: config.enable ? [`on-${config.n}`] : ["off"] }) },
        { config: ({ config }: any) => ({ n: Object.keys(config.a).length }) },
        {
          config: ({ config }: any) => ({
            get enable() {
              return "y" in config.a;
            },
            a: { x: 1 },
          }),
        },
        { a: { y: 2 } },
        { config: ({ config }: any) => ({ out: Object.keys(config.a).map((k) => "k" + k) }) },
      ]);
    },
  },
  {
    name: "c11",
    nix: { decl: ["x"], free: ["b", "c", "a"], other: ["o"] },
    run: ({ run }) => {
      run([
        {
          freeformType: types.attrsOf(types.listOf(types.str)),
          options: { decl: mkOption({ type: types.listOf(types.str), default: ["d"] }) },
        },
        { free: ["a"], decl: ["x"], gone: mkIf(false, ["g"]) },
        { free: mkBefore(["b"]), other: ["o"] },
        { config: mkIf(true, { free: ["c"] }) },
      ]);
    },
  },
  {
    name: "c12",
    nix: { s: { keys: ["ns", "x", "y", "z"], ns: { a: 2 }, x: 1, z: 5 } },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.submodule({
                  freeformType: types.lazyAttrsOf(types.int),
                  options: { ns: { a: mkOption({ type: types.int, default: 1 }) } },
                }),
                default: {},
              }),
            },
          },
          { s: { x: 1, ns: { a: 2 } } },
          { s: { y: mkIf(false, 3), z: mkDefault(4) } },
          { s: { z: 5 } },
        ],
        (r: any) => ({ s: { x: r.s.x, z: r.s.z, ns: r.s.ns, keys: Object.keys(r.s).sort() } }),
      );
    },
  },
  {
    name: "c13",
    nix: ["ai-dup", "dis", "c", "b"],
    run: ({ run }) => {
      const decl = { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const a = { key: "a", l: ["a"], imports: [{ key: "ai", l: ["ai"] }] };
      const b = { key: "b", l: ["b"], imports: [a] };
      const c = { key: "c", l: ["c"], imports: [{ key: "ai", l: ["ai-dup"] }] };
      run([decl, b, c, { disabledModules: [{ key: "a" }], l: ["dis"] }], (r: any) => r.l);
    },
  },
  {
    name: "c14",
    nix: { l: ["z7", "f1", "b2"], n: 7 },
    run: ({ run }) => {
      run([
        { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } },
        { _module: { args: { foo: "f1" } } },
        { _module: { args: { bar: mkDefault("b1") } } },
        { _module: { args: { bar: "b2" } } },
        { config: ({ foo, bar }: any) => ({ l: [foo, bar] }) },
        {
          config: ({ config }: any) => ({
            _module: {
              args: {
                get baz() {
                  return "z" + config.n;
                },
              },
            },
          }),
        },
        { options: { n: mkOption({ default: 7 }) } },
        { config: ({ baz }: any) => ({ l: [baz] }) },
      ]);
    },
  },
  {
    name: "c15",
    nix: {
      s: {
        x: { a: ["type", "forced"], b: 0 },
        y: { a: ["type", "y2"], b: 0 },
        z: { a: ["type", "z1", "z2"], b: 0 },
      },
      t: { p: { a: ["type", "tp"], b: 0 } },
    },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.listOf(types.str), default: [] }),
          b: mkOption({ type: types.int, default: 0 }),
        },
        config: { a: ["type"] },
      });
      run([
        {
          options: {
            s: mkOption({ type: types.attrsOf(sub), default: {} }),
            t: mkOption({ type: types.attrsOf(sub), default: {} }),
          },
        },
        {
          s: {
            x: mkForce({ a: ["forced"] }),
            y: mkDefault({ a: ["dflt"], b: 1 }),
            z: mkIf(true, { a: ["z1"] }),
          },
        },
        {
          s: {
            x: { b: 2, a: ["plain"] },
            y: { a: ["y2"] },
            z: mkMerge([{ a: ["z2"] }, mkIf(false, { b: 9 })]),
          },
        },
        { t: mkForce({ p: { a: ["tp"] } }) },
        { t: { q: { a: ["tq"] } } },
      ] as any);
    },
  },
  {
    name: "c16",
    nix: {
      s: {
        x: { ns: { a: ["e3-x", "x-imp", "t-imp", "e1", "e2", "t2-x", "t1"] } },
        y: { ns: { a: ["y-imp", "t-imp", "y-cfg", "t2-y", "t1", "y-after"] } },
      },
    },
    run: ({ run }) => {
      const sub = types.submoduleWith({
        modules: [
          {
            options: { ns: { a: mkOption({ type: types.listOf(types.str), default: ["def"] }) } },
            config: { ns: { a: ["t1"] } },
            imports: [{ ns: { a: ["t-imp"] } }],
          },
          ({ name }: any) => ({ ns: { a: [`t2-${name}`] } }),
        ],
      });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
        {
          s: {
            x: { ns: { a: ["e1"] } },
            y: () => ({ imports: [{ ns: { a: ["y-imp"] } }], ns: { a: mkAfter(["y-after"]) } }),
          },
        },
        {
          s: {
            x: { imports: [{ ns: { a: ["x-imp"] } }], ns: { a: ["e2"] } },
            y: { config: { ns: { a: ["y-cfg"] } } },
          },
        },
        { s: { x: ({ name }: any) => ({ ns: { a: mkBefore([`e3-${name}`]) } }) } },
      ] as any);
    },
  },
  {
    name: "c17",
    nix: {
      an: { a: 1, n: { x: [1], y: 5, z: null }, s: "same" },
      at: { a: 1, b: { x: 1 }, c: 3 },
      ua: { a: 1, b: 2, c: 1 },
      ub: true,
      ui: 4,
      ul: [2, 1],
      us: "zerotwoone",
    },
    run: ({ run }) => {
      run([
        {
          options: {
            at: mkOption({ type: types.attrs }),
            an: mkOption({ type: types.anything }),
            us: mkOption({}),
            ub: mkOption({}),
            ul: mkOption({}),
            ua: mkOption({}),
            ui: mkOption({}),
          },
        },
        {
          at: { a: 1, b: { x: 1 } },
          an: { a: 1, n: { x: [1] }, f: mkIf(false, 3), s: "same" },
          us: "one",
          ub: false,
          ul: [1],
          ua: { a: 1, c: 1 },
          ui: 4,
        },
        {
          at: { b: { y: 2 }, c: 3 },
          an: { n: { y: mkDefault(2), z: mkIf(true, null) }, s: "same" },
          us: "two",
          ub: true,
          ul: [2],
          ua: { a: 2, b: 2 },
          ui: 4,
        },
        { an: { n: { y: 5 } }, us: mkBefore("zero") },
      ] as any);
    },
  },
  {
    name: "c19",
    nix: { l: [1], x: 1 },
    run: ({ run }) => {
      run(
        [
          { options: { an: mkOption({ type: types.anything }) } },
          { an: { l: [1] } },
          { an: { l: [1] } },
          { an: { m: mkIf(false, [3]), x: 1 } },
        ],
        (c: any) => c.an,
      );
    },
  },
  {
    name: "c20",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [{ options: { an: mkOption({ type: types.anything }) } }, { an: { l: [1] } }, { an: { l: [2] } }],
        (c: any) => c.an,
      );
    },
  },
  {
    name: "c21",
    nix: { s: { a: 1, b: 2 }, t: { a: 1, b: 2 }, u: { j: { a: 1, b: 2 } }, v: { k: { a: 1, b: 3 } } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 1 }),
        },
      });
      run([
        {
          options: {
            s: mkOption({ type: sub, default: { a: 5 } }),
            t: mkOption({ type: sub, default: { a: 5 } }),
            u: mkOption({ type: types.attrsOf(sub), default: { k: { a: 5 } } }),
            v: mkOption({ type: types.attrsOf(sub), default: { k: { a: 5 } } }),
          },
        },
        { s: { b: 2 }, u: { j: { b: 2 } } },
        { t: { b: mkDefault(2) }, v: { k: { b: mkDefault(3) } } },
      ] as any);
    },
  },
  {
    name: "c22",
    nix: { x: { a: [9, 7, 2], b: 4 }, y: { a: [1], b: 3 } },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.attrsOf(
                  types.submodule({
                    options: {
                      a: mkOption({ type: types.listOf(types.int), default: [0] }),
                      b: mkOption({ type: types.int, default: 0 }),
                    },
                    config: { a: [9] },
                  }),
                ),
              }),
              g: mkOption({ default: 7 }),
            },
          },
          {
            config: ({ config }: any) => ({
              s: {
                x: {
                  get a() {
                    return [config.g];
                  },
                  get b() {
                    return config.s.y.b + 1;
                  },
                },
              },
            }),
          },
          { s: { y: { b: 3, a: mkForce([1]) } } },
          { s: { x: { a: mkAfter([2]) }, y: { a: [5] } } },
        ] as any,
        (c: any) => c.s,
      );
    },
  },
  {
    name: "c23",
    nix: ["deep", "b11", "n1", "a11", "b1", "a2", "a1", "c", "b", "a"],
    run: ({ run }) => {
      const decl = { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const m = (k: string, imports: unknown[]) => ({ key: k, l: [k], imports });
      const a11 = m("a11", [m("deep", [])]);
      const a1 = m("a1", [a11]);
      const a2 = m("a2", [m("b1", [])]);
      const a = m("a", [a1, a2]);
      const b = m("b", [m("b1", [m("b11", [])]), a11]);
      run([decl, a, b, m("c", [m("n1", [])])], (c: any) => c.l);
    },
  },
  {
    name: "c24",
    nix: {
      e: "z",
      l: [
        { q: 1, t: 5 },
        { q: 4, t: 2 },
      ],
      n: { p: 3, r: 2 },
      s: { k: { a: ["fromB", "fromA", "def"], b: "B-k" } },
    },
    run: ({ run }) => {
      run([
        {
          options: {
            s: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: { a: mkOption({ type: types.listOf(types.str), default: ["A"] }) },
                  config: { a: ["fromA"] },
                }),
              ),
            }),
            e: mkOption({ type: types.enum(["x", "y"]) }),
            n: mkOption({
              type: types.nullOr(types.submodule({ options: { p: mkOption({ default: 1 }) } })),
            }),
            l: mkOption({
              type: types.listOf(types.submodule({ options: { q: mkOption({ default: 1 }) } })),
            }),
          },
        },
        {
          options: {
            s: mkOption({
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: { b: mkOption({ type: types.str, default: `B-${name}` }) },
                  config: { a: ["fromB"] },
                })),
              ),
            }),
            e: mkOption({ type: types.enum(["z"]) }),
            n: mkOption({
              type: types.nullOr(types.submodule({ options: { r: mkOption({ default: 2 }) } })),
            }),
            l: mkOption({
              type: types.listOf(types.submodule({ options: { t: mkOption({ default: 2 }) } })),
            }),
          },
        },
        { s: { k: { a: ["def"] } }, e: "z", n: { p: 3 }, l: [{ t: 5 }, { q: 4 }] },
      ] as any);
    },
  },
  {
    name: "c25",
    nix: { a: [20, 20], b: 2, r: 1 },
    run: ({ run }) => {
      run([
        {
          options: {
            a: mkOption({
              type: types.listOf(types.int),
              default: [1],
              apply: (l: number[]) => l.map((x) => x * 10),
            }),
            r: mkOption({ type: types.int, default: 1, readOnly: true }),
            b: mkOption({ type: types.int, apply: (x: number) => x + 1 }),
          },
        },
        { options: { a: mkOption({ description: "more" }), b: mkOption({ description: "d" }) } },
        { a: [2], b: 1 },
        { config: ({ config }: any) => ({ a: [config.b] }) },
      ] as any);
    },
  },
  {
    name: "c26",
    nix: [1, 2, 4],
    run: ({ run }) => {
      run(
        [
          { options: { l: mkOption({ type: types.listOf(types.int) }) } },
          { l: [mkBefore(1), 2, mkIf(false, 3), mkForce(4)] },
        ] as any,
        (r: any) => r.l,
      );
    },
  },
  {
    name: "c27",
    nix: {
      e: { n: "e" },
      l: [{ n: "[definition 1-entry 1]" }, { n: "[definition 1-entry 2]" }, { n: "[definition 2-entry 1]" }],
      ns: { deep: { a: { b: { n: "b" } } } },
      o: { n: "o" },
      s: { n: "s" },
    },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({ options: { n: mkOption({ default: name }) } }));
      run([
        {
          options: {
            s: mkOption({ type: sub, default: {} }),
            l: mkOption({ type: types.listOf(sub) }),
            ns: { deep: mkOption({ type: types.attrsOf(types.attrsOf(sub)) }) },
            e: mkOption({ type: types.nullOr(sub), default: {} }),
            o: mkOption({ type: types.either(types.int, sub) }),
          },
        },
        { l: [{}], ns: { deep: { a: { b: {} } } }, o: {} },
        { l: [{}, {}] },
      ] as any);
    },
  },
  {
    name: "c29",
    nix: { s: { a: { v: 2 }, b: { v: [1, 2] } } },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: {
          v: mkOption({
            type: name === "a" ? types.int : types.listOf(types.int),
            default: name === "a" ? 0 : [],
          }),
        },
      }));
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { a: { v: 1 }, b: { v: [1] } } },
        { s: { b: { v: [2] }, a: { v: mkForce(2) } } },
      ] as any);
    },
  },
  {
    name: "c30",
    nix: { a: 3, free: ["a3", "x"], free2: ["2a3", "2x"], out: ["a3", "x", "n2"] },
    run: ({ run }) => {
      const o = () => mkOption({ type: types.listOf(types.str), default: [] });
      run([
        { options: { out: o(), free: o(), free2: o(), a: mkOption({ type: types.int, default: 1 }) } },
        { config: ({ config }: any) => ({ out: [...config.free, `n${config.free2.length}`] }) },
        { config: ({ config }: any) => ({ free2: config.free.map((x: string) => "2" + x) }) },
        { free: ["x"] },
        { config: ({ config }: any) => ({ free: [`a${config.a}`] }) },
        { a: 3 },
      ] as any);
    },
  },
  {
    name: "c32",
    nix: ["b", "c", "a", "d", "top"],
    run: ({ console }) => {
      const decl = { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const outer = evalModules({
        modules: [
          { options: { m: mkOption({ type: types.deferredModule, default: {} }) } },
          { m: { l: ["a"] } },
          { m: () => ({ l: mkBefore(["b"]) }) },
          { m: { imports: [{ l: ["c"] }], l: ["d"] } },
        ] as any,
      });
      console.log(
        canonicalJson(evalModules({ modules: [decl, outer.config.m, { l: ["top"] }] as any }).config.l),
      );
    },
  },
  {
    name: "c33",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          { options: { ns: { a: mkOption({ type: types.int }) } } },
          { ns: mkIf(true, mkForce({ a: 1 })) },
          { ns: { a: 2 } },
        ] as any,
        (r: any) => r.ns.a,
      );
    },
  },
  {
    name: "c34",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              ns: { a: mkOption({ type: types.int }), b: mkOption({ type: types.int, default: 0 }) },
            },
          },
          { ns: mkDefault(mkMerge([{ a: 1 }, mkIf(false, { b: 5 })])) },
          { ns: { a: 2 } },
        ] as any,
        (r: any) => r.ns,
      );
    },
  },
  {
    name: "c35",
    nix: { ll: [[2], [1]], nl: [2, 1], u: [8] },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              ll: mkOption({ type: types.listOf(types.listOf(types.int)) }),
              nl: mkOption({ type: types.nullOr(types.listOf(types.int)) }),
              u: mkOption({ type: types.uniq(types.listOf(types.int)) }),
            },
          },
          { ll: [[1, mkIf(false, 9)]], nl: [1], u: mkDefault([7]) },
          { ll: mkBefore([[2]]), nl: mkBefore([2]), u: [8] },
          { nl: mkIf(false, null) },
        ] as any,
        (r: any) => r,
      );
    },
  },
  {
    name: "c36",
    nix: { ax: false, lx: true, y: 2 },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              la: mkOption({ type: types.lazyAttrsOf(types.int) }),
              aa: mkOption({ type: types.attrsOf(types.int) }),
            },
          },
          { la: { x: mkIf(false, 1), y: 2 }, aa: { x: mkIf(false, 1), y: 2 } },
        ] as any,
        (r: any) => ({ lx: "x" in r.la, ax: "x" in r.aa, y: r.la.y }),
      );
    },
  },
  {
    name: "c37",
    nix: { b: 5, ne: [2, 1], p: 65535 },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              ne: mkOption({ type: types.nonEmptyListOf(types.int) }),
              b: mkOption({ type: types.ints.between(1, 5) }),
              p: mkOption({ type: types.port }),
            },
          },
          { ne: [1], b: 5, p: 65535 },
          { ne: [2] },
        ] as any,
        (r: any) => r,
      );
    },
  },
  {
    name: "c38",
    nix: { s: { w: { a: 1, o: "wo" }, x: { a: 2, extra: ["more"] }, y: { a: 3 }, z: { a: 1 } } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        {
          s: {
            x: () => ({
              options: { extra: mkOption({ type: types.listOf(types.str), default: ["e"] }) },
              config: { a: 2 },
            }),
            y: { a: 3 },
          },
        },
        { s: { x: { extra: ["more"] }, z: {} } },
        { s: { w: () => ({ imports: [{ options: { o: mkOption({ default: "wo" }) } }] }) } },
      ] as any);
    },
  },
  {
    name: "c39",
    nix: {
      s: { w: { a: ["wa"], b: 7 }, x: { a: ["cx"], b: 1 }, y: { a: ["d-y"], b: 7 }, z: { a: ["d-z"], b: 7 } },
    },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: {
          a: mkOption({ type: types.listOf(types.str), default: [`d-${name}`] }),
          b: mkOption({ type: types.int, default: 0 }),
        },
        config: mkMerge([mkIf(name === "x", { a: ["cx"] }), mkIf(name !== "x", { b: 7 })]),
      }));
      run([
        { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
        { s: { x: { b: 1 }, y: { b: mkDefault(1) }, z: {}, w: { a: ["wa"] } } },
      ] as any);
    },
  },
  {
    name: "c40",
    nix: { a: { "-1": 4, "01": 5, "10": 2, "9": 1, b: 3 } },
    run: ({ run }) => {
      run(
        [
          { options: { a: mkOption({ type: types.attrsOf(types.int) }) } },
          { a: { "9": 1, "10": 2, b: 3, "-1": 4, "01": 5 } },
        ] as any,
        (r: any) => r,
      );
    },
  },
  {
    name: "c41",
    nix: { a: ["a"], b: ["c", "b", "a"], c: ["c", "d", "b", "a"] },
    run: ({ console }) => {
      const e = evalModules({
        modules: [
          { options: { l: mkOption({ type: types.listOf(types.str), default: [] }) } },
          { l: ["a"] },
        ] as any,
      });
      const e2 = e.extendModules({ modules: [{ l: ["b"] }, { l: mkBefore(["c"]) }] as any });
      console.log(
        canonicalJson({
          a: e.config.l,
          b: e2.config.l,
          c: e2.extendModules({ modules: [{ l: ["d"] }] as any }).config.l,
        }),
      );
    },
  },
  {
    name: "c42",
    nix: { x: ["b", "a"], y: ["d"] },
    run: ({ run }) => {
      run(
        [
          { freeformType: types.attrsOf(types.listOf(types.str)) },
          { freeformType: types.attrsOf(types.listOf(types.str)) },
          { x: ["a"] },
          { x: ["b"], y: mkDefault(["c"]) },
          { y: ["d"] },
        ] as any,
        (r: any) => r,
      );
    },
  },
  {
    name: "d01",
    nix: { a: ["a", "b"], sub: ["y", "z"], top: ["a", "sub"] },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: mkOption({ type: types.attrsOf(types.int) }),
              sub: mkOption({
                type: types.submodule({
                  options: { z: mkOption({ default: 1 }), y: mkOption({ default: 2 }) },
                }),
                default: {},
              }),
            },
          },
          { a: { b: 1 } },
          { a: { a: 2 } },
        ],
        (r: any) => ({ a: Object.keys(r.a), sub: Object.keys(r.sub), top: Object.keys(r) }),
      );
    },
  },
  {
    name: "d02",
    nix: ["x", "y"],
    run: ({ run }) => {
      run([{ freeformType: types.lazyAttrsOf(types.int) }, { x: 1, y: mkIf(false, 3) }], (c: any) =>
        Object.keys(c),
      );
    },
  },
  {
    name: "d02b",
    nix: failed,
    kind: "thrown",
    run: ({ run }) => {
      run(
        [
          { freeformType: types.attrsOf(types.int) },
          {
            x: 1,
            get y(): number {
              throw new Error("never forced");
            },
          },
        ],
        (c: any) => Object.keys(c),
      );
    },
  },
  {
    name: "d03",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run([{ options: { o: mkOption({ type: types.listOf(types.int) }) } }], (c: any) => c.o);
    },
  },
  {
    name: "d03b",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.attrsOf(
                  types.submodule({ options: { n: mkOption({ type: types.nullOr(types.str) }) } }),
                ),
              }),
            },
          },
          { s: { x: {} } },
          { s: { y: { n: mkIf(false, "v") } } },
        ],
        (c: any) => c.s,
      );
    },
  },
  {
    name: "d03c",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run(
        [
          { options: { f: mkOption({ type: types.functionTo(types.listOf(types.int)) }) } },
          { f: (x: number) => mkIf(false, [x]) },
        ],
        (c: any) => c.f(1),
      );
    },
  },
  {
    name: "d04",
    nix: { x: {} },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.lazyAttrsOf(types.submodule({ options: { a: mkOption({ default: 1 }) } })),
              }),
            },
          },
          { s: { x: mkIf(false, { a: 2 }) } },
        ],
        (c: any) => c.s,
      );
    },
  },
  {
    name: "d06",
    nix: { a: ["a", "b"], s: ["y", "z"] },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: mkOption({ type: types.attrsOf(types.int) }),
              s: mkOption({
                type: types.submodule({
                  options: { z: mkOption({ default: 1 }), y: mkOption({ default: 2 }) },
                }),
                default: {},
              }),
            },
          },
          { a: { b: 1, a: 2 } },
        ] as any,
        (r: any) => ({ a: Object.keys(r.a), s: Object.keys(r.s) }),
      );
    },
  },
  {
    name: "e01",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [{ options: { m: mkOption({ type: types.strMatching("[a-z]+") }) } }, { m: "aB" }] as any,
        (r: any) => r.m,
      );
    },
  },
  {
    name: "e02",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { m: mkOption({ type: types.enum(["a"]) }) } }, { m: "b" }] as any, (r: any) => r.m);
    },
  },
  {
    name: "e03",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [
          { options: { m: mkOption({ type: types.either(types.int, types.listOf(types.int)) }) } },
          { m: 1 },
          { m: [2] },
        ] as any,
        (r: any) => r.m,
      );
    },
  },
  {
    name: "e04",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { options: { m: mkOption({ type: types.int }) } },
          { m: mkForce(1) },
          { m: mkOverride(50, 2) },
        ] as any,
        (r: any) => r.m,
      );
    },
  },
  {
    name: "e05",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [{ options: { m: mkOption({ type: types.int, default: 3 }) } }, { m: mkOptionDefault(1) }] as any,
        (r: any) => r.m,
      );
    },
  },
  {
    name: "e06",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          { options: { m: mkOption({ type: types.int, default: 3 }) } },
          { m: mkDefault(1) },
          { m: mkDefault(1) },
        ] as any,
        (r: any) => r.m,
      );
    },
  },
  {
    name: "e07",
    nix: true,
    run: ({ run }) => {
      run(
        [{ options: { m: mkOption({ type: types.bool }) } }, { m: true }, { m: true }] as any,
        (r: any) => r.m,
      );
    },
  },
  {
    name: "e08",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      run(
        [
          { options: { m: mkOption({ type: types.lines }) } },
          { options: { m: mkOption({ type: types.commas }) } },
          { m: "a" },
          { m: "b" },
        ] as any,
        (r: any) => r.m,
      );
    },
  },
  {
    name: "e09",
    nix: "b\na",
    run: ({ run }) => {
      run(
        [
          { options: { m: mkOption({ type: types.lines }) } },
          { options: { m: mkOption({ type: types.lines }) } },
          { m: "a" },
          { m: "b" },
        ] as any,
        (r: any) => r.m,
      );
    },
  },
  {
    name: "e10",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      run(
        [
          { options: { m: mkOption({ type: types.int, default: 1 }) } },
          { options: { m: mkOption({ default: 2 }) } },
        ] as any,
        (r: any) => r.m,
      );
    },
  },
  {
    name: "e11",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      run(
        [
          { options: { m: mkOption({ type: types.int }) } },
          { options: { m: mkOption({ type: types.str }) } },
          { m: 1 },
        ] as any,
        (r: any) => r.m,
      );
    },
  },
  {
    name: "e12",
    nix: [2, 1],
    run: ({ run }) => {
      run(
        [
          { options: { m: mkOption({ type: types.listOf(types.int) }) } },
          { options: { m: mkOption({ type: types.listOf(types.int) }) } },
          { m: [1] },
          { m: [2] },
        ] as any,
        (r: any) => r.m,
      );
    },
  },
  {
    name: "e13",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({ type: types.submodule({ options: { a: mkOption({ type: types.int }) } }) }),
            },
          },
          { s: { config: { a: 1 } } },
        ],
        (c: any) => c.s,
      );
    },
  },
  {
    name: "e14",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.listOf(types.submodule({ options: { a: mkOption({ type: types.int }) } })),
              }),
            },
          },
          { s: [{ a: 1 }, { b: 2 }] },
        ],
        (c: any) => c.s,
      );
    },
  },
  {
    name: "e15",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.attrsOf(types.submodule({ options: { a: mkOption({ type: types.int }) } })),
              }),
            },
          },
          { s: { x: { a: 1 } } },
          { s: { x: { a: 2 } } },
        ],
        (c: any) => c.s,
      );
    },
  },
  {
    name: "e16",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run(
        [{ options: { a: mkOption({ default: 1 }) } }, { config: mkIf(false, { nonexistent: 1 }) }],
        (c: any) => c.a,
      );
    },
  },
  {
    name: "e17",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { ns: { a: mkOption({ default: 1 }) } } }, { ns: 5 }], (c: any) => c.ns.a);
    },
  },
  {
    name: "e18",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      run(
        [{ options: { ns: { a: mkOption({ default: 1 }) } } }, { ns: mkBefore({ a: 2 }) }],
        (c: any) => c.ns.a,
      );
    },
  },
  {
    name: "e19",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run(
        [
          { options: { ns: { a: mkOption({ default: 1 }) }, b: mkOption({ default: 0 }) } },
          { ns: mkIf(false, { c: 2 }), b: 3 },
        ],
        (c: any) => c.b,
      );
    },
  },
  {
    name: "e20",
    nix: failed,
    kind: "thrown",
    run: ({ run }) => {
      run(
        [
          { options: { a: mkOption({ default: 1 }) } },
          {
            config: mkIf(false, {
              get a(): number {
                throw new Error("x");
              },
            }),
          },
          {
            a: mkIf(() => {
              throw new Error("cond");
            }, 2),
          },
        ],
        (c: any) => c.a,
      );
    },
  },
  {
    name: "e21",
    nix: failed,
    kind: "read-only",
    run: ({ run }) => {
      run(
        [{ options: { r: mkOption({ type: types.int, readOnly: true }) } }, { r: 1 }, { r: 1 }] as any,
        (r: any) => r.r,
      );
    },
  },
  {
    name: "e22",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      run(
        [
          { options: { r: mkOption({ apply: (x: any) => x }) } },
          { options: { r: mkOption({ apply: (x: any) => x }) } },
          { r: 1 },
        ] as any,
        (r: any) => r.r,
      );
    },
  },
  {
    name: "e23",
    nix: failed,
    kind: "read-only",
    run: ({ run }) => {
      run(
        [
          { options: { r: mkOption({ type: types.int, readOnly: true }) } },
          { r: mkDefault(1) },
          { r: 2 },
        ] as any,
        (r: any) => r.r,
      );
    },
  },
  {
    name: "e24",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      run(
        [
          { options: { ns: { a: mkOption({ type: types.int }) } } },
          { ns: mkForce(mkIf(true, { a: 1 })) },
        ] as any,
        (r: any) => r.ns.a,
      );
    },
  },
  {
    name: "e25",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      run(
        [{ options: { a: mkOption({ type: types.int }) } }, { a: mkForce(mkIf(true, 1)) }] as any,
        (r: any) => r.a,
      );
    },
  },
  {
    name: "e28",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [{ options: { u: mkOption({ type: types.uniq(types.int) }) } }, { u: 1 }, { u: 1 }] as any,
        (r: any) => r.u,
      );
    },
  },
  {
    name: "e29",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [
          { options: { ne: mkOption({ type: types.nonEmptyListOf(types.int) }) } },
          { ne: [] },
          { ne: [2] },
        ] as any,
        (r: any) => r.ne,
      );
    },
  },
  {
    name: "e30",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { freeformType: types.attrsOf(types.int) },
          { freeformType: types.attrsOf(types.str) },
          { x: 1 },
        ] as any,
        (r: any) => r,
      );
    },
  },
  {
    name: "uattrs",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run([{ options: { o: mkOption({ type: types.attrs }) } }], (c: any) => c.o);
    },
  },
  {
    name: "uattrsftypesi",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run([{ options: { o: mkOption({ type: types.attrsOf(types.int) }) } }], (c: any) => c.o);
    },
  },
  {
    name: "ulazyttrsftyp",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run([{ options: { o: mkOption({ type: types.lazyAttrsOf(types.int) }) } }], (c: any) => c.o);
    },
  },
  {
    name: "ulistftypesin",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run([{ options: { o: mkOption({ type: types.listOf(types.int) }) } }], (c: any) => c.o);
    },
  },
  {
    name: "unullrtypesin",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run([{ options: { o: mkOption({ type: types.nullOr(types.int) }) } }], (c: any) => c.o);
    },
  },
  {
    name: "usubmodule",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run([{ options: { o: mkOption({ type: types.submodule({}) }) } }], (c: any) => c.o);
    },
  },
];

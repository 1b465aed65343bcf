// @ts-nocheck: modules transcribed from Nix, some ill-typed on purpose (a type error is what is compared).
/**
 * Compared with Nix, round 6: types in depth (functionTo, uniq/unique, separated strings with
 * orders, ints/numbers bounds, strMatching, enum, nullOr, either/oneOf, coercedTo, listOf and
 * attrsOf of submodules, lazyAttrsOf with mkIf false, attrs/anything/raw, optionType,
 * deferredModule), defaults against definitions (readOnly, apply, defaultText), `_module.check`,
 * freeform types (nested, in submodules, read by configuration functions), the `options`
 * argument, disabledModules/imports/keys. Each case: the modules as hearth reads them, and what
 * Nix printed for the same modules written in Nix (or `failed`). Written by the sessions that
 * compared them; Nix's answers recorded as given.
 */
import {
  evalModules,
  lazy,
  mkAfter,
  mkBefore,
  mkDefault,
  mkEnableOption,
  mkForce,
  mkIf,
  mkMerge,
  mkOption,
  mkOptionDefault,
  mkOrder,
  mkOverride,
  mkVMOverride,
  types,
} from "../../../src/modules/index.ts";
import { failed, type Scenario, tryValue as tryv } from "./scenario.ts";
export const round6: Scenario[] = [
  {
    name: "a01",
    nix: { a: 10, b: 11 },
    run: ({ run }) => {
      run(
        [
          { options: { f: mkOption({ type: types.functionTo(types.attrsOf(types.int)) }) } },
          { f: (x: number) => ({ a: x }) },
          { f: (x: number) => ({ b: x + 1 }) },
        ],
        (c) => c.f(10),
      );
    },
  },
  {
    name: "a02",
    nix: ["c!", "b!", "a!"],
    run: ({ run }) => {
      run(
        [
          { options: { f: mkOption({ type: types.functionTo(types.listOf(types.str)) }) } },
          { f: (x: string) => mkAfter([`a${x}`]) },
          { f: (x: string) => [`b${x}`] },
          { f: (x: string) => mkBefore([`c${x}`]) },
        ],
        (c) => c.f("!"),
      );
    },
  },
  {
    name: "a03",
    nix: [[0], [0, 5]],
    run: ({ run }) => {
      run(
        [
          { options: { f: mkOption({ type: types.functionTo(types.listOf(types.int)) }) } },
          { f: (x: number) => mkIf(x > 1, [x]) },
          { f: (x: number) => [0] },
        ],
        (c) => [c.f(1), c.f(5)],
      );
    },
  },
  {
    name: "a04",
    nix: { a: "n", b: 7, l: ["1", "n"] },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.str }),
          b: mkOption({ type: types.int, default: 7 }),
          l: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      });
      run(
        [
          { options: { f: mkOption({ type: types.functionTo(sub) }) } },
          { f: (x: string) => ({ a: x, l: ["1"] }) },
          { f: (x: string) => ({ l: [x] }) },
        ],
        (c) => c.f("n"),
      );
    },
  },
  {
    name: "a05",
    nix: 8,
    run: ({ run }) => {
      run(
        [
          { options: { f: mkOption({ type: types.functionTo(types.int) }) } },
          { f: mkForce((x: number) => x * 2) },
          { f: (x: number) => x },
        ],
        (c) => c.f(4),
      );
    },
  },
  {
    name: "a06",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { options: { f: mkOption({ type: types.functionTo(types.int) }) } },
          { f: (x: number) => x },
          { f: (x: number) => x + 1 },
        ],
        (c) => c.f(4),
      );
    },
  },
  {
    name: "a07",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { f: mkOption({ type: types.functionTo(types.int) }) } }, { f: 5 }], (c) => c.f);
    },
  },
  {
    name: "a08",
    nix: "b!",
    run: ({ run }) => {
      run(
        [
          { options: { f: mkOption({ type: types.functionTo(types.str) }) } },
          { f: (x: string) => mkDefault("a") },
          { f: (x: string) => `b${x}` },
        ],
        (c) => c.f("!"),
      );
    },
  },
  {
    name: "a09",
    nix: [2, 1],
    run: ({ run }) => {
      run(
        [
          { options: { f: mkOption({ type: types.functionTo(types.functionTo(types.listOf(types.int))) }) } },
          { f: (a: number) => (b: number) => [a] },
          { f: (a: number) => (b: number) => [b] },
        ],
        (c) => c.f(1)(2),
      );
    },
  },
  {
    name: "a10",
    nix: [
      "function that evaluates to a(n) attribute set of signed integer",
      "function that evaluates to a(n) (submodule)",
      "function that evaluates to a(n) (null or string)",
      "list of function that evaluates to a(n) signed integer",
    ],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              f: mkOption({ type: types.functionTo(types.attrsOf(types.int)) }),
              g: mkOption({ type: types.functionTo(types.submodule({})) }),
              h: mkOption({ type: types.functionTo(types.nullOr(types.str)) }),
              i: mkOption({ type: types.listOf(types.functionTo(types.int)) }),
            },
          },
        ],
        (r) => [r.options.f, r.options.g, r.options.h, r.options.i].map((o: any) => o.type.description),
      );
    },
  },
  {
    name: "a11",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [{ options: { f: mkOption({ type: types.functionTo(types.int) }) } }, { f: (x: number) => "s" }],
        (c) => c.f(1),
      );
    },
  },
  {
    name: "a12",
    nix: { a: [2], b: [0] },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              f: mkOption({
                type: types.functionTo(types.attrsOf(types.listOf(types.int))),
                default: (x: number) => ({ a: [x] }),
              }),
            },
          },
          { f: (x: number) => ({ a: [x + 1], b: [0] }) },
        ],
        (c) => c.f(1),
      );
    },
  },
  {
    name: "a13",
    nix: [3],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              f: mkOption({ type: types.functionTo(types.listOf(types.int)), default: (x: number) => [x] }),
            },
          },
        ],
        (c) => c.f(3),
      );
    },
  },
  {
    name: "a14",
    nix: ["A1", "b2"],
    run: ({ run }) => {
      run(
        [
          { options: { f: mkOption({ type: types.attrsOf(types.functionTo(types.str)) }) } },
          { f: { a: (x: string) => `a${x}` } },
          { f: { b: (x: string) => `b${x}`, a: mkForce((x: string) => `A${x}`) } },
        ],
        (c) => [c.f.a("1"), c.f.b("2")],
      );
    },
  },
  {
    name: "a15",
    nix: { n: "<function body>" },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              f: mkOption({
                type: types.functionTo(
                  types.submodule(({ name }: any) => ({
                    options: { n: mkOption({ type: types.str, default: name }) },
                  })),
                ),
              }),
            },
          },
          { f: (x: number) => ({}) },
        ],
        (c) => c.f(1),
      );
    },
  },
  {
    name: "a16",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run(
        [
          { options: { f: mkOption({ type: types.functionTo(types.int) }) } },
          { f: (x: number) => mkIf(false, 1) },
        ],
        (c) => c.f(1),
      );
    },
  },
  {
    name: "b01",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.uniq(types.listOf(types.int)) }) } }, { x: [1] }, { x: [2] }],
        (c) => c.x,
      );
    },
  },
  {
    name: "b02",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.unique({ message: "Only one host may set this." }, types.str) }),
            },
          },
          { x: "a" },
          { x: "a" },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "b03",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.uniq(types.listOf(types.int)) }) } },
          { x: mkMerge([[1], [2]]) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "b04",
    nix: 2,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.uniq(types.int), default: 3 }) } },
          { x: mkDefault(1) },
          { x: 2 },
          { x: mkIf(false, 5) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "b05",
    nix: { a: 1, b: 2 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.uniq(types.int)) }) } },
          { x: { a: 1 } },
          { x: { b: 2 } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "b06",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.attrsOf(types.unique({ message: "pick one" }, types.int)) }),
            },
          },
          { x: { a: 1 } },
          { x: { a: 1 } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "b07",
    nix: { a: 5, b: 2 },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({
                type: types.uniq(
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
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "b08",
    nix: [
      ["unique", "signed integer"],
      ["unique", "list of string"],
      ["listOf", "list of 16 bit unsigned integer; between 0 and 65535 (both inclusive)"],
    ],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              x: mkOption({ type: types.uniq(types.int) }),
              y: mkOption({ type: types.unique({ message: "m" }, types.listOf(types.str)) }),
              z: mkOption({ type: types.listOf(types.uniq(types.port)) }),
            },
          },
        ],
        (r) => [r.options.x, r.options.y, r.options.z].map((o: any) => [o.type.name, o.type.description]),
      );
    },
  },
  {
    name: "b09",
    nix: [0],
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.uniq(types.listOf(types.int)), default: [0] }) } }],
        (c) => c.x,
      );
    },
  },
  {
    name: "b10",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.uniq(types.str) }) } }, { x: 1 }], (c) => c.x);
    },
  },
  {
    name: "b11",
    nix: [["a", "b"], [], [2]],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lazyAttrsOf(types.uniq(types.listOf(types.int))) }) } },
          { x: { a: mkIf(false, [1]), b: [2] } },
        ],
        (c) => [Object.keys(c.x).sort(), c.x.a, c.x.b],
      );
    },
  },
  {
    name: "b12",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.uniq(types.listOf(types.int)) }) } },
          { x: mkForce([1]) },
          { x: mkForce([2]) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "b13",
    nix: [{ a: 1 }, { a: 2 }],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({
                type: types.uniq(
                  types.listOf(
                    types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }),
                  ),
                ),
              }),
            },
          },
          { x: [{}, { a: 2 }] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "c01",
    nix: "first,a,m,q,z",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.commas }) } },
          { x: mkAfter("z") },
          { x: "m" },
          { x: mkBefore("a") },
          { x: mkOrder(1400, "q") },
          { x: mkOrder(10, "first") },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "c02",
    nix: "/o:/n",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.envVar, default: "/d" }) } },
          { x: mkDefault("/m") },
          { x: "/n" },
          { x: "/o" },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "c03",
    nix: "/n:/m",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.envVar, default: "/d" }) } },
          { x: mkDefault("/m") },
          { x: mkDefault("/n") },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "c04",
    nix: "d\no",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.lines, default: "d" }) } }, { x: mkOptionDefault("o") }],
        (c) => c.x,
      );
    },
  },
  {
    name: "c05",
    nix: "bac",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.separatedString("") }) } },
          { x: "a" },
          { x: mkAfter("c") },
          { x: "b" },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "c06",
    nix: "3 2 4 1",
    run: ({ run }) => {
      const m3 = { x: mkBefore("3") };
      const m2 = { imports: [m3], x: "2" };
      const m1 = { imports: [m2], x: "1" };
      run([{ options: { x: mkOption({ type: types.separatedString(" ") }) } }, m1, { x: "4" }], (c) => c.x);
    },
  },
  {
    name: "c07",
    nix: "e\na\nb\nz",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lines }) } },
          { x: mkMerge(["a", mkIf(true, "b"), mkIf(false, "c"), mkAfter("z")]) },
          { x: mkIf(false, "d") },
          { x: "e" },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "c08",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.commas }) } }, { x: "a" }, { x: 1 }], (c) => c.x);
    },
  },
  {
    name: "c09",
    nix: { a: "0\n2\n1", b: "b0\nb1" },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.lines) }) } },
          { x: { a: "1", b: mkBefore("b0") } },
          { x: { a: mkBefore("0"), b: "b1" } },
          { x: { a: "2" } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "c10",
    nix: "f0\nf1\nf2",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lines }) } },
          { x: mkForce("f1") },
          { x: "n" },
          { x: mkForce(mkAfter("f2")) },
          { x: mkForce(mkBefore("f0")) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "c11",
    nix: "b\na",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lines }) } },
          { options: { x: mkOption({ type: types.lines }) } },
          { x: "a" },
          { x: "b" },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "c12",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lines }) } },
          { options: { x: mkOption({ type: types.commas }) } },
          { x: "a" },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "c13",
    nix: [
      ["separatedString", 'strings concatenated with "\\n"'],
      ["separatedString", 'strings concatenated with ","'],
      ["separatedString", 'strings concatenated with ":"'],
      ["separatedString", "Concatenated string"],
      ["separatedString", 'strings concatenated with "\\t"'],
      ["listOf", 'list of strings concatenated with "\\n"'],
    ],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              a: mkOption({ type: types.lines }),
              b: mkOption({ type: types.commas }),
              c: mkOption({ type: types.envVar }),
              d: mkOption({ type: types.separatedString("") }),
              e: mkOption({ type: types.separatedString("\t") }),
              f: mkOption({ type: types.listOf(types.lines) }),
            },
          },
        ],
        (r) =>
          ["a", "b", "c", "d", "e", "f"].map((k) => [r.options[k].type.name, r.options[k].type.description]),
      );
    },
  },
  {
    name: "c14",
    nix: "\na\n",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.lines, default: "" }) } }, { x: "" }, { x: "a" }, { x: "" }],
        (c) => c.x,
      );
    },
  },
  {
    name: "c15",
    nix: "a\nb",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.nullOr(types.lines), default: null }) } },
          { x: "a" },
          { x: mkAfter("b") },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "c16",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.nullOr(types.lines), default: null }) } },
          { x: "a" },
          { x: null },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "c17",
    nix: "b\na",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.either(types.int, types.lines) }) } },
          { x: "a" },
          { x: "b" },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "c18",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lines }) } },
          { x: mkOrder(1500, "after") },
          { x: mkAfter("after2") },
          { x: mkOrder(1500, mkIf(true, "x")) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "d01",
    nix: { a: 1, b: 3 },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      });
      run([{ options: { x: mkOption({ type: sub, default: { a: 2 } }) } }, { x: { b: 3 } }], (c) => c.x);
    },
  },
  {
    name: "d02",
    nix: { a: 2, b: 0 },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      });
      run([{ options: { x: mkOption({ type: sub, default: { a: 2 } }) } }], (c) => c.x);
    },
  },
  {
    name: "d03",
    nix: { a: 1, b: 3 },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      });
      run(
        [{ options: { x: mkOption({ type: sub, default: { a: 2 } }) } }, { x: mkDefault({ b: 3 }) }],
        (c) => c.x,
      );
    },
  },
  {
    name: "d04",
    nix: { a: 2, b: 3 },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      });
      run(
        [{ options: { x: mkOption({ type: sub, default: { a: 2 } }) } }, { x: mkOptionDefault({ b: 3 }) }],
        (c) => c.x,
      );
    },
  },
  {
    name: "d05",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.int, default: 1 }) } }, { x: mkOptionDefault(2) }],
        (c) => c.x,
      );
    },
  },
  {
    name: "d06",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.nullOr(types.int), default: mkIf(false, 3) }) } }],
        (c) => c.x,
      );
    },
  },
  {
    name: "d07",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.int, default: mkIf(true, 3) }) } }], (c) => c.x);
    },
  },
  {
    name: "d08",
    nix: { a: { enable: true, port: 80 }, b: { enable: false, port: 1 }, c: { enable: true, port: 8 } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          enable: mkOption({ type: types.bool, default: false }),
          port: mkOption({ type: types.int, default: 1 }),
        },
        config: ({ config }: any) => mkIf(config.enable, { port: mkDefault(80) }),
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
          { s: { a: { enable: true }, b: {}, c: { enable: true, port: 8 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "d09",
    nix: failed,
    kind: "read-only",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.int, default: 1, readOnly: true }) } }, { x: 2 }],
        (c) => c.x,
      );
    },
  },
  {
    name: "d10",
    nix: 2,
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.int, readOnly: true }) } }, { x: 2 }], (c) => c.x);
    },
  },
  {
    name: "d11",
    nix: failed,
    kind: "read-only",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.int, readOnly: true }) } }, { x: 2 }, { x: mkIf(false, 3) }],
        (c) => c.x,
      );
    },
  },
  {
    name: "d12",
    nix: 2,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, readOnly: true }) } },
          { x: mkMerge([2, mkIf(false, 3)]) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "d13",
    nix: failed,
    kind: "read-only",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.int), readOnly: true }) } },
          { x: [1] },
          { x: mkForce([2]) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "d14",
    nix: 4,
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.int, readOnly: true, default: 4 }) } }], (c) => c.x);
    },
  },
  {
    name: "d15",
    nix: failed,
    kind: "read-only",
    run: ({ run }) => {
      const sub = types.submodule({ options: { ro: mkOption({ type: types.str, readOnly: true }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
          { s: { a: { ro: "1" } } },
          { s: { a: { ro: "1" } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "d16",
    nix: [6, 2],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.listOf(types.int), apply: (l: number[]) => l.map((x) => x * 2) }),
            },
          },
          { x: [1] },
          { x: mkBefore([3]) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "d17",
    nix: { a: "a=1" },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({
                type: types.attrsOf(types.int),
                apply: (s: any) => Object.fromEntries(Object.entries(s).map(([n, v]) => [n, `${n}=${v}`])),
                default: { d: 0 },
              }),
            },
          },
          { x: { a: 1 } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "d18",
    nix: [
      { a: 5, extra: 6 },
      { a: 5, extra: 6 },
    ],
    run: ({ runE }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      runE(
        [
          {
            options: {
              x: mkOption({ type: sub, default: {}, apply: (s: any) => ({ ...s, extra: s.a + 1 }) }),
            },
          },
          { x: { a: 5 } },
        ],
        (r) => [r.config.x, r.options.x.value],
      );
    },
  },
  {
    name: "d19",
    nix: "a",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({
                type: types.listOf(types.str),
                default: ["a"],
                apply: (l: string[]) => l.join(","),
              }),
            },
          },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "d20",
    nix: [1, "one", false, "ERR"],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              x: mkOption({
                type: types.int,
                defaultText: { _type: "literalExpression", text: "config.y + 1" } as any,
              }),
              y: mkOption({ type: types.int, default: 1, defaultText: "one" }),
            },
          },
        ],
        (r) => [r.config.y, r.options.y.defaultText, r.options.x.isDefined, tryv(() => r.config.x)],
      );
    },
  },
  {
    name: "d21",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.int, defaultText: "x" }) } }], (c) => c.x);
    },
  },
  {
    name: "d22",
    nix: { a: 2 },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run([{ options: { x: mkOption({ type: sub }) } }, { x: { a: mkDefault(2) } }], (c) => c.x);
    },
  },
  {
    name: "d23",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run([{ options: { x: mkOption({ type: sub }) } }, { x: { a: mkOptionDefault(3) } }], (c) => c.x);
    },
  },
  {
    name: "d24",
    nix: { a: [1, 3] },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { a: mkOption({ type: types.listOf(types.int), default: [1] }) },
      });
      run([{ options: { x: mkOption({ type: sub }) } }, { x: { a: mkOptionDefault([3]) } }], (c) => c.x);
    },
  },
  {
    name: "d25",
    nix: [{ inner: { b: 5, c: 7 } }, { inner: { b: 1, c: 6 } }],
    run: ({ run }) => {
      const inner = types.submodule({
        options: {
          b: mkOption({ type: types.int, default: 5 }),
          c: mkOption({ type: types.int, default: 6 }),
        },
      });
      const outer = types.submodule({ options: { inner: mkOption({ type: inner, default: { c: 7 } }) } });
      run([], () => [
        evalModules({ modules: [{ options: { x: mkOption({ type: outer, default: {} }) } }] as any }).config
          .x,
        evalModules({
          modules: [
            { options: { x: mkOption({ type: outer, default: {} }) } },
            { x: { inner: { b: 1 } } },
          ] as any,
        }).config.x,
      ]);
    },
  },
  {
    name: "d26",
    nix: 2,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, apply: (x: number) => x + 1 }) } },
          { x: mkForce(1) },
          { x: 7 },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "d27",
    nix: "1",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.int, apply: (x: number) => String(x) }) } }, { x: 1 }],
        (c) => c.x,
      );
    },
  },
  {
    name: "d28",
    nix: 2,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int }), y: mkOption({ type: types.int, default: 0 }) } },
          { config: ({ config }: any) => ({ y: mkDefault(config.x + 1) }) },
          { x: 1 },
          { y: mkIf(false, 9) },
        ],
        (c) => c.y,
      );
    },
  },
  {
    name: "d29",
    nix: { a: 1 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.int), default: { a: 1 } }) } },
          { x: mkIf(false, { b: 1 }) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "d30",
    nix: [[2, 99], [1], [2, 99]],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              x: mkOption({
                type: types.listOf(types.int),
                default: [1],
                apply: (l: number[]) => [...l, 99],
              }),
            },
          },
          { x: [2] },
        ],
        (r) => [r.options.x.value, r.options.x.default, r.config.x],
      );
    },
  },
  {
    name: "e01",
    nix: [1, "a", true, "ERR", "ERR", "ERR", "ERR"],
    run: ({ run }) => {
      const t = (v: any) =>
        tryv(
          () =>
            evalModules({
              modules: [{ options: { x: mkOption({ type: types.enum([1, "a", true]) }) } }, { x: v }] as any,
            }).config.x,
        );
      run([], () => [1, "a", true, "1", 2, false, "A"].map(t));
    },
  },
  {
    name: "e02",
    nix: [
      'one of 1, "a", true',
      'value "only" (singular enum)',
      "impossible (empty enum)",
      'null or one of "a", "b"',
      "list of (one of 1, 2)",
      'one of "a", "b" or signed integer',
    ],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              x: mkOption({ type: types.enum([1, "a", true]) }),
              y: mkOption({ type: types.enum(["only"]) }),
              z: mkOption({ type: types.enum([]) }),
              w: mkOption({ type: types.nullOr(types.enum(["a", "b"])) }),
              v: mkOption({ type: types.listOf(types.enum([1, 2])) }),
              u: mkOption({ type: types.either(types.enum(["a", "b"]), types.int) }),
            },
          },
        ],
        (r) => ["x", "y", "z", "w", "v", "u"].map((k) => r.options[k].type.description),
      );
    },
  },
  {
    name: "e03",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.enum([]) }) } }, { x: "a" }], (c) => c.x);
    },
  },
  {
    name: "e04",
    nix: "c",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.enum(["a", "b"]), default: "a" }) } },
          { options: { x: mkOption({ type: types.enum(["c"]) }) } },
          { x: "c" },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "e05",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.enum(["a", "b"]) }) } }, { x: "a" }, { x: "b" }],
        (c) => c.x,
      );
    },
  },
  {
    name: "e06",
    nix: { a: "off", b: 1, c: 0 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.enum(["on", "off", 0, 1])) }) } },
          { x: { a: "on", b: 1 } },
          { x: { c: mkDefault(0), a: mkForce("off") } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "e07",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.enum(["a", "b"]) }) } }, { x: "c" }], (c) => c.x);
    },
  },
  {
    name: "f01",
    nix: [false, false, 2],
    run: ({ run }) => {
      run(
        [
          { options: { y: mkOption({ type: types.int, default: 1 }) } },
          { _module: { check: false } },
          { x: 1, y: 2, z: { w: 3 } },
        ],
        (c) => ["x" in c, "z" in c, c.y],
      );
    },
  },
  {
    name: "f02",
    nix: ["y"],
    run: ({ run }) => {
      run(
        [
          { options: { y: mkOption({ type: types.int, default: 1 }) } },
          { config: { _module: { check: false } } },
          { x: 1 },
        ],
        (c) =>
          Object.keys(c)
            .filter((k) => k !== "_module")
            .sort(),
      );
    },
  },
  {
    name: "f03",
    nix: failed,
    kind: "module",
    run: ({ run }) => {
      const sub = types.submodule({
        _module: { check: false },
        options: { a: mkOption({ type: types.int, default: 1 }) },
      } as any);
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(sub) }) } }, { s: { k: { a: 2, b: 3 } } }],
        (c) => c.s,
      );
    },
  },
  {
    name: "f03b",
    nix: { k: { a: 2 } },
    run: ({ run }) => {
      const sub = types.submodule({
        config: { _module: { check: false } },
        options: { a: mkOption({ type: types.int, default: 1 }) },
      });
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(sub) }) } }, { s: { k: { a: 2, b: 3 } } }],
        (c) => c.s,
      );
    },
  },
  {
    name: "f04",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
          { _module: { check: false } },
          { s: { k: { a: 2, b: 3 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f05",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run(
        [
          { options: { y: mkOption({ type: types.int, default: 1 }) } },
          { _module: { check: mkDefault(false) } },
          { _module: { check: true } },
          { x: 1 },
        ],
        (c) => c.y,
      );
    },
  },
  {
    name: "f06",
    nix: { foo: { enable: true } },
    run: ({ run }) => {
      run(
        [
          { options: { services: { foo: { enable: mkOption({ type: types.bool, default: false }) } } } },
          { _module: { check: false } },
          { services: { foo: { enable: true, extra: 1 }, bar: 2 } },
        ],
        (c) => c.services,
      );
    },
  },
  {
    name: "g01",
    nix: { a: ["m2", "m3", "m1", "last"], b: ["m3", "m1"], c: [] },
    run: ({ run }) => {
      const m3 = { x: { b: ["m3"], a: ["m3"] } };
      const m2 = { imports: [m3], x: { a: mkBefore(["m2"]) } };
      const m1 = { x: { a: ["m1"], b: ["m1"] } };
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.listOf(types.str)) }) } },
          m1,
          m2,
          { x: { a: mkAfter(["last"]), c: [] } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "g02",
    nix: { b: [1] },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.listOf(types.int)), default: { a: [0] } }) } },
          { x: { b: [1] } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "g03",
    nix: { a: [9], b: [3] },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.listOf(types.int)) }) } },
          { x: mkMerge([{ a: [1] }, mkIf(true, { a: [2], b: [3] }), mkIf(false, { c: [4] })]) },
          { x: { a: mkForce([9]) } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "g04",
    nix: [["a", "b"], [], [2]],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lazyAttrsOf(types.listOf(types.int)) }) } },
          { x: { a: mkIf(false, [1]), b: [2] } },
        ],
        (c) => [Object.keys(c.x).sort(), c.x.a, c.x.b],
      );
    },
  },
  {
    name: "g05",
    nix: [["a", "b"], {}, { p: 1 }],
    run: ({ run }) => {
      const sub = types.submodule({ options: { p: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { x: mkOption({ type: types.lazyAttrsOf(sub) }) } },
          { x: { a: mkIf(false, { p: 2 }), b: {} } },
        ],
        (c) => [Object.keys(c.x).sort(), c.x.a, c.x.b],
      );
    },
  },
  {
    name: "g06",
    nix: [["a"], null],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lazyAttrsOf(types.nullOr(types.str)) }) } },
          { x: { a: mkIf(false, "s") } },
        ],
        (c) => [Object.keys(c.x).sort(), c.x.a],
      );
    },
  },
  {
    name: "g07",
    nix: [["a", "b"], "t", "ERR"],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lazyAttrsOf(types.str) }) } },
          { x: { a: mkIf(false, "s"), b: "t" } },
        ],
        (c) => [Object.keys(c.x).sort(), c.x.b, tryv(() => c.x.a)],
      );
    },
  },
  {
    name: "g08",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lazyAttrsOf(types.str) }) } },
          { x: { a: mkIf(false, "s") } },
        ],
        (c) => c.x.a,
      );
    },
  },
  {
    name: "g09",
    nix: [["a", "b"], "ERR", "u"],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lazyAttrsOf(types.lines) }) } },
          { x: { a: mkIf(false, "s"), b: mkIf(false, "t") } },
          { x: { b: "u" } },
        ],
        (c) => [Object.keys(c.x).sort(), tryv(() => c.x.a), c.x.b],
      );
    },
  },
  {
    name: "g10",
    nix: [["a", "b"], {}, {}],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lazyAttrsOf(types.attrsOf(types.int)) }) } },
          { x: { a: mkIf(false, { q: 1 }), b: { q: mkIf(false, 1) } } },
        ],
        (c) => [Object.keys(c.x).sort(), c.x.a, c.x.b],
      );
    },
  },
  {
    name: "g11",
    nix: { a: 1 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.int) }) } },
          { x: mkForce({ a: 1 }) },
          { x: { b: 2 } },
          { x: { a: 5 } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "g12",
    nix: { a: 2 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.int) }) } },
          { x: mkDefault({ a: 1, b: 1 }) },
          { x: { a: 2 } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "g13",
    nix: { a: 1 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.int) }) } },
          { x: mkForce({ a: mkDefault(1) }) },
          { x: { a: 2 } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "g14",
    nix: { a: 4, b: 2, c: 5 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.int) }) } },
          { x: { a: mkDefault(1), b: mkForce(2) } },
          { x: { b: 3, a: 4 } },
          { x: { c: mkOverride(900, 5) } },
          { x: { c: mkOverride(950, 6) } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "g15",
    nix: { c: 3 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.int), default: { a: 1, b: 2 } }) } },
          { x: { c: 3 } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "g16",
    nix: { a: 1, b: 2, c: 3 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.int), default: { a: 1, b: 2 } }) } },
          { x: mkOptionDefault({ c: 3 }) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "g17",
    nix: { a: 1, b: 2 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.int) }) } },
          { x: mkForce({ a: 1 }) },
          { x: mkForce({ b: 2 }) },
          { x: { c: mkForce(3) } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "g18",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.attrsOf(types.int) }) } }, { x: mkIf(false, { a: 1 }) }],
        (c) => c.x,
      );
    },
  },
  {
    name: "g19",
    nix: {},
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.attrsOf(types.int) }) } }, { x: { a: mkIf(false, 1) } }],
        (c) => c.x,
      );
    },
  },
  {
    name: "g20",
    nix: { a: { c: 2 } },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.attrsOf(types.int)) }) } },
          { x: { a: { b: mkDefault(1) } } },
          { x: { a: mkForce({ c: 2 }) } },
          { x: { a: { b: 3 } } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "g21",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.attrsOf(types.int) }) } }, { x: { a: 1 } }, { x: [1] }],
        (c) => c.x,
      );
    },
  },
  {
    name: "h01",
    nix: { services: { bar: { x: 2 }, foo: { enable: true, extra: 1 } }, top: "t" },
    run: ({ run }) => {
      run(
        [
          {
            freeformType: types.attrsOf(types.anything),
            options: { services: { foo: { enable: mkOption({ type: types.bool, default: false }) } } },
          },
          { services: { foo: { enable: true, extra: 1 }, bar: { x: 2 } }, top: "t" },
        ],
        (c) => {
          const { _module, ...rest } = c;
          return rest;
        },
      );
    },
  },
  {
    name: "h02",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [
          {
            freeformType: types.attrsOf(types.str),
            options: { services: { foo: { enable: mkOption({ type: types.bool, default: false }) } } },
          },
          { services: { foo: { extra: 1 } } },
        ],
        (c) => c.services,
      );
    },
  },
  {
    name: "h03",
    nix: ["t", { foo: { enable: false } }],
    run: ({ run }) => {
      run(
        [
          {
            freeformType: types.attrsOf(types.str),
            options: { services: { foo: { enable: mkOption({ type: types.bool, default: false }) } } },
          },
          { top: "t" },
        ],
        (c) => [c.top, c.services],
      );
    },
  },
  {
    name: "h04",
    nix: { ns: { a: 1, b: 5 }, other: { c: 3, d: 4 } },
    run: ({ run }) => {
      run(
        [
          {
            freeformType: types.attrsOf(types.attrsOf(types.int)),
            options: { ns: { a: mkOption({ type: types.int, default: 1 }) } },
          },
          { ns: { b: 2 }, other: { c: 3 } },
          { other: { d: 4 }, ns: { b: mkForce(5) } },
        ],
        (c) => {
          const { _module, ...rest } = c;
          return rest;
        },
      );
    },
  },
  {
    name: "h05",
    nix: { extra: "e", name: "n", nested: { port: 81 }, num: 3 },
    run: ({ run }) => {
      const sub = types.submodule({
        freeformType: types.attrsOf(types.either(types.str, types.int)),
        options: {
          name: mkOption({ type: types.str, default: "n" }),
          nested: { port: mkOption({ type: types.port, default: 80 }) },
        },
      });
      run(
        [
          { options: { s: mkOption({ type: sub, default: {} }) } },
          { s: { extra: "e", nested: { port: 81 } } },
          { s: { num: 3 } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "h06",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      const sub = types.submodule({
        freeformType: types.attrsOf(types.either(types.str, types.int)),
        options: { nested: { port: mkOption({ type: types.port, default: 80 }) } },
      });
      run(
        [{ options: { s: mkOption({ type: sub, default: {} }) } }, { s: { nested: { other: "o" } } }],
        (c) => c.s,
      );
    },
  },
  {
    name: "h07",
    nix: [["a", "b"], 2],
    run: ({ run }) => {
      run([{ freeformType: types.lazyAttrsOf(types.int) }, { a: mkIf(false, 1), b: 2 }], (c) => [
        Object.keys(c)
          .filter((k) => k !== "_module")
          .sort(),
        c.b,
      ]);
    },
  },
  {
    name: "h08",
    nix: [
      ["a", "b"],
      ["w", "x"],
    ],
    run: ({ run }) => {
      run(
        [
          {
            freeformType: types.attrsOf(types.listOf(types.str)),
            options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
          },
          { l: ["a"], f: ["x"] },
          { f: mkBefore(["w"]), l: mkAfter(["b"]) },
        ],
        (c) => [c.l, c.f],
      );
    },
  },
  {
    name: "h09b",
    nix: [5, 6],
    run: ({ run }) => {
      run(
        [
          {
            freeformType: types.lazyAttrsOf(types.int),
            options: { x: mkOption({ type: types.int, default: 1 }) },
          },
          { config: ({ config }: any) => ({ y: config.x + 1 }) },
          { x: 5 },
        ],
        (c) => [c.x, c.y],
      );
    },
  },
  {
    name: "h09e",
    nix: [1, 6, 5],
    run: ({ run }) => {
      run(
        [
          {
            freeformType: types.lazyAttrsOf(types.int),
            options: { x: mkOption({ type: types.int, default: 1 }) },
          },
          { config: ({ config }: any) => ({ y: config.z + 1 }) },
          { z: 5 },
        ],
        (c) => [c.x, c.y, c.z],
      );
    },
  },
  {
    name: "h09f",
    nix: [6, 5],
    run: ({ run }) => {
      run(
        [
          {
            freeformType: types.lazyAttrsOf(types.int),
            options: { x: mkOption({ type: types.int, default: 1 }) },
          },
          { config: ({ config }: any) => ({ x: config.z + 1 }) },
          { z: 5 },
        ],
        (c) => [c.x, c.z],
      );
    },
  },
  {
    name: "h09g",
    nix: [6, 5],
    run: ({ run }) => {
      run(
        [
          {
            freeformType: types.attrsOf(types.int),
            options: { x: mkOption({ type: types.int, default: 1 }) },
          },
          { config: ({ config }: any) => ({ x: config.z + 1 }) },
          { z: 5 },
        ],
        (c) => [c.x, c.z],
      );
    },
  },
  {
    name: "h09h",
    nix: { host: "x", url: "http://x" },
    run: ({ run }) => {
      const sub = types.submodule({
        freeformType: types.lazyAttrsOf(types.str),
        options: { host: mkOption({ type: types.str, default: "h" }) },
        config: ({ config }: any) => ({ url: `http://${config.host}` }),
      });
      run([{ options: { s: mkOption({ type: sub, default: {} }) } }, { s: { host: "x" } }], (c) => c.s);
    },
  },
  {
    name: "h09j",
    nix: "hello bob",
    run: ({ run }) => {
      run(
        [
          { freeformType: types.lazyAttrsOf(types.str) },
          { config: ({ config }: any) => ({ greeting: `hello ${config.who}` }) },
          { who: "bob" },
        ],
        (c) => c.greeting,
      );
    },
  },
  {
    name: "h09k",
    nix: { a: { host: "x", url: "http://x" } },
    run: ({ run }) => {
      const sub = types.submodule({
        freeformType: types.lazyAttrsOf(types.str),
        config: ({ config }: any) => ({ url: `http://${config.host}` }),
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { a: { host: "x" } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "h09l",
    nix: ["x", "hi bob"],
    run: ({ run }) => {
      run(
        [
          {
            freeformType: types.lazyAttrsOf(types.str),
            options: { d: mkOption({ type: types.str, default: "D" }) },
          },
          { config: ({ config }: any) => ({ d: "x", greeting: `hi ${config.who}` }) },
          { who: "bob" },
        ],
        (c) => [c.d, c.greeting],
      );
    },
  },
  {
    name: "h09m",
    nix: { a: { host: "x", url: "http://x" } },
    run: ({ run }) => {
      const sub = types.submodule([
        { freeformType: types.lazyAttrsOf(types.str) },
        { config: ({ config }: any) => ({ url: `http://${config.host}` }) },
      ]);
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { a: { host: "x" } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "h09n",
    nix: "from bob",
    run: ({ run }) => {
      run(
        [
          {
            freeformType: types.lazyAttrsOf(types.str),
            options: { d: mkOption({ type: types.str, default: "D" }) },
            config: ({ config }: any) => ({ d: `from ${config.who}` }),
          },
          { who: "bob" },
        ],
        (c) => c.d,
      );
    },
  },
  {
    name: "h09o",
    nix: { a: { host: "x", url: "http://x" } },
    run: ({ run }) => {
      const sub = types.submodule([
        {
          freeformType: types.lazyAttrsOf(types.str),
          options: { host: mkOption({ type: types.str, default: "h" }) },
        },
        { config: ({ config }: any) => ({ url: `http://${config.host}` }) },
      ]);
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { a: { host: "x" } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "h10",
    nix: [10, 5],
    run: ({ run }) => {
      run(
        [
          {
            freeformType: types.attrsOf(types.int),
            options: { x: mkOption({ type: types.int, default: 1 }) },
          },
          { config: ({ config }: any) => ({ x: config.y * 2 }) },
          { y: 5 },
        ],
        (c) => [c.x, c.y],
      );
    },
  },
  {
    name: "h11",
    nix: { a: { k: "v", k2: "w", name: "A" }, b: { name: "b" } },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        freeformType: types.attrsOf(types.str),
        options: { name: mkOption({ type: types.str, default: name }) },
      }));
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
          { s: { a: { k: "v" }, b: {} } },
          { s: { a: { name: "A", k2: "w" } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "h12",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run([{ freeformType: types.attrsOf(types.int) }, { a: 1 }, { a: 2 }], (c) => c.a);
    },
  },
  {
    name: "h13",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [
          {
            freeformType: types.attrsOf(types.int),
            options: { ns: { x: mkOption({ type: types.int, default: 0 }) } },
          },
          { ns: 3 },
        ],
        (c) => c.ns,
      );
    },
  },
  {
    name: "h14",
    nix: [["a", "k"], true],
    run: ({ runE }) => {
      const sub = types.submodule({
        freeformType: types.attrsOf(types.str),
        options: { a: mkOption({ type: types.str, default: "d" }) },
      });
      runE([{ options: { s: mkOption({ type: sub, default: {} }) } }, { s: { k: "v" } }], (r) => [
        Object.keys(r.config.s).sort(),
        r.options.s.isDefined,
      ]);
    },
  },
  {
    name: "h15",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [{ freeformType: types.attrsOf(types.int) }, { _module: { check: false } }, { a: "s" }],
        (c) => c.a,
      );
    },
  },
  {
    name: "h16",
    nix: { b: 1, c: { d: 3, e: [1] } },
    run: ({ run }) => {
      run(
        [
          {
            freeformType: types.attrsOf(types.anything),
            options: { a: { b: mkOption({ type: types.int, default: 1 }) } },
          },
          { a: { c: { d: 2, e: [1] } } },
          { a: { c: { d: mkForce(3) } } },
        ],
        (c) => c.a,
      );
    },
  },
  {
    name: "i01",
    nix: [0, 255, "ERR", "ERR"],
    run: ({ run }) => {
      const t = (v: any) =>
        tryv(
          () =>
            evalModules({ modules: [{ options: { x: mkOption({ type: types.ints.u8 }) } }, { x: v }] as any })
              .config.x,
        );
      run([], () => [0, 255, 256, -1].map(t));
    },
  },
  {
    name: "i02",
    nix: [-128, 127, "ERR", "ERR", 0],
    run: ({ run }) => {
      const t = (v: any) =>
        tryv(
          () =>
            evalModules({ modules: [{ options: { x: mkOption({ type: types.ints.s8 }) } }, { x: v }] as any })
              .config.x,
        );
      run([], () => [-128, 127, 128, -129, 0].map(t));
    },
  },
  {
    name: "i03",
    nix: [
      [65535, "ERR", "ERR"],
      [-32768, 32767, "ERR", "ERR"],
      [0, 65535, "ERR"],
    ],
    run: ({ run }) => {
      const t = (ty: any) => (v: any) =>
        tryv(
          () =>
            evalModules({ modules: [{ options: { x: mkOption({ type: ty }) } }, { x: v }] as any }).config.x,
        );
      run([], () => [
        [65535, 65536, -1].map(t(types.ints.u16)),
        [-32768, 32767, 32768, -32769].map(t(types.ints.s16)),
        [0, 65535, 65536].map(t(types.port)),
      ]);
    },
  },
  {
    name: "i04",
    nix: [
      [4294967295, "ERR", "ERR"],
      [-2147483648, 2147483647, "ERR", "ERR"],
    ],
    run: ({ run }) => {
      const t = (ty: any) => (v: any) =>
        tryv(
          () =>
            evalModules({ modules: [{ options: { x: mkOption({ type: ty }) } }, { x: v }] as any }).config.x,
        );
      run([], () => [
        [4294967295, 4294967296, -1].map(t(types.ints.u32)),
        [-2147483648, 2147483647, 2147483648, -2147483649].map(t(types.ints.s32)),
      ]);
    },
  },
  {
    name: "i05",
    nix: [
      ["ERR", 1, "ERR"],
      [0, "ERR", 9999999999],
      ["ERR", 3, "ERR"],
      ["ERR", -5, -2, "ERR"],
    ],
    run: ({ run }) => {
      const t = (ty: any) => (v: any) =>
        tryv(
          () =>
            evalModules({ modules: [{ options: { x: mkOption({ type: ty }) } }, { x: v }] as any }).config.x,
        );
      run([], () => [
        [0, 1, -1].map(t(types.ints.positive)),
        [0, -1, 9999999999].map(t(types.ints.unsigned)),
        [2, 3, 4].map(t(types.ints.between(3, 3))),
        [-6, -5, -2, -1].map(t(types.ints.between(-5, -2))),
      ]);
    },
  },
  {
    name: "i06",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.ints.u8 }) } }, { x: 256 }], (c) => c.x);
    },
  },
  {
    name: "i08",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.ints.positive }) } }, { x: 0 }], (c) => c.x);
    },
  },
  {
    name: "i09",
    nix: {
      a: ["unsignedInt8", "8 bit unsigned integer; between 0 and 255 (both inclusive)"],
      b: ["signedInt16", "16 bit signed integer; between -32768 and 32767 (both inclusive)"],
      c: ["intBetween", "integer between 0 and 10 (both inclusive)"],
      d: ["positiveInt", "positive integer, meaning >0"],
      e: ["unsignedInt", "unsigned integer, meaning >=0"],
      f: ["unsignedInt16", "16 bit unsigned integer; between 0 and 65535 (both inclusive)"],
      g: ["listOf", "list of (positive integer, meaning >0)"],
      h: ["either", "positive integer, meaning >0, or string"],
      i: ["nullOr", "null or (unsigned integer, meaning >=0)"],
      j: ["either", "string or (positive integer, meaning >0)"],
    },
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              a: mkOption({ type: types.ints.u8 }),
              b: mkOption({ type: types.ints.s16 }),
              c: mkOption({ type: types.ints.between(0, 10) }),
              d: mkOption({ type: types.ints.positive }),
              e: mkOption({ type: types.ints.unsigned }),
              f: mkOption({ type: types.port }),
              g: mkOption({ type: types.listOf(types.ints.positive) }),
              h: mkOption({ type: types.either(types.ints.positive, types.str) }),
              i: mkOption({ type: types.nullOr(types.ints.unsigned) }),
              j: mkOption({ type: types.either(types.str, types.ints.positive) }),
            },
          },
        ],
        (r) =>
          Object.fromEntries(
            Object.entries(r.options)
              .filter(([n]) => n !== "_module")
              .map(([n, o]: any) => [n, [o.type.name, o.type.description]]),
          ),
      );
    },
  },
  {
    name: "i10",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.ints.positive) }) } },
          { x: [1] },
          { x: [2, 0] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "i11",
    nix: 4,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.ints.between(0, 10) }) } },
          { x: 4 },
          { x: 4 },
          { x: mkDefault(11) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "i12",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.port }) } }, { x: "80" }], (c) => c.x);
    },
  },
  {
    name: "i13",
    nix: 80,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.port) }) } },
          { x: { http: 80 } },
          { x: { bad: 70000 } },
        ],
        (c) => c.x.http,
      );
    },
  },
  {
    name: "i14",
    nix: ["bad", "http"],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.port) }) } },
          { x: { http: 80 } },
          { x: { bad: 70000 } },
        ],
        (c) => Object.keys(c.x).sort(),
      );
    },
  },
  {
    name: "i15",
    nix: [["bad", "http"], 80],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lazyAttrsOf(types.port) }) } },
          { x: { http: 80 } },
          { x: { bad: 70000 } },
        ],
        (c) => [Object.keys(c.x).sort(), c.x.http],
      );
    },
  },
  {
    name: "i16",
    nix: [["ERR", "ERR", "ERR"], ["ERR"]],
    run: ({ run }) => {
      const t = (ty: any) => (v: any) =>
        tryv(
          () =>
            evalModules({ modules: [{ options: { x: mkOption({ type: ty }) } }, { x: v }] as any }).config.x,
        );
      run([], () => [[true, null, "1"].map(t(types.int)), [true].map(t(types.ints.u8))]);
    },
  },
  {
    name: "i17",
    nix: 1,
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: (types as any).numbers.between(0, 1) }) } }, { x: 1 }],
        (c) => c.x,
      );
    },
  },
  {
    name: "i18",
    nix: [
      [0, "ERR", 3],
      ["ERR", 2],
    ],
    run: ({ run }) => {
      const t = (ty: any) => (v: any) =>
        tryv(
          () =>
            evalModules({ modules: [{ options: { x: mkOption({ type: ty }) } }, { x: v }] as any }).config.x,
        );
      run([], () => [
        [0, -1, 3].map(t((types as any).numbers.nonnegative)),
        [0, 2].map(t((types as any).numbers.positive)),
      ]);
    },
  },
  {
    name: "i19",
    nix: [[0, -3, "ERR"]],
    run: ({ run }) => {
      const t = (ty: any) => (v: any) =>
        tryv(
          () =>
            evalModules({ modules: [{ options: { x: mkOption({ type: ty }) } }, { x: v }] as any }).config.x,
        );
      run([], () => [[0, -3, "1"].map(t(types.number))]);
    },
  },
  {
    name: "j01",
    nix: "defined",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 1 }), y: mkOption({ type: types.str }) } },
          { config: ({ options }: any) => ({ y: options.x.isDefined ? "defined" : "not" }) },
        ],
        (c) => c.y,
      );
    },
  },
  {
    name: "j02",
    nix: "not",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.nullOr(types.int) }), y: mkOption({ type: types.str }) } },
          { config: ({ options }: any) => ({ y: options.x.isDefined ? "defined" : "not" }) },
          { x: mkIf(false, 1) },
        ],
        (c) => c.y,
      );
    },
  },
  {
    name: "j03",
    nix: ["default", "default", "set", "forced"],
    run: ({ run }) => {
      const m = {
        config: ({ options }: any) => ({
          y: options.x.highestPrio < 100 ? "forced" : options.x.highestPrio < 1000 ? "set" : "default",
        }),
      };
      const decl = {
        options: { x: mkOption({ type: types.int, default: 1 }), y: mkOption({ type: types.str }) },
      };
      const e = (ms: any[]) => evalModules({ modules: ms }).config.y;
      run([], () => [
        e([decl, m]),
        e([decl, m, { x: mkDefault(2) }]),
        e([decl, m, { x: 3 }]),
        e([decl, m, { x: mkForce(4) }]),
      ]);
    },
  },
  {
    name: "j04",
    nix: 3,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              l: mkOption({ type: types.listOf(types.int), default: [] }),
              n: mkOption({ type: types.int }),
            },
          },
          { config: ({ options }: any) => ({ n: options.l.definitions.length }) },
          { l: [1] },
          { l: mkMerge([[2], [3], mkIf(false, [4])]) },
        ],
        (c) => c.n,
      );
    },
  },
  {
    name: "j05",
    nix: [1],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              l: mkOption({ type: types.listOf(types.int), default: [] }),
              n: mkOption({ type: types.listOf(types.int) }),
            },
          },
          { config: ({ options }: any) => ({ n: options.l.value }) },
          { l: [1] },
        ],
        (c) => c.n,
      );
    },
  },
  {
    name: "j06",
    nix: { p: { a: 1, b: "a set" }, q: { a: null, b: "a unset" } },
    run: ({ run }) => {
      const sub = types.submodule(({ options, config }: any) => ({
        options: {
          a: mkOption({ type: types.nullOr(types.int), default: null }),
          b: mkOption({
            type: types.str,
            default: lazy(() => (options.a.isDefined && config.a !== null ? "a set" : "a unset")),
          }),
        },
      }));
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(sub) }) } }, { s: { p: { a: 1 }, q: {} } }],
        (c) => c.s,
      );
    },
  },
  {
    name: "j07",
    nix: { p: { a: 1, prio: 100 }, q: { a: 0, prio: 1500 }, r: { a: 2, prio: 1000 } },
    run: ({ run }) => {
      const sub = types.submodule(({ options }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          prio: mkOption({ type: types.int, default: lazy(() => options.a.highestPrio) }),
        },
      }));
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
          { s: { p: { a: 1 }, q: {}, r: { a: mkDefault(2) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "j08",
    nix: [1, [2], 100, true],
    run: ({ runE }) => {
      runE(
        [{ options: { x: mkOption({ type: types.int, default: 1 }) } }, { x: 2 }, { x: mkDefault(3) }],
        (r) => [
          r.options.x.files.length,
          r.options.x.definitions,
          r.options.x.highestPrio,
          r.options.x.isDefined,
        ],
      );
    },
  },
  {
    name: "j09",
    nix: { d: 1, highestPrio: 77, isDefined: true, t: "int" },
    run: ({ run }) => {
      run(
        [
          {
            options: { x: mkOption({ type: types.int, default: 1 }), info: mkOption({ type: types.attrs }) },
          },
          {
            config: ({ options }: any) => ({
              info: {
                isDefined: options.x.isDefined,
                highestPrio: options.x.highestPrio,
                t: options.x.type.name,
                d: options.x.default,
              },
            }),
          },
          { x: mkOverride(77, 5) },
        ],
        (c) => c.info,
      );
    },
  },
  {
    name: "j10",
    nix: ["b"],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: { b: mkOption({ type: types.int, default: 1 }) },
              names: mkOption({ type: types.listOf(types.str) }),
            },
          },
          { config: ({ options }: any) => ({ names: Object.keys(options.a) }) },
        ],
        (c) => c.names,
      );
    },
  },
  {
    name: "j11",
    nix: true,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.attrsOf(types.int), default: {} }),
              y: mkOption({ type: types.bool }),
            },
          },
          { config: ({ options }: any) => ({ y: options.x.isDefined }) },
        ],
        (c) => c.y,
      );
    },
  },
  {
    name: "j12",
    nix: false,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.int) }), y: mkOption({ type: types.bool }) } },
          { config: ({ options }: any) => ({ y: options.x.isDefined }) },
        ],
        (c) => c.y,
      );
    },
  },
  {
    name: "j13",
    nix: 10,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.int, default: 1 }),
              y: mkOption({ type: types.int, default: 0 }),
            },
          },
          { config: ({ options }: any) => ({ y: mkIf(options.x.highestPrio === 100, 10) }) },
          { x: 2 },
        ],
        (c) => c.y,
      );
    },
  },
  {
    name: "k01",
    nix: { name: "web", port: 80 },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { name: mkOption({ type: types.str }), port: mkOption({ type: types.int, default: 80 }) },
      });
      run(
        [
          {
            options: { x: mkOption({ type: types.coercedTo(types.str, (s: string) => ({ name: s }), sub) }) },
          },
          { x: "web" },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "k02",
    nix: { name: "web", port: 8080 },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { name: mkOption({ type: types.str }), port: mkOption({ type: types.int, default: 80 }) },
      });
      run(
        [
          {
            options: { x: mkOption({ type: types.coercedTo(types.str, (s: string) => ({ name: s }), sub) }) },
          },
          { x: "web" },
          { x: { port: 8080 } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "k03",
    nix: ["z", "b", "c", "a"],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.coercedTo(types.str, (s: string) => [s], types.listOf(types.str)) }),
            },
          },
          { x: "a" },
          { x: ["b", "c"] },
          { x: mkBefore("z") },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "k04",
    nix: "5",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.coercedTo(types.int, (i: number) => String(i), types.str) }),
            },
          },
          { x: 5 },
          { x: "5" },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "k05",
    nix: { a: { n: "a", v: "1" }, b: { n: "b", v: "2" } },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: { v: mkOption({ type: types.str }), n: mkOption({ type: types.str, default: name }) },
      }));
      run(
        [
          {
            options: {
              x: mkOption({
                type: types.attrsOf(types.coercedTo(types.str, (s: string) => ({ v: s }), sub)),
              }),
            },
          },
          { x: { a: "1", b: { v: "2" } } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "k07",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.coercedTo(types.str, (s: string) => [s], types.listOf(types.int)) }),
            },
          },
          { x: "a" },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "k08",
    nix: 6,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.coercedTo(types.int, (x: number) => x + 1, types.int) }) } },
          { x: 5 },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "k09",
    nix: "a,b",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({
                type: types.coercedTo(types.listOf(types.str), (l: string[]) => l.join(","), types.str),
                default: ["a", "b"],
              }),
            },
          },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "k10",
    nix: { a: true, b: false, c: true },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({
                type: types.coercedTo(types.str, (s: string) => ({ [s]: true }), types.attrsOf(types.bool)),
              }),
            },
          },
          { x: "a" },
          { x: { b: false } },
          { x: "c" },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "k11",
    nix: [
      ["coercedTo", "(list of string) or string convertible to it"],
      ["coercedTo", "string or signed integer convertible to it"],
      ["coercedTo", "(submodule) or string convertible to it"],
      ["listOf", "list of (string or signed integer convertible to it)"],
    ],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              a: mkOption({ type: types.coercedTo(types.str, (s: string) => [s], types.listOf(types.str)) }),
              b: mkOption({ type: types.coercedTo(types.int, String, types.str) }),
              c: mkOption({ type: types.coercedTo(types.str, (s: string) => ({}), types.submodule({})) }),
              d: mkOption({ type: types.listOf(types.coercedTo(types.int, String, types.str)) }),
            },
          },
        ],
        (r) => ["a", "b", "c", "d"].map((k) => [r.options[k].type.name, r.options[k].type.description]),
      );
    },
  },
  {
    name: "k12",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.coercedTo(types.int, (i: number) => String(i), types.str) }),
            },
          },
          { x: true },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "k13",
    nix: ["a"],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({
                type: types.coercedTo(types.str, (s: string) => [s], types.nonEmptyListOf(types.str)),
              }),
            },
          },
          { x: "a" },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "k14",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({
                type: types.coercedTo(
                  types.listOf(types.int),
                  (l: number[]) => l.length,
                  types.ints.between(0, 2),
                ),
              }),
            },
          },
          { x: [1, 2, 3] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "l01",
    nix: [{ n: "[definition 1-entry 1]" }, { n: "[definition 2-entry 1]" }, { n: "[definition 2-entry 2]" }],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({
                type: types.listOf(
                  types.submodule(({ name }: any) => ({
                    options: { n: mkOption({ type: types.str, default: name }) },
                  })),
                ),
              }),
            },
          },
          { x: [{}, {}] },
          { x: [{}] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "l02",
    nix: [
      { a: 1, b: 2 },
      { a: 5, b: 6 },
      { a: 1, b: 0 },
    ],
    run: ({ run }) => {
      const sub = types.submodule(({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: lazy(() => config.a + 1) }),
        },
      }));
      run(
        [
          { options: { x: mkOption({ type: types.listOf(sub) }) } },
          { x: [{ a: 5 }, () => ({ b: 0 })] },
          { x: mkBefore([{}]) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "l03",
    nix: [
      { a: 1, e: false },
      { a: 7, e: true },
    ],
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          e: mkOption({ type: types.bool, default: false }),
        },
      });
      run(
        [
          { options: { x: mkOption({ type: types.listOf(sub) }) } },
          { x: [{ a: mkIf(false, 9) }, { a: mkIf(true, 7), e: mkDefault(true) }] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "l04",
    nix: [{ a: 3 }, { a: 4 }],
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { x: mkOption({ type: types.listOf(sub) }) } },
          { x: [mkIf(false, { a: 2 }), { a: 3 }, mkIf(true, { a: 4 })] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "l05",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int }) } });
      run([{ options: { x: mkOption({ type: types.listOf(sub) }) } }, { x: [{ a: 1 }, {}] }], (c) => c.x);
    },
  },
  {
    name: "l06",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int }) } });
      run([{ options: { x: mkOption({ type: types.listOf(sub) }) } }, { x: [{ a: 1, b: 2 }] }], (c) => c.x);
    },
  },
  {
    name: "l07",
    nix: [[2, 3], [1]],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.listOf(types.int)) }) } },
          { x: [[1]] },
          { x: [[2, 3], mkIf(false, [4])] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "l08",
    nix: [{ a: 1 }, { b: 2 }],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.attrsOf(types.int)) }) } },
          { x: [{ a: 1 }, { b: mkDefault(2), c: mkIf(false, 3) }] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "l09",
    nix: { k: [{ n: "[definition 1-entry 1]" }] },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: { n: mkOption({ type: types.str, default: name }) },
      }));
      run(
        [{ options: { x: mkOption({ type: types.attrsOf(types.listOf(sub)) }) } }, { x: { k: [{}] } }],
        (c) => c.x,
      );
    },
  },
  {
    name: "l10",
    nix: [{ n: "x" }, { n: "y" }],
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: { n: mkOption({ type: types.str, default: name }) },
      }));
      run(
        [
          { options: { x: mkOption({ type: types.nullOr(sub) }), y: mkOption({ type: sub }) } },
          { x: {}, y: {} },
        ],
        (c) => [c.x, c.y],
      );
    },
  },
  {
    name: "m01",
    nix: ["c", "a"],
    run: ({ run }) => {
      const b = { key: "b", x: ["b"] };
      const a = { key: "a", imports: [b], x: ["a"] };
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.str), default: [] }) } },
          a,
          { disabledModules: [b], x: ["c"] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "m02",
    nix: ["c", "a"],
    run: ({ run }) => {
      const b = { key: "b", x: ["b"] };
      const a = { key: "a", imports: [b], x: ["a"] };
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.str), default: [] }) } },
          a,
          { disabledModules: [{ key: "b" }], x: ["c"] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "m03",
    nix: ["b", "d"],
    run: ({ run }) => {
      const b = { key: "b", x: ["b"] };
      const a = { key: "a", imports: [b], x: ["a"] };
      const d = { key: "d", imports: [b], x: ["d"] };
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.str), default: [] }) } },
          a,
          d,
          { disabledModules: [{ key: "a" }] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "m04",
    nix: [],
    run: ({ run }) => {
      const b = { key: "b", x: ["b"] };
      const a = { key: "a", imports: [b], x: ["a"] };
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.str), default: [] }) } },
          a,
          { disabledModules: [{ key: "a" }] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "m05",
    nix: [],
    run: ({ run }) => {
      const b = { key: "b", x: ["b"] };
      const a = { key: "a", disabledModules: [{ key: "b" }], x: ["a"] };
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.str), default: [] }) } },
          a,
          b,
          { disabledModules: [{ key: "a" }] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "m06",
    nix: ["outer", "first"],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.str), default: [] }) } },
          { key: "k", x: ["first"] },
          { imports: [{ key: "k", x: ["second"] }], x: ["outer"] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "m07",
    nix: ["f1"],
    run: ({ run }) => {
      const f1 = () => ({ key: "k", x: ["f1"] });
      const f2 = () => ({ key: "k", x: ["f2"] });
      run([{ options: { x: mkOption({ type: types.listOf(types.str), default: [] }) } }, f1, f2], (c) => c.x);
    },
  },
  {
    name: "m08",
    nix: ["leaf", "anon", "mid", "top"],
    run: ({ run }) => {
      const leaf = { x: ["leaf"] };
      const mid = () => ({ imports: [leaf], x: ["mid"] });
      const top = () => ({ imports: [mid, () => ({ x: ["anon"] })], x: ["top"] });
      run([{ options: { x: mkOption({ type: types.listOf(types.str), default: [] }) } }, top], (c) => c.x);
    },
  },
  {
    name: "m09",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const opt = { key: "opt", options: { y: mkOption({ type: types.int, default: 1 }) } };
      const user = { key: "user", imports: [opt], y: 2 };
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 0 }) } },
          user,
          { disabledModules: [{ key: "opt" }] },
        ],
        (c) => c.y,
      );
    },
  },
  {
    name: "m10",
    nix: ["a"],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.str), default: [] }) } },
          { disabledModules: [{ key: "nonexistent" }], x: ["a"] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "m11",
    nix: ["l2", "l1"],
    run: ({ run }) => {
      const deep = { key: "deep", x: ["deep"] };
      const l2 = { key: "l2", imports: [deep], x: ["l2"] };
      const l1 = { key: "l1", imports: [l2], x: ["l1"] };
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.str), default: [] }) } },
          l1,
          { imports: [{ disabledModules: [{ key: "deep" }] }] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "m12",
    nix: ["o"],
    run: ({ run }) => {
      const fm = () => ({ key: "fm", x: ["fm"] });
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.str), default: [] }) } },
          fm,
          { disabledModules: [{ key: "fm" }], x: ["o"] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "m14",
    nix: ["a"],
    run: ({ run }) => {
      const a = { key: "a", x: ["a"] };
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.str), default: [] }) } },
          { imports: [a, a] },
          { imports: [a] },
          a,
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "m15",
    nix: ["b"],
    run: ({ run }) => {
      const b = { key: "b", x: ["b"] };
      const a = { key: "a", imports: [b], x: ["a"] };
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.str), default: [] }) } },
          { disabledModules: [{ key: "a" }] },
          a,
          b,
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "m16",
    nix: { j: { a: 9 }, k: { a: 5 } },
    run: ({ run }) => {
      const sub = types.submoduleWith({
        modules: [{ key: "base", options: { a: mkOption({ type: types.int, default: 1 }) } }],
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
          {
            s: {
              k: () => ({ imports: [{ key: "extra", a: 5 }] }),
              j: {
                disabledModules: [{ key: "base" }],
                options: { a: mkOption({ type: types.int, default: 9 }) },
              },
            },
          },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "n01",
    nix: { a: 2, b: ["q"] },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      });
      run(
        [
          { options: { x: mkOption({ type: types.nullOr(sub), default: null }) } },
          { x: { a: 2 } },
          { x: { b: ["q"] } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "n02",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { x: mkOption({ type: types.nullOr(sub), default: null }) } },
          { x: { a: 2 } },
          { x: null },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "n03",
    nix: null,
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { x: mkOption({ type: types.nullOr(sub), default: null }) } },
          { x: mkIf(false, { a: 2 }) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "n04",
    nix: { a: 1 },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run([{ options: { x: mkOption({ type: types.nullOr(sub), default: {} }) } }], (c) => c.x);
    },
  },
  {
    name: "n05",
    nix: null,
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [{ options: { x: mkOption({ type: types.nullOr(sub), default: { a: 3 } }) } }, { x: mkForce(null) }],
        (c) => c.x,
      );
    },
  },
  {
    name: "n06",
    nix: [2, 1, 3],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.nullOr(types.listOf(types.int)), default: null }) } },
          { x: [1] },
          { x: mkAfter([3]) },
          { x: [2] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "n07",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.nullOr(types.listOf(types.str)), default: ["d"] }) } },
          { x: mkDefault(null) },
          { x: mkDefault(["m"]) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "n08",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.nullOr(types.listOf(types.str)) }) } }, { x: ["a", 1] }],
        (c) => c.x,
      );
    },
  },
  {
    name: "n09",
    nix: { a: 2, b: 1 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.nullOr(types.int)) }) } },
          { x: { a: null, b: 1 } },
          { x: { a: mkForce(2), c: mkIf(false, null) } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "n10",
    nix: null,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.nullOr(types.nullOr(types.int)) }) } },
          { x: null },
          { x: null },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "n11",
    nix: { a: 4, b: 40 },
    run: ({ run }) => {
      const sub = types.submodule(({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: lazy(() => config.a * 10) }),
        },
      }));
      run(
        [{ options: { x: mkOption({ type: types.nullOr(sub), default: null }) } }, { x: { a: 4 } }],
        (c) => c.x,
      );
    },
  },
  {
    name: "o01",
    nix: ["plain", { a: 2, s: "d" }],
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          s: mkOption({ type: types.str, default: "d" }),
        },
      });
      const t = (v: any) =>
        evalModules({
          modules: [{ options: { x: mkOption({ type: types.either(sub, types.str) }) } }, { x: v }] as any,
        }).config.x;
      run([], () => [t("plain"), t({ a: 2 })]);
    },
  },
  {
    name: "o02",
    nix: { a: 2, s: "e" },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          s: mkOption({ type: types.str, default: "d" }),
        },
      });
      run(
        [
          { options: { x: mkOption({ type: types.either(types.str, sub) }) } },
          { x: { a: 2 } },
          { x: { s: "e" } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "o03",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [{ options: { x: mkOption({ type: types.either(sub, types.str) }) } }, { x: "a" }, { x: "b" }],
        (c) => c.x,
      );
    },
  },
  {
    name: "o04",
    nix: [0, 1],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.either(types.listOf(types.int), types.attrsOf(types.int)) }),
            },
          },
          { x: [1] },
          { x: mkBefore([0]) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "o05",
    nix: { a: 3, b: 2 },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.either(types.listOf(types.int), types.attrsOf(types.int)) }),
            },
          },
          { x: { a: 1 } },
          { x: { b: mkDefault(2), a: mkForce(3) } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "o06",
    nix: ["b", "a"],
    run: ({ run }) => {
      run(
        [
          {
            options: { x: mkOption({ type: types.oneOf([types.bool, types.int, types.listOf(types.str)]) }) },
          },
          { x: ["a"] },
          { x: ["b"] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "o07",
    nix: [true, 3, "s", "ERR", "ERR", "ERR"],
    run: ({ run }) => {
      const t = (v: any) =>
        tryv(
          () =>
            evalModules({
              modules: [
                { options: { x: mkOption({ type: types.oneOf([types.bool, types.int, types.str]) }) } },
                { x: v },
              ] as any,
            }).config.x,
        );
      run([], () => [true, 3, "s", [], {}, null].map(t));
    },
  },
  {
    name: "o08",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.oneOf([types.bool, types.int, types.str]) }) } }, { x: [1] }],
        (c) => c.x,
      );
    },
  },
  {
    name: "o09",
    nix: [
      "boolean or signed integer or string",
      "(list of signed integer) or string or attribute set of signed integer",
      "string or (submodule)",
      "null or signed integer or string",
      "positive integer, meaning >0, or string",
    ],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              a: mkOption({ type: types.oneOf([types.bool, types.int, types.str]) }),
              b: mkOption({
                type: types.oneOf([types.listOf(types.int), types.str, types.attrsOf(types.int)]),
              }),
              c: mkOption({ type: types.either(types.str, types.submodule({})) }),
              d: mkOption({ type: types.nullOr(types.oneOf([types.int, types.str])) }),
              e: mkOption({ type: types.oneOf([types.ints.positive, types.str]) }),
            },
          },
        ],
        (r) => ["a", "b", "c", "d", "e"].map((k) => r.options[k].type.description),
      );
    },
  },
  {
    name: "o10",
    nix: { a: "s", b: true, l: ["2", "1"], n: 3 },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({
                type: types.attrsOf(types.oneOf([types.str, types.int, types.bool, types.listOf(types.str)])),
              }),
            },
          },
          { x: { a: "s", l: ["1"] } },
          { x: { l: ["2"], b: true } },
          { x: { b: true, n: 3 } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "o11",
    nix: ["s", { a: 2 }, { a: 1 }],
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.either(types.str, sub)) }) } },
          { x: ["s", { a: 2 }, {}] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "p01",
    nix: ["list of signed integer", "listOf"],
    run: ({ run }) => {
      run(
        [
          { options: { t: mkOption({ type: types.optionType }) } },
          { t: types.listOf(types.int) },
          { t: types.listOf(types.int) },
        ],
        (c) => [c.t.description, c.t.name],
      );
    },
  },
  {
    name: "p02",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { options: { t: mkOption({ type: types.optionType }) } },
          { t: types.listOf(types.int) },
          { t: types.listOf(types.str) },
        ],
        (c) => c.t.description,
      );
    },
  },
  {
    name: "p03",
    nix: 'one of "b", "a"',
    run: ({ run }) => {
      run(
        [
          { options: { t: mkOption({ type: types.optionType }) } },
          { t: types.enum(["a"]) },
          { t: types.enum(["b", "a"]) },
        ],
        (c) => c.t.description,
      );
    },
  },
  {
    name: "p04",
    nix: { a: 5, b: 2 },
    run: ({ runE }) => {
      runE(
        [
          { options: { t: mkOption({ type: types.optionType }) } },
          { t: types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }) },
          { t: types.submodule({ options: { b: mkOption({ type: types.int, default: 2 }) } }) },
        ],
        (r) => r.config.t.merge(["v"], [{ value: { a: 5 }, from: { module: { file: "f" }, path: [] } }]),
      );
    },
  },
  {
    name: "p05",
    nix: "str",
    run: ({ run }) => {
      run(
        [
          { options: { t: mkOption({ type: types.optionType, default: types.int }) } },
          { t: mkForce(types.str) },
          { t: types.bool },
        ],
        (c) => c.t.name,
      );
    },
  },
  {
    name: "p06",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { options: { t: mkOption({ type: types.optionType }) } },
          { t: types.attrsOf(types.listOf(types.str)) },
          { t: types.attrsOf(types.listOf(types.str)) },
          { t: types.lazyAttrsOf(types.listOf(types.str)) },
        ],
        (c) => c.t.description,
      );
    },
  },
  {
    name: "p07",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { t: mkOption({ type: types.optionType }) } }, { t: "int" }], (c) => c.t);
    },
  },
  {
    name: "p08",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          { _module: { freeformType: types.attrsOf(types.int) } },
          { _module: { freeformType: types.attrsOf(types.int) } },
          { a: 1 },
        ],
        (c) => c.a,
      );
    },
  },
  {
    name: "p09",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { _module: { freeformType: types.attrsOf(types.int) } },
          { _module: { freeformType: types.attrsOf(types.str) } },
          { a: 1 },
        ],
        (c) => c.a,
      );
    },
  },
  {
    name: "q01",
    nix: { a: 3, b: 30 },
    run: ({ run }) => {
      run(
        [
          { options: { m: mkOption({ type: types.deferredModule }) } },
          { m: { options: { a: mkOption({ type: types.int, default: 1 }) } } },
          { m: { a: mkDefault(2) } },
          {
            m: ({ config }: any) => ({
              options: { b: mkOption({ type: types.int, default: lazy(() => config.a * 10) }) },
            }),
          },
        ],
        (c) => {
          const r = evalModules({ modules: [c.m, { a: 3 }] as any }).config;
          return { a: r.a, b: r.b };
        },
      );
    },
  },
  {
    name: "q02",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              m: mkOption({
                type: types.deferredModule,
                default: { options: { a: mkOption({ type: types.int, default: 1 }) } },
              }),
            },
          },
        ],
        (c) => evalModules({ modules: [c.m] as any }).config.a,
      );
    },
  },
  {
    name: "q03",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              m: mkOption({
                type: types.deferredModule,
                default: { options: { a: mkOption({ type: types.int, default: 1 }) } },
              }),
            },
          },
          { m: { a: 5 } },
        ],
        (c) => evalModules({ modules: [c.m] as any }).config.a,
      );
    },
  },
  {
    name: "q04",
    nix: { h1: 3, h2: 1 },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              m: mkOption({ type: types.deferredModule }),
              hosts: mkOption({ type: types.attrsOf(types.deferredModule) }),
            },
          },
          { m: { options: { a: mkOption({ type: types.int, default: 1 }) } }, hosts: { h1: { a: 2 } } },
          { hosts: { h1: { a: mkForce(3) }, h2: {} } },
        ],
        (c) =>
          Object.fromEntries(
            Object.entries(c.hosts).map(([n, h]) => [n, evalModules({ modules: [c.m, h] as any }).config.a]),
          ),
      );
    },
  },
  {
    name: "q05",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { m: mkOption({ type: types.deferredModule }) } }, { m: 5 }], (c) => c.m);
    },
  },
  {
    name: "q06",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run(
        [{ options: { m: mkOption({ type: types.deferredModule }) } }, { m: { a: 1 } }],
        (c) => evalModules({ modules: [c.m] as any }).config,
      );
    },
  },
  {
    name: "q07",
    nix: 4,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.submoduleWith({
                  modules: [{ options: { a: mkOption({ type: types.int, default: 1 }) } }],
                }),
                default: {},
              }),
              m: mkOption({ type: types.deferredModule }),
            },
          },
          { m: { config: { a: 4 } } },
        ],
        (c) =>
          evalModules({ modules: [{ options: { a: mkOption({ type: types.int }) } }, c.m] as any }).config.a,
      );
    },
  },
  {
    name: "s01",
    nix: ["a", "ERR", "ERR", "b", "ERR", "ERR"],
    run: ({ run }) => {
      const t = (p: any, v: any) =>
        tryv(
          () =>
            evalModules({
              modules: [{ options: { x: mkOption({ type: types.strMatching(p) }) } }, { x: v }] as any,
            }).config.x,
        );
      run([], () => [
        t("a", "a"),
        t("a", "ab"),
        t("a", "ba"),
        t("a|b", "b"),
        t("a|b", "ab"),
        t("ab|cd", "abd"),
      ]);
    },
  },
  {
    name: "s02",
    nix: ["abc", "ERR", "ERR", "", "a", "aaa", "ERR", "barbaz", "", "ERR"],
    run: ({ run }) => {
      const t = (p: any, v: any) =>
        tryv(
          () =>
            evalModules({
              modules: [{ options: { x: mkOption({ type: types.strMatching(p) }) } }, { x: v }] as any,
            }).config.x,
        );
      run([], () => [
        t("[a-z]+", "abc"),
        t("[a-z]+", ""),
        t("[a-z]+", "ABC"),
        t("[a-z]*", ""),
        t("^a$", "a"),
        t("a{2,3}", "aaa"),
        t("a{2,3}", "aaaa"),
        t("(foo|bar)baz", "barbaz"),
        t("", ""),
        t("", "x"),
      ]);
    },
  },
  {
    name: "s03",
    nix: ["123", "_a1", "ERR", "x.conf", "ERR", "ERR", "10.0.0.1", "ERR"],
    run: ({ run }) => {
      const t = (p: any, v: any) =>
        tryv(
          () =>
            evalModules({
              modules: [{ options: { x: mkOption({ type: types.strMatching(p) }) } }, { x: v }] as any,
            }).config.x,
        );
      run([], () => [
        t("[[:digit:]]+", "123"),
        t("[[:alpha:]_][[:alnum:]_]*", "_a1"),
        t("[[:alpha:]_][[:alnum:]_]*", "1a"),
        t(".*\\.conf", "x.conf"),
        t(".*\\.conf", "xconf"),
        t("[^/]+", "a/b"),
        t("[0-9]{1,3}(\\.[0-9]{1,3}){3}", "10.0.0.1"),
        t("[0-9]{1,3}(\\.[0-9]{1,3}){3}", "10.0.0"),
      ]);
    },
  },
  {
    name: "s04",
    nix: [
      ['strMatching "[a-z]+"', "string matching the pattern [a-z]+"],
      ['strMatching "^a\\$"', "string matching the pattern ^a$"],
      ['strMatching "a\\\\.b"', "string matching the pattern a\\.b"],
      ["listOf", "list of string matching the pattern x|y"],
    ],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              a: mkOption({ type: types.strMatching("[a-z]+") }),
              b: mkOption({ type: types.strMatching("^a$") }),
              c: mkOption({ type: types.strMatching("a\\.b") }),
              d: mkOption({ type: types.listOf(types.strMatching("x|y")) }),
            },
          },
        ],
        (r) => ["a", "b", "c", "d"].map((k) => [r.options[k].type.name, r.options[k].type.description]),
      );
    },
  },
  {
    name: "s05",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.strMatching("[a-z]+") }) } }, { x: "Abc" }], (c) => c.x);
    },
  },
  {
    name: "s06",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.strMatching("[a-z]+") }) } }, { x: "abc" }, { x: "abd" }],
        (c) => c.x,
      );
    },
  },
  {
    name: "s07",
    nix: "abc",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.strMatching("[a-z]+") }) } },
          { options: { x: mkOption({ type: types.strMatching("[a-z]+") }) } },
          { x: "abc" },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "s08",
    nix: ["a", "abcd", "xxx", "a-a", "]a", "a+", ".", "ERR"],
    run: ({ run }) => {
      const t = (p: any, v: any) =>
        tryv(
          () =>
            evalModules({
              modules: [{ options: { x: mkOption({ type: types.strMatching(p) }) } }, { x: v }] as any,
            }).config.x,
        );
      run([], () => [
        t("a+?", "a"),
        t("(a|ab)(c|bcd)", "abcd"),
        t("x*", "xxx"),
        t("[a-]+", "a-a"),
        t("[]a]+", "]a"),
        t("a\\+", "a+"),
        t("[.]", "."),
        t("[.]", "a"),
      ]);
    },
  },
  {
    name: "s09",
    nix: [
      ["ERR", "ERR", "ERR", "a", " a "],
      ["a", "a", "ERR", ""],
      ["a", "ERR", "ERR"],
    ],
    run: ({ run }) => {
      const t = (ty: any) => (v: any) =>
        tryv(
          () =>
            evalModules({ modules: [{ options: { x: mkOption({ type: ty }) } }, { x: v }] as any }).config.x,
        );
      run([], () => [
        ["", " ", "\t\n", "a", " a "].map(t(types.nonEmptyStr)),
        ["a", "a\n", "a\nb", "\n"].map(t(types.singleLineStr)),
        ["a", "a:b", "a\n"].map(t(types.passwdEntry(types.str))),
      ]);
    },
  },
  {
    name: "y01",
    nix: { a: { b: 1 }, k: 1, l: [1] },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrs }) } },
          { x: { a: { b: 1 }, k: 1 } },
          { x: { a: { c: 2 }, l: [1] } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "y02",
    nix: { a: { b: 1, c: 2 }, k: 1, n: null, s: "s" },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.anything }) } },
          { x: { a: { b: 1 }, k: 1, s: "s" } },
          { x: { a: { c: 2 }, k: 1, n: null } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "y03",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.anything }) } }, { x: { l: [1] } }, { x: { l: [2] } }],
        (c) => c.x,
      );
    },
  },
  {
    name: "y04",
    nix: { l: [1] },
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.anything }) } }, { x: { l: [1] } }, { x: { l: [1] } }],
        (c) => c.x,
      );
    },
  },
  {
    name: "y05",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.anything }) } }, { x: { a: 1 } }, { x: { a: 2 } }],
        (c) => c.x,
      );
    },
  },
  {
    name: "y06",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.anything }) } }, { x: { a: 1 } }, { x: { a: "1" } }],
        (c) => c.x,
      );
    },
  },
  {
    name: "y07",
    nix: { a: 1, b: { c: false } },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.anything }) } },
          { x: { a: mkForce(1), b: { c: mkDefault(true) } } },
          { x: { a: 2, b: { c: false, d: mkIf(false, 1) } } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "y08",
    nix: { a: null, b: true },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.anything }) } },
          { x: { a: null } },
          { x: { a: null } },
          { x: { b: true } },
          { x: { b: true } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "y09",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.anything }) } }, { x: { a: null } }, { x: { a: {} } }],
        (c) => c.x,
      );
    },
  },
  {
    name: "y10",
    nix: { p: 1, q: 2 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.anything }) } },
          { x: { f: (a: number) => ({ p: a }) } },
          { x: { f: (a: number) => ({ q: a + 1 }) } },
        ],
        (c) => c.x.f(1),
      );
    },
  },
  {
    name: "y11",
    nix: { a: 1, c: [{ _type: "if", condition: false, content: 1 }] },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.anything }) } },
          { x: mkMerge([{ a: 1 }, mkIf(false, { b: 2 })]) },
          { x: mkIf(true, { c: [mkIf(false, 1)] }) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "y12",
    nix: { b: { d: 3 } },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.anything, default: { a: 1, b: { c: 2 } } }) } },
          { x: { b: { d: 3 } } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "y13",
    nix: "a",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.anything }) } }, { x: "a" }, { x: mkDefault("b") }],
        (c) => c.x,
      );
    },
  },
  {
    name: "y14",
    nix: { b: 2 },
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.attrs }) } }, { x: { a: 1 } }, { x: mkForce({ b: 2 }) }],
        (c) => c.x,
      );
    },
  },
  {
    name: "y15",
    nix: { d: 0 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrs, default: { d: 0 } }) } },
          { x: mkIf(false, { a: 1 }) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "y16",
    nix: "override",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.attrs }) } }, { x: { a: mkDefault(1) } }],
        (c) => c.x.a._type,
      );
    },
  },
  {
    name: "y17",
    nix: [{ a: 1 }],
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.anything }) } }, { x: [{ a: 1 }] }, { x: [{ a: 1 }] }],
        (c) => c.x,
      );
    },
  },
  {
    name: "y18",
    nix: [{ b: 2 }, "s", [1]],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.anything) }) } },
          { x: [{ a: mkIf(false, 1), b: 2 }, "s", [1]] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "y19",
    nix: { a: { b: { c: 1, d: 2 } }, z: 0 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.anything) }) } },
          { x: { a: { b: { c: 1 } } } },
          { x: { a: { b: { d: 2 } }, z: 0 } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "y20",
    nix: ["a"],
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.raw }) } }, { x: { a: mkIf(false, 1) } }], (c) =>
        Object.keys(c.x),
      );
    },
  },
  {
    name: "y21",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.anything }) } }, { x: true }, { x: false }], (c) => c.x);
    },
  },
  {
    name: "z01",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(sub) }) } }, { s: { k: { config: { a: 2 } } } }],
        (c) => c.s,
      );
    },
  },
  {
    name: "z02",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
          { s: { k: () => ({ config: { a: 2 } }), j: { imports: [{ a: 3 }] } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "z03",
    nix: { k: { a: 3 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
          { s: { k: () => ({ imports: [{ a: 3 }] }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "z04",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.int, default: 0 }) } }, { x: mkIf(null as any, 1) }],
        (c) => c.x,
      );
    },
  },
  {
    name: "z05",
    nix: [1, 2, 3],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.int) }) } },
          { x: [mkDefault(1), 2, mkForce(3)] },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "z06",
    nix: { a: { x: 1, y: 0 }, b: { x: 0, y: 3 } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          x: mkOption({ type: types.int, default: 0 }),
          y: mkOption({ type: types.int, default: 0 }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
          { s: { a: mkForce({ x: 1 }) } },
          { s: { a: { y: 2 }, b: { y: 3 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "z07",
    nix: { x: 1, y: 0 },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          x: mkOption({ type: types.int, default: 0 }),
          y: mkOption({ type: types.int, default: 0 }),
        },
      });
      run(
        [{ options: { s: mkOption({ type: sub }) } }, { s: mkForce({ x: 1 }) }, { s: { y: 2 } }],
        (c) => c.s,
      );
    },
  },
  {
    name: "z08",
    nix: ["Whether to enable the b service.", false, true, "bool", ["a", "b"], 5, "C.", 1],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              a: { b: mkEnableOption("the b service") },
              c: mkOption({ type: types.int, default: 1, example: 5, description: "C." }),
            },
          },
        ],
        (r) => [
          r.options.a.b.description,
          r.options.a.b.default,
          r.options.a.b.example,
          r.options.a.b.type.name,
          r.options.a.b.loc,
          r.options.c.example,
          r.options.c.description,
          r.options.c.declarations.length,
        ],
      );
    },
  },
  {
    name: "z09",
    nix: 3,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 0 }) } },
          { x: mkForce(1) },
          { x: mkVMOverride(2) },
          { x: mkOverride(5, 3) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "z10",
    nix: { a: 1, b: 2, c: 3 },
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.attrsOf(types.int) }) } },
          { x: mkBefore({ a: 1 }) },
          { x: { b: 2 } },
          { x: mkAfter({ a: 1, c: 3 }) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "z11",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.attrsOf(types.int) }) } }, { x: { "a.b": "s" } }],
        (c) => c.x,
      );
    },
  },
  {
    name: "z12",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.int }) } }, { x: { a: 1 } }], (c) => c.x);
    },
  },
  {
    name: "z13",
    nix: { a: "yx", b: true, c: 1, d: [2, 1] },
    run: ({ run }) => {
      run(
        [
          { options: { a: mkOption({}), b: mkOption({}), c: mkOption({}), d: mkOption({}) } },
          { a: "x", b: true, c: 1, d: [1] },
          { a: "y", b: false, c: 1, d: [2] },
        ],
        (c) => ({ a: c.a, b: c.b, c: c.c, d: c.d }),
      );
    },
  },
  {
    name: "z14",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.bool }) } }, { x: mkMerge([true, false]) }], (c) => c.x);
    },
  },
  {
    name: "z15",
    nix: failed,
    kind: "read-only",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [{ options: { s: mkOption({ type: sub, default: {}, readOnly: true }) } }, { s: { a: 2 } }],
        (c) => c.s,
      );
    },
  },
  {
    name: "z16",
    nix: [1, 3],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.int, default: 0 }),
              y: mkOption({ type: types.int, default: 0 }),
            },
          },
          { config: mkDefault({ x: 1, y: 2 }) },
          { y: 3 },
        ],
        (c) => [c.x, c.y],
      );
    },
  },
  {
    name: "z17",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 0 }) } },
          { config: mkIf(false, { undeclared: 1 }) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "z18",
    nix: 0,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 0 }) } },
          { config: mkIf(false, { x: { y: 1 } }) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "z19",
    nix: [1, 2],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: { x: mkOption({ type: types.int, default: 0 }) },
              b: mkOption({ type: types.int, default: 0 }),
            },
          },
          { config: mkForce({ a: { x: 1 }, b: 2 }) },
          { a: { x: 5 }, b: 6 },
        ],
        (c) => [c.a.x, c.b],
      );
    },
  },
  {
    name: "z20",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.int, default: 0 }) } }, { x: mkMerge(1 as any) }],
        (c) => c.x,
      );
    },
  },
  {
    name: "z21",
    nix: { outer: { a: "outer", b: { inner: { n: "inner" } } } },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: {
          a: mkOption({ type: types.str, default: name }),
          b: mkOption({
            type: types.attrsOf(
              types.submodule(({ name }: any) => ({
                options: { n: mkOption({ type: types.str, default: name }) },
              })),
            ),
            default: {},
          }),
        },
      }));
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(sub) }) } }, { s: { outer: { b: { inner: {} } } } }],
        (c) => c.s,
      );
    },
  },
  {
    name: "z22b",
    nix: { bob: { g: "hi bob" } },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.attrsOf(
                  types.submodule([
                    { _module: { args: { greeting: "hi" } } },
                    {
                      options: { g: mkOption({ type: types.str }) },
                      config: ({ greeting, name }: any) => ({ g: mkOptionDefault(`${greeting} ${name}`) }),
                    },
                  ] as any),
                ),
              }),
            },
          },
          { s: { bob: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "z23",
    nix: ["b", "a"],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.str), default: ["d"] }) } },
          { x: mkAfter(["a"]) },
          { x: mkBefore(["b"]) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "z24",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.listOf(types.str) }) } }, { x: "a" }], (c) => c.x);
    },
  },
  {
    name: "z25",
    nix: { a: 10, k: 20 },
    run: ({ run }) => {
      const sub = types.submodule({
        freeformType: types.attrsOf(types.int),
        options: { a: mkOption({ type: types.int, default: 1 }) },
      });
      run(
        [
          {
            options: {
              s: mkOption({
                type: sub,
                default: {},
                apply: (s: any) => Object.fromEntries(Object.entries(s).map(([n, v]: any) => [n, v * 10])),
              }),
            },
          },
          { s: { k: 2 } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "z26",
    nix: { a: { l: [0, 2, 1] }, b: { l: [] } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.int), default: [] }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub) }) } },
          { s: mkMerge([{ a: { l: [1] } }, { a: { l: [2] }, b: {} }, mkIf(false, { c: {} })]) },
          { s: { a: mkIf(true, { l: mkBefore([0]) }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "z27",
    nix: ["/etc/x", "ERR"],
    run: ({ run }) => {
      run([{ options: { x: mkOption({ type: types.path }) } }, { x: "/etc/x" }], (c) => [
        c.x,
        tryv(
          () =>
            evalModules({
              modules: [{ options: { x: mkOption({ type: types.path }) } }, { x: "rel" }] as any,
            }).config.x,
        ),
      ]);
    },
  },
  {
    name: "z28",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.nonEmptyListOf(types.int) }) } }, { x: [] }, { x: [1] }],
        (c) => c.x,
      );
    },
  },
  {
    name: "z29",
    nix: [],
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.nonEmptyListOf(types.int) }) } }, { x: [mkIf(false, 1)] }],
        (c) => c.x,
      );
    },
  },
  {
    name: "z30",
    nix: [["a"], "ERR"],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lazyAttrsOf(types.nonEmptyListOf(types.int)) }) } },
          { x: { a: mkIf(false, [1]) } },
        ],
        (c) => [Object.keys(c.x), tryv(() => c.x.a)],
      );
    },
  },
  {
    name: "z31",
    nix: [[], ["t"]],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({
                type: types.lazyAttrsOf(
                  types.coercedTo(types.str, (s: string) => [s], types.listOf(types.str)),
                ),
              }),
            },
          },
          { x: { a: mkIf(false, "s"), b: "t" } },
        ],
        (c) => [c.x.a, c.x.b],
      );
    },
  },
  {
    name: "z32",
    nix: {},
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lazyAttrsOf(types.uniq(types.attrs)) }) } },
          { x: { a: mkIf(false, {}) } },
        ],
        (c) => c.x.a,
      );
    },
  },
  {
    name: "z33",
    nix: [["a"], "ERR"],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.lazyAttrsOf(types.either(types.str, types.listOf(types.str))) }),
            },
          },
          { x: { a: mkIf(false, "s") } },
        ],
        (c) => [Object.keys(c.x), tryv(() => c.x.a)],
      );
    },
  },
  {
    name: "z34",
    nix: [["a"], "ERR"],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lazyAttrsOf(types.functionTo(types.int)) }) } },
          { x: { a: mkIf(false, (n: number) => n) } },
        ],
        (c) => [Object.keys(c.x), tryv(() => c.x.a(1))],
      );
    },
  },
  {
    name: "z35",
    nix: [["a"], "ERR"],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.lazyAttrsOf(types.anything) }) } },
          { x: { a: mkIf(false, 1) } },
        ],
        (c) => [Object.keys(c.x), tryv(() => c.x.a)],
      );
    },
  },
];

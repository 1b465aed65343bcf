/** Priorities, conditions, merges and ordering, and where they may not be written. */
import {
  defineModule,
  mkAfter,
  mkBefore,
  mkDefault,
  mkDerivedConfig,
  mkForce,
  mkIf,
  mkMerge,
  mkOptionDefault,
  mkOption,
  mkOrder,
  mkOverride,
  mkVMOverride,
  types,
} from "../../src/modules/index.ts";
import { runCases } from "./harness.ts";

const declare = defineModule({
  options: {
    n: mkOption({ type: types.int, default: 0 }),
    s: mkOption({ type: types.str }),
    l: mkOption({ type: types.listOf(types.str), default: [] }),
    text: mkOption({ type: types.lines, default: "" }),
    flag: mkOption({ type: types.bool, default: false }),
    set: { a: mkOption({ type: types.int, default: 1 }), b: mkOption({ type: types.int, default: 2 }) },
  },
});
const def = (d: object) => defineModule(d as never);

runCases("priorities", [
  {
    // Nix gives the same: the derived definition has the source option's priority (50), so it
    // wins over a plain definition.
    name: "mkDerivedConfig: a value computed from another option, at its priority",
    modules: [
      { options: { a: mkOption({ type: types.str }), b: mkOption({ type: types.str }) } },
      { config: ({ options }: any) => ({ b: mkDerivedConfig(options.a, (v: string) => `from ${v}`) }) },
      { a: mkForce("A") },
      { b: "plain" },
    ],
    read: (c) => c.b,
    expect: "from A",
  },
  { name: "the default when nothing else is defined", modules: [declare], read: (c) => c.n, expect: 0 },
  {
    name: "a plain definition beats the default",
    modules: [declare, def({ n: 5 })],
    read: (c) => c.n,
    expect: 5,
  },
  {
    name: "mkDefault beats the default, loses to a plain definition",
    modules: [declare, def({ n: mkDefault(3) }), def({ n: 5 })],
    read: (c) => c.n,
    expect: 5,
  },
  { name: "mkDefault alone", modules: [declare, def({ n: mkDefault(3) })], read: (c) => c.n, expect: 3 },
  {
    name: "mkForce beats a plain definition",
    modules: [declare, def({ n: 5 }), def({ n: mkForce(7) })],
    read: (c) => c.n,
    expect: 7,
  },
  {
    name: "mkVMOverride (10) beats mkForce (50)",
    modules: [declare, def({ n: mkForce(7) }), def({ n: mkVMOverride(9) })],
    read: (c) => c.n,
    expect: 9,
  },
  {
    name: "mkOverride 60 loses to mkForce 50",
    modules: [declare, def({ n: mkOverride(60, 1) }), def({ n: mkForce(2) })],
    read: (c) => c.n,
    expect: 2,
  },
  {
    name: "two mkForce with different values conflict",
    modules: [declare, def({ n: mkForce(1) }), def({ n: mkForce(2) })],
    read: (c) => c.n,
    error: ["The option `n' has conflicting definition values"],
  },
  {
    name: "mkOptionDefault (1500) loses to mkDefault (1000)",
    modules: [declare, def({ s: mkOptionDefault("opt") }), def({ s: mkDefault("def") })],
    read: (c) => c.s,
    expect: "def",
  },
  {
    name: "lists: only the highest priority definitions are concatenated",
    modules: [declare, def({ l: ["a"] }), def({ l: mkForce(["b"]) }), def({ l: ["c"] })],
    read: (c) => c.l,
    expect: ["b"],
  },
  {
    name: "lists: equal priorities concatenate",
    modules: [declare, def({ l: mkDefault(["a"]) }), def({ l: mkDefault(["b"]) })],
    read: (c) => c.l,
    expect: ["b", "a"],
  },
  {
    name: "mkForce on a set of options forces each",
    modules: [declare, def({ set: { a: 5 } }), def({ set: mkForce({ a: 6, b: 7 }) })],
    read: (c) => c.set,
    expect: { a: 6, b: 7 },
  },
  {
    name: "an explicit mkOverride 100 is the same as a plain definition",
    modules: [declare, def({ n: mkOverride(100, 4) })],
    read: (c) => c.n,
    expect: 4,
  },
]);

runCases("mkIf", [
  {
    name: "true keeps the definition",
    modules: [declare, def({ n: mkIf(true, 4) })],
    read: (c) => c.n,
    expect: 4,
  },
  { name: "false drops it", modules: [declare, def({ n: mkIf(false, 4) })], read: (c) => c.n, expect: 0 },
  {
    name: "on a set of options, pushed down onto each",
    modules: [declare, def(mkIf(true, { n: 1, s: "x" }))],
    read: (c) => [c.n, c.s],
    expect: [1, "x"],
  },
  {
    name: "false on a whole module's config",
    modules: [declare, def(mkIf(false, { n: 1 }))],
    read: (c) => c.n,
    expect: 0,
  },
  {
    name: "nested conditions all have to hold",
    modules: [declare, def({ n: mkIf(true, mkIf(false, 3)) })],
    read: (c) => c.n,
    expect: 0,
  },
  {
    name: "a function condition is evaluated lazily",
    modules: [
      declare,
      def({ s: "on" }),
      defineModule({ config: ({ config }: any) => ({ n: mkIf(() => config.s === "on", 9) }) } as never),
    ],
    read: (c) => c.n,
    expect: 9,
  },
  {
    name: "a non-boolean condition is an error naming the option and the definition",
    modules: [declare, def({ n: mkIf("yes" as never, 1) })],
    read: (c) => c.n,
    error: ["mkIf called with a non-Boolean condition", "`n'", /properties\.test\.ts:\d+/],
  },
  {
    name: "mkIf around mkForce",
    modules: [declare, def({ n: 1 }), def({ n: mkIf(true, mkForce(2)) })],
    read: (c) => c.n,
    expect: 2,
  },
  {
    name: "a false mkIf around mkForce removes the forced definition",
    modules: [declare, def({ n: 1 }), def({ n: mkIf(false, mkForce(2)) })],
    read: (c) => c.n,
    expect: 1,
  },
  {
    name: "inside a list element",
    modules: [declare, def({ l: ["a", mkIf(false, "b")] })],
    read: (c) => c.l,
    expect: ["a"],
  },
]);

runCases("mkMerge", [
  {
    name: "a bare mkMerge is not a module (as in NixOS): wrap it in `config'",
    modules: [declare, def(mkMerge([{ n: 1 }]))],
    error: ['Expected a module, but found a value of type "merge"', /properties\.test\.ts:\d+/],
  },
  {
    name: "merges several sets of definitions",
    modules: [declare, def({ config: mkMerge([{ n: 1 }, { s: "x" }]) })],
    read: (c) => [c.n, c.s],
    expect: [1, "x"],
  },
  {
    name: "list definitions keep their order inside one module",
    modules: [declare, def({ l: mkMerge([["a"], ["b"]]) })],
    read: (c) => c.l,
    expect: ["a", "b"],
  },
  {
    name: "with mkIf inside",
    modules: [
      declare,
      def({ config: mkMerge([{ l: ["a"] }, mkIf(false, { l: ["b"] }), mkIf(true, { l: ["c"] })]) }),
    ],
    read: (c) => c.l,
    expect: ["a", "c"],
  },
  {
    name: "nested merges",
    modules: [declare, def({ l: mkMerge([mkMerge([["a"], ["b"]]), ["c"]]) })],
    read: (c) => c.l,
    expect: ["a", "b", "c"],
  },
  {
    name: "equal scalars from one mkMerge merge",
    modules: [declare, def({ n: mkMerge([3, 3]) })],
    read: (c) => c.n,
    expect: 3,
  },
]);

runCases("mkOrder", [
  {
    name: "mkBefore goes first, mkAfter last, whatever the module order",
    modules: [declare, def({ l: mkAfter(["z"]) }), def({ l: ["m"] }), def({ l: mkBefore(["a"]) })],
    read: (c) => c.l,
    expect: ["a", "m", "z"],
  },
  {
    name: "mkOrder with explicit priorities",
    modules: [declare, def({ l: mkOrder(700, ["seven"]) }), def({ l: mkOrder(300, ["three"]) })],
    read: (c) => c.l,
    expect: ["three", "seven"],
  },
  {
    name: "equal order priorities keep merge order (a stable sort)",
    modules: [declare, def({ l: mkBefore(["a"]) }), def({ l: mkBefore(["b"]) })],
    read: (c) => c.l,
    expect: ["b", "a"],
  },
  {
    name: "lines are ordered too",
    modules: [
      declare,
      def({ text: mkAfter("last") }),
      def({ text: "middle" }),
      def({ text: mkBefore("first") }),
    ],
    read: (c) => c.text,
    expect: "first\nmiddle\nlast",
  },
  {
    name: "mkForce around mkBefore: forced, then ordered",
    modules: [declare, def({ l: ["x"] }), def({ l: mkForce(mkBefore(["a"])) })],
    read: (c) => c.l,
    expect: ["a"],
  },
]);

runCases("misplaced properties", [
  {
    name: "mkIf inside mkForce is refused, as in NixOS, with a way out",
    modules: [declare, def({ n: mkForce(mkIf(true, 2)) })],
    read: (c) => c.n,
    error: ["has mkIf in a place where the module system does not look for it", "mkIf(cond, mkForce(value))"],
  },
  {
    name: "mkForce inside mkBefore is refused",
    modules: [declare, def({ l: mkBefore(mkForce(["a"])) })],
    read: (c) => c.l,
    error: ["mkOverride/mkForce/mkDefault in a place where the module system does not look for it"],
  },
  {
    name: "mkMerge inside mkForce is refused",
    modules: [declare, def({ n: mkForce(mkMerge([1])) })],
    read: (c) => c.n,
    error: ["has mkMerge in a place"],
  },
  {
    name: "mkOrder around a set of options is refused",
    modules: [declare, def({ set: mkBefore({ a: 1 }) })],
    read: (c) => c.set.a,
    error: ["mkOrder (mkBefore/mkAfter) wraps a set of options at `set'"],
  },
  {
    name: "a value where a set of options is expected",
    modules: [declare, def({ set: 5 })],
    read: (c) => c.set.a,
    error: [
      "you're trying to define a value of type `number' rather than an attribute set for the option `set'",
    ],
  },
  {
    // Typed modules cannot write it; untyped ones get a message, not a JavaScript error.
    name: "mkMerge of something else than a list says so",
    modules: [
      { options: { x: mkOption({ type: types.int, default: 0 }) } },
      defineModule({ x: mkMerge(1 as never) } as never),
    ],
    read: (c) => c.x,
    error: [
      "mkMerge takes a list of definitions, but in a definition of `x' it was given a value of type number.",
      /properties\.test\.ts:\d+': mkMerge\(1\)/,
    ],
  },
  {
    name: "mkIf with null as its condition says null",
    modules: [{ options: { x: mkOption({ type: types.int, default: 0 }) } }, { x: mkIf(null as never, 1) }],
    read: (c) => c.x,
    error: ["mkIf called with a non-Boolean condition (null) in a definition of `x'."],
  },
  {
    name: "an option's default holding mkIf: the message says it is the default, and what to write",
    modules: [
      { options: { x: mkOption({ type: types.nullOr(types.int), default: mkIf(false, 3) as never }) } },
    ],
    read: (c) => c.x,
    error: ["The default of `x' has mkIf, which a default cannot hold.", "default: lazy(() => cond ? a : b)"],
  },
]);

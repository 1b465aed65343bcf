/** Every option type: what it accepts, how it merges, and how it refuses. */
import {
  defineModule,
  mkDefault,
  mkForce,
  mkIf,
  mkOption,
  type OptionType,
  types,
} from "../../src/modules/index.ts";
import { type Case, runCases } from "./harness.ts";

/** A module declaring `x` with `type` (and maybe a default), then one module per definition. */
function option(type: OptionType<any, any>, defs: unknown[], extra: Record<string, unknown> = {}): unknown[] {
  return [
    defineModule({ options: { x: mkOption({ type, ...extra }) } }),
    ...defs.map((d) => defineModule({ x: d } as never)),
  ];
}
const x = (c: any) => c.x;

const accepts = (name: string, type: OptionType<any, any>, value: unknown, expect = value): Case => ({
  name: `${name} accepts ${JSON.stringify(value)}`,
  modules: option(type, [value]),
  read: x,
  expect,
});
const refuses = (name: string, type: OptionType<any, any>, value: unknown, description: string): Case => ({
  name: `${name} refuses ${JSON.stringify(value)}`,
  modules: option(type, [value]),
  read: x,
  error: ["A definition for option `x' is not of type", description, /types\.test\.ts:\d+/],
});

runCases("types", [
  {
    // Nix's attrNames for the same modules: sorted, whatever the order of definitions or declarations.
    name: "names are listed sorted: attribute sets, submodule values, namespaces",
    modules: [
      {
        options: {
          a: mkOption({ type: types.attrsOf(types.int) }),
          s: mkOption({
            type: types.submodule({ options: { z: mkOption({ default: 1 }), y: mkOption({ default: 2 }) } }),
            default: {},
          }),
          n: { q: mkOption({ default: 1 }), p: mkOption({ default: 2 }) },
        },
      },
      { a: { b: 1, a: 2 } },
      { a: { c: 3 } },
    ],
    read: (c) => [Object.keys(c.a), Object.keys(c.s), Object.keys(c.n), Object.keys(c)],
    expect: [
      ["a", "b", "c"],
      ["y", "z"],
      ["p", "q"],
      ["a", "n", "s"],
    ],
  },
  accepts("str", types.str, "hello"),
  refuses("str", types.str, 5, "`string'"),
  {
    name: "str: two equal definitions merge",
    modules: option(types.str, ["a", "a"]),
    read: x,
    expect: "a",
  },
  {
    name: "str: two different definitions conflict, listing both with file and line",
    modules: option(types.str, ["a", "b"]),
    read: x,
    error: [
      "The option `x' has conflicting definition values",
      '"a"',
      '"b"',
      /types\.test\.ts:\d+.*\n.*types\.test\.ts:\d+/,
      "mkForce",
    ],
  },
  accepts("nonEmptyStr", types.nonEmptyStr, "x"),
  refuses("nonEmptyStr", types.nonEmptyStr, "  \n", "non-empty string"),
  accepts("strMatching", types.strMatching("[a-z]+"), "abc"),
  refuses("strMatching", types.strMatching("[a-z]+"), "abc1", "string matching the pattern [a-z]+"),
  // A string pattern is POSIX, as Nix's builtins.match reads it (Nix accepts these two).
  accepts("strMatching: POSIX classes", types.strMatching("[[:alnum:]_-]+"), "a_B-9"),
  accepts("strMatching: `.' matches a newline", types.strMatching("a.c"), "a\nc"),
  refuses("strMatching: POSIX classes", types.strMatching("[[:alpha:]]+"), "ab1", "pattern [[:alpha:]]+"),
  refuses("strMatching: a RegExp as JavaScript reads it", types.strMatching(/a.c/), "a\nc", "pattern a.c"),
  accepts("strMatching: [:punct:]", types.strMatching("[[:punct:]]+"), "!/:@[`{~\\]^_"),
  refuses("strMatching: a negated class", types.strMatching("[^[:space:]]+"), "a b", "pattern [^[:space:]]+"),
  accepts("strMatching: `]' first in brackets is a member", types.strMatching("[]a]+"), "]a]"),
  // POSIX reads `[:digit:]' outside brackets as the set of `:', `d', `i', `g', `t'; Nix agrees.
  accepts("strMatching: a class outside brackets is a set", types.strMatching("[:digit:]"), "d"),
  refuses("strMatching: a class outside brackets is a set", types.strMatching("[:digit:]"), "5", "[:digit:]"),
  {
    name: "strMatching: an unknown character class is an error (as in Nix)",
    modules: [
      ({ lib }: any) => ({ options: { x: lib.mkOption({ type: types.strMatching("[[:word:]]") }) } }),
    ],
    read: x,
    error: ['strMatching: an invalid character class in "[[:word:]]" (POSIX has alpha, digit'],
  },
  // addCheck, singleLineStr, passwdEntry: values and descriptions as Nix gives them.
  accepts(
    "addCheck",
    types.addCheck(types.int, (v) => (v as number) > 2),
    3,
  ),
  refuses(
    "addCheck",
    types.addCheck(types.int, (v) => (v as number) > 2),
    1,
    "signed integer",
  ),
  accepts("singleLineStr (its newline dropped)", types.singleLineStr, "abc\n", "abc"),
  refuses("singleLineStr", types.singleLineStr, "a\nb", "(optionally newline-terminated) single-line string"),
  accepts("passwdEntry", types.passwdEntry(types.str), "root"),
  refuses("passwdEntry", types.passwdEntry(types.str), "a:b", "string, not containing newlines or colons"),
  // numbers: integers or floats within bounds, described as Nix describes them (Nix writes a
  // bound that is not an integer with six decimals: "1.500000").
  accepts("numbers.between", types.numbers.between(0, 1.5), 1.5),
  refuses(
    "numbers.between",
    types.numbers.between(0, 1.5),
    2,
    "integer or floating point number between 0 and 1.5 (both inclusive)",
  ),
  accepts("numbers.nonnegative", types.numbers.nonnegative, 0),
  refuses(
    "numbers.nonnegative",
    types.numbers.nonnegative,
    -0.5,
    "nonnegative integer or floating point number, meaning >=0",
  ),
  refuses(
    "numbers.positive",
    types.numbers.positive,
    0,
    "positive integer or floating point number, meaning >0",
  ),
  accepts("int", types.int, -3),
  refuses("int", types.int, 1.5, "signed integer"),
  refuses("int", types.int, "1", "signed integer"),
  accepts("ints.between", types.ints.between(1, 3), 3),
  refuses("ints.between", types.ints.between(1, 3), 4, "integer between 1 and 3 (both inclusive)"),
  accepts("ints.unsigned", types.ints.unsigned, 0),
  refuses("ints.unsigned", types.ints.unsigned, -1, "unsigned integer, meaning >=0"),
  accepts("ints.positive", types.ints.positive, 1),
  refuses("ints.positive", types.ints.positive, 0, "positive integer, meaning >0"),
  accepts("port", types.port, 65535),
  refuses("port", types.port, 65536, "16 bit unsigned integer; between 0 and 65535 (both inclusive)"),
  refuses("port", types.port, "8096x", "16 bit unsigned integer"),
  accepts("ints.u8", types.ints.u8, 255),
  refuses("ints.s8", types.ints.s8, 128, "8 bit signed integer; between -128 and 127"),
  accepts("float", types.float, 1.5),
  refuses("float", types.float, "1.5", "floating point number"),
  accepts("number", types.number, 2),
  accepts("number", types.number, 2.5),
  refuses("number", types.number, "2", "signed integer or floating point number"),
  accepts("bool", types.bool, false),
  refuses("bool", types.bool, "yes", "boolean"),
  {
    name: "bool: true and false conflict",
    modules: option(types.bool, [true, false]),
    read: x,
    error: ["conflicting definition values"],
  },
  accepts("enum", types.enum(["debug", "info"]), "info"),
  refuses("enum", types.enum(["debug", "info"]), "verbose", 'one of "debug", "info"'),
  accepts("path", types.path, "/srv/media"),
  refuses("path", types.path, "srv/media", "absolute path"),
  {
    name: "lines: definitions are joined with newlines, in merge order",
    modules: option(types.lines, ["first", "second"]),
    read: x,
    expect: "second\nfirst",
  },
  {
    name: "commas: separatedString joins with its separator",
    modules: option(types.commas, ["a", "b"]),
    read: x,
    expect: "b,a",
  },
  {
    name: "separatedString: custom separator",
    modules: option(types.separatedString(" "), ["x", "y"]),
    read: x,
    expect: "y x",
  },
  {
    name: "nullOr: null alone",
    modules: option(types.nullOr(types.str), [null]),
    read: x,
    expect: null,
  },
  {
    name: "nullOr: null and a value conflict",
    modules: option(types.nullOr(types.str), [null, "a"]),
    read: x,
    error: ["is defined both null and not null"],
  },
  refuses("nullOr", types.nullOr(types.int), "a", "null or signed integer"),
  {
    // As NixOS: an empty value is only what lazyAttrsOf gives an attribute under mkIf false.
    name: "nullOr: no definitions and no default is no value, not null",
    modules: option(types.nullOr(types.str), []),
    read: x,
    error: ["The option `x' was accessed but has no value defined"],
  },
  {
    name: "lazyAttrsOf: an attribute under mkIf false has the type's empty value",
    modules: option(types.lazyAttrsOf(types.nullOr(types.str)), [{ a: mkIf(false, "v") }]),
    read: (c) => ({ ...c.x }),
    expect: { a: null },
  },
  {
    name: "listOf: definitions concatenate (later modules first, as NixOS)",
    modules: option(types.listOf(types.str), [["a"], ["b", "c"]]),
    read: x,
    expect: ["b", "c", "a"],
  },
  refuses("listOf", types.listOf(types.str), "a", "list of string"),
  {
    name: "listOf: a bad element names the list element",
    modules: option(types.listOf(types.int), [[1, "two"]]),
    read: x,
    error: ['x."[definition 1-entry 2]"', "signed integer"],
  },
  {
    name: "listOf: no definitions and no default is no value, not []",
    modules: option(types.listOf(types.str), []),
    read: x,
    error: ["The option `x' was accessed but has no value defined"],
  },
  {
    name: "listOf: every definition under mkIf false is no value either",
    modules: option(types.listOf(types.str), [mkIf(false, ["a"])]),
    read: x,
    error: ["The option `x' was accessed but has no value defined"],
  },
  {
    name: "listOf: mkIf inside an element drops it when false",
    modules: option(types.listOf(types.str), [["a", mkIf(false, "b"), mkIf(true, "c")]]),
    read: x,
    expect: ["a", "c"],
  },
  {
    name: "nonEmptyListOf refuses []",
    modules: option(types.nonEmptyListOf(types.str), [[]]),
    read: x,
    error: ["non-empty (list of string)"],
  },
  {
    name: "attrsOf: merges per key",
    modules: option(types.attrsOf(types.int), [{ a: 1 }, { b: 2 }]),
    read: x,
    expect: { a: 1, b: 2 },
  },
  {
    name: "attrsOf: the same key merges with the element type's rule",
    modules: option(types.attrsOf(types.listOf(types.str)), [{ a: ["1"] }, { a: ["2"] }]),
    read: x,
    expect: { a: ["2", "1"] },
  },
  {
    name: "attrsOf: the same key with different scalars conflicts",
    modules: option(types.attrsOf(types.int), [{ a: 1 }, { a: 2 }]),
    read: x,
    error: ["The option `x.a' has conflicting definition values"],
  },
  {
    name: "attrsOf: mkIf false removes the key",
    modules: option(types.attrsOf(types.int), [{ a: 1, b: mkIf(false, 2) }]),
    read: (c) => Object.keys(c.x),
    expect: ["a"],
  },
  {
    name: "attrsOf: priorities per key",
    modules: option(types.attrsOf(types.int), [{ a: mkDefault(1) }, { a: 2 }]),
    read: x,
    expect: { a: 2 },
  },
  refuses("attrsOf", types.attrsOf(types.int), [1], "attribute set of signed integer"),
  {
    name: "lazyAttrsOf: keys survive mkIf false, but reading one fails",
    modules: option(types.lazyAttrsOf(types.int), [{ a: 1, b: mkIf(false, 2) }]),
    read: (c) => Object.keys(c.x),
    expect: ["a", "b"],
  },
  {
    name: "lazyAttrsOf: a value is merged only when read",
    modules: option(types.lazyAttrsOf(types.int), [{ a: 1, bad: "x" }]),
    read: (c) => c.x.a,
    expect: 1,
  },
  {
    name: "either: the first type that accepts every definition",
    modules: option(types.either(types.int, types.str), ["a"]),
    read: x,
    expect: "a",
  },
  {
    name: "either: definitions of different branches cannot merge",
    modules: option(types.either(types.int, types.str), [1, "a"]),
    read: x,
    error: ["is neither a value of type `signed integer' nor `string'"],
  },
  refuses("either", types.either(types.int, types.str), true, "signed integer or string"),
  accepts("oneOf", types.oneOf([types.int, types.bool, types.str]), true),
  refuses("oneOf", types.oneOf([types.int, types.bool]), "a", "signed integer or boolean"),
  {
    name: "coercedTo: converts the coerced type",
    modules: option(
      types.coercedTo(types.str, (s: string) => [s], types.listOf(types.str)),
      ["a", ["b"]],
    ),
    read: x,
    expect: ["b", "a"],
  },
  refuses(
    "coercedTo",
    types.coercedTo(types.int, (n: number) => String(n), types.str),
    true,
    "string or signed integer convertible to it",
  ),
  {
    name: "anything: attribute sets merge recursively",
    modules: option(types.anything, [{ a: { b: 1 } }, { a: { c: 2 } }]),
    read: x,
    expect: { a: { b: 1, c: 2 } },
  },
  {
    name: "anything: lists must be equal (they do not concatenate)",
    modules: option(types.anything, [[1], [2]]),
    read: x,
    error: ["conflicting definition values"],
  },
  {
    name: "anything: different kinds conflict",
    modules: option(types.anything, [1, "a"]),
    read: x,
    error: ["has conflicting option types"],
  },
  {
    name: "attrs: shallow merge, the later definition wins",
    modules: option(types.attrs, [{ a: 1, b: { c: 1 } }, { b: { d: 2 } }]),
    read: x,
    expect: { a: 1, b: { c: 1 } },
  },
  {
    name: "raw: one definition only",
    modules: option(types.raw, [{ a: 1 }, { a: 1 }]),
    read: x,
    error: ["is defined multiple times while it's expected to be unique"],
  },
  accepts("raw", types.raw, { anything: [1, "x"] }),
  {
    name: "uniq: refuses a second definition even when equal",
    modules: option(types.uniq(types.int), [1, 1]),
    read: x,
    error: ["expected to be unique"],
  },
  {
    name: "unspecified: lists concatenate, strings join",
    modules: [
      defineModule({ options: { l: mkOption({}), s: mkOption({}) } }),
      defineModule({ l: [1], s: "a" } as never),
      defineModule({ l: [2], s: "b" } as never),
    ],
    read: (c) => [c.l, c.s],
    expect: [[2, 1], "ba"],
  },
  {
    name: "functionTo: merges what the functions return",
    modules: option(types.functionTo(types.listOf(types.int)), [(n: number) => [n], (n: number) => [n + 1]]),
    read: (c) => c.x(10),
    expect: [11, 10],
  },
  refuses("functionTo", types.functionTo(types.int), 3, "function that evaluates to a(n) signed integer"),
  {
    name: "optionType: a type as a value",
    modules: option(types.optionType, [types.int]),
    read: (c) => c.x.description,
    expect: "signed integer",
  },
  {
    name: "mkForce over a conflicting plain definition",
    modules: option(types.int, [1, mkForce(2)]),
    read: x,
    expect: 2,
  },
  {
    // Nix merges them into the unchecked `either int float`; hearth keeps the bounds.
    name: "numbers.between declared twice keeps its range",
    modules: [
      { options: { x: mkOption({ type: types.numbers.between(0, 10) }) } },
      { options: { x: mkOption({ type: types.numbers.between(0, 10) }) } },
      { x: 100 },
    ],
    read: x,
    error: ["is not of type `integer or floating point number between 0 and 10 (both inclusive)'"],
  },
  {
    name: "addCheck declared twice keeps its check",
    modules: (() => {
      const short = (v: unknown) => (v as unknown[]).length < 2;
      return [
        { options: { x: mkOption({ type: types.addCheck(types.listOf(types.int), short) }) } },
        { options: { x: mkOption({ type: types.addCheck(types.listOf(types.int), short) }) } },
        { x: [1, 2, 3] },
      ];
    })(),
    read: x,
    error: ["is not of type `list of signed integer'"],
  },
  {
    // A function's result keeps the default's origin: it is not the default itself.
    name: "a misplaced property in a function's result from the default is not called the default",
    modules: [
      {
        options: {
          x: mkOption({
            type: types.functionTo(types.int),
            default: (() => mkForce(mkIf(true, 1))) as never,
          }),
        },
      },
    ],
    read: (c) => c.x(0),
    error: [
      "A definition of `x.<function body>' has mkIf in a place where the module system does not look for it.",
    ],
  },
  {
    // As Nix names and describes them (its escapeNixString; its wording for no separator).
    name: "strMatching's name escapes `$', separatedString(\"\") is a concatenated string",
    modules: [],
    read: () => [types.strMatching("^a$").name, types.separatedString("").description],
    expect: ['strMatching "^a\\$"', "Concatenated string"],
  },
  {
    name: "descriptions nest with parentheses where NixOS puts them",
    modules: option(types.attrsOf(types.listOf(types.either(types.int, types.str))), [{ a: [1] }]),
    read: () => types.attrsOf(types.listOf(types.either(types.int, types.str))).description,
    expect: "attribute set of list of (signed integer or string)",
  },
]);

// Definitions as nixpkgs code writes them by hand, `{ file, value }`, given to a type's merge.
const sub = types.submodule({ options: { x: mkOption({ type: types.int, default: 0 }) } });
const handWritten = (...values: unknown[]) => values.map((value, i) => ({ file: `${"ab"[i]}.nix`, value }));
runCases("definitions written by hand", [
  {
    name: "a submodule merges them",
    modules: [],
    read: () => (sub.merge(["o"], handWritten({ x: 1 }) as never) as { x: number }).x,
    expect: 1,
  },
  {
    name: "a conflict inside a submodule names their files",
    modules: [],
    read: () => (sub.merge(["o"], handWritten({ x: 1 }, { x: 2 }) as never) as { x: number }).x,
    error: ["The option `o.x' has conflicting definition values:", "- In `b.nix': 2", "- In `a.nix': 1"],
  },
  {
    name: "an undeclared name inside a submodule names its file",
    modules: [],
    read: () => (sub.merge(["o"], handWritten({ y: 1 }) as never) as unknown as { y: number }).y,
    error: ["The option `o.y' does not exist.", "- In `a.nix': 1"],
  },
  {
    name: "a misplaced property in a function's result names its file",
    modules: [],
    read: () =>
      (
        types
          .functionTo(types.int)
          .merge(["f"], handWritten(() => mkForce(mkIf(true, 1))) as never) as () => number
      )(),
    error: ["A definition of `f.<function body>' has mkIf", "- In `a.nix': mkIf(true, 1)"],
  },
]);

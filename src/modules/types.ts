/**
 * Option types, with NixOS' merge rules. Each type is a runtime object that checks and merges
 * definitions, and carries two phantom types for TypeScript: V, what `config` gives back, and D,
 * what a module may write.
 */
import { withSource } from "./collect.ts";
import { ModuleError, showDefs } from "./errors.ts";
import { defineLazy, isAttrs, isPlainObject, isThunk, thunkOf } from "./lazy.ts";
import { mergeChecked, mergeDefinitions } from "./merge.ts";
import { childOrigin, Def, type Definition, definedAt, pathWith, showOrigin, withValue } from "./origin.ts";
import { propertyType, type Wrap } from "./properties.ts";
import { nixString, showOption } from "./show.ts";
import type { DefTree, ValueTree } from "./typing.ts";

export type DescriptionClass = "noun" | "conjunction" | "composite" | "nonRestrictiveClause";

/** How two declarations of one option merge their types (NixOS' type functor). */
export interface TypeFunctor {
  readonly name: string;
  readonly payload?: unknown;
  readonly binOp?: (a: any, b: any) => unknown | null;
  readonly build?: (payload: any) => OptionType<any, any>;
}

export interface OptionType<V = unknown, D = V> {
  readonly _type: "option-type";
  readonly name: string;
  readonly description: string;
  readonly descriptionClass?: DescriptionClass | undefined;
  /** Shallow check of one definition's value (deeper checks happen when merging). */
  check(value: unknown): boolean;
  /** Merges definitions that passed `check`, in order. */
  merge(loc: readonly string[], defs: readonly Definition[]): V;
  /** The value when nothing is defined (lists: [], attribute sets: {}, nullOr: null). */
  readonly emptyValue?: { readonly value: unknown } | undefined;
  /** One definition that passes `check` is the value itself (no merging needed). */
  readonly singleValue?: boolean | undefined;
  readonly functor: TypeFunctor;
  readonly nestedTypes: Readonly<Record<string, OptionType<any, any>>>;
  /** Submodule types: the modules that declare their options. */
  readonly subModules?: readonly unknown[] | undefined;
  /** The same, as NixOS names it (null for types without submodules). */
  readonly getSubModules?: readonly unknown[] | null;
  substSubModules?(modules: readonly unknown[]): OptionType<V, D>;
  /** Phantom: what reading the option gives. Never present at run time. */
  readonly __value?: V;
  /** Phantom: what defining the option accepts. Never present at run time. */
  readonly __def?: D;
}

export const isOptionType = (v: unknown): v is OptionType<unknown, unknown> =>
  typeof v === "object" && v !== null && (v as { _type?: unknown })._type === "option-type";

interface TypeSpec<V> {
  name: string;
  singleValue?: boolean;
  description?: string;
  descriptionClass?: DescriptionClass;
  check?: (v: unknown) => boolean;
  merge?: (loc: readonly string[], defs: readonly Definition[]) => V;
  emptyValue?: { value: unknown };
  functor?: TypeFunctor;
  nestedTypes?: Record<string, OptionType<any, any>>;
  subModules?: readonly unknown[];
  substSubModules?: (modules: readonly unknown[]) => OptionType<any, any>;
}

export function mkOptionType<V, D = V>(spec: TypeSpec<V>): OptionType<V, D> {
  return {
    _type: "option-type",
    name: spec.name,
    description: spec.description ?? spec.name,
    descriptionClass: spec.descriptionClass,
    check: spec.check ?? (() => true),
    merge: spec.merge ?? (mergeDefaultOption as (loc: readonly string[], defs: readonly Definition[]) => V),
    emptyValue: spec.emptyValue,
    singleValue: spec.singleValue ?? (spec.merge === undefined || spec.merge === mergeEqualOption),
    functor: spec.functor ?? { name: spec.name },
    nestedTypes: spec.nestedTypes ?? {},
    subModules: spec.subModules,
    getSubModules: spec.subModules ?? null,
    substSubModules: spec.substSubModules as OptionType<V, D>["substSubModules"],
  };
}

/** Merges the types of two declarations of one option; null when they cannot merge. */
export function typeMerge(a: OptionType<any, any>, b: OptionType<any, any>): OptionType<any, any> | null {
  const f = a.functor;
  const g = b.functor;
  if (f.name !== g.name) return null;
  if (f.payload === undefined && g.payload === undefined) return a.description === b.description ? a : null;
  if (!f.binOp || !f.build) return null;
  const merged = f.binOp(f.payload, g.payload);
  return merged === null ? null : f.build(merged);
}

/** "(int or string)" where the phrase would be ambiguous inside a longer description. */
function phrase(t: OptionType<any, any>, ok: (c: DescriptionClass | undefined) => boolean): string {
  return ok(t.descriptionClass) ? t.description : `(${t.description})`;
}

const values = (defs: readonly Definition[]): unknown[] => defs.map((d) => d.value);

// ---------------------------------------------------------------------------------------------
// Merge functions

/** Structural equality, as Nix's `==` on plain data (functions are never equal). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== "function";
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bl = b as unknown[];
    return a.length === bl.length && a.every((x, i) => deepEqual(x, bl[i]));
  }
  const ak = Object.keys(a as object);
  const bk = Object.keys(b as object);
  if (ak.length !== bk.length) return false;
  return ak.every(
    (k) =>
      Object.hasOwn(b as object, k) &&
      deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

const prioritySuggestion =
  "Use `mkForce(value)` or `mkDefault(value)` to change the priority on any of these definitions.";

/** All definitions must be equal (NixOS: mergeEqualOption). */
export function mergeEqualOption<V>(loc: readonly string[], defs: readonly Definition[]): V {
  const first = defs[0]!;
  if (defs.length === 1) return first.value as V;
  for (const d of defs.slice(1)) {
    if (!deepEqual(first.value, d.value)) {
      const conflicting = defs.filter((x) => !deepEqual(first.value, x.value));
      throw new ModuleError(
        "conflict",
        `The option \`${showOption(loc)}' has conflicting definition values:${showDefs([first, ...conflicting])}\n${prioritySuggestion}`,
        loc,
      );
    }
  }
  return first.value as V;
}

/** Only one definition allowed (NixOS: mergeOneOption / mergeUniqueOption). */
export function mergeOneOption<V>(loc: readonly string[], defs: readonly Definition[], message = ""): V {
  if (defs.length === 1) return defs[0]!.value as V;
  throw new ModuleError(
    "conflict",
    `The option \`${showOption(loc)}' is defined multiple times while it's expected to be unique.${message ? `\n${message}` : ""}\nDefinition values:${showDefs(defs)}\n${prioritySuggestion}`,
    loc,
  );
}

/** NixOS' mergeDefaultOption, for `unspecified`. */
export function mergeDefaultOption(loc: readonly string[], defs: readonly Definition[]): unknown {
  const list = values(defs);
  if (list.length === 1) return list[0];
  if (list.every((v) => typeof v === "function")) {
    return (...args: unknown[]) =>
      mergeDefaultOption(
        loc,
        defs.map((d) => withValue(d, (d.value as (...a: unknown[]) => unknown)(...args))),
      );
  }
  if (list.every(Array.isArray)) return (list as unknown[][]).flat(1);
  if (list.every(isAttrs)) return Object.assign({}, ...list);
  if (list.every((v) => typeof v === "boolean")) return list.some(Boolean);
  if (list.every((v) => typeof v === "string")) return list.join("");
  if (list.every((v) => Number.isInteger(v)) && list.every((v) => v === list[0])) return list[0];
  throw new ModuleError(
    "conflict",
    `Cannot merge definitions of \`${showOption(loc)}': the option has no type, and these values are not all functions, lists, attribute sets, booleans or strings, nor equal integers. Give it a type, or define it once. Definition values:${showDefs(defs)}`,
    loc,
  );
}

// ---------------------------------------------------------------------------------------------
// Simple types

const isInt = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v);

const raw = mkOptionType<unknown>({
  name: "raw",
  description: "raw value",
  descriptionClass: "noun",
  merge: (loc, defs) => mergeOneOption(loc, defs),
  singleValue: true,
});

const anything: OptionType<unknown> = mkOptionType<unknown>({
  name: "anything",
  description: "anything",
  descriptionClass: "noun",
  merge: (loc, defs) => {
    const kind = (v: unknown) =>
      v === null ? "null" : Array.isArray(v) ? "list" : isAttrs(v) ? "set" : typeof v;
    const common = kind(defs[0]!.value);
    if (defs.some((d) => kind(d.value) !== common)) {
      throw new ModuleError(
        "conflict",
        `The option \`${showOption(loc)}' has conflicting option types in definitions (values of different kinds do not merge):${showDefs(defs)}\n${prioritySuggestion}`,
        loc,
      );
    }
    if (common === "set") return attrsOf(anything).merge(loc, defs);
    if (common === "function") {
      return (...args: unknown[]) =>
        anything.merge(
          [...loc, "<function body>"],
          defs.map((d) => withValue(d, (d.value as (...a: unknown[]) => unknown)(...args))),
        );
    }
    return mergeEqualOption(loc, defs);
  },
});

const unspecified = mkOptionType<unknown>({
  name: "unspecified",
  description: "unspecified value",
  descriptionClass: "noun",
});

const bool = mkOptionType<boolean>({
  name: "bool",
  description: "boolean",
  descriptionClass: "noun",
  check: (v) => typeof v === "boolean",
  merge: mergeEqualOption,
});

const int = mkOptionType<number>({
  name: "int",
  description: "signed integer",
  descriptionClass: "noun",
  check: isInt,
  merge: mergeEqualOption,
});

function intBetween(lowest: number, highest: number, name = "intBetween", description?: string) {
  if (lowest > highest) throw new Error("ints.between: lowest must be smaller than highest");
  const range = `${lowest} and ${highest} (both inclusive)`;
  return mkOptionType<number>({
    name,
    description: description ? `${description}; between ${range}` : `integer between ${range}`,
    descriptionClass: "noun",
    check: (v) => isInt(v) && v >= lowest && v <= highest,
    merge: mergeEqualOption,
  });
}
const unsign = (bit: number) =>
  intBetween(0, 2 ** bit - 1, `unsignedInt${bit}`, `${bit} bit unsigned integer`);
const sign = (bit: number) =>
  intBetween(-(2 ** (bit - 1)), 2 ** (bit - 1) - 1, `signedInt${bit}`, `${bit} bit signed integer`);

const ints = {
  between: (lowest: number, highest: number) => intBetween(lowest, highest),
  unsigned: mkOptionType<number>({
    name: "unsignedInt",
    description: "unsigned integer, meaning >=0",
    descriptionClass: "nonRestrictiveClause",
    check: (v) => isInt(v) && v >= 0,
    merge: mergeEqualOption,
  }),
  positive: mkOptionType<number>({
    name: "positiveInt",
    description: "positive integer, meaning >0",
    descriptionClass: "nonRestrictiveClause",
    check: (v) => isInt(v) && v > 0,
    merge: mergeEqualOption,
  }),
  u8: unsign(8),
  u16: unsign(16),
  u32: unsign(32),
  s8: sign(8),
  s16: sign(16),
  s32: sign(32),
};

/**
 * JavaScript has one number type, so `float` accepts every finite number (NixOS rejects `2` where
 * a float is expected; hearth cannot tell `2` from `2.0`).
 */
const float = mkOptionType<number>({
  name: "float",
  description: "floating point number",
  descriptionClass: "noun",
  check: (v) => typeof v === "number" && Number.isFinite(v),
  merge: mergeEqualOption,
});

const number = either(int, float);

const str = mkOptionType<string>({
  name: "str",
  description: "string",
  descriptionClass: "noun",
  check: (v) => typeof v === "string",
  merge: mergeEqualOption,
});

const nonEmptyStr = mkOptionType<string>({
  name: "nonEmptyStr",
  description: "non-empty string",
  descriptionClass: "noun",
  check: (v) => typeof v === "string" && !/^[ \t\n]*$/.test(v),
  merge: mergeEqualOption,
});

/** POSIX bracket-expression classes, as JavaScript class contents (ASCII, as the C locale). */
const posixClasses: Record<string, string> = {
  alpha: "a-zA-Z",
  digit: "0-9",
  alnum: "a-zA-Z0-9",
  upper: "A-Z",
  lower: "a-z",
  xdigit: "0-9A-Fa-f",
  space: " \\t\\n\\v\\f\\r",
  blank: " \\t",
  punct: "!-\\/:-@\\[-`{-~",
  cntrl: "\\x00-\\x1f\\x7f",
  print: "\\x20-\\x7e",
  graph: "\\x21-\\x7e",
};

/**
 * A string matching the whole of `pattern`. A string pattern is a POSIX extended regular
 * expression, as Nix's `builtins.match` reads it, in the syntax it shares with JavaScript's,
 * plus POSIX character classes (`[[:alnum:]_-]`) and `.` matching newlines too (JavaScript's
 * escapes such as `\s` work as well). A RegExp is used as it is (its flags but `g`).
 */
function strMatching(pattern: string | RegExp): OptionType<string> {
  const source = typeof pattern === "string" ? pattern : pattern.source;
  const re =
    typeof pattern === "string"
      ? new RegExp(`^(?:${fromPosix(pattern)})$`, "s")
      : new RegExp(`^(?:${source})$`, pattern.flags.replace("g", ""));
  return mkOptionType<string>({
    name: `strMatching ${nixString(source)}`,
    description: `string matching the pattern ${source}`,
    descriptionClass: "noun",
    check: (v) => typeof v === "string" && re.test(v),
    merge: mergeEqualOption,
    functor: {
      name: "strMatching",
      payload: pattern,
      binOp: (a: string | RegExp, b: string | RegExp) =>
        typeof a === typeof b && String(a) === String(b) ? a : null,
      build: (p: string | RegExp) => strMatching(p),
    },
  });
}

/**
 * A POSIX pattern's bracket expressions in JavaScript's syntax: their character classes spelt
 * out, a `]` first in the brackets escaped (POSIX reads it as a member). An unknown class is an
 * error, as in Nix.
 */
function fromPosix(pattern: string): string {
  let out = "";
  let inBrackets = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") {
      out += c + (pattern[i + 1] ?? "");
      i++;
    } else if (!inBrackets) {
      out += c;
      if (c !== "[") continue;
      inBrackets = true;
      if (pattern[i + 1] === "^") out += pattern[++i];
      if (pattern[i + 1] === "]") out += `\\${pattern[++i]}`;
    } else if (c === "[" && pattern[i + 1] === ":") {
      const end = pattern.indexOf(":]", i + 2);
      const name = end < 0 ? "" : pattern.slice(i + 2, end);
      const members = Object.hasOwn(posixClasses, name) ? posixClasses[name] : undefined;
      if (members === undefined)
        throw new Error(
          `strMatching: an invalid character class in ${JSON.stringify(pattern)} (POSIX has ${Object.keys(posixClasses).join(", ")})`,
        );
      out += members;
      i = end + 1;
    } else {
      if (c === "]") inBrackets = false;
      out += c;
    }
  }
  return out;
}

function separatedString(sep: string): OptionType<string> {
  return mkOptionType<string>({
    name: "separatedString",
    singleValue: true,
    // NixOS' wording for the empty separator (its old `types.string`).
    description: sep === "" ? "Concatenated string" : `strings concatenated with ${JSON.stringify(sep)}`,
    descriptionClass: "noun",
    check: (v) => typeof v === "string",
    merge: (_loc, defs) => values(defs).join(sep),
    functor: {
      name: "separatedString",
      payload: sep,
      binOp: (a: string, b: string) => (a === b ? a : null),
      build: (p: string) => separatedString(p),
    },
  });
}

/** An absolute path (a string starting with "/"). */
const path = mkOptionType<string>({
  name: "path",
  description: "absolute path",
  descriptionClass: "noun",
  check: (v) => typeof v === "string" && v.startsWith("/"),
  merge: mergeEqualOption,
});

function enumOf<const T extends readonly (string | number | boolean)[]>(vals: T): OptionType<T[number]> {
  // As NixOS shows them: strings in quotes as they are, integers and booleans, else the type.
  const show = (v: unknown) =>
    typeof v === "string"
      ? `"${v}"`
      : Number.isInteger(v) || typeof v === "boolean"
        ? String(v)
        : `<${v === null ? "null" : typeof v === "number" ? "float" : typeof v === "object" ? "set" : typeof v}>`;
  return mkOptionType<T[number]>({
    name: "enum",
    description:
      vals.length === 0
        ? "impossible (empty enum)"
        : vals.length === 1
          ? `value ${show(vals[0])} (singular enum)`
          : `one of ${vals.map(show).join(", ")}`,
    descriptionClass: vals.length < 2 ? "noun" : "conjunction",
    check: (v) => vals.includes(v as T[number]),
    merge: mergeEqualOption,
    functor: {
      name: "enum",
      payload: vals,
      binOp: (a: readonly unknown[], b: readonly unknown[]) => [...new Set([...a, ...b])],
      build: (p: T) => enumOf(p),
    },
  });
}

/** An attribute set merged shallowly, later definitions winning (NixOS `types.attrs`). */
const attrs = mkOptionType<Record<string, unknown>>({
  name: "attrs",
  description: "attribute set",
  check: isAttrs,
  merge: (_loc, defs) => Object.assign({}, ...values(defs)),
  emptyValue: { value: {} },
});

/** The type of a type (for `freeformType`). */
const optionType = mkOptionType<OptionType<any, any>>({
  name: "optionType",
  description: "optionType",
  descriptionClass: "noun",
  check: isOptionType,
  merge: (loc, defs) => {
    let t = defs[0]!.value as OptionType<any, any>;
    for (const d of defs.slice(1)) {
      const merged = typeMerge(t, d.value as OptionType<any, any>);
      if (!merged) {
        throw new ModuleError(
          "conflict",
          `The option \`${showOption(loc)}' has types that cannot be merged:${defs.map((d) => `\n- In \`${showOrigin(definedAt(d))}': ${(d.value as OptionType).description}`).join("")}\n${prioritySuggestion}`,
          loc,
        );
      }
      t = merged;
    }
    return t;
  },
});

// ---------------------------------------------------------------------------------------------
// Composite types

const elemFunctor = (
  name: string,
  elemType: OptionType<any, any>,
  build: (t: any) => OptionType<any, any>,
) => ({
  name,
  payload: elemType,
  binOp: (a: OptionType<any, any>, b: OptionType<any, any>) => typeMerge(a, b),
  build,
});

function listOf<V, D>(elemType: OptionType<V, D>): OptionType<V[], Wrap<D>[]> {
  return mkOptionType<V[], Wrap<D>[]>({
    name: "listOf",
    description: `list of ${phrase(elemType, (c) => c === "noun" || c === "composite")}`,
    descriptionClass: "composite",
    check: Array.isArray,
    merge: (loc, defs) => {
      const out: V[] = [];
      defs.forEach((def, n) => {
        (def.value as unknown[]).forEach((value, m) => {
          const plain = propertyType(value) === undefined && !isThunk(value);
          // A plain entry of a simple type is its value, as an option's one plain definition is
          // (see eval.ts): no location or definition needed.
          if (plain && elemType.singleValue && elemType.check(value)) {
            out.push(value as V);
            return;
          }
          const entryLoc = pathWith(loc, `[definition ${n + 1}-entry ${m + 1}]`);
          const entry = [new Def(value, childOrigin(definedAt(def), String(m)))];
          // An entry without properties is defined: it is merged as it is (as mergeDefinitions would).
          if (plain) out.push(mergeChecked(entryLoc, elemType, entry));
          else {
            const merged = mergeDefinitions(entryLoc, elemType, entry);
            if (merged.isDefined) out.push(merged.value);
          }
        });
      });
      return out;
    },
    emptyValue: { value: [] },
    functor: elemFunctor("listOf", elemType, (t) => listOf(t)),
    nestedTypes: { elemType },
    subModules: elemType.subModules,
    substSubModules: (m) => listOf(elemType.substSubModules!(m)),
  });
}

function nonEmptyListOf<V, D>(elemType: OptionType<V, D>): OptionType<V[], Wrap<D>[]> {
  const list = listOf(elemType);
  return {
    ...list,
    description: `non-empty ${phrase(list, (c) => c === "noun")}`,
    check: (v) => Array.isArray(v) && v.length > 0,
    emptyValue: undefined,
    functor: elemFunctor("nonEmptyListOf", elemType, (t) => nonEmptyListOf(t)),
    substSubModules: (m) => nonEmptyListOf(elemType.substSubModules!(m)),
  };
}

/** Groups the definitions of an attribute set by attribute name, keeping each origin. */
function definitionsByName(defs: readonly Definition[]): Map<string, Definition[]> {
  const byName = new Map<string, Definition[]>();
  for (const def of defs) {
    const obj = def.value as Record<string, unknown>;
    const from = definedAt(def);
    for (const key of Object.keys(obj)) {
      const desc = Object.getOwnPropertyDescriptor(obj, key)!;
      const entry: Definition = new Def(
        desc.get ? thunkOf(obj, key, from) : desc.value,
        childOrigin(from, key),
      );
      const list = byName.get(key);
      if (list) list.push(entry);
      else byName.set(key, [entry]);
    }
  }
  return byName;
}

function attrsWith<V, D>(
  elemType: OptionType<V, D>,
  lazy: boolean,
): OptionType<Record<string, V>, Record<string, Wrap<D>>> {
  const name = lazy ? "lazyAttrsOf" : "attrsOf";
  return mkOptionType<Record<string, V>, Record<string, Wrap<D>>>({
    name,
    description: `${lazy ? "lazy attribute set" : "attribute set"} of ${phrase(elemType, (c) => c === "noun" || c === "composite")}`,
    descriptionClass: "composite",
    check: isAttrs,
    merge: (loc, defs) => {
      const result: Record<string, V> = {};
      // Names sorted, as Nix lists an attribute set's (JavaScript still puts integer-like names first).
      const byName = definitionsByName(defs);
      const names = [...byName.keys()].sort();
      for (const key of names) {
        const keyDefs = byName.get(key)!;
        const keyLoc = pathWith(loc, key);
        if (lazy) {
          // Values stay unevaluated, so a mkIf(false) attribute still exists: its value is the
          // type's empty value if it has one (NixOS' `optionalValue.value or emptyValue.value`),
          // else it throws when read.
          defineLazy(result, key, () => {
            const merged = mergeDefinitions(keyLoc, elemType, keyDefs);
            return !merged.isDefined && elemType.emptyValue ? elemType.emptyValue.value : merged.value;
          });
          continue;
        }
        const merged = mergeDefinitions(keyLoc, elemType, keyDefs);
        if (merged.isDefined) defineLazy(result, key, () => merged.value);
      }
      return result;
    },
    emptyValue: { value: {} },
    functor: {
      name,
      payload: elemType,
      binOp: (a: OptionType<any, any>, b: OptionType<any, any>) => typeMerge(a, b),
      build: (t: OptionType<any, any>) => attrsWith(t, lazy),
    },
    nestedTypes: { elemType },
    subModules: elemType.subModules,
    substSubModules: (m) => attrsWith(elemType.substSubModules!(m), lazy),
  });
}
const attrsOf = <V, D>(elemType: OptionType<V, D>) => attrsWith(elemType, false);
const lazyAttrsOf = <V, D>(elemType: OptionType<V, D>) => attrsWith(elemType, true);

function nullOr<V, D>(elemType: OptionType<V, D>): OptionType<V | null, D | null> {
  return mkOptionType<V | null, D | null>({
    name: "nullOr",
    singleValue: elemType.singleValue === true,
    description: `null or ${phrase(elemType, (c) => c === "noun" || c === "conjunction")}`,
    descriptionClass: "conjunction",
    check: (v) => v === null || elemType.check(v),
    merge: (loc, defs) => {
      const nulls = defs.filter((d) => d.value === null).length;
      if (nulls === 0) return elemType.merge(loc, defs);
      if (nulls === defs.length) return null;
      throw new ModuleError(
        "conflict",
        `The option \`${showOption(loc)}' is defined both null and not null:${showDefs(defs)}\n${prioritySuggestion}`,
        loc,
      );
    },
    emptyValue: { value: null },
    functor: elemFunctor("nullOr", elemType, (t) => nullOr(t)),
    nestedTypes: { elemType },
    subModules: elemType.subModules,
    substSubModules: (m) => nullOr(elemType.substSubModules!(m)),
  });
}

/** `elemType` with one more check (NixOS' addCheck); its description and merge stay the type's. */
function addCheck<V, D>(elemType: OptionType<V, D>, check: (v: unknown) => boolean): OptionType<V, D> {
  return {
    ...elemType,
    check: (v) => elemType.check(v) && check(v),
    // Declared twice, it keeps its check: the declarations must share it (Nix's, keeping the
    // type's own functor, merges into the unchecked type).
    functor: {
      name: "addCheck",
      payload: { elemType, check },
      binOp: (a: CheckedPayload, b: CheckedPayload) => {
        if (a.check !== b.check) return null;
        const merged = typeMerge(a.elemType, b.elemType);
        return merged && { elemType: merged, check: a.check };
      },
      build: (p: CheckedPayload) => addCheck(p.elemType, p.check),
    },
  };
}
type CheckedPayload = { elemType: OptionType<any, any>; check: (v: unknown) => boolean };

/** A string of one line; a newline at its end is accepted and dropped (NixOS' singleLineStr). */
const singleLineStr = mkOptionType<string>({
  name: "singleLineStr",
  description: "(optionally newline-terminated) single-line string",
  descriptionClass: "noun",
  check: (v) => typeof v === "string" && /^[^\n\r]*\n?$/.test(v),
  merge: (loc, defs) => (mergeEqualOption(loc, defs) as string).replace(/\n$/, ""),
});

/** A field of /etc/passwd or /etc/group: no colon, no newline (NixOS' passwdEntry). */
function passwdEntry<V, D>(entryType: OptionType<V, D>): OptionType<V, D> {
  return {
    ...addCheck(entryType, (v) => typeof v !== "string" || !(v.includes(":") || v.includes("\n"))),
    name: `passwdEntry ${entryType.name}`,
    description: `${phrase(entryType, (c) => c === "noun")}, not containing newlines or colons`,
    descriptionClass: "nonRestrictiveClause",
    functor: {
      name: "passwdEntry",
      payload: entryType,
      binOp: typeMerge,
      build: (t: OptionType<V, D>) => passwdEntry(t),
    },
  };
}

function uniqueWith<V, D>(message: string, elemType: OptionType<V, D>): OptionType<V, D> {
  return {
    ...elemType,
    name: "unique",
    merge: (loc, defs) =>
      defs.length === 1 ? elemType.merge(loc, defs) : mergeOneOption(loc, defs, message),
    functor: elemFunctor("unique", elemType, (t) => uniqueWith(message, t)),
    nestedTypes: { elemType },
    substSubModules: (m) => uniqueWith(message, elemType.substSubModules!(m)),
  };
}
const unique = <V, D>(o: { message: string }, elemType: OptionType<V, D>) => uniqueWith(o.message, elemType);
const uniq = <V, D>(elemType: OptionType<V, D>) => uniqueWith("", elemType);

function functionTo<V, D>(
  elemType: OptionType<V, D>,
): OptionType<(...args: any[]) => V, (...args: any[]) => Wrap<D>> {
  return mkOptionType({
    name: "functionTo",
    description: `function that evaluates to a(n) ${phrase(elemType, (c) => c === "noun" || c === "composite")}`,
    descriptionClass: "composite",
    check: (v) => typeof v === "function",
    merge:
      (loc, defs) =>
      (...args: unknown[]) =>
        mergeDefinitions(
          [...loc, "<function body>"],
          elemType,
          defs.map((d) => withValue(d, (d.value as (...a: unknown[]) => unknown)(...args))),
        ).value,
    functor: elemFunctor("functionTo", elemType, (t) => functionTo(t)),
    nestedTypes: { elemType },
    subModules: elemType.subModules,
    substSubModules: (m) => functionTo(elemType.substSubModules!(m)),
  });
}

function either<V1, D1, V2, D2>(
  t1: OptionType<V1, D1>,
  t2: OptionType<V2, D2>,
): OptionType<V1 | V2, D1 | D2> {
  const description =
    t1.descriptionClass === "nonRestrictiveClause"
      ? `${t1.description}, or ${phrase(t2, (c) => c === "noun" || c === "conjunction")}`
      : `${phrase(t1, (c) => c === "noun" || c === "conjunction")} or ${phrase(t2, (c) => c === "noun" || c === "conjunction" || c === "composite")}`;
  return mkOptionType<V1 | V2, D1 | D2>({
    name: "either",
    singleValue: t1.singleValue === true && t2.singleValue === true,
    description,
    descriptionClass: "conjunction",
    check: (v) => t1.check(v) || t2.check(v),
    merge: (loc, defs) => {
      if (defs.every((d) => t1.check(d.value))) return t1.merge(loc, defs);
      if (defs.every((d) => t2.check(d.value))) return t2.merge(loc, defs);
      throw new ModuleError(
        "type",
        `The option \`${showOption(loc)}' is neither a value of type \`${t1.description}' nor \`${t2.description}' in all its definitions. Definition values:${showDefs(defs)}`,
        loc,
      );
    },
    functor: {
      name: "either",
      payload: [t1, t2],
      binOp: (a: OptionType<any, any>[], b: OptionType<any, any>[]) => {
        const l = typeMerge(a[0]!, b[0]!);
        const r = typeMerge(a[1]!, b[1]!);
        return l && r ? [l, r] : null;
      },
      build: ([l, r]: OptionType<any, any>[]) => either(l!, r!),
    },
    nestedTypes: { left: t1, right: t2 },
  });
}

type OneOfValue<T extends readonly OptionType<any, any>[]> =
  T[number] extends OptionType<infer V, any> ? V : never;
type OneOfDef<T extends readonly OptionType<any, any>[]> =
  T[number] extends OptionType<any, infer D> ? D : never;

function oneOf<const T extends readonly OptionType<any, any>[]>(
  ts: T,
): OptionType<OneOfValue<T>, OneOfDef<T>> {
  if (ts.length === 0) throw new Error("types.oneOf needs at least one type");
  return ts.slice(1).reduce((acc, t) => either(acc, t), ts[0]!) as OptionType<OneOfValue<T>, OneOfDef<T>>;
}

function coercedTo<CV, CD, V, D>(
  coercedType: OptionType<CV, CD>,
  coerce: (v: CV) => D,
  finalType: OptionType<V, D>,
): OptionType<V, D | CD> {
  if (coercedType.subModules)
    throw new Error(`coercedTo: coercedType must not have submodules (it's a ${coercedType.description})`);
  return mkOptionType<V, D | CD>({
    name: "coercedTo",
    description: `${phrase(finalType, (c) => c === "noun")} or ${phrase(coercedType, (c) => c === "noun")} convertible to it`,
    check: (v) => (coercedType.check(v) && finalType.check(coerce(v as CV))) || finalType.check(v),
    merge: (loc, defs) =>
      mergeChecked(
        loc,
        finalType,
        defs.map((d) => (coercedType.check(d.value) ? withValue(d, coerce(d.value as CV)) : d)),
      ),
    emptyValue: finalType.emptyValue,
    functor: { name: "coercedTo" },
    nestedTypes: { coercedType, finalType },
    subModules: finalType.subModules,
    substSubModules: (m) => coercedTo(coercedType, coerce, finalType.substSubModules!(m)),
  });
}

/**
 * A type decided later: renamed options take their target's type, known only once every module is
 * loaded (their `apply` gives the real value, also when nothing defines them).
 */
const resolveDeferred = Symbol("hearth.resolveDeferred");

/** A type known later (`resolve`); `what` names the option it is the type of, for messages. */
function deferredType<V, D>(
  resolve: () => OptionType<V, D>,
  name = "deferred",
  what = "an option",
): OptionType<V, D> {
  let t: OptionType<V, D> | undefined;
  let resolving = false;
  const get = (): OptionType<V, D> => {
    if (t) return t;
    // Options renamed or aliased to each other: each one's type is the other's.
    if (resolving)
      throw new ModuleError(
        "cycle",
        `Infinite recursion: the type of ${what} is taken from an option whose type is taken from it (options renamed or aliased to each other?).`,
      );
    resolving = true;
    try {
      let resolved = resolve();
      // Another deferred type: its own, so that a chain back to this one is found now.
      const next = (resolved as { [resolveDeferred]?: () => OptionType<V, D> })[resolveDeferred];
      if (next) resolved = next();
      t = resolved;
    } finally {
      resolving = false;
    }
    return t;
  };
  const type: OptionType<V, D> & { [resolveDeferred]: typeof get } = {
    [resolveDeferred]: get,
    _type: "option-type",
    name,
    get description() {
      return get().description;
    },
    get descriptionClass() {
      return get().descriptionClass;
    },
    check: (v) => get().check(v),
    merge: (loc, defs) => get().merge(loc, defs),
    get emptyValue() {
      return get().emptyValue;
    },
    functor: { name: `${name}:${++deferredCount}` },
    nestedTypes: {},
  };
  return type;
}
let deferredCount = 0;

// ---------------------------------------------------------------------------------------------
// Submodules

export interface SubmoduleSpec {
  readonly modules: readonly unknown[];
  readonly specialArgs: Readonly<Record<string, unknown>>;
  readonly shorthandOnlyDefinesConfig: boolean | null;
  readonly description: string | null;
  readonly class: string | null;
}

type SubmoduleEvaluator = (
  spec: SubmoduleSpec,
  loc: readonly string[],
  defs: readonly Definition[],
) => unknown;
let evaluateSubmodule: SubmoduleEvaluator = () => {
  throw new Error("hearth: the module evaluator is not loaded");
};
/** eval.ts installs the evaluator (types cannot import it: it needs types for `_module`). */
export function setSubmoduleEvaluator(f: SubmoduleEvaluator): void {
  evaluateSubmodule = f;
}

export interface SubmoduleWithOptions {
  modules: readonly unknown[];
  specialArgs?: Record<string, unknown>;
  /** true for `types.submodule`: a plain attribute set definition is the submodule's config. */
  shorthandOnlyDefinesConfig?: boolean | null;
  description?: string | null;
  class?: string | null;
}

/**
 * The specialArgs of every submodule type given none: one object, so what evaluations key on it
 * (the `_module` module, see eval.ts) is found among few entries, not one per type ever made.
 */
const noSpecialArgs: Readonly<Record<string, unknown>> = Object.freeze({});

const emptySubmodule = Object.freeze({ value: Object.freeze({}) });

function submoduleWith<V = any, D = any>(spec: SubmoduleWithOptions): OptionType<V, D> {
  const full: SubmoduleSpec = {
    modules: spec.modules,
    specialArgs: spec.specialArgs ?? noSpecialArgs,
    // null means "as the other declarations of this option say" (see mergeSubmoduleSpecs).
    shorthandOnlyDefinesConfig:
      spec.shorthandOnlyDefinesConfig === undefined ? false : spec.shorthandOnlyDefinesConfig,
    description: spec.description ?? null,
    class: spec.class ?? null,
  };
  const type: OptionType<V, D> = mkOptionType<V, D>({
    name: "submodule",
    // As NixOS: its freeform type's description, and no description class (a composite type
    // puts it in parentheses: "attribute set of (submodule)").
    description: full.description ?? freeformIn(full.modules)?.description ?? "submodule",
    check: (v) => isAttrs(v) || typeof v === "function",
    merge: (loc, defs) => evaluateSubmodule(full, loc, defs) as V,
    // As NixOS: an element under mkIf false in a lazyAttrsOf is `{}`, not an evaluation.
    emptyValue: emptySubmodule,
    functor: {
      name: "submodule",
      payload: full,
      binOp: (a: SubmoduleSpec, b: SubmoduleSpec) => mergeSubmoduleSpecs(a, b),
      build: (p: SubmoduleSpec) => submoduleWith(p),
    },
    subModules: full.modules,
    substSubModules: (m) => submoduleWith({ ...full, modules: m }),
  });
  return type;
}

/**
 * The freeform type a type's modules (or the plain modules they import) give as their
 * `freeformType` attribute, if any. Only plain values are read: nothing runs.
 */
function freeformIn(modules: readonly unknown[], seen = new Set<object>()): OptionType | undefined {
  for (const m of modules) {
    if (!isPlainObject(m) || seen.has(m)) continue;
    seen.add(m);
    const t = Object.getOwnPropertyDescriptor(m, "freeformType")?.value;
    if (isOptionType(t)) return t;
    const imports = Object.getOwnPropertyDescriptor(m, "imports")?.value;
    const found = Array.isArray(imports) ? freeformIn(imports, seen) : undefined;
    if (found) return found;
  }
  return undefined;
}

function mergeSubmoduleSpecs(a: SubmoduleSpec, b: SubmoduleSpec): SubmoduleSpec {
  const same = <T>(what: string, x: T | null, y: T | null): T | null => {
    if (x === null) return y;
    if (y === null || x === y) return x;
    throw new Error(`A submoduleWith option is declared multiple times with conflicting ${what} values`);
  };
  const shared = Object.keys(a.specialArgs).filter((k) => k in b.specialArgs);
  if (shared.length > 0) {
    throw new Error(
      `A submoduleWith option is declared multiple times with the same specialArgs "${shared.join(" ")}"`,
    );
  }
  return {
    modules: [...a.modules, ...b.modules],
    specialArgs:
      a.specialArgs === noSpecialArgs
        ? b.specialArgs
        : b.specialArgs === noSpecialArgs
          ? a.specialArgs
          : { ...a.specialArgs, ...b.specialArgs },
    shorthandOnlyDefinesConfig: same(
      "shorthandOnlyDefinesConfig",
      a.shorthandOnlyDefinesConfig,
      b.shorthandOnlyDefinesConfig,
    ),
    description: same("description", a.description, b.description),
    class: same("class", a.class, b.class),
  };
}

/** The options object of a submodule, as a plain object, a module with `options`, or a function. */
type SubmoduleOptions<M> = M extends (...args: any[]) => infer R
  ? SubmoduleOptions<R>
  : M extends { options: infer O }
    ? O
    : M extends { config: any }
      ? {}
      : M;

/**
 * A typed attribute set described by modules. `types.submodule({ options: { … } })`, or a
 * function of `{ name, config, … }` returning such a module, or a list of them.
 */
function submodule<const M>(
  modules: M,
): OptionType<
  ValueTree<SubmoduleOptions<M extends readonly (infer E)[] ? E : M>>,
  DefTree<SubmoduleOptions<M extends readonly (infer E)[] ? E : M>>
> {
  return submoduleWith({
    modules: Array.isArray(modules) ? modules : [modules],
    shorthandOnlyDefinesConfig: true,
  });
}

/** A module, as an option value (NixOS `deferredModule`): its definitions are imported as modules. */
const deferredModule = mkOptionType<{ imports: unknown[] }, unknown>({
  name: "deferredModule",
  description: "module",
  descriptionClass: "noun",
  check: (v) => isAttrs(v) || typeof v === "function",
  // Each definition keeps where it was written, "via" the option (NixOS' setDefaultModuleLocation).
  merge: (loc, defs) => ({
    imports: defs.map((d) =>
      withSource(
        {
          get file() {
            return `${showOrigin(definedAt(d))}, via option ${showOption(loc)}`;
          },
        },
        d.value,
      ),
    ),
  }),
});

/**
 * An integer or float passing `check`. Declared twice, merged only with the same description
 * (which holds the bounds).
 */
const checkedNumber = (
  name: string,
  description: string,
  check: (n: number) => boolean,
  descriptionClass = number.descriptionClass,
): OptionType<number> => ({
  ...addCheck(number, (v) => check(v as number)),
  name,
  description,
  descriptionClass,
  functor: { name },
});

/** Integers or floats within bounds (NixOS' `types.numbers`). */
const numbers = {
  between: (lowest: number, highest: number): OptionType<number> => {
    if (lowest > highest) throw new Error("numbers.between: lowest must be smaller than highest");
    return checkedNumber(
      "numberBetween",
      `integer or floating point number between ${JSON.stringify(lowest)} and ${JSON.stringify(highest)} (both inclusive)`,
      (n) => n >= lowest && n <= highest,
    );
  },
  nonnegative: checkedNumber(
    "numberNonnegative",
    "nonnegative integer or floating point number, meaning >=0",
    (n) => n >= 0,
    "nonRestrictiveClause",
  ),
  positive: checkedNumber(
    "numberPositive",
    "positive integer or floating point number, meaning >0",
    (n) => n > 0,
    "nonRestrictiveClause",
  ),
};

export const types = {
  raw,
  anything,
  unspecified,
  bool,
  int,
  ints,
  port: ints.u16,
  float,
  number,
  numbers,
  str,
  nonEmptyStr,
  singleLineStr,
  passwdEntry,
  strMatching,
  separatedString,
  lines: separatedString("\n"),
  commas: separatedString(","),
  envVar: separatedString(":"),
  path,
  enum: enumOf,
  attrs,
  optionType,
  listOf,
  nonEmptyListOf,
  attrsOf,
  lazyAttrsOf,
  nullOr,
  unique,
  uniq,
  addCheck,
  functionTo,
  either,
  oneOf,
  coercedTo,
  submodule,
  submoduleWith,
  deferredModule,
  deferredType,
};

/** True for plain data objects (not config objects built by hearth, not class instances). */
export { isPlainObject };

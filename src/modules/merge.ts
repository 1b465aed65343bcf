/**
 * Turning the definitions of one option into its value, as NixOS' `mergeDefinitions`:
 * discharge mkMerge/mkIf, keep the highest-priority overrides, sort by mkOrder, check the type,
 * and let the type merge what is left.
 */
import { ModuleError, showDefs } from "./errors.ts";
import { force, isThunk } from "./lazy.ts";
import { type Definition, definedAt, withValue } from "./origin.ts";
import { defaultOrderPriority, defaultOverridePriority, propertyType } from "./properties.ts";
import { showOption } from "./show.ts";
import type { OptionType } from "./types.ts";

/** The definitions that survive discharge, override filtering and sorting. */
export interface FinalDefinitions {
  readonly values: Definition[];
  readonly highestPrio: number;
}

/**
 * Expands mkMerge and evaluates mkIf conditions (the only place conditions are evaluated).
 * Also forces getter-deferred values: a property's content may itself be lazy.
 */
export function dischargeProperties(def: Definition, loc: readonly string[], out: Definition[]): void {
  discharge(def.value, def, loc, out);
}

/** `value` is `def`'s value or what it wraps; a new definition is made only for the latter. */
function discharge(value: unknown, def: Definition, loc: readonly string[], out: Definition[]): void {
  for (;;) {
    value = force(value);
    const t = propertyType(value);
    if (t === "merge") {
      const contents = (value as { contents: unknown }).contents;
      if (!Array.isArray(contents)) throw mergeOfNoList(loc, withValue(def, value));
      for (const c of contents) discharge(c, def, loc, out);
      return;
    }
    if (t !== "if") break;
    const p = value as { condition: unknown; content: unknown };
    const cond = typeof p.condition === "function" ? (p.condition as () => unknown)() : p.condition;
    if (typeof cond !== "boolean") {
      throw new ModuleError(
        "property",
        `mkIf called with a non-Boolean condition (${kindOf(cond)}) in a definition of \`${showOption(loc)}'.${showDefs([withValue(def, value)])}`,
        loc,
      );
    }
    if (!cond) return;
    value = p.content;
  }
  out.push(value === def.value ? def : withValue(def, value));
}

const endsWith = (loc: readonly string[], path: readonly string[]) =>
  path.length <= loc.length && path.every((p, i) => loc[loc.length - path.length + i] === p);

/** A value's kind as messages name it. */
export const kindOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "list" : typeof v);

/** `mkMerge(x)` where x is not a list (TypeScript catches it in typed modules, not in others). */
export function mergeOfNoList(loc: readonly string[], d: Definition): ModuleError {
  const contents = (d.value as { contents: unknown }).contents;
  return new ModuleError(
    "property",
    `mkMerge takes a list of definitions, but in a definition of \`${showOption(loc)}' it was given a value of type ${kindOf(contents)}.${showDefs([d])}`,
    loc,
  );
}

const priorityOf = (v: unknown): number =>
  propertyType(v) === "override" ? (v as { priority: number }).priority : defaultOverridePriority;

/** Keeps the definitions with the highest priority (lowest number), stripping one mkOverride. */
export function filterOverrides(defs: readonly Definition[]): FinalDefinitions {
  let highestPrio = 9999;
  let overrides = false;
  for (const d of defs) {
    const p = priorityOf(d.value);
    if (p < highestPrio) highestPrio = p;
    if (propertyType(d.value) === "override") overrides = true;
  }
  if (!overrides) return { values: defs as Definition[], highestPrio };
  const values: Definition[] = [];
  for (const d of defs) {
    if (priorityOf(d.value) !== highestPrio) continue;
    values.push(
      propertyType(d.value) === "override"
        ? withValue(d, force((d.value as { content: unknown }).content))
        : d,
    );
  }
  return { values, highestPrio };
}

/** Stable sort by mkOrder priority, stripping one mkOrder. */
export function sortProperties(defs: readonly Definition[]): Definition[] {
  const keyed = defs.map((d, i) => {
    const isOrder = propertyType(d.value) === "order";
    const o = d.value as { priority: number; content: unknown };
    return {
      def: isOrder ? withValue(d, force(o.content)) : d,
      prio: isOrder ? o.priority : defaultOrderPriority,
      i,
    };
  });
  keyed.sort((a, b) => a.prio - b.prio || a.i - b.i);
  return keyed.map((k) => k.def);
}

/** Discharge, filter overrides and sort: the definitions a type gets to merge. */
export function finalDefinitions(loc: readonly string[], defs: readonly Definition[]): FinalDefinitions {
  let needsDischarge = false;
  let hasThunk = false;
  for (const d of defs) {
    const v = d.value;
    if (isThunk(v)) hasThunk = true;
    const t = propertyType(force(v));
    if (t === "merge" || t === "if") {
      needsDischarge = true;
      break;
    }
  }
  let list: readonly Definition[] = defs;
  if (needsDischarge) {
    const discharged: Definition[] = [];
    for (const d of defs) dischargeProperties(d, loc, discharged);
    list = discharged;
  } else if (hasThunk) {
    list = defs.map((d) => (isThunk(d.value) ? withValue(d, d.value.force()) : d));
  }
  // Fast path, as in NixOS: one definition without any property needs no further processing.
  if (list.length === 1 && propertyType(list[0]!.value) === undefined) {
    return { values: list as Definition[], highestPrio: defaultOverridePriority };
  }
  const filtered = filterOverrides(list);
  let sorted = filtered.values;
  for (const d of sorted) {
    if (propertyType(d.value) === "order") {
      sorted = sortProperties(sorted);
      break;
    }
  }
  for (const d of sorted) {
    const t = propertyType(d.value);
    if (t) throw misplacedProperty(loc, t, d);
  }
  return { values: sorted, highestPrio: filtered.highestPrio };
}

const propertyNames: Record<string, string> = {
  if: "mkIf",
  merge: "mkMerge",
  override: "mkOverride/mkForce/mkDefault",
  order: "mkOrder/mkBefore/mkAfter",
};

/** NixOS rejects these too (as a type error); hearth says what is wrong and how to write it. */
function misplacedProperty(loc: readonly string[], t: string, d: Definition): ModuleError {
  // The option's own default (its declaration's origin, at the option's path; values a type
  // merges inside it, such as a function's results, keep that origin) is one value, not a
  // definition to condition.
  const from = definedAt(d);
  if (from.declaration && endsWith(loc, from.path))
    return new ModuleError(
      "property",
      `The default of \`${showOption(loc)}' has ${propertyNames[t]}, which a default cannot hold.${showDefs([d])}\n` +
        "Give a plain value, or compute it lazily: `default: lazy(() => cond ? a : b)`; to set the option only under a condition, define it with mkIf in a module's configuration.",
      loc,
    );
  return new ModuleError(
    "property",
    `A definition of \`${showOption(loc)}' has ${propertyNames[t]} in a place where the module system does not look for it.${showDefs([d])}\n` +
      "Properties nest in this order, outermost first: mkMerge/mkIf, then mkOverride (mkForce, mkDefault), then mkOrder (mkBefore, mkAfter); " +
      "e.g. write mkIf(cond, mkForce(value)), not mkForce(mkIf(cond, value)).",
    loc,
  );
}

/** The result of merging one option's (or one attribute's, or one list element's) definitions. */
export class Merged<V> {
  #value: V | undefined;
  #computed = false;
  constructor(
    readonly loc: readonly string[],
    readonly type: OptionType<V, unknown>,
    readonly defsFinal: FinalDefinitions,
  ) {}
  get isDefined(): boolean {
    return this.defsFinal.values.length > 0;
  }
  /** The merged value; throws when nothing is defined and the type has no empty value. */
  get value(): V {
    if (!this.#computed) {
      this.#value = mergeChecked(this.loc, this.type, this.defsFinal.values);
      this.#computed = true;
    }
    return this.#value as V;
  }
}

export function mergeDefinitions<V>(
  loc: readonly string[],
  type: OptionType<V, unknown>,
  defs: readonly Definition[],
): Merged<V> {
  return new Merged(loc, type, finalDefinitions(loc, defs));
}

/**
 * Type-checks the final definitions and merges them. No definitions is an error, as in NixOS
 * (whatever the type: a list option without a default and without definitions has no value,
 * not `[]`; only lazyAttrsOf gives a type's empty value, for an attribute under mkIf false).
 */
export function mergeChecked<V>(loc: readonly string[], type: OptionType<V, unknown>, defs: Definition[]): V {
  if (defs.length === 0) {
    throw new ModuleError(
      "no-value",
      `The option \`${showOption(loc)}' was accessed but has no value defined. Try setting the option.`,
      loc,
    );
  }
  for (const d of defs) {
    if (!type.check(d.value)) {
      const invalid = defs.filter((x) => !type.check(x.value));
      throw new ModuleError(
        "type",
        `A definition for option \`${showOption(loc)}' is not of type \`${type.description}'. Definition values:${showDefs(invalid)}`,
        loc,
      );
    }
  }
  return type.merge(loc, defs);
}

/**
 * What each definition of an option contributes, for `hearth explain`: every part of a definition
 * (mkMerge splits it, mkIf may switch it off), with its priority and order, and whether it is
 * part of the value.
 */
import { force, forEachLazyEntry, isThunk } from "./lazy.ts";
import type { Definition, Origin } from "./origin.ts";
import { defaultOrderPriority, defaultOverridePriority, propertyType } from "./properties.ts";
import { viewSource } from "./view.ts";

export interface DefinitionPart {
  readonly from: Origin;
  readonly value: unknown;
  /** Override priority: 50 mkForce, 100 plain, 1000 mkDefault, 1500 the option's default. */
  readonly priority: number;
  readonly order: number;
  /** False when a mkIf around it is false. */
  readonly active: boolean;
  /** True when it is part of the option's value (active and of the highest priority). */
  wins: boolean;
}

/** A value computed for showing; what computing it failed with, if it does (the evaluation reports that where the value is needed). */
function shown(v: unknown): unknown {
  try {
    return force(v);
  } catch (e) {
    return `<error: ${(e as Error).message?.split("\n")[0]}>`;
  }
}

/**
 * A definition's value as its module wrote it, with every lazy part inside (a `lazy()` in a list,
 * a getter) computed, each failure shown where it is: `[22]`, not the thunk that computes 22.
 * Views and objects of classes are left to the caller's rendering; a value inside itself is
 * `<cycle>`. For showing only (`hearth explain`): it runs the definition's code.
 */
export function shownDeep(v: unknown, within: readonly object[] = []): unknown {
  let x = shown(v);
  while (isThunk(x)) x = shown(x);
  if (x === null || typeof x !== "object" || viewSource in x) return x;
  if (within.includes(x)) return "<cycle>";
  const inner = [...within, x];
  if (Array.isArray(x)) return x.map((e) => shownDeep(e, inner));
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) return x;
  const out: Record<string, unknown> = {};
  forEachLazyEntry(x, (key, value) => {
    out[key] = shownDeep(value, inner);
  });
  return out;
}

/** The parts of every definition, in merge order, with the winners marked. */
export function definitionParts(defs: readonly Definition[]): DefinitionPart[] {
  const parts: DefinitionPart[] = [];
  const visit = (v: unknown, from: Origin, active: boolean) => {
    v = shown(v);
    switch (propertyType(v)) {
      case "merge": {
        const contents = (v as { contents: unknown }).contents;
        // Not a list: the evaluation says what is wrong; shown here as written.
        if (!Array.isArray(contents)) break;
        for (const c of contents) visit(c, from, active);
        return;
      }
      case "if": {
        const p = v as { condition: unknown; content: unknown };
        let cond: unknown;
        try {
          cond = typeof p.condition === "function" ? (p.condition as () => unknown)() : p.condition;
        } catch {
          cond = false;
        }
        visit(p.content, from, active && cond === true);
        return;
      }
    }
    let priority = defaultOverridePriority;
    let order = defaultOrderPriority;
    if (propertyType(v) === "override") {
      priority = (v as { priority: number }).priority;
      v = shown((v as { content: unknown }).content);
    }
    if (propertyType(v) === "order") {
      order = (v as { priority: number }).priority;
      v = shown((v as { content: unknown }).content);
    }
    parts.push({ from, value: v, priority, order, active, wins: false });
  };
  for (const d of defs) visit(d.value, d.from, true);
  const best = Math.min(...parts.filter((p) => p.active).map((p) => p.priority));
  for (const p of parts) p.wins = p.active && p.priority === best;
  return parts;
}

/** Text for option paths and values in messages. */
import { isThunk } from "./lazy.ts";
import { propertyType } from "./properties.ts";
import { viewSource } from "./view.ts";

const identifier = /^[A-Za-z_][A-Za-z0-9_'-]*$/;

const placeholder = /^<[\s\S]*>$/;

/** `s` as a Nix string literal (nixpkgs' escapeNixString: JSON, with `$` escaped). */
export const nixString = (s: string): string => JSON.stringify(s).replace(/\$/g, "\\$");

/**
 * `services.nginx."a.b".enable`: as NixOS' showOption, parts that are not identifiers quoted
 * (escaped as Nix strings), but for `*` and `<name>`-like placeholders.
 */
export function showOption(loc: readonly string[]): string {
  return loc
    .map((part) => (identifier.test(part) || part === "*" || placeholder.test(part) ? part : nixString(part)))
    .join(".");
}

/** A short, readable rendering of a definition value (what `showDefs` prints in NixOS). */
export function showValue(value: unknown, depth = 0, budget = { left: 400 }): string {
  const pad = "  ".repeat(depth + 1);
  if (budget.left <= 0) return "…";
  const configPath = typeof value === "object" && value !== null ? viewPath(value) : undefined;
  let text: string;
  if (value === null) text = "null";
  else if (value === undefined) text = "undefined";
  else if (typeof value === "string") text = JSON.stringify(value);
  else if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    text = String(value);
  else if (typeof value === "function") text = `<function${value.name ? ` ${value.name}` : ""}>`;
  else if (typeof value === "symbol") text = value.toString();
  // A configuration (a module's `config`, or part of it): listing it would compute it.
  else if (configPath) text = `<config${configPath.map((p) => `.${showOption([p])}`).join("")}>`;
  // A getter or `lazy(…)` not computed yet: showing it must not compute it.
  else if (isThunk(value)) text = "<lazy>";
  else if (propertyType(value)) text = showProperty(value as Property, depth, budget);
  else if (Array.isArray(value)) {
    if (value.length === 0) text = "[ ]";
    else if (depth > 3) text = "[ … ]";
    else
      text = `[\n${shownWhileRoom(value, (v) => showValue(v, depth + 1, budget), pad, budget)}\n${"  ".repeat(depth)}]`;
  } else {
    const keys = Object.keys(value as object);
    if (keys.length === 0) text = "{ }";
    else if (depth > 3) text = "{ … }";
    else {
      const entry = (k: string) => {
        const d = Object.getOwnPropertyDescriptor(value, k);
        const shown = d && "value" in d ? showValue(d.value, depth + 1, budget) : "<lazy>";
        return `${identifier.test(k) ? k : JSON.stringify(k)}: ${shown};`;
      };
      text = `{\n${shownWhileRoom(keys, entry, pad, budget)}\n${"  ".repeat(depth)}}`;
    }
  }
  budget.left -= text.length;
  return text;
}

/** One line per item until the text budget is spent, then one "…" for the rest. */
function shownWhileRoom<T>(
  items: readonly T[],
  show: (item: T) => string,
  pad: string,
  budget: { left: number },
): string {
  const lines: string[] = [];
  for (const item of items) {
    if (budget.left <= 0) {
      lines.push(`${pad}…`);
      break;
    }
    lines.push(pad + show(item));
  }
  return lines.join("\n");
}

type Property =
  | { _type: "if"; condition: unknown; content: unknown }
  | { _type: "merge"; contents: unknown }
  | { _type: "override" | "order"; priority: number; content: unknown };

const overrideNames: Record<number, string> = {
  10: "mkVMOverride",
  50: "mkForce",
  1000: "mkDefault",
  1500: "mkOptionDefault",
};
const orderNames: Record<number, string> = { 500: "mkBefore", 1500: "mkAfter" };

/** A property as the call that made it (`mkForce(1)`): the object it returns means little to its writer. */
function showProperty(p: Property, depth: number, budget: { left: number }): string {
  const shown = (v: unknown) => showValue(v, depth, budget);
  // Charged before the contents: properties nest without adding depth (and may nest forever).
  budget.left -= 8;
  if (budget.left <= 0) return "…";
  switch (p._type) {
    case "if":
      return `mkIf(${shown(p.condition)}, ${shown(p.content)})`;
    case "merge":
      return `mkMerge(${shown(p.contents)})`;
    case "override": {
      const name = overrideNames[p.priority];
      return name ? `${name}(${shown(p.content)})` : `mkOverride(${p.priority}, ${shown(p.content)})`;
    }
    case "order": {
      const name = orderNames[p.priority];
      return name ? `${name}(${shown(p.content)})` : `mkOrder(${p.priority}, ${shown(p.content)})`;
    }
  }
}

/** The path of a config view (reading its symbol computes nothing), or undefined. */
const viewPath = (value: object): readonly string[] | undefined =>
  (value as { [viewSource]?: { namespace: { path: readonly string[] } } })[viewSource]?.namespace.path;

/** "a, b or c" for suggestions ("a, b and c" for a list). */
export function showAlternatives(items: readonly string[], conjunction: "or" | "and" = "or"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/** " Did you mean `a' or `b'?" for names already quoted; nothing without any. */
export function didYouMean(near: readonly string[]): string {
  return near.length > 0 ? ` Did you mean ${showAlternatives(near)}?` : "";
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** Up to three names closest to `name` (NixOS' rule: all candidates for small sets, distance ≤ 2 otherwise). */
export function closest(name: string, candidates: readonly string[]): string[] {
  const scored = candidates
    .map((c) => ({ c, d: editDistance(name.toLowerCase(), c.toLowerCase()) }))
    .filter(({ d }) => (candidates.length < 100 ? d <= Math.max(2, Math.ceil(name.length / 3)) : d <= 2));
  return scored
    .sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : 1))
    .slice(0, 3)
    .map(({ c }) => c);
}

/**
 * Where an option of a host was defined, for messages about problems the module system cannot see
 * (a file claimed twice, a unit naming a user nobody declares): the option at a path, following
 * values into submodules (`systemd.services.jellyfin.Service.User`), and the file:line of each
 * definition.
 */
import type { Evaluation, OptionInfo } from "./eval.ts";
import { definitionParts } from "./explain.ts";
import { type Origin, showOrigin } from "./origin.ts";
import { viewSource } from "./view.ts";

export type OptionLookup =
  | { readonly info: OptionInfo; readonly evaluation: Evaluation }
  | {
      readonly info?: undefined;
      /** How many parts matched before the lookup failed. */
      readonly matched: number;
      /** No option is declared there; no value exists there; the path ends inside an option's value. */
      readonly reason: "undeclared" | "absent" | "inside";
    };

const submoduleOf = (value: unknown): Evaluation | undefined =>
  (value as { [viewSource]?: { source: Evaluation } } | null)?.[viewSource]?.source;

/** The option at `parts`, looking through attribute sets and lists of submodules. */
export function optionAt(evaluation: Evaluation, parts: readonly string[]): OptionLookup {
  let ev = evaluation;
  let i = 0;
  for (;;) {
    let j = parts.length;
    let info: OptionInfo | undefined;
    for (; j > i && !info; j--) info = ev.option(parts.slice(i, j));
    if (!info) return { matched: i, reason: "undeclared" };
    j++;
    if (j === parts.length) return { info, evaluation: ev };
    let value: unknown = info.value;
    let k = j;
    let inner: Evaluation | undefined;
    while (k < parts.length && !inner) {
      if (value === null || typeof value !== "object" || !(parts[k]! in value)) {
        return { matched: k, reason: "absent" };
      }
      value = (value as Record<string, unknown>)[parts[k]!];
      k++;
      inner = submoduleOf(value);
    }
    if (!inner) return { matched: k, reason: "inside" };
    ev = inner;
    i = k;
  }
}

const unique = (xs: string[]) => [...new Set(xs)];

/** file:line of the definitions that make an option's value (not its declared default). */
function sitesOf(info: OptionInfo): string[] {
  return unique(
    // Merging rewraps the default's definition; its origin (the declaration) stays.
    info.definitionsWithLocations.filter((d) => d.from.declaration !== true).map((d) => showOrigin(d.from)),
  );
}

/** file:line of the definitions of `key` in an attribute-set option (`files` → "/etc/motd"). */
function entrySites(info: OptionInfo, key: string): string[] {
  return unique(
    definitionParts(info.definitionsWithLocations)
      .filter((p) => p.active && typeof p.value === "object" && p.value !== null && key in p.value)
      .map((p) => showOrigin({ module: p.from.module, path: [...p.from.path, key] } as Origin)),
  );
}

/**
 * file:line of what defines the value at `parts`: the option's own definitions, or, when it only
 * has its default (`secrets.x.path`) or is an entry (`files."/etc/motd"`), where its entry of an
 * attribute set is defined.
 */
export function whereDefined(evaluation: Evaluation, parts: readonly string[]): string[] {
  const found = optionAt(evaluation, parts);
  if (found.info) {
    const sites = sitesOf(found.info);
    if (sites.length > 0) return sites;
  }
  for (let n = parts.length - 1; n >= 1; n--) {
    const parent = optionAt(evaluation, parts.slice(0, n));
    if (!parent.info) continue;
    const sites = entrySites(parent.info, parts[n]!);
    if (sites.length > 0) return sites;
  }
  return [];
}

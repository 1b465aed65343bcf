/**
 * "Did you mean" for a name that is right in the wrong place: an app enabled under another
 * category (`mySystem.services.gatus.enable` for `mySystem.monitoring.gatus.enable`), a name
 * written without the namespace it lives in (`networking` for `mySystem.networking`). Spelling
 * mistakes are found among the siblings (show.ts closest); these in the whole option tree.
 */
import { isPlainObject } from "./lazy.ts";
import { propertyType } from "./properties.ts";
import { closest, showOption } from "./show.ts";

/** Names declared in more places than this say nothing about where the user meant (`enable`). */
const distinctive = 5;

/** A declared place for a misplaced name, and the names the user wrote after it. */
export interface Relocation {
  readonly place: readonly string[];
  readonly tail: readonly string[];
}

/** Where each name is declared, from every option's path (their prefixes are the namespaces). */
export class OptionPlaces {
  readonly #byName = new Map<string, string[][]>();
  readonly #options = new Set<string>();
  readonly #namespaces = new Set<string>([""]);

  constructor(paths: Iterable<readonly string[]>) {
    for (const p of paths) {
      if (p[0] === "_module") continue;
      for (let k = 0; k < p.length; k++) {
        const key = keyOf(p, k + 1);
        const seen = this.#options.has(key) || this.#namespaces.has(key);
        (k === p.length - 1 ? this.#options : this.#namespaces).add(key);
        if (seen) continue;
        const places = this.#byName.get(p[k]!) ?? [];
        places.push(p.slice(0, k + 1));
        this.#byName.set(p[k]!, places);
      }
    }
  }

  /**
   * Whether `path` is a namespace: options below it, none at it (a submodule option listed with
   * its sub-options, `checks.<name>.http`, is an option). The root is one.
   */
  isNamespace(path: readonly string[]): boolean {
    const key = keyOf(path, path.length);
    return this.#namespaces.has(key) && !this.#options.has(key);
  }

  /**
   * Where `path`, which leaves the tree at `at` (`path[at]` is not declared where it is), may
   * have been meant: wherever one of its names from `at` on is declared, followed by the names
   * after it in the tree too. Best first: sharing the most leading names with `path`, then
   * shortest. A name found in the place of a single option is only suggested when it is the one
   * option so named (`timezone`, not one of many `port`s), above or below where it was written
   * (`mySystem.proxy.timezone` or `timezone` for `mySystem.timezone`, not another app's `dataDir`
   * for this app's), and, found inside the value, in place of a name it shortens
   * (`mySystem.hw.disks` for `mySystem.hardware.disks`). `leaf`: the path is given a value that
   * is not an attribute set (so only an option can be meant).
   */
  relocate(path: readonly string[], at: number, { leaf = false } = {}, limit = 3): Relocation[] {
    const found = new Map<string, Relocation>();
    for (let j = at; j < path.length; j++) {
      const places = this.#byName.get(path[j]!) ?? [];
      if (places.length > distinctive) continue;
      const tail = path.slice(j + 1);
      for (const place of places) {
        const whole = [...place, ...tail];
        const key = keyOf(whole, whole.length);
        const option = this.#options.has(key);
        if (!option && !this.#namespaces.has(key)) continue;
        // A value that is not an attribute set cannot be meant for a namespace.
        if (leaf && !option) continue;
        // An option's name alone says where it belongs only when it is the only option so named,
        // on the branch where it was written, and, found inside the value, when the name missing
        // shortens the one in its place (`hw` for `hardware`; not `plex` for `jellyfin`).
        if (
          option &&
          tail.length === 0 &&
          (places.length > 1 ||
            !onOneBranch(place, path, at) ||
            (j > at && !abbreviates(path[at]!, place[at] ?? "")))
        )
          continue;
        // Found from an earlier name, the place is the one the user misplaced (the app, not its option).
        if (!found.has(key)) found.set(key, { place, tail });
      }
    }
    const shared = (r: Relocation) => sharedLength([...r.place, ...r.tail], path);
    return [...found.values()]
      .sort(
        (x, y) =>
          shared(y) - shared(x) ||
          x.place.length + x.tail.length - (y.place.length + y.tail.length) ||
          (showOption([...x.place, ...x.tail]) < showOption([...y.place, ...y.tail]) ? -1 : 1),
      )
      .slice(0, limit);
  }
}

/**
 * For a path a user asked for (`hearth eval`, `explain`, `options`) that leaves the tree at `at`:
 * the declared paths meant, whole. None when what it leaves is an option, not a namespace: inside
 * an option's value, names are an attribute set's, not misplaced options.
 */
export function pathsMeant(places: OptionPlaces, parts: readonly string[], at: number): string[][] {
  if (!places.isNamespace(parts.slice(0, at))) return [];
  return places.relocate(parts, at).map((r) => [...r.place, ...r.tail]);
}

const keyOf = (p: readonly string[], n: number) => p.slice(0, n).join("\u0000");

/** Whether `short` is `long` with letters left out (`hw`, `hardware`; `backup`, `backups`). */
function abbreviates(short: string, long: string): boolean {
  let i = 0;
  for (const c of long.toLowerCase()) if (i < short.length && c === short[i]!.toLowerCase()) i++;
  return i === short.length;
}

/** Whether `place` is above where `path` left the tree at `at`, or below where it was. */
function onOneBranch(place: readonly string[], path: readonly string[], at: number): boolean {
  const parent = place.slice(0, -1);
  const written = path.slice(0, at);
  return sharedLength(parent, written) === parent.length || sharedLength(parent, written) === written.length;
}

function sharedLength(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * "Did you mean" candidates for `name` beside `parent` (one of `names`), quoted, at most three:
 * the paths found elsewhere first (a name found as it is, where it is declared, is a surer guess
 * than a spelling close to it), except those below a close spelling (the options of the app whose
 * name was misspelt), then the close spellings.
 */
export function suggestions(
  parent: readonly string[],
  name: string,
  names: readonly string[],
  elsewhere: readonly (readonly string[])[],
): string[] {
  const near = closest(name, names).map((k) => [...parent, k]);
  const found = elsewhere.filter((p) => !near.some((n) => sharedLength(p, n) === n.length));
  return [...new Set([...found, ...near].map((p) => `\`${showOption(p)}'`))].slice(0, 3);
}

/**
 * The paths of the names a definition sets below `path` (plain attribute sets and what properties
 * hold, a few levels, getters not run), or `path` itself: what an undeclared definition was meant to define
 * (`mySystem.services = { jellyfin.enable = true; }`); `leaf` when what the path is given is not
 * an attribute set (a getter's value is not known: not a leaf).
 */
export function definedPaths(
  path: readonly string[],
  value: unknown,
  depth = 4,
  out: { path: string[]; leaf: boolean }[] = [],
  // Values looked at, at most: a wide mkMerge holding itself would otherwise take width^depth.
  budget = { left: 256 },
): { path: string[]; leaf: boolean }[] {
  if (out.length >= 16 || budget.left-- <= 0) return out;
  // mkIf, mkDefault, mkOrder, mkMerge: what they hold is what is defined there.
  const property = propertyType(value);
  if (property === "merge") {
    if (depth === 0) return out;
    for (const c of (value as { contents: unknown[] }).contents ?? [])
      definedPaths(path, c, depth - 1, out, budget);
    return out;
  }
  if (property !== undefined) {
    const content = (value as { content: unknown }).content;
    return depth === 0 ? out : definedPaths(path, content, depth - 1, out, budget);
  }
  if (depth === 0 || !isPlainObject(value)) {
    // A value of another kind (a lazy one, an instance) may still be an attribute set.
    const leaf = value === null || typeof value !== "object" || Array.isArray(value);
    out.push({ path: [...path], leaf });
    return out;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) out.push({ path: [...path], leaf: false });
  for (const key of keys) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d && !d.get) definedPaths([...path, key], d.value, depth - 1, out, budget);
    else out.push({ path: [...path, key], leaf: false });
  }
  return out;
}

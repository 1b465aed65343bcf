/**
 * "Did you mean" for a name that is right in the wrong place: an app enabled under another
 * category (`mySystem.services.gatus.enable` for `mySystem.monitoring.gatus.enable`), a name
 * written without the namespace it lives in (`networking` for `mySystem.networking`). Spelling
 * mistakes are found among the siblings (show.ts closestPaths); these are found in the whole tree.
 */

import { isPlainObject } from "./lazy.ts";
import { propertyType } from "./properties.ts";

/** Names declared in more places than this say nothing about where the user meant (`enable`). */
const distinctive = 5;

/**
 * Declared paths for `path`, which leaves the tree at `at` (`path[at]` is not declared where it
 * is): wherever one of its names from `at` on is declared, followed by the names after it, the
 * same path from there (the tail must exist too, unless it is empty). Best first: sharing the
 * most leading names with `path`, then shortest. `paths`: every option's path; their prefixes are
 * the namespaces.
 */
export function foundElsewhere(
  paths: readonly (readonly string[])[],
  path: readonly string[],
  at: number,
  limit = 3,
): string[][] {
  const found = new Map<string, string[]>();
  for (let j = at; j < path.length; j++) {
    // The last name alone (nothing after it to confirm the place) only when it is the one missing.
    if (j === path.length - 1 && j !== at) break;
    const name = path[j]!;
    const tail = path.slice(j + 1);
    const places = new Map<string, string[]>();
    for (const p of paths) {
      for (let k = 0; k < p.length; k++) {
        if (p[k] !== name || !startsWith(p, k + 1, tail)) continue;
        const place = p.slice(0, k + 1);
        places.set(place.join("\u0000"), place);
      }
    }
    if (places.size > distinctive) continue;
    for (const place of places.values()) {
      const candidate = [...place, ...tail];
      found.set(candidate.join("\u0000"), candidate);
    }
  }
  return [...found.values()]
    .map((c) => ({ c, shared: sharedLength(c, path) }))
    .sort(
      (x, y) => y.shared - x.shared || x.c.length - y.c.length || (x.c.join(".") < y.c.join(".") ? -1 : 1),
    )
    .slice(0, limit)
    .map(({ c }) => c);
}

/** Whether `p` continues, from `from`, with `names` (it may go on after them). */
function startsWith(p: readonly string[], from: number, names: readonly string[]): boolean {
  if (p.length < from + names.length) return false;
  for (let i = 0; i < names.length; i++) if (p[from + i] !== names[i]) return false;
  return true;
}

function sharedLength(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The paths of the names a definition sets below `path` (plain attribute sets only, a few levels,
 * getters not run), or `path` itself: what an undeclared definition was meant to define, to find
 * with foundElsewhere (`mySystem.services = { jellyfin.enable = true; }`).
 */
export function definedPaths(
  path: readonly string[],
  value: unknown,
  depth = 3,
  out: string[][] = [],
): string[][] {
  if (out.length >= 16) return out;
  if (depth === 0 || !isPlainObject(value) || propertyType(value) !== undefined) {
    out.push([...path]);
    return out;
  }
  let any = false;
  for (const key of Object.keys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    any = true;
    if (d && !d.get) definedPaths([...path, key], d.value, depth - 1, out);
    else out.push([...path, key]);
  }
  if (!any) out.push([...path]);
  return out;
}

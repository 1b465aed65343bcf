// The seed's two small helpers, typed: a value or its fallback.

/** `first` unless it is null or undefined, else `fallback` (the seed's firstOrDefault). */
export function firstOrDefault<T>(first: T | null | undefined, fallback: T): T {
  return first ?? fallback;
}

/** What `existsOrDefault` gives: the attribute's type where the set has it, else the fallback's. */
export type ExistsOrDefault<S, K extends PropertyKey, D> = K extends keyof S
  ? undefined extends S[K]
    ? Exclude<S[K], undefined> | D
    : S[K]
  : D;

/**
 * `set[key]` when the set has that attribute of its own, else `fallback` (the seed's
 * existsOrDefault; like Nix's `set.${key} or fallback`, an attribute that exists with the value
 * null is returned as null).
 */
export function existsOrDefault<S extends object, K extends PropertyKey, D>(
  key: K,
  set: S,
  fallback: D,
): ExistsOrDefault<S, K, D> {
  const value = Object.hasOwn(set, key) ? (set as Record<PropertyKey, unknown>)[key] : undefined;
  return (value === undefined ? fallback : value) as ExistsOrDefault<S, K, D>;
}

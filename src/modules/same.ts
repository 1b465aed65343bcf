/**
 * Plain data compared by value: how an evaluation tells whether a module's definitions came out
 * the same in two rounds (see eval.ts, definitions given in advance). Only data can be compared:
 * a function, a getter or a class instance (a config view) is never "the same" as another.
 */
import { isPlainObject } from "./lazy.ts";

export function samePlain(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) {
    return typeof a !== "function" && typeof a !== "symbol" && Object.is(a, b);
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlain(a[i], b[i])) return false;
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) {
    const da = Object.getOwnPropertyDescriptor(a, k)!;
    const db = Object.getOwnPropertyDescriptor(b, k);
    if (!db || da.get || db.get || !samePlain(da.value, db.value)) return false;
  }
  return true;
}

/**
 * Plain data compared by value: how an evaluation tells whether a module's definitions came out
 * the same in two rounds (see in-advance.ts). Only data can be compared: a function, a getter
 * or a class instance is never "the same" as another. A config view (a value copied from
 * `config`) is: it shows the evaluation's values whenever it is read, the same in every round.
 */
import { isPlainObject } from "./lazy.ts";
import { viewSource } from "./view.ts";

/** Deeper than this, a value is not compared (and not given in advance): no stack overflow. */
const maxDepth = 500;

const isView = (v: object) => (v as { [viewSource]?: unknown })[viewSource] !== undefined;

/**
 * Whether `v` is data: primitives, config views, arrays and plain objects of data, without
 * getters or cycles. Parts shared by several places are checked once.
 */
export function isPlainData(
  v: unknown,
  path: Set<object> = new Set(),
  checked: Set<object> = new Set(),
): boolean {
  if (typeof v !== "object" || v === null) return typeof v !== "function" && typeof v !== "symbol";
  if (checked.has(v) || isView(v)) return true;
  if (path.has(v) || path.size >= maxDepth || !(Array.isArray(v) || isPlainObject(v))) return false;
  path.add(v);
  for (const k of Object.keys(v)) {
    const d = Object.getOwnPropertyDescriptor(v, k)!;
    if (d.get || !isPlainData(d.value, path, checked)) return false;
  }
  path.delete(v);
  checked.add(v);
  return true;
}

/**
 * Whether two data values are equal. Pairs already compared are not compared again: a value
 * sharing its parts (`{ l: v, r: v }`) is compared in time proportional to its size.
 */
export function samePlain(
  a: unknown,
  b: unknown,
  compared: Map<object, Set<object>> = new Map(),
  depth = 0,
): boolean {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) {
    return typeof a !== "function" && typeof a !== "symbol" && Object.is(a, b);
  }
  if (a === b && isView(a)) return true;
  if (depth >= maxDepth) return false;
  let with_ = compared.get(a);
  if (with_?.has(b)) return true;
  if (!with_) compared.set(a, (with_ = new Set()));
  with_.add(b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlain(a[i], b[i], compared, depth + 1)) return false;
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) {
    const da = Object.getOwnPropertyDescriptor(a, k)!;
    const db = Object.getOwnPropertyDescriptor(b, k);
    if (!db || da.get || db.get || !samePlain(da.value, db.value, compared, depth + 1)) return false;
  }
  return true;
}

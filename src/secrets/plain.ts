/**
 * The sops tree as plain JavaScript values, for the rest of hearth: mappings become objects,
 * lists arrays, ints numbers (bigint only beyond 2^53), comments disappear.
 */
import { SecretsError } from "./errors.ts";
import { Branch, List, Timestamp, type TreeNode } from "./tree.ts";

export type PlainValue = string | number | bigint | boolean | null | Uint8Array | PlainValue[] | PlainObject;
export interface PlainObject {
  [key: string]: PlainValue;
}

export function toPlain(node: TreeNode): PlainValue {
  if (node instanceof Branch) {
    const out: PlainObject = {};
    for (const e of node.entries()) {
      Object.defineProperty(out, e.key, {
        value: toPlain(e.value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  if (node instanceof List) return node.values().map(toPlain);
  if (typeof node === "bigint") return Number.isSafeInteger(Number(node)) ? Number(node) : node;
  if (node instanceof Timestamp) return node.text;
  return node;
}

/** Plain values into a tree; whole numbers become ints, others floats. */
export function fromPlain(value: PlainValue): TreeNode {
  if (value === null || typeof value === "string" || typeof value === "boolean" || typeof value === "bigint")
    return value;
  if (typeof value === "number") return Number.isInteger(value) ? BigInt(value) : value;
  if (value instanceof Uint8Array) return new Uint8Array(value);
  if (Array.isArray(value)) return new List(value.map(fromPlain));
  if (typeof value === "object") {
    return new Branch(Object.entries(value).map(([key, v]) => ({ key, value: fromPlain(v) })));
  }
  throw new SecretsError(`cannot store a ${typeof value} in a secrets file`);
}

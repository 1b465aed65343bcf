/**
 * Flat metadata for formats without nesting (dotenv, INI): nested keys joined with `__map_`,
 * list positions with `__list_<n>`, newlines written as the two characters `\n` (sops
 * `stores/flatten.go`), e.g. `age__list_0__map_recipient`.
 */
import { SecretsError } from "./errors.ts";
import { formatGoFloat } from "./go-format.ts";
import { Branch, List, type TreeNode } from "./tree.ts";

const MAP = "__map_";
const LIST = "__list_";

function scalarText(node: TreeNode): string {
  if (typeof node === "string") return node;
  if (typeof node === "boolean" || typeof node === "bigint") return String(node);
  if (typeof node === "number") return formatGoFloat(node);
  throw new SecretsError("sops metadata holds a value that cannot be flattened");
}

/** Flattens the metadata tree into sorted `[key, value]` pairs. */
export function flattenMetadata(metadata: Branch): [string, string][] {
  const out: [string, string][] = [];
  const visit = (prefix: string, node: TreeNode): void => {
    if (node === null) return;
    if (node instanceof Branch) {
      for (const e of node.entries()) visit(prefix === "" ? e.key : `${prefix}${MAP}${e.key}`, e.value);
    } else if (node instanceof List) {
      for (const [i, v] of node.values().entries()) visit(`${prefix}${LIST}${i}`, v);
    } else {
      out.push([prefix, scalarText(node).replaceAll("\n", "\\n")]);
    }
  };
  visit("", metadata);
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

type Token = { map: string } | { index: number };

function tokenize(key: string): Token[] {
  const parts = key.split(/(__map_|__list_)/);
  const tokens: Token[] = [{ map: parts[0]! }];
  for (let i = 1; i < parts.length; i += 2) {
    const value = parts[i + 1] ?? "";
    if (parts[i] === MAP) tokens.push({ map: value });
    else {
      if (!/^\d+$/.test(value)) throw new SecretsError(`malformed flattened metadata key '${key}'`);
      tokens.push({ index: Number(value) });
    }
  }
  return tokens;
}

/** Rebuilds the metadata tree from flattened pairs (values get their newlines back). */
export function unflattenMetadata(pairs: Iterable<[string, string]>): Branch {
  const root = new Branch();
  for (const [key, raw] of pairs) {
    const value = raw.replaceAll("\\n", "\n");
    const tokens = tokenize(key);
    let node: Branch | List = root;
    tokens.forEach((token, i) => {
      const last = i === tokens.length - 1;
      const next = tokens[i + 1];
      const make = (): TreeNode => (last ? value : next && "index" in next ? new List() : new Branch());
      if ("map" in token) {
        if (!(node instanceof Branch)) throw new SecretsError(`malformed flattened metadata key '${key}'`);
        let child = node.get(token.map);
        if (child === undefined || last) {
          child = make();
          node.set(token.map, child);
        }
        if (!last) node = child as Branch | List;
      } else {
        if (!(node instanceof List)) throw new SecretsError(`malformed flattened metadata key '${key}'`);
        while (node.items.length <= token.index) node.items.push(null);
        let child = node.items[token.index] as TreeNode;
        if (child === null || last) {
          child = make();
          node.items[token.index] = child;
        }
        if (!last) node = child as Branch | List;
      }
    });
  }
  return root;
}

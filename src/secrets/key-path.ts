/**
 * sops' key path syntax for `set`, `unset` and `--extract`: bracketed components, strings in
 * double or single quotes (no escapes), integers as list indices: `["a"]["b"][0]`.
 */
import { SecretsError } from "./errors.ts";
import { Branch, Comment, List, type TreeNode } from "./tree.ts";

export type KeyPath = (string | number)[];

export function parseKeyPath(text: string): KeyPath {
  const path: KeyPath = [];
  const component = /\s*\[\s*(?:"([^"]*)"|'([^']*)'|(\d+))\s*\]/y;
  let pos = 0;
  while (text.slice(pos).trim() !== "") {
    component.lastIndex = pos;
    const m = component.exec(text);
    if (!m) throw new SecretsError(`invalid key path '${text}': expected components like ["key"] or [0]`);
    path.push(m[3] !== undefined ? Number(m[3]) : (m[1] ?? m[2])!);
    pos = component.lastIndex;
  }
  return path;
}

export function formatKeyPath(path: KeyPath): string {
  return path.map((c) => (typeof c === "number" ? `[${c}]` : `["${c}"]`)).join("");
}

function describe(path: KeyPath, upTo: number): string {
  return formatKeyPath(path.slice(0, upTo + 1));
}

/** The value at `path`; an error naming the first missing component otherwise. */
export function getAt(root: TreeNode, path: KeyPath): TreeNode {
  let node = root;
  path.forEach((c, i) => {
    if (typeof c === "string" && node instanceof Branch && node.has(c)) node = node.get(c)!;
    else if (typeof c === "number" && node instanceof List && c < node.values().length)
      node = node.values()[c]!;
    else throw new SecretsError(`${describe(path, i)} not found`);
  });
  return node;
}

function build(path: KeyPath, value: TreeNode): TreeNode {
  if (path.length === 0) return value;
  const [first, ...rest] = path;
  return typeof first === "number"
    ? new List([build(rest, value)])
    : new Branch([{ key: first!, value: build(rest, value) }]);
}

/** Sets `path` to `value` as sops does: missing mappings are created, an index past the end appends. */
export function setAt(root: TreeNode, path: KeyPath, value: TreeNode): TreeNode {
  if (path.length === 0) return value;
  const [first, ...rest] = path;
  if (typeof first === "string" && root instanceof Branch) {
    const entry = root.entries().find((e) => e.key === first);
    if (entry) entry.value = setAt(entry.value, rest, value);
    else root.items.push({ key: first, value: build(rest, value) });
    return root;
  }
  if (typeof first === "number" && root instanceof List) {
    const positions = root.items.flatMap((item, i) => (item instanceof Comment ? [] : [i]));
    const at = positions[first];
    if (at === undefined) root.items.push(build(rest, value));
    else root.items[at] = setAt(root.items[at] as TreeNode, rest, value);
    return root;
  }
  return build(path, value);
}

/** Removes the key or list element at `path`; returns false if it was not there. */
export function unsetAt(root: TreeNode, path: KeyPath): boolean {
  if (path.length === 0) throw new SecretsError("cannot unset the whole document");
  let parent: TreeNode;
  try {
    parent = getAt(root, path.slice(0, -1));
  } catch {
    return false;
  }
  const last = path.at(-1)!;
  if (typeof last === "string") return parent instanceof Branch && parent.delete(last);
  if (!(parent instanceof List)) return false;
  const positions = parent.items.flatMap((item, i) => (item instanceof Comment ? [] : [i]));
  const at = positions[last];
  if (at === undefined) return false;
  parent.items.splice(at, 1);
  return true;
}

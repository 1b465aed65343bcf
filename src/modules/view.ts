/**
 * The `config` object modules read: one read-only view per namespace of the option tree. An
 * option's value is computed when its property is first read. Views are proxies sharing one
 * handler, so creating one costs two small allocations, whatever the number of options.
 */
import { inspect } from "node:util";
import type { NamespaceNode, OptionNode, TreeNode } from "./schema.ts";

/** What a view reads from: its evaluation. */
export interface ViewSource {
  value(node: OptionNode): unknown;
  namespace(node: NamespaceNode): object;
  /**
   * Values below this namespace that have no option (freeform), if any. `name`: the one about to
   * be read (none: the names are listed).
   */
  freeform(ns: NamespaceNode, name?: string): Record<string, unknown> | undefined;
}

/** Reading this symbol from a view gives the evaluation and namespace it shows. */
export const viewSource = Symbol("hearth.viewSource");

interface ViewInfo {
  readonly source: ViewSource;
  readonly namespace: NamespaceNode;
  /** A name not listed (`_module` at the root). */
  readonly hidden: string | undefined;
}

/** What a view's proxy holds: the view itself is its own ViewInfo. */
class Target implements ViewInfo {
  constructor(
    readonly source: ViewSource,
    readonly namespace: NamespaceNode,
    readonly hidden: string | undefined,
  ) {}
}

const readOnly = (what: string) => {
  throw new TypeError(`The configuration is read-only: ${what}. Define options in a module instead.`);
};

const read = (t: Target, child: TreeNode) =>
  child.kind === "option" ? t.source.value(child) : t.source.namespace(child);

/** The names a view lists: sorted, as Nix lists an attribute set's names (computed once per namespace). */
const visibleKeys = (t: Target): string[] => sortedChildren(t.namespace, t.hidden).names;

// One handler for every view: what differs (evaluation, namespace) is on the target.
const handler: ProxyHandler<Target> = {
  get(t, key) {
    if (typeof key === "string") {
      const child = t.namespace.children.get(key);
      if (child) return child.kind === "option" ? t.source.value(child) : t.source.namespace(child);
      const ff = t.source.freeform(t.namespace, key);
      if (ff && Object.hasOwn(ff, key)) return ff[key];
    } else if (key === viewSource) {
      return t;
    } else if (key === inspect.custom) {
      return (depth: number, options: object) => inspect(snapshot(t), { ...options, depth });
    }
    return (Object.prototype as unknown as Record<PropertyKey, unknown>)[key as string];
  },
  has(t, key) {
    if (typeof key !== "string") return false;
    if (t.namespace.children.has(key)) return true;
    return Object.hasOwn(t.source.freeform(t.namespace, key) ?? {}, key);
  },
  ownKeys(t) {
    const keys = visibleKeys(t);
    const ff = t.source.freeform(t.namespace);
    return ff ? [...new Set([...keys, ...Object.keys(ff)])].sort() : keys;
  },
  getOwnPropertyDescriptor(t, key) {
    if (typeof key !== "string") return undefined;
    const child = t.namespace.children.get(key);
    if (child) return { get: () => read(t, child), enumerable: key !== t.hidden, configurable: true };
    const ff = t.source.freeform(t.namespace, key);
    // A getter, as for options: listing the keys (Object.keys, a spread) must not compute the
    // values (a lazyAttrsOf freeform value under mkIf false has none, and listing it is fine).
    if (ff && Object.hasOwn(ff, key)) return { get: () => ff[key], enumerable: true, configurable: true };
    return undefined;
  },
  set: (_t, key) => readOnly(`cannot set \`${String(key)}'`),
  defineProperty: (_t, key) => readOnly(`cannot define \`${String(key)}'`),
  deleteProperty: (_t, key) => readOnly(`cannot delete \`${String(key)}'`),
  setPrototypeOf: () => readOnly("cannot change its prototype"),
};

/** Shows the values (what console.log prints), not the proxy's internals. */
function snapshot(t: Target): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of handler.ownKeys!(t) as string[]) {
    try {
      out[k] = handler.get!(t, k, undefined);
    } catch (e) {
      out[k] = `<error: ${(e as Error).message.split("\n")[0]}>`;
    }
  }
  return out;
}

/** The view of `ns`; at the root, `_module` is readable but not listed (as NixOS removes it). */
export function namespaceView(source: ViewSource, ns: NamespaceNode, root: boolean): object {
  return new Proxy(new Target(source, ns, root ? "_module" : undefined), handler);
}

/**
 * A configuration (or part of one) as plain data: every option evaluated, views turned into
 * plain objects, lazy attribute sets into plain ones. Functions stay functions.
 */
export function toPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  const view = (value as { [viewSource]?: ViewInfo })[viewSource];
  if (view) {
    // A view: read its options directly, not through the property traps; names sorted, as Nix.
    const { source, namespace, hidden } = view;
    const ff = source.freeform(namespace);
    if (ff) {
      for (const [k, v] of freeformEntries(view, ff)) out[k] = toPlain(v);
      return out;
    }
    const { names, nodes, count } = sortedChildren(namespace, hidden);
    for (let i = 0; i < count; i++) {
      const node = nodes[i]!;
      out[names[i]!] = toPlain(node.kind === "option" ? source.value(node) : source.namespace(node));
    }
    return out;
  }
  for (const k of Object.keys(value)) out[k] = toPlain((value as Record<string, unknown>)[k]);
  return out;
}

/**
 * Canonical JSON of a configuration (or part of one): compact, keys sorted at every level, as
 * NixOS' `builtins.toJSON` orders attribute sets. Written straight from the views, without an
 * intermediate plain copy. Functions are refused (JSON cannot hold them).
 */
export function canonicalJson(value: unknown): string {
  // Fast: plain objects with their keys inserted in sorted order, then the native serialiser.
  // JavaScript puts integer-like keys ("10", "9") first in numeric order, so objects with such
  // keys are written by hand instead.
  const plain = sortedPlain(value);
  return plain === integerKeys ? writeJson(value) : JSON.stringify(plain);
}

const integerKeys = Symbol("integer keys");
const isIndex = (k: string) => {
  const c = k.charCodeAt(0);
  return c >= 48 && c <= 57 && /^(0|[1-9]\d{0,9})$/.test(k) && Number(k) < 4294967295;
};

/** A namespace's visible children, sorted by name (computed once per namespace). */
interface SortedChildren {
  readonly names: string[];
  readonly nodes: TreeNode[];
  /** How many (read instead of `nodes.length`: an empty array has another hidden class). */
  readonly count: number;
  /** Some name is integer-like: the native serialiser would not keep the order. */
  readonly integerKey: boolean;
}

function sortedChildren(ns: NamespaceNode, hidden: string | undefined): SortedChildren {
  const d = ns.derived;
  const cached = (hidden === undefined ? d.sortedChildren : d.sortedRootChildren) as
    | SortedChildren
    | undefined;
  if (cached) return cached;
  const names = [...ns.children.keys()].filter((k) => k !== hidden);
  if (!isSorted(names)) names.sort();
  const sorted = {
    names,
    nodes: names.map((k) => ns.children.get(k)!),
    count: names.length,
    integerKey: names.some(isIndex),
  };
  if (hidden === undefined) d.sortedChildren = sorted;
  else d.sortedRootChildren = sorted;
  return sorted;
}

/** Sorting allocates even when there is nothing to do; names are often declared in order. */
function isSorted(names: readonly string[]): boolean {
  for (let i = 1; i < names.length; i++) if (names[i - 1]! > names[i]!) return false;
  return true;
}

/** The entries of a view with freeform values, sorted. */
function freeformEntries(view: ViewInfo, ff: Record<string, unknown>): [string, unknown][] {
  const { source, namespace, hidden } = view;
  const names = [...new Set([...namespace.children.keys(), ...Object.keys(ff)])].sort();
  const out: [string, unknown][] = [];
  for (const k of names) {
    if (k === hidden) continue;
    const child = namespace.children.get(k);
    out.push([k, child ? (child.kind === "option" ? source.value(child) : source.namespace(child)) : ff[k]]);
  }
  return out;
}

function scalar(value: unknown): unknown {
  if (typeof value === "function") throw new TypeError("canonicalJson: a function cannot be written as JSON");
  return value === undefined ? null : value;
}

function sortedPlain(value: unknown): unknown {
  if (value === null || typeof value !== "object") return scalar(value);
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const x = value[i];
      // Scalars (most values) inline: a call per value is what costs most before V8 optimises.
      const v = x === null || typeof x !== "object" ? scalar(x) : sortedPlain(x);
      if (v === integerKeys) return integerKeys;
      out[i] = v;
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  const view = (value as { [viewSource]?: ViewInfo })[viewSource];
  if (view) {
    const { source, namespace, hidden } = view;
    const ff = source.freeform(namespace);
    if (!ff) {
      const { names, nodes, count, integerKey } = sortedChildren(namespace, hidden);
      if (integerKey) return integerKeys;
      for (let i = 0; i < count; i++) {
        const node = nodes[i]!;
        const x = node.kind === "option" ? source.value(node) : source.namespace(node);
        const v = x === null || typeof x !== "object" ? scalar(x) : sortedPlain(x);
        if (v === integerKeys) return integerKeys;
        out[names[i]!] = v;
      }
      return out;
    }
    for (const [k, v] of freeformEntries(view, ff)) {
      const p = isIndex(k) ? integerKeys : sortedPlain(v);
      if (p === integerKeys) return integerKeys;
      out[k] = p;
    }
    return out;
  }
  const keys = Object.keys(value);
  if (!isSorted(keys)) keys.sort();
  for (const k of keys) {
    const p = isIndex(k) ? integerKeys : sortedPlain((value as Record<string, unknown>)[k]);
    if (p === integerKeys) return integerKeys;
    out[k] = p;
  }
  return out;
}

function writeJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(scalar(value));
  if (Array.isArray(value)) return `[${value.map(writeJson).join(",")}]`;
  const view = (value as { [viewSource]?: ViewInfo })[viewSource];
  let entries: [string, unknown][];
  if (!view)
    entries = Object.keys(value)
      .sort()
      .map((k) => [k, (value as Record<string, unknown>)[k]]);
  else {
    const ff = view.source.freeform(view.namespace);
    if (ff) entries = freeformEntries(view, ff);
    else {
      const { names, nodes } = sortedChildren(view.namespace, view.hidden);
      const { source } = view;
      entries = nodes.map((n, i) => [names[i]!, n.kind === "option" ? source.value(n) : source.namespace(n)]);
    }
  }
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${writeJson(v)}`).join(",")}}`;
}

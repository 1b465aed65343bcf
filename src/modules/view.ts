/**
 * The `config` object modules read: one read-only view per namespace of the option tree. An
 * option's value is computed when its property is first read. Views are proxies sharing one
 * handler per namespace, so creating one costs an allocation, whatever the number of options.
 */
import { inspect } from "node:util";
import type { NamespaceNode, OptionNode, TreeNode } from "./schema.ts";

/** What a view reads from: its evaluation. */
export interface ViewSource {
  value(node: OptionNode): unknown;
  namespace(node: NamespaceNode): object;
  /** Values below this namespace that have no option (freeform), if any. */
  freeform(ns: NamespaceNode): Record<string, unknown> | undefined;
}

class Target {
  constructor(readonly source: ViewSource) {}
}

/** Reading this symbol from a view gives its visible entries without going through property traps. */
const entriesOf = Symbol("hearth.viewEntries");
/** Reading this symbol from a view gives the evaluation and namespace it shows. */
export const viewSource = Symbol("hearth.viewSource");

const readOnly = (what: string) => {
  throw new TypeError(`The configuration is read-only: ${what}. Define options in a module instead.`);
};

function handlerFor(ns: NamespaceNode, hidden: string | undefined): ProxyHandler<Target> {
  const keys = [...ns.children.keys()].filter((k) => k !== hidden);
  const read = (t: Target, child: TreeNode) =>
    child.kind === "option" ? t.source.value(child) : t.source.namespace(child);
  const extra = (t: Target) => t.source.freeform(ns);
  const handler: ProxyHandler<Target> = {
    get(t, key) {
      if (typeof key === "string") {
        const child = ns.children.get(key);
        if (child) return read(t, child);
        const ff = extra(t);
        if (ff && Object.hasOwn(ff, key)) return ff[key];
      } else if (key === viewSource) {
        return { source: t.source, namespace: ns };
      } else if (key === entriesOf) {
        return () => snapshotEntries(t);
      } else if (key === inspect.custom) {
        return (depth: number, options: object) => inspect(snapshot(t), { ...options, depth });
      }
      return (Object.prototype as unknown as Record<PropertyKey, unknown>)[key as string];
    },
    has(t, key) {
      if (typeof key !== "string") return false;
      if (ns.children.has(key)) return true;
      return Object.hasOwn(extra(t) ?? {}, key);
    },
    ownKeys(t) {
      const ff = extra(t);
      return ff ? [...keys, ...Object.keys(ff).filter((k) => !ns.children.has(k))] : keys;
    },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key !== "string") return undefined;
      const child = ns.children.get(key);
      if (child) return { get: () => read(t, child), enumerable: key !== hidden, configurable: true };
      const ff = extra(t);
      if (ff && Object.hasOwn(ff, key))
        return { value: ff[key], enumerable: true, configurable: true, writable: false };
      return undefined;
    },
    set: (_t, key) => readOnly(`cannot set \`${String(key)}'`),
    defineProperty: (_t, key) => readOnly(`cannot define \`${String(key)}'`),
    deleteProperty: (_t, key) => readOnly(`cannot delete \`${String(key)}'`),
    setPrototypeOf: () => readOnly("cannot change its prototype"),
  };
  const snapshotEntries = (t: Target): [string, () => unknown][] => {
    const out: [string, () => unknown][] = keys.map((k) => [k, () => read(t, ns.children.get(k)!)]);
    const ff = extra(t);
    if (ff) for (const k of Object.keys(ff)) if (!ns.children.has(k)) out.push([k, () => ff[k]]);
    return out;
  };
  // Shows the values (what console.log prints), not the proxy's internals.
  const snapshot = (t: Target): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const k of handler.ownKeys!(t) as string[]) {
      try {
        out[k] = handler.get!(t, k, undefined);
      } catch (e) {
        out[k] = `<error: ${(e as Error).message.split("\n")[0]}>`;
      }
    }
    return out;
  };
  return handler;
}

const handlers = new WeakMap<NamespaceNode, ProxyHandler<Target>>();
const rootHandlers = new WeakMap<NamespaceNode, ProxyHandler<Target>>();

/** The view of `ns`; at the root, `_module` is readable but not listed (as NixOS removes it). */
export function namespaceView(source: ViewSource, ns: NamespaceNode, root: boolean): object {
  const cache = root ? rootHandlers : handlers;
  let handler = cache.get(ns);
  if (!handler) {
    handler = handlerFor(ns, root ? "_module" : undefined);
    cache.set(ns, handler);
  }
  return new Proxy(new Target(source), handler);
}

/**
 * A configuration (or part of one) as plain data: every option evaluated, views turned into
 * plain objects, lazy attribute sets into plain ones. Functions stay functions.
 */
export function toPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (value === null || typeof value !== "object") return value;
  const entries = (value as { [entriesOf]?: () => [string, () => unknown][] })[entriesOf];
  const out: Record<string, unknown> = {};
  if (typeof entries === "function") {
    for (const [k, read] of entries()) out[k] = toPlain(read());
    return out;
  }
  for (const k of Object.keys(value)) out[k] = toPlain((value as Record<string, unknown>)[k]);
  return out;
}

/**
 * Another host's configuration as a host reads it (`nodes.<name>.config`): the same values, but an
 * error thrown while reading them is marked as that host's. A broken host is then reported once,
 * where it is, and the hosts that read it say so instead of repeating its errors as their own.
 */

/** Errors thrown while reading a host's configuration through `nodes`: the host (the innermost). */
const hostOf = new WeakMap<object, string>();

/** The host whose configuration, read through `nodes`, threw `e`; undefined for any other error. */
export function hostOfError(e: unknown): string | undefined {
  return typeof e === "object" && e !== null ? hostOf.get(e) : undefined;
}

function marked(e: unknown, host: string): unknown {
  if (typeof e === "object" && e !== null && !hostOf.has(e)) hostOf.set(e, host);
  return e;
}

/** `host`'s configuration (`read` gives it), reading through which marks what is thrown. */
export function attributed<T>(read: () => T, host: string): T {
  const r = reader(host);
  let value: T;
  try {
    // Getting the configuration checks its definitions (an undeclared option fails here).
    value = read();
  } catch (e) {
    throw marked(e, host);
  }
  return wrap(value, r) as T;
}

interface Reader {
  readonly handler: ProxyHandler<object>;
  readonly proxies: WeakMap<object, object>;
}
const readers = new Map<string, Reader>();

function reader(host: string): Reader {
  let r = readers.get(host);
  if (r) return r;
  const proxies = new WeakMap<object, object>();
  const attempt = <R>(read: () => R): R => {
    try {
      return read();
    } catch (e) {
      throw marked(e, host);
    }
  };
  const handler: ProxyHandler<object> = {
    // Symbols (a view's own, inspect's) are answered as they are: they compute nothing.
    get: (t, key) =>
      typeof key === "string"
        ? wrap(
            attempt(() => Reflect.get(t, key)),
            r!,
          )
        : Reflect.get(t, key),
    has: (t, key) => attempt(() => Reflect.has(t, key)),
    ownKeys: (t) => attempt(() => Reflect.ownKeys(t)),
    getOwnPropertyDescriptor: (t, key) => {
      const d = attempt(() => Reflect.getOwnPropertyDescriptor(t, key));
      // A property that cannot change must be described exactly as it is (a proxy's invariant).
      if (!d?.configurable) return d;
      if (d.get) {
        const get = d.get;
        return {
          ...d,
          get: () =>
            wrap(
              attempt(() => get.call(t)),
              r!,
            ),
        };
      }
      return "value" in d ? { ...d, value: wrap(d.value, r!) } : d;
    },
  };
  r = { handler, proxies };
  readers.set(host, r);
  return r;
}

function wrap(value: unknown, r: Reader): unknown {
  // Frozen values are plain data (nothing computes when read), and a proxy must give a frozen
  // object's own values back unchanged.
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  let proxy = r.proxies.get(value);
  if (!proxy) {
    proxy = new Proxy(value, r.handler);
    r.proxies.set(value, proxy);
  }
  return proxy;
}

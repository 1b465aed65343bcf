import { ModuleError } from "./errors.ts";
import { type Origin, pathWith } from "./origin.ts";
import { showOption } from "./show.ts";

/**
 * Laziness, made explicit. Nix defers every value; TypeScript evaluates object literals at once.
 * hearth keeps a value lazy where the user wrote a getter (`get port() { return cfg.port }`),
 * and never reads a definition in a way that runs its getters before the value is needed.
 */

/**
 * Counts the times an evaluation started its definitions over (see eval.ts): a lazy value
 * computed before then may have read what was still missing, so it is computed again.
 */
export const definitionRounds = { count: 0 };

/** A deferred definition value: the getter of a property, not yet called. */
export interface Thunk {
  readonly _type: "thunk";
  force(): unknown;
}

export const isThunk = (v: unknown): v is Thunk =>
  typeof v === "object" && v !== null && (v as { _type?: unknown })._type === "thunk";

/**
 * A value computed when forced, once per round of definitions: an evaluation that starts over
 * computes it again, as what it read may have been missing. A value that needs itself is a
 * cycle, reported as one (a plain recursion would overflow the stack where no option's state
 * is there to notice it, as for freeform values).
 */
export function deferred(compute: () => unknown, what: () => string): Thunk {
  let round = -1;
  let running = false;
  let value: unknown;
  return {
    _type: "thunk",
    force() {
      if (round === definitionRounds.count) return value;
      if (running) {
        throw new ModuleError(
          "cycle",
          `${what()} needs its own value: computing it reads it again (in Nix, infinite recursion).`,
        );
      }
      const started = definitionRounds.count;
      running = true;
      try {
        value = compute();
      } finally {
        running = false;
      }
      round = started;
      return value;
    },
  };
}

/** Reads `holder[key]` (a getter) when forced; `parent`: where `holder` is, for messages. */
export function thunkOf(holder: object, key: string, parent?: Origin): Thunk {
  return deferred(
    () => (holder as Record<string, unknown>)[key],
    () => `The getter \`${parent ? showOption(pathWith(parent.path, key)) : key}'`,
  );
}

export const force = (v: unknown): unknown => (isThunk(v) ? v.force() : v);

/**
 * The own enumerable entries of a definition object, with getters left unevaluated (as thunks).
 * Calls `visit(key, value)` in property order.
 */
export function forEachLazyEntry(obj: object, visit: (key: string, value: unknown) => void): void {
  for (const key of Object.keys(obj)) {
    const d = Object.getOwnPropertyDescriptor(obj, key)!;
    visit(key, d.get ? thunkOf(obj, key) : d.value);
  }
}

/** A lazily computed property's state (see defineLazy). */
class LazySlot {
  done = false;
  value: unknown = undefined;
  constructor(public compute: (() => unknown) | undefined) {}
}

/** Where an object's lazily computed properties keep their state. */
const lazySlots = Symbol("hearth.lazySlots");
/** One getter per property name, shared by every object (the attribute names of one lab). */
const lazyGetters = new Map<string, () => unknown>();

function lazyGetter(key: string): () => unknown {
  let getter = lazyGetters.get(key);
  if (!getter) {
    getter = function (this: { [lazySlots]: Map<string, LazySlot> }) {
      const slot = this[lazySlots].get(key)!;
      if (!slot.done) {
        slot.value = slot.compute!();
        slot.done = true;
        slot.compute = undefined;
      }
      return slot.value;
    };
    lazyGetters.set(key, getter);
  }
  return getter;
}

/**
 * Defines `key` on `obj` as a getter that computes the value once, when first read.
 *
 * The getter is shared by every object and the computation kept on the object: V8 keeps an
 * accessor in the object's hidden class, which lives until a full garbage collection, so a
 * getter closing over the computation would keep all it refers to (a whole evaluation) alive
 * through every young-generation collection until then.
 */
export function defineLazy(obj: object, key: string, compute: () => unknown, enumerable = true): void {
  let slots = (obj as { [lazySlots]?: Map<string, LazySlot> })[lazySlots];
  if (!Object.hasOwn(obj, lazySlots) || !slots) {
    slots = new Map();
    Object.defineProperty(obj, lazySlots, { value: slots });
  }
  slots.set(key, new LazySlot(compute));
  Object.defineProperty(obj, key, { configurable: true, enumerable, get: lazyGetter(key) });
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** Like isPlainObject, but also true for the lazy config objects hearth builds. */
export const isAttrs = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

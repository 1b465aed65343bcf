/**
 * Definition properties, encoded as NixOS encodes them (`{ _type: "if", condition, content }` …),
 * so that a definition written as data means the same as one written with these functions.
 *
 * The content parameters use `NoInfer` so the expected type, not the argument, decides `T`: a
 * wrong value is reported at the value itself (see docs/typing.md).
 */
import { deferred } from "./lazy.ts";

export const defaultOverridePriority = 100;
export const defaultOrderPriority = 1000;

/** A condition: a boolean, or a function returning one so that reading `config` stays lazy. */
export type Condition = boolean | (() => boolean);

export interface If<T> {
  readonly _type: "if";
  readonly condition: Condition;
  readonly content: Wrap<T>;
}
export interface Merge<T> {
  readonly _type: "merge";
  readonly contents: readonly Wrap<T>[];
}
export interface Override<T> {
  readonly _type: "override";
  readonly priority: number;
  readonly content: Wrap<T>;
}
export interface Order<T> {
  readonly _type: "order";
  readonly priority: number;
  readonly content: Wrap<T>;
}

/** A value computed when the module system needs it (for values that read `config`). */
export interface Lazy<T> {
  readonly _type: "thunk";
  force(): Wrap<T>;
}

/** A value of type T, or T under any nesting of properties. */
export type Wrap<T> = T | If<T> | Merge<T> | Override<T> | Order<T> | Lazy<T>;

/**
 * Defers a definition value until the module system merges it: `port: lazy(() => cfg.port + 1)`.
 * (A getter, `get port() { return cfg.port + 1 }`, does the same.)
 */
export function lazy<T>(compute: () => NoInfer<Wrap<T>>): Lazy<T> {
  return deferred(compute, () => "A value given as lazy(() => …)") as Lazy<T>;
}

export const mkIf = <T>(condition: Condition, content: NoInfer<Wrap<T>>): If<T> => ({
  _type: "if",
  condition,
  content,
});
export const mkMerge = <T>(contents: readonly NoInfer<Wrap<T>>[]): Merge<T> => ({ _type: "merge", contents });
export const mkOverride = <T>(priority: number, content: NoInfer<Wrap<T>>): Override<T> => ({
  _type: "override",
  priority,
  content,
});
/**
 * A definition computed from another option's value, at that option's priority (NixOS'
 * mkDerivedConfig): `text: mkDerivedConfig(options.source, (s) => …)` in a configuration function.
 */
export const mkDerivedConfig = <T>(
  option: { readonly highestPrio?: number; readonly value: unknown },
  f: (value: any) => NoInfer<Wrap<T>>,
): Override<T> =>
  mkOverride<T>(
    option.highestPrio ?? 100,
    lazy(() => f(option.value)),
  );
/** Priority of an option's declared default. */
export const mkOptionDefault = <T>(content: NoInfer<Wrap<T>>): Override<T> => mkOverride<T>(1500, content);
/** For modules that want to offer a value the user can still set plainly. */
export const mkDefault = <T>(content: NoInfer<Wrap<T>>): Override<T> => mkOverride<T>(1000, content);
/** Wins over plain definitions (100) and defaults. */
export const mkForce = <T>(content: NoInfer<Wrap<T>>): Override<T> => mkOverride<T>(50, content);
/** NixOS' priority for installation images (between mkForce and mkVMOverride). */
export const mkImageMediaOverride = <T>(content: NoInfer<Wrap<T>>): Override<T> => mkOverride<T>(60, content);
/** NixOS uses it for build-vm; hearth for `hearth test` hosts. */
export const mkVMOverride = <T>(content: NoInfer<Wrap<T>>): Override<T> => mkOverride<T>(10, content);

export const mkOrder = <T>(priority: number, content: NoInfer<Wrap<T>>): Order<T> => ({
  _type: "order",
  priority,
  content,
});
export const mkBefore = <T>(content: NoInfer<Wrap<T>>): Order<T> => mkOrder<T>(500, content);
export const mkAfter = <T>(content: NoInfer<Wrap<T>>): Order<T> => mkOrder<T>(1500, content);

/**
 * `content`, failing with `message` when the assertion is false: checked when the definition is
 * merged, as in Nix (under a false mkIf, never).
 */
export const mkAssert = <T>(assertion: boolean, message: string, content: NoInfer<Wrap<T>>): If<T> =>
  mkIf<T>(() => {
    if (!assertion) throw new Error(`Failed assertion: ${message}`);
    return true;
  }, content);

export type PropertyType = "if" | "merge" | "override" | "order";

/** The `_type` of a property object, or undefined for any other value. */
export function propertyType(v: unknown): PropertyType | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const t = (v as { _type?: unknown })._type;
  return t === "if" || t === "merge" || t === "override" || t === "order" ? t : undefined;
}

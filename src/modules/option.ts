/** Option declarations: `mkOption` and `mkEnableOption`, as in NixOS' lib/options.nix. */
import { type OptionType, types } from "./types.ts";

/** A declared option. V is the type of its value, D what a definition of it may be. */
export interface Option<V = unknown, D = V> {
  readonly _type: "option";
  readonly type?: OptionType<any, D>;
  readonly default?: unknown;
  readonly defaultText?: string;
  readonly example?: unknown;
  readonly description?: string;
  readonly readOnly?: boolean;
  readonly internal?: boolean;
  readonly visible?: boolean | "shallow";
  readonly apply?: (value: any) => V;
  /** Phantom: the value type. Never present at run time. */
  readonly __value?: V;
  /** Phantom: the definition type. Never present at run time. */
  readonly __def?: D;
}

export interface OptionSpec<V, D, R> {
  /** The option's type; `types.unspecified` when left out. */
  type?: OptionType<V, D>;
  /** The value when no module defines the option (a definition with priority 1500). */
  default?: NoInfer<D>;
  /** How the documentation shows a default that is computed. */
  defaultText?: string;
  example?: NoInfer<D> | { _type: "literalExpression"; text: string };
  description?: string;
  /** The option may be defined once only. */
  readOnly?: boolean;
  /** Hidden from the documentation and from `hearth options`. */
  internal?: boolean;
  visible?: boolean | "shallow";
  /** Transforms the merged value; what `config` gives back is apply's result. */
  apply?: (value: V) => R;
}

export function mkOption<V = unknown, D = V, R = V>(spec: OptionSpec<V, D, R>): Option<R, D> {
  // A default given as a getter (`get default() { return config.… }`) stays one: it is read when
  // the option is merged, as Nix reads a default lazily (a spread would call it now).
  const lazyDefault = "default" in spec ? Object.getOwnPropertyDescriptor(spec, "default") : undefined;
  if (!lazyDefault?.get) return { _type: "option", ...spec } as Option<R, D>;
  const option: Record<string, unknown> = { _type: "option" };
  for (const k of Object.keys(spec)) if (k !== "default") option[k] = spec[k as keyof typeof spec];
  Object.defineProperty(option, "default", { ...lazyDefault, enumerable: true });
  return option as unknown as Option<R, D>;
}

/** A boolean option that defaults to false: `mkEnableOption("Jellyfin")`. */
export function mkEnableOption(name: string): Option<boolean, boolean> {
  return mkOption({
    type: types.bool,
    default: false,
    example: true,
    description: `Whether to enable ${name}.`,
  });
}

export const isOption = (v: unknown): v is Option =>
  typeof v === "object" && v !== null && (v as { _type?: unknown })._type === "option";

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
  defaultText?: string | Literal;
  example?: NoInfer<D> | Literal;
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
  let option: Record<string, unknown>;
  if (!lazyDefault?.get) option = { _type: "option", ...spec };
  else {
    option = { _type: "option" };
    for (const k of Object.keys(spec)) if (k !== "default") option[k] = spec[k as keyof typeof spec];
    Object.defineProperty(option, "default", { ...lazyDefault, enumerable: true });
  }
  // The documentation shows a default's text, however it was given.
  if (typeof spec.defaultText === "object") option.defaultText = spec.defaultText.text;
  return option as unknown as Option<R, D>;
}

/** Documentation text written as code (NixOS' literalExpression) or as Markdown (literalMD). */
export interface Literal {
  readonly _type: "literalExpression" | "literalMD";
  readonly text: string;
}
export const literalExpression = (text: string): Literal => ({ _type: "literalExpression", text });
export const literalMD = (text: string): Literal => ({ _type: "literalMD", text });
export const isLiteral = (v: unknown): v is Literal =>
  typeof v === "object" &&
  v !== null &&
  ((v as Literal)._type === "literalExpression" || (v as Literal)._type === "literalMD");

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

import type { Definition } from "./origin.ts";
import { definedAt, showOrigin } from "./origin.ts";
import { showValue } from "./show.ts";

export type ModuleErrorKind =
  | "undeclared"
  | "type"
  | "conflict"
  | "no-value"
  | "cycle"
  | "read-only"
  | "declaration"
  | "module"
  | "property"
  | "assertion"
  | "laziness"
  /** User code (a getter, a function, an `apply`) threw: wrapped to name what it was computing. */
  | "thrown";

/**
 * An error in the configuration (not in hearth): the CLI prints its message and exits with 1.
 * `option` is the option path the error is about, when there is one.
 */
export class ModuleError extends Error {
  readonly userFacing = true;
  override name = "ModuleError";
  constructor(
    readonly kind: ModuleErrorKind,
    message: string,
    readonly option?: readonly string[],
  ) {
    super(message);
  }
}

/** "\n- In `file:line': value" per definition, as NixOS' showDefs. */
export function showDefs(defs: readonly Definition[]): string {
  return defs.map((d) => `\n- In \`${showOrigin(definedAt(d))}': ${indent(showValue(d.value))}`).join("");
}

const indent = (text: string): string => text.replace(/\n/g, "\n  ");

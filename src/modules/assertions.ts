/**
 * `assertions` and `warnings` (NixOS' nixos/modules/misc/assertions.nix): modules state what must
 * hold; the lab checks them after evaluating a host and reports every failure at once.
 */
import { defineModule } from "./module.ts";
import { mkOption } from "./option.ts";
import { types } from "./types.ts";

const options = {
  assertions: mkOption({
    type: types.listOf(
      types.submodule({
        options: {
          assertion: mkOption({ type: types.bool, description: "What must be true." }),
          message: mkOption({ type: types.str, description: "What to tell the user when it is not." }),
        },
      }),
    ),
    default: [],
    internal: true,
    description: "Conditions that must hold; each failing one prints its message and stops the build.",
  }),
  warnings: mkOption({
    type: types.listOf(types.str),
    default: [],
    internal: true,
    description: "Messages printed (without stopping) when the configuration is evaluated.",
  }),
};

declare module "./typing.ts" {
  interface Modules {
    "hearth/assertions": typeof options;
  }
}

export const assertionsModule = defineModule({ options });

/** The messages of every failed assertion of an evaluated config. */
export function failedAssertions(config: {
  assertions?: readonly { assertion: boolean; message: string }[];
}): string[] {
  return (config.assertions ?? []).filter((a) => !a.assertion).map((a) => a.message);
}

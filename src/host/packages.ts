/** `packages`: Debian packages (apt names) activation installs before anything uses them. */
import { defineModule, mkOption, types } from "../modules/index.ts";
import { packageName } from "./common.ts";

const options = {
  packages: mkOption({
    type: types.listOf(packageName),
    default: [],
    example: ["curl", "jq"],
    description: "Debian packages the host must have installed (apt names).",
  }),
};

declare module "../modules/typing.ts" {
  interface Modules {
    "host/packages": typeof options;
  }
}

export const packagesModule = defineModule({ options });

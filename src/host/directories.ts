/**
 * `directories`: directories the host must have, with their owner and mode (what systemd's
 * tmpfiles `d` lines say), created by activation after users and before services start.
 */
import { defineModule, mkOption, types } from "../modules/index.ts";
import { groupOption, modeOption, userOption } from "./common.ts";

const options = {
  directories: mkOption({
    type: types.attrsOf(
      types.submodule({
        options: {
          mode: modeOption("0755", "the directory"),
          user: userOption("the directory"),
          group: groupOption("the directory"),
        },
      }),
    ),
    default: {},
    example: { "/tank/media": { user: "jellyfin", mode: "0750" } },
    description: "Directories, by absolute path (parents are created as root, mode 0755).",
  }),
};

declare module "../modules/typing.ts" {
  interface Modules {
    "host/directories": typeof options;
  }
}

export const directoriesModule = defineModule({ options });

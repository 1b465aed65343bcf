/**
 * `files`: every file hearth manages on a host, by absolute path (NixOS' `environment.etc`, for
 * any path). A file is text written here, a file of the lab copied as is, or a symbolic link.
 */
import { defineModule, mkOption, types } from "../modules/index.ts";
import { groupOption, modeOption, userOption } from "./common.ts";

const fileOptions = {
  enable: mkOption({ type: types.bool, default: true, description: "Whether hearth writes this file." }),
  text: mkOption({
    type: types.nullOr(types.lines),
    default: null,
    description: "The file's content (definitions from several modules are joined by newlines).",
  }),
  source: mkOption({
    type: types.nullOr(types.path),
    default: null,
    description:
      'A file of the lab copied as is (an absolute path inside the lab, e.g. `new URL("./app.conf", import.meta.url).pathname`).',
  }),
  symlink: mkOption({
    type: types.nullOr(types.path),
    default: null,
    description: "Make the path a symbolic link to this target instead of a file.",
  }),
  mode: modeOption("0644", "the file"),
  user: userOption("the file"),
  group: groupOption("the file"),
};

const options = {
  files: mkOption({
    type: types.attrsOf(types.submodule({ options: fileOptions })),
    default: {},
    example: { "/etc/motd": { text: "Welcome.\n" } },
    description:
      "Files on the host, by absolute path. Exactly one of `text`, `source` or `symlink` per file.",
  }),
};

declare module "../modules/typing.ts" {
  interface Modules {
    "host/files": typeof options;
  }
}

export const filesModule = defineModule({ options });

/** `hearth eval <host> [option.path]`: a host's evaluated configuration, or one part of it. */
import { showOption } from "../../modules/index.ts";
import { UserError } from "../command.ts";
import type { Command } from "../command.ts";
import { didYouMean, labOption, openLab, parseOptionPath } from "../lab-context.ts";
import { toJson, toText } from "../output.ts";

export const evalCommand: Command = {
  name: "eval",
  summary: "Print a host's evaluated configuration (or the part at an option path).",
  usage: "hearth eval <host> [option.path] [--json] [--lab DIR]",
  options: { ...labOption, json: { type: "boolean" } },
  async run({ values, positionals }, io) {
    const [host, path] = positionals;
    if (!host) throw new UserError(`Usage: ${this.usage}`);
    const lab = await openLab(values, io.cwd);
    const { config } = lab.host(host);
    let value: unknown = config;
    const parts = path ? parseOptionPath(path) : [];
    parts.forEach((part, i) => {
      if (value === null || typeof value !== "object" || !(part in (value as object))) {
        throw new UserError(
          `\`${showOption(parts.slice(0, i + 1))}' does not exist in the configuration of ${host}.${didYouMean(config, parts)}`,
        );
      }
      value = (value as Record<string, unknown>)[part];
    });
    io.out(values.json ? toJson(value) : toText(value));
    return 0;
  },
};

/** `hearth eval <host> [option.path]`: a host's evaluated configuration, or one part of it. */
import { showOption } from "../../modules/index.ts";
import { UserError } from "../command.ts";
import type { Command } from "../command.ts";
import { labOption, lookupPath, metBy, openLab, parseOptionPath } from "../lab-context.ts";
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
    const parts = path ? parseOptionPath(path) : [];
    let text: string;
    try {
      const { config, evaluation } = lab.host(host);
      const r = lookupPath(config, parts, evaluation);
      if (!r.found) {
        throw new UserError(
          `\`${showOption(parts.slice(0, r.at + 1))}' does not exist in the configuration of ${host}.${r.hint}`,
        );
      }
      text = values.json ? toJson(r.value) : toText(r.value);
    } catch (e) {
      throw metBy(lab, host, e);
    }
    io.out(text);
    return 0;
  },
};

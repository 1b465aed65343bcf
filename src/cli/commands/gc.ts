/** `hearth gc <host> --keep N`: remove a host's old generations (never the current one) and unused files. */
import { hostAgent } from "../../deploy/remote.ts";
import { bytes } from "../../deploy/plan/render.ts";
import { type Command, UserError } from "../command.ts";
import { openHosts, seconds, sshOptions } from "../deploy-context.ts";

export const gcCommand: Command = {
  name: "gc",
  summary: "Remove a host's old generations, keeping the newest N and the current one.",
  usage:
    "hearth gc <host> --keep N [--json] [--target HOST=USER@ADDR[:PORT]] [--ssh-option OPT]… [--lab DIR]",
  options: { ...sshOptions, keep: { type: "string" }, json: { type: "boolean" } },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UserError("usage: hearth gc <host> --keep N");
    if (values.keep === undefined)
      throw new UserError("hearth gc: say how many generations to keep (--keep N)");
    const keep = seconds(values, "keep", 5);
    if (keep < 1) throw new UserError("--keep must be at least 1");
    const ctx = await openHosts(values, positionals, io.cwd);
    try {
      const r = (await hostAgent(ctx.connections[0]!.ssh, ["gc", "--keep", String(keep)])) as {
        removed: number[];
        freedBytes: number;
      };
      if (values.json) io.out(`${JSON.stringify(r)}\n`);
      else {
        io.out(
          `${positionals[0]}: removed ${r.removed.length ? `generations ${r.removed.join(", ")}` : "no generation"}; freed ${bytes(r.freedBytes)}\n`,
        );
      }
      return 0;
    } finally {
      await ctx.close();
    }
  },
};

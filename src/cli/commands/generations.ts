/** `hearth generations <host>`: the generations a host keeps, which one runs, and how each ended. */
import { hostAgent } from "../../deploy/remote.ts";
import { short } from "../../deploy/plan/render.ts";
import { type Command, UserError } from "../command.ts";
import { openHosts, sshOptions } from "../deploy-context.ts";

export interface HostGenerations {
  readonly agent: string | null;
  /** The generation confirmed before the current one. */
  readonly previous: number | null;
  readonly generations: {
    number: number;
    hash: string;
    current: boolean;
    activatedAt: string | null;
    outcome: string | null;
  }[];
}

export const generationsCommand: Command = {
  name: "generations",
  summary: "List the generations a host keeps (the current one marked).",
  usage:
    "hearth generations <host> [--json] [--target HOST=USER@ADDR[:PORT]] [--ssh-option OPT]… [--lab DIR]",
  options: { ...sshOptions, json: { type: "boolean" } },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UserError("usage: hearth generations <host>");
    const ctx = await openHosts(values, positionals, io.cwd);
    try {
      const list = (await hostAgent(ctx.connections[0]!.ssh, ["generations"])) as HostGenerations;
      if (values.json) io.out(`${JSON.stringify(list.generations, null, 2)}\n`);
      else {
        for (const g of list.generations) {
          io.out(
            `${g.current ? "*" : " "} ${String(g.number).padStart(4)}  ${short(g.hash)}  ${g.activatedAt ?? "—"}  ${g.outcome ?? ""}\n`,
          );
        }
      }
      return 0;
    } finally {
      await ctx.close();
    }
  },
};

/**
 * `hearth rollback <host> [--to N]`: activates an earlier generation the host keeps (default: the
 * one before the current), with the same health checks and confirmation as a deploy.
 */
import { hostAgent } from "../../deploy/remote.ts";
import { short } from "../../deploy/plan/render.ts";
import { revertHost } from "../../deploy/run.ts";
import { type Command, UserError } from "../command.ts";
import { deployer, newDeployId, openHosts, seconds, sshOptions } from "../deploy-context.ts";
import { Progress } from "../deploy-output.ts";
import type { HostGenerations } from "./generations.ts";

export const rollbackCommand: Command = {
  name: "rollback",
  summary: "Activate an earlier generation of a host (default: the one before the current).",
  usage:
    "hearth rollback <host> [--to N] [--confirm-timeout S] [--target HOST=USER@ADDR[:PORT]] [--ssh-option OPT]… [--lab DIR]",
  options: { ...sshOptions, to: { type: "string" }, "confirm-timeout": { type: "string" } },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UserError("usage: hearth rollback <host> [--to N]");
    const host = positionals[0]!;
    const ctx = await openHosts(values, positionals, io.cwd);
    try {
      const c = ctx.connections[0]!;
      const list = (await hostAgent(c.ssh, ["generations"])) as HostGenerations;
      const to = values.to !== undefined ? seconds(values, "to", 0) : (list.previous ?? undefined);
      if (to === undefined)
        throw new UserError(`${host} has no generation before the current one to roll back to`);
      if (to !== 0 && !list.generations.some((g) => g.number === to)) {
        throw new UserError(
          `${host} has no generation ${to} (it keeps ${list.generations.map((g) => g.number).join(", ")})`,
        );
      }
      if (!list.agent) throw new UserError(`${host} has no hearth agent: deploy it first`);
      const progress = new Progress(io, [host]);
      const timeout = values["confirm-timeout"]
        ? seconds(values, "confirm-timeout", 30)
        : c.target.confirmTimeout;
      const end = await revertHost(
        c.ssh,
        list.agent,
        timeout,
        { deployId: newDeployId(), by: deployer(), progress: (h, t) => progress.update(h, t) },
        to,
      );
      const target = list.generations.find((g) => g.number === to);
      if (end.type === "confirmed" || end.type === "up-to-date") {
        io.out(
          `${host}: now on generation ${to}${target ? ` (${short(target.hash)})` : " (no generation)"}\n`,
        );
        return 0;
      }
      io.err(`${host}: rollback to generation ${to} did not happen: ${String(end.reason ?? end.type)}\n`);
      return 1;
    } finally {
      await ctx.close();
    }
  },
};

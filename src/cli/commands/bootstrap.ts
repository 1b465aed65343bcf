/**
 * `hearth bootstrap <host>`: makes a host deployable (SSH, root or sudo, systemd, Node ≥ 18) and
 * records its SSH host key in `deployments/keys/<host>.pub`, printing the age recipient to put in
 * .sops.yaml and the `hostKey` line for the host's module.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { bootstrapHost } from "../../deploy/bootstrap.ts";
import { type Command, UserError } from "../command.ts";
import { openHosts, sshOptions } from "../deploy-context.ts";

export const bootstrapCommand: Command = {
  name: "bootstrap",
  summary: "Prepare a host for deploys (SSH, root/sudo, Node ≥ 18) and record its SSH host key for secrets.",
  usage: "hearth bootstrap <host> [--json] [--target HOST=USER@ADDR[:PORT]] [--ssh-option OPT]… [--lab DIR]",
  options: { ...sshOptions, json: { type: "boolean" } },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UserError("usage: hearth bootstrap <host>");
    const ctx = await openHosts(values, positionals, io.cwd);
    try {
      const c = ctx.connections[0]!;
      const report = await bootstrapHost(c.ssh, (t) => io.err(`${t}\n`));
      const dir = join(ctx.lab.root, "deployments", "keys");
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${c.host}.pub`);
      writeFileSync(file, `${report.hostKey} root@${c.host}\n`);
      if (values.json) {
        io.out(`${JSON.stringify({ ...report, keyFile: file }, null, 2)}\n`);
        return 0;
      }
      io.out(
        [
          `${c.host}: ready for hearth (${report.distribution}, Node ${report.node}${report.installedNode ? ", just installed" : ""}, ${report.sudo ? "through sudo" : "as root"})`,
          `  host key recorded in ${relative(io.cwd, file) || file}`,
          `  age recipient: ${report.ageRecipient}`,
          `  for its secrets: add the recipient to .sops.yaml, run \`hearth secrets updatekeys <file>\`,`,
          `  and set \`hostKey: "${report.hostKey}"\` in the host's module`,
          "",
        ].join("\n"),
      );
      return 0;
    } finally {
      await ctx.close();
    }
  },
};

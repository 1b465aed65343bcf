/** `hearth plan <host…>`: what a deploy would change on each host, read from the host over SSH. */
import type { Command } from "../command.ts";
import { sshOptions } from "../deploy-context.ts";
import { deployOptions, runDeploy } from "../deploy-run.ts";

export const planCommand: Command = {
  name: "plan",
  summary:
    "Show what a deploy would change on hosts (files with diffs, units, users, packages, secrets); exit 3 if anything.",
  usage:
    "hearth plan <host…|@tag|--all> [--json] [--adopt PATH]… [--no-diff] [--target HOST=USER@ADDR[:PORT]]… [--ssh-option OPT]… [--ssh-config FILE] [--lab DIR]",
  options: { ...sshOptions, ...deployOptions, all: { type: "boolean" } },
  run: ({ values, positionals }, io) =>
    runDeploy(values, positionals, io, { dryRun: true, all: values.all === true }),
};

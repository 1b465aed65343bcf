/** `hearth deploy <host…|@tag|--all>`: build, plan, copy, activate, health-gate, confirm. */
import type { Command } from "../command.ts";
import { sshOptions } from "../deploy-context.ts";
import { deployOptions, runDeploy } from "../deploy-run.ts";

export const deploy: Command = {
  name: "deploy",
  summary: "Deploy hosts' generations over SSH: plan, copy, activate, health checks, confirm (or roll back).",
  usage:
    "hearth deploy <host…|@tag|--all> [--dry-run] [--parallel N] [--failure-budget N] [--confirm-timeout S] [--no-rollback-succeeded] [--adopt PATH]… [--no-diff] [--json] [--target HOST=USER@ADDR[:PORT]]… [--ssh-option OPT]… [--ssh-config FILE] [--ssh-persist S] [--lab DIR]",
  options: {
    ...sshOptions,
    ...deployOptions,
    all: { type: "boolean" },
    "dry-run": { type: "boolean" },
    parallel: { type: "string" },
    "failure-budget": { type: "string" },
    "no-rollback-succeeded": { type: "boolean" },
  },
  run: ({ values, positionals }, io) =>
    runDeploy(values, positionals, io, { dryRun: values["dry-run"] === true, all: values.all === true }),
};

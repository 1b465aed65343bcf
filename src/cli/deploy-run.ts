/**
 * `hearth deploy` and `hearth plan` are one pipeline: build every host, then per host facts →
 * plan → (plan stops here) → copy → activate → confirm, several hosts at once. Exit codes: 0 every
 * host is deployed or up to date, 1 a host failed or was refused, 3 a plan (or dry run) has changes.
 */
import { agentBundle } from "../deploy/agent-bundle.ts";
import { startFacts } from "../deploy/remote.ts";
import { deployFleet } from "../deploy/run.ts";
import { sha256 } from "../host/realise/manifest.ts";
import { type Plan, renderPlan } from "../deploy/plan/index.ts";
import type { Transfer } from "../deploy/plan/render.ts";
import type { Io } from "./command.ts";
import { adoptSet, buildAll, deployer, newDeployId, openHosts, seconds } from "./deploy-context.ts";
import { outcomesJson, Progress, summaryTable } from "./deploy-output.ts";
import { style } from "./output.ts";

export interface DeployFlags {
  readonly dryRun: boolean;
  readonly all: boolean;
}

export async function runDeploy(
  values: Record<string, unknown>,
  positionals: string[],
  io: Io,
  flags: DeployFlags,
): Promise<number> {
  const confirmTimeout =
    values["confirm-timeout"] === undefined ? undefined : seconds(values, "confirm-timeout", 30);
  const ctx = await openHosts(values, positionals, io.cwd, {
    all: flags.all,
    ...(confirmTimeout !== undefined ? { confirmTimeout } : {}),
  });
  const deployments = ctx.lab.definition.deployments;
  const parallel =
    values.parallel === undefined ? deployments.parallel : Math.max(1, seconds(values, "parallel", 4));
  // Facts are read while the generations are built (the hosts that start at once).
  const agent = agentBundle();
  const sessions = new Map(
    ctx.connections
      .slice(0, parallel)
      .map((c) => [c.host, startFacts(c.ssh, { sha256: sha256(agent), content: agent }, true)] as const),
  );
  try {
    let generations: ReturnType<typeof buildAll>;
    try {
      generations = buildAll(ctx.lab, ctx.hosts);
    } catch (e) {
      for (const session of sessions.values()) session.cancel();
      throw e;
    }
    const json = values.json === true;
    const s = style(io.isTTY);
    const progress = new Progress(io, ctx.hosts);
    const diffs = values["no-diff"] !== true;
    const plans: { plan: Plan; transfer: Transfer }[] = [];
    const deployId = newDeployId();
    const outcomes = await deployFleet(
      ctx.connections.map((c) => ({
        ssh: c.ssh,
        generation: generations.get(c.host)!,
        confirmTimeout: c.target.confirmTimeout,
        facts: sessions.get(c.host),
      })),
      {
        deployId,
        by: deployer(),
        dryRun: flags.dryRun,
        adopt: adoptSet(values),
        parallel,
        failureBudget: seconds(values, "failure-budget", deployments.failureBudget),
        rollbackSucceeded: values["no-rollback-succeeded"] !== true,
        progress: (host, text) => progress.update(host, text),
        onPlan: (host, plan, transfer) => {
          plans.push({ plan, transfer });
          if (json) return;
          if (!diffs) for (const w of plan.files.change) w.diff = null;
          const c = ctx.connections.find((x) => x.host === host)!;
          io.out(renderPlan(plan, `${c.ssh.destination}:${c.target.port}`, transfer, s));
          progress.reset();
        },
      },
    );
    const ok = outcomes.every((o) => ["deployed", "up-to-date", "planned"].includes(o.status));
    if (json) io.out(outcomesJson(deployId, outcomes, ok));
    else if (!flags.dryRun) io.out(`\n${summaryTable(outcomes, io.isTTY)}`);
    else
      for (const o of outcomes) if (o.status !== "planned") io.err(`${o.host}: ${o.status}: ${o.reason}\n`);
    if (!ok) return 1;
    if (flags.dryRun) return plans.some((p) => !p.plan.upToDate) ? 3 : 0;
    return 0;
  } finally {
    await ctx.close();
  }
}

export const deployOptions = {
  json: { type: "boolean" as const },
  adopt: { type: "string" as const, multiple: true as const },
  "no-diff": { type: "boolean" as const },
  "confirm-timeout": { type: "string" as const },
};

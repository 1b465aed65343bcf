/**
 * A run over several hosts: at most `parallel` at once; when more hosts fail than the failure
 * budget allows, no further host starts and, unless told otherwise, the hosts this run already
 * changed go back to the generation they ran before (deploy-rs' --rollback-succeeded, in parallel).
 */
import { type HostRun, type Outcome, type RunSettings, deployHost } from "./host-deploy.ts";
import { activateAndWait, confirm, type RemoteEvent } from "./remote.ts";
import { generationBlobs } from "./generation.ts";
import type { Ssh } from "./ssh.ts";

export interface FleetSettings extends RunSettings {
  readonly parallel: number;
  readonly failureBudget: number;
  readonly rollbackSucceeded: boolean;
}

const failures = (outcomes: readonly Outcome[]) =>
  outcomes.filter((o) => ["failed", "rolled-back", "rollback-failed", "refused"].includes(o.status)).length;

async function pool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  stop: () => boolean,
): Promise<(R | null)[]> {
  const results: (R | null)[] = items.map(() => null);
  let next = 0;
  const worker = async () => {
    while (next < items.length && !stop()) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Puts a host back on `previous` (generation 0: no generation), with the usual confirmation. */
export async function revertHost(
  ssh: Ssh,
  agentSha: string,
  confirmTimeout: number,
  s: Pick<RunSettings, "deployId" | "by" | "progress">,
  previous: number,
): Promise<RemoteEvent> {
  const host = ssh.target.host;
  const deployId = `${s.deployId}-revert`;
  s.progress(host, `reverting to ${previous === 0 ? "no generation" : `generation ${previous}`}`);
  const onEvent = (e: RemoteEvent) => {
    if (e.type === "step") s.progress(host, `reverting: ${e.step}`);
  };
  let last = await activateAndWait(
    ssh,
    { deployId, by: s.by, agentSha, generation: previous, confirmTimeout, adopt: [] },
    onEvent,
  );
  if (last.type === "awaiting-confirmation") last = await confirm(ssh, deployId, onEvent);
  return last;
}

export async function deployFleet(runs: readonly HostRun[], s: FleetSettings): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const overBudget = () => failures(outcomes) > s.failureBudget;
  const results = await pool(
    runs,
    s.parallel,
    async (run) => {
      const o = await deployHost(run, s);
      outcomes.push(o);
      return o;
    },
    overBudget,
  );
  for (const [i, o] of results.entries()) if (o === null) runs[i]!.facts?.cancel();
  const all: Outcome[] = results.map(
    (o, i) =>
      o ?? {
        host: runs[i]!.ssh.target.host,
        status: "skipped",
        before: null,
        after: null,
        plan: null,
        transfer: null,
        reason: "not started: the run's failure budget was spent",
        seconds: 0,
      },
  );
  if (!overBudget() || !s.rollbackSucceeded || s.dryRun) return all;
  const changed = all.map((o, i) => ({ o, run: runs[i]! })).filter(({ o }) => o.status === "deployed");
  await pool(
    changed,
    s.parallel,
    async ({ o, run }) => {
      const { agentSha } = generationBlobs(run.generation);
      const end = await revertHost(run.ssh, agentSha, run.confirmTimeout, s, o.before?.number ?? 0);
      const i = all.indexOf(o);
      all[i] =
        end.type === "confirmed" || end.type === "up-to-date"
          ? {
              ...o,
              status: "reverted",
              after: o.before,
              reason: "the run failed on another host: put back on its previous generation",
            }
          : {
              ...o,
              status: "failed",
              reason: `the run failed on another host, and reverting this one failed too: ${String(end.reason ?? end.type)}`,
            };
    },
    () => false,
  );
  return all;
}

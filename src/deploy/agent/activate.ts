/**
 * `agent activate`: one activation, run by the deployer inside the transient unit
 * hearth-activate.service (so a lost SSH connection does not stop it). Under the lock: recover
 * from an activation cut short, verify the generation, plan, refuse on conflicts, then journal →
 * steps → health checks → swap `current` → wait for the deployer's confirmation over a new
 * connection (deploy-rs' magic rollback). Any failure, a rejection or no confirmation in time
 * brings the previous generation back the same way.
 */
import { existsSync } from "node:fs";
import type { Manifest } from "../../host/realise/manifest.ts";
import { runChecks } from "../checks.ts";
import { emptyManifest } from "../plan/entries.ts";
import { emptyHash } from "../plan/entries.ts";
import { agentPath, hearthDir } from "../layout.ts";
import { hostEntries } from "../plan/entries.ts";
import type { GenerationRef } from "../plan/facts.ts";
import { plan } from "../plan/plan.ts";
import { applyPlan } from "./apply.ts";
import { confirmationChecks } from "./respond.ts";
import { Events, readAnswer, sleep } from "./events.ts";
import { currentGeneration, gatherFacts } from "./facts.ts";
import { symlinkAtomic } from "./fsx.ts";
import { acquireLock, Busy } from "./lock.ts";
import { clearJournal, type HostState, readJournal, readState, writeJournal, writeState } from "./state.ts";
import {
  type GenerationDir,
  generationDir,
  linkAgent,
  listGenerations,
  materialise,
  readManifest,
  removeStaleIncoming,
  repairGeneration,
} from "./store.ts";
import { secretValues } from "./steps/secrets.ts";
import { unitsCameUp } from "./steps/units.ts";
import { AgentError } from "./sys.ts";
import { setCurrent, transition, activeStates } from "./transition.ts";

export interface ActivateOptions {
  readonly deployId: string;
  readonly by: string;
  readonly agentSha: string;
  /** A new generation whose manifest is this store file, or an existing generation by number. */
  readonly manifestSha?: string;
  readonly generation?: number;
  /** Seconds to wait for the deployer's confirmation; 0: none (no magic rollback). */
  readonly confirmTimeout: number;
  readonly adopt: readonly string[] | "all";
}

/** Exit codes of `agent activate`, read by the deployer. */
export const activateExit = { confirmed: 0, rolledBack: 1, rollbackFailed: 2, refused: 3 } as const;

class Refused extends Error {}

type Target = Omit<GenerationDir, "dir"> & { readonly dir: string | null };

/** The boot unit runs `/var/lib/hearth/agent.mjs`: the agent of the latest activation. */
const linkBootAgent = (sha: string) =>
  symlinkAtomic(`${hearthDir}/agent.mjs`, agentPath(sha), { uid: 0, gid: 0 });

/**
 * An activation cut short (killed agent, lost power) is undone before anything else. At boot
 * ("boot") nothing is started or restarted: services start after hearth-boot.service.
 */
export async function recover(state: HostState, events: Events, mode: "rollback" | "boot"): Promise<void> {
  const journal = readJournal();
  if (!journal) return;
  events.emit("step", {
    step: "recover",
    detail: `activation ${journal.deployId} of generation ${journal.to.number} did not finish`,
  });
  const dir = generationDir(journal.to);
  const assumed = existsSync(dir) ? readManifest(dir) : (currentGeneration()?.manifest ?? emptyManifest(""));
  await transition(journal.from, assumed, state, events, mode);
  events.emit("recovered", { to: journal.from });
}

/** The generation to activate; generation 0 is "none": hearth removes everything it put on the host. */
function target(opts: ActivateOptions, state: HostState): Target {
  if (opts.manifestSha) {
    try {
      return materialise(opts.manifestSha, opts.agentSha, () => state.next++);
    } catch (e) {
      if (e instanceof AgentError) throw new Refused(e.message);
      throw e;
    }
  }
  if (opts.generation === 0) return { number: 0, hash: emptyHash, dir: null };
  const g = listGenerations().find((x) => x.number === opts.generation);
  if (!g) throw new Refused(`there is no generation ${opts.generation} on this host`);
  const problems = repairGeneration(g.dir);
  if (problems.length)
    throw new Refused(`refused: generation ${g.number} is corrupt: ${problems.join("; ")}`);
  return g;
}

/** Waits for the deployer's answer; a confirmation holds only if the health gate passes again. */
async function waitForAnswer(
  id: string,
  seconds: number,
  to: Manifest,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const a = readAnswer(id);
    if (a && !a.confirmed) return { ok: false, reason: `the deployer rejected it: ${a.reason}` };
    if (a) {
      const failed = await confirmationChecks(to);
      if (failed.length === 0) return { ok: true };
      return {
        ok: false,
        reason: `health checks failed at confirmation: ${failed.map((r) => `${r.name}: ${r.detail}`).join("; ")}`,
      };
    }
    await sleep(50);
  }
  return { ok: false, reason: `no confirmation from the deployer within ${seconds} s` };
}

export async function activate(opts: ActivateOptions): Promise<number> {
  const events = new Events(opts.deployId);
  events.emit("started", { pid: process.pid });
  let release: () => void;
  try {
    release = acquireLock(opts.deployId, opts.by);
  } catch (e) {
    if (!(e instanceof Busy)) throw e;
    events.emit("refused", { reason: e.message, busy: true });
    return activateExit.refused;
  }
  try {
    return await locked(opts, events);
  } finally {
    release();
  }
}

async function locked(opts: ActivateOptions, events: Events): Promise<number> {
  const state = readState();
  removeStaleIncoming();
  linkAgent(opts.agentSha);
  linkBootAgent(opts.agentSha);
  await recover(state, events, "rollback");
  let gen: Target;
  let to: Manifest;
  let from: Manifest;
  let secrets: Map<string, Buffer>;
  let p: ReturnType<typeof plan>;
  const current = currentGeneration();
  try {
    gen = target(opts, state);
    writeState(state);
    to = gen.dir ? readManifest(gen.dir) : emptyManifest(current?.manifest.host ?? "");
    from = current?.manifest ?? emptyManifest(to.host);
    p = plan({
      facts: gatherFacts(to, [], { withText: false }),
      to,
      from,
      adopt: opts.adopt === "all" ? "all" : new Set(opts.adopt),
    });
    if (p.conflicts.length > 0) {
      throw new Refused(`refused: ${p.conflicts.map((c) => `${c.path} ${c.reason}`).join("; ")}`);
    }
    if (p.upToDate) {
      events.emit("up-to-date", { generation: { number: gen.number, hash: gen.hash } });
      return activateExit.confirmed;
    }
    secrets = await secretValues(gen.dir, to.secrets);
  } catch (e) {
    if (!(e instanceof Refused) && !(e instanceof AgentError)) throw e;
    events.emit("refused", { reason: e.message });
    return activateExit.refused;
  }
  const fromRef: GenerationRef | null = current ? { number: current.number, hash: current.hash } : null;
  const toRef: GenerationRef | null = gen.dir ? { number: gen.number, hash: gen.hash } : null;
  writeJournal({
    deployId: opts.deployId,
    from: fromRef,
    to: { number: gen.number, hash: gen.hash },
    phase: "activating",
    startedAt: new Date().toISOString(),
    agent: opts.agentSha,
  });
  state.owned = [...state.owned, ...hostEntries(to).map((e) => e.path)];
  writeState(state);
  const rollback = async (reason: string): Promise<number> => {
    events.emit("rolling-back", { reason });
    try {
      const t = await transition(fromRef, to, state, events, "rollback");
      state.history.push({
        number: gen.number,
        hash: gen.hash,
        deployId: opts.deployId,
        activatedAt: new Date().toISOString(),
        outcome: "rolled-back",
        reason,
      });
      writeState(state);
      events.emit("rolled-back", { reason, generation: fromRef, failedChecks: t.failedChecks });
      return activateExit.rolledBack;
    } catch (e) {
      events.emit("rollback-failed", { reason, error: (e as Error).message });
      return activateExit.rollbackFailed;
    }
  };
  try {
    const started = applyPlan({ dir: gen.dir, to, from, plan: p, state, events, mode: "activate", secrets });
    events.emit("step", { step: "checks" });
    // the units settle while the health checks run
    const stop = new AbortController();
    const [, results] = await Promise.all([
      unitsCameUp(started, 30_000).catch((e) => {
        stop.abort();
        throw e;
      }),
      runChecks(to.checks, activeStates, 1, stop.signal),
    ]);
    const failed = results.filter((r) => !r.ok);
    if (failed.length > 0) {
      throw new AgentError(
        `health check${failed.length > 1 ? "s" : ""} failed: ${failed.map((r) => `${r.name}: ${r.detail}`).join("; ")}`,
      );
    }
    setCurrent(toRef);
  } catch (e) {
    return rollback((e as Error).message);
  }
  if (opts.confirmTimeout > 0) {
    writeJournal({ ...readJournal()!, phase: "awaiting-confirmation" });
    events.emit("awaiting-confirmation", { timeout: opts.confirmTimeout, generation: toRef });
    const answer = await waitForAnswer(opts.deployId, opts.confirmTimeout, to);
    if (!answer.ok) return rollback(answer.reason);
  }
  state.current = toRef;
  state.owned = hostEntries(to).map((e) => e.path);
  state.history.push({
    number: gen.number,
    hash: gen.hash,
    deployId: opts.deployId,
    activatedAt: new Date().toISOString(),
    outcome: "confirmed",
  });
  writeState(state);
  clearJournal();
  events.emit("confirmed", { generation: toRef });
  return activateExit.confirmed;
}

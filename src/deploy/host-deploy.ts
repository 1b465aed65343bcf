/**
 * Deploying one host: facts → plan → (stop here for a dry run, a conflict, a busy host, or when
 * nothing changes) → copy what the host lacks → activate in the transient unit and follow it →
 * the deployer's own health checks → confirm over a fresh connection. When the connection is lost
 * on the way, the deployer keeps asking (over fresh connections) until the host says how it ended:
 * a host that cut itself off rolls back by itself, and the run reports it as such.
 */
import type { Generation } from "../host/realise/index.ts";
import type { ManifestCheck } from "../host/realise/manifest.ts";
import { runChecks } from "./checks.ts";
import { type Blob, generationBlobs } from "./generation.ts";
import type { GenerationRef } from "./plan/facts.ts";
import { type Plan, plan } from "./plan/plan.ts";
import { addDiffs } from "./plan/file-diffs.ts";
import type { Transfer } from "./plan/render.ts";
import {
  activateAndWait,
  activationEvents,
  confirm,
  type RemoteEvent,
  type FactsSession,
  reject,
  RemoteError,
  startFacts,
} from "./remote.ts";
import type { Ssh } from "./ssh.ts";

export type OutcomeStatus =
  | "planned"
  | "up-to-date"
  | "deployed"
  | "refused"
  | "failed"
  | "rolled-back"
  | "rollback-failed"
  | "skipped"
  | "reverted";

export interface Outcome {
  readonly host: string;
  readonly status: OutcomeStatus;
  /** The generation the host ran before, and the one it runs now (as far as the deployer knows). */
  readonly before: GenerationRef | null;
  readonly after: GenerationRef | null;
  readonly plan: Plan | null;
  readonly transfer: Transfer | null;
  readonly reason: string | null;
  readonly seconds: number;
}

export interface HostRun {
  readonly ssh: Ssh;
  readonly generation: Generation;
  readonly confirmTimeout: number;
  /** Facts already being read (started while the generation was built). */
  readonly facts?: FactsSession;
}

export interface RunSettings {
  readonly deployId: string;
  readonly by: string;
  readonly dryRun: boolean;
  readonly adopt: ReadonlySet<string> | "all";
  readonly progress: (host: string, text: string) => void;
  readonly onPlan: (host: string, plan: Plan, transfer: Transfer) => void;
}

const final = ["confirmed", "up-to-date", "rolled-back", "rollback-failed", "refused"];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const fromDeployer = (c: ManifestCheck) => {
  const host = "tcp" in c ? c.tcp.host : "http" in c ? new URL(c.http.url).hostname : null;
  return host !== null && !["127.0.0.1", "localhost", "::1", "[::1]"].includes(host);
};

export async function deployHost(run: HostRun, s: RunSettings): Promise<Outcome> {
  const started = Date.now();
  const { ssh, generation } = run;
  const host = ssh.target.host;
  const manifest = generation.manifest;
  let before: GenerationRef | null = null;
  let p: Plan | null = null;
  let transfer: Transfer | null = null;
  const done = (
    status: OutcomeStatus,
    after: GenerationRef | null,
    reason: string | null = null,
  ): Outcome => ({
    host,
    status,
    before,
    after,
    plan: p,
    transfer,
    reason,
    seconds: (Date.now() - started) / 1000,
  });
  const { blobs, manifestSha, agentSha } = generationBlobs(generation);
  const agentBlob = blobs.find((b) => b.sha256 === agentSha)!;
  let toSend: Blob[] = [];
  try {
    s.progress(host, "reading facts");
    const session = run.facts ?? startFacts(ssh, agentBlob, true);
    const facts = await session.facts({ manifest, blobs: blobs.map((b) => b.sha256) });
    before = facts.current ? { number: facts.current.number, hash: facts.current.hash } : null;
    p = plan({ facts, to: manifest, adopt: s.adopt });
    addDiffs(p, generation, facts.paths);
    const missing = new Set(facts.missingBlobs);
    toSend = blobs.filter((b) => missing.has(b.sha256));
    transfer = { files: toSend.length, bytes: toSend.reduce((n, b) => n + b.content.length, 0) };
    s.onPlan(host, p, transfer);
    if (s.dryRun) return done("planned", before);
    if (p.busy)
      return done("refused", before, `another deploy (${p.busy.deployId}, ${p.busy.by}) is activating`);
    if (p.conflicts.length > 0)
      return done(
        "refused",
        before,
        `${p.conflicts.length} path(s) in the way: ${p.conflicts.map((c) => c.path).join(", ")}`,
      );
    if (p.upToDate) {
      transfer = { files: 0, bytes: 0 };
      return done("up-to-date", before);
    }
    if (toSend.length > 0) s.progress(host, `copying ${toSend.length} file(s)`);
  } catch (e) {
    if (e instanceof RemoteError) return done("failed", before, e.message);
    throw e;
  }
  const onEvent = (e: RemoteEvent) => {
    if (e.type === "step") s.progress(host, `activating: ${e.step}${e.detail ? ` (${e.detail})` : ""}`);
    else if (e.type === "rolling-back") s.progress(host, `rolling back: ${e.reason}`);
    else if (e.type === "awaiting-confirmation") s.progress(host, "confirming");
  };
  let last: RemoteEvent;
  try {
    last = await activateAndWait(
      ssh,
      {
        deployId: s.deployId,
        by: s.by,
        agentSha,
        manifestSha,
        confirmTimeout: run.confirmTimeout,
        adopt: adoptList(s.adopt, p),
      },
      (e) => {
        if (e.type === "started") s.progress(host, "activating");
        onEvent(e);
      },
      toSend,
    );
  } catch (e) {
    if (e instanceof RemoteError) return done("failed", before, e.message);
    throw e;
  }
  if (last.type === "awaiting-confirmation") {
    const mine = manifest.checks.filter(fromDeployer);
    const failedHere = (await runChecks(mine, () => ({}))).filter((r) => !r.ok);
    if (failedHere.length > 0) {
      const reason = `checked from the deployer: ${failedHere.map((r) => `${r.name}: ${r.detail}`).join("; ")}`;
      s.progress(host, `rejecting: ${reason}`);
      last = await reject(ssh, s.deployId, reason, onEvent);
    } else {
      s.progress(host, "confirming over a new connection");
      last = await confirm(ssh, s.deployId, onEvent);
    }
  }
  if (last.type === "lost") {
    s.progress(host, "connection lost: waiting for the host to report how the activation ended");
    last = await awaitEnd(ssh, s.deployId, run.confirmTimeout);
  }
  const reachedAgain = last.reachedAgain ? " (the host could not be reached until it did)" : "";
  switch (last.type) {
    case "confirmed":
      return done("deployed", last.generation as GenerationRef);
    case "up-to-date":
      return done("up-to-date", before);
    case "refused":
      return done("refused", before, String(last.reason));
    case "rolled-back":
      return done("rolled-back", before, `${last.reason}; the host rolled back by itself${reachedAgain}`);
    case "rollback-failed":
      return done("rollback-failed", null, `${last.reason}; rolling back failed too: ${last.error}`);
    case "died":
      return done(
        "failed",
        null,
        `${last.reason}; the host returns to its last confirmed generation at its next deploy or boot`,
      );
    case "not-started":
      return done("failed", before, `${last.reason}; nothing changed on the host`);
    default:
      return done("failed", null, String(last.reason ?? `unexpected answer: ${JSON.stringify(last)}`));
  }
}

function adoptList(adopt: ReadonlySet<string> | "all", p: Plan | null): readonly string[] | "all" {
  if (adopt === "all") return "all";
  return [...adopt].filter((path) => p?.files.change.some((w) => w.path === path && w.adopt));
}

/** After losing the connection: new connections until the host answers with a final event. */
async function awaitEnd(ssh: Ssh, deployId: string, confirmTimeout: number): Promise<RemoteEvent> {
  const deadline = Date.now() + (confirmTimeout + 120) * 1000;
  let failures = 0;
  while (Date.now() < deadline) {
    const status = await activationEvents(ssh, deployId);
    if (status === null) failures++;
    const end = status?.events.findLast((e) => final.includes(e.type));
    if (end) return failures > 0 ? { ...end, reachedAgain: true } : end;
    if (status && !status.running) {
      return status.events.length === 0
        ? {
            type: "not-started",
            reason:
              "the connection was lost before the activation started (copying the files, or starting it)",
          }
        : { type: "died", reason: "the activation ended without finishing: the agent was killed or crashed" };
    }
    await sleep(1000);
  }
  return { type: "lost", reason: `${ssh.target.host} did not answer for ${confirmTimeout + 120} s` };
}

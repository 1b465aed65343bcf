/**
 * The deployer's calls to the agent on a host, over SSH: facts, starting an activation in its
 * transient unit and following its events, confirming over a fresh connection, rejecting, and the
 * read-only `generations` and `gc`. Each returns what the agent printed, parsed.
 */
import type { Blob } from "./generation.ts";
import { agentPath, hearthDir } from "./layout.ts";
import type { Facts, FactsRequest } from "./plan/facts.ts";
import type { ActivateOptions } from "./agent/activate.ts";
import { activateScript, answerScript, pauses, receiveScript, statusScript } from "./remote-scripts.ts";
import type { Writable } from "node:stream";
import type { Ssh, SshResult, SshRunOptions } from "./ssh.ts";
import { writeTar } from "./transfer.ts";

export class RemoteError extends Error {
  override name = "RemoteError";
}

/** An event of the activation, as `agent wait` prints it (see src/deploy/agent/events.ts). */
export interface RemoteEvent {
  readonly type: string;
  readonly t?: number;
  readonly [field: string]: unknown;
}

export const unreachable = (r: SshResult) => r.code === 255;

function failed(ssh: Ssh, what: string, r: SshResult): never {
  throw new RemoteError(
    unreachable(r)
      ? `${ssh.target.host} (${ssh.destination}:${ssh.target.port}) is unreachable over SSH: ${r.stderr || "connection failed"}`
      : `${what} on ${ssh.target.host} failed (exit ${r.code}): ${r.stderr || r.stdout}`,
  );
}

const noAgent = "hearth: no agent";

/** Facts being read on a host: the agent is started at once and waits for the request. */
export interface FactsSession {
  facts(request: FactsRequest): Promise<Facts>;
  /** Ends the session unused (the build failed). */
  cancel(): void;
}

/**
 * Starts the agent's `facts` on the host right away (the connection and Node's start-up overlap
 * with building the generation here) and sends the request once it is known. A host without the
 * agent gets it copied first.
 */
export function startFacts(ssh: Ssh, agent: Blob, withText: boolean): FactsSession {
  const script = `if [ -e ${agentPath(agent.sha256)} ]; then exec node ${agentPath(agent.sha256)} facts${withText ? " --with-text" : ""}; else echo '${noAgent}'; fi`;
  let send: (request: string | null) => void = () => {};
  const request = new Promise<string | null>((resolve) => (send = resolve));
  const first = ssh.run(["sh", "-c", script], {
    feed: async (stdin) => {
      const text = await request;
      if (text !== null) stdin.write(text);
    },
  });
  return {
    cancel: () => send(null),
    async facts(req) {
      const input = JSON.stringify(req);
      send(input);
      let r = await first;
      if (r.code === 0 && r.stdout.startsWith(noAgent)) {
        const sent = await ssh.run(["sh", "-c", receiveScript(agent.sha256)], {
          feed: (stdin) => writeTar(stdin, [agent]),
        });
        if (sent.code !== 0) failed(ssh, "copying the agent", sent);
        r = await ssh.run(["sh", "-c", script], { input });
      }
      if (r.code !== 0) failed(ssh, "reading facts", r);
      return JSON.parse(r.stdout) as Facts;
    },
  };
}

/** What the deployer asks the agent: the agent's own options (src/deploy/agent/activate.ts). */
export type ActivationRequest = ActivateOptions;

const activateArgs = (req: ActivationRequest): string[] => [
  "activate",
  "--id",
  req.deployId,
  "--by",
  req.by,
  "--agent",
  req.agentSha,
  ...(req.manifestSha ? ["--manifest", req.manifestSha] : ["--generation", String(req.generation)]),
  "--confirm-timeout",
  String(req.confirmTimeout),
  ...(req.adopt === "all" ? ["--adopt-all"] : req.adopt.flatMap((p) => ["--adopt", p])),
];

/** Where following an activation stops: it waits for the deployer, or it has ended. */
const stops = [...pauses, "died"];

/**
 * Runs a script that prints events (JSON lines); returns the last one, or null if none came or the
 * script ended before a stop (the connection or the shell died): the caller then asks again.
 */
async function events(
  ssh: Ssh,
  script: string,
  onEvent: (e: RemoteEvent) => void,
  opts: Pick<SshRunOptions, "fresh" | "feed"> = {},
): Promise<{ last: RemoteEvent | null; result: SshResult }> {
  let last: RemoteEvent | null = null;
  const result = await ssh.run(["sh", "-c", script], {
    ...opts,
    onLine: (line) => {
      if (!line.startsWith("{")) return;
      last = JSON.parse(line) as RemoteEvent;
      onEvent(last);
    },
  });
  return { last: last && stops.includes((last as RemoteEvent).type) ? last : null, result };
}

/**
 * Copies `blobs` (what the host lacks), then starts the activation in hearth-activate.service
 * (it outlives this connection) and follows it until it waits for confirmation or ends, in one
 * SSH command. Returns the last event; `lost` when the connection died on the way.
 */
export async function activateAndWait(
  ssh: Ssh,
  req: ActivationRequest,
  onEvent: (e: RemoteEvent) => void,
  blobs: readonly Blob[] = [],
): Promise<RemoteEvent> {
  const script = `${blobs.length > 0 ? receiveScript(req.agentSha) : ""}${activateScript(req.agentSha, req.deployId, activateArgs(req))}`;
  // The host starts the activation only after tar has read the whole stream: while we are still
  // writing it, a lost connection means the activation never started.
  let sent = blobs.length === 0;
  const feed = async (stdin: Writable) => {
    await writeTar(stdin, blobs);
    sent = true;
  };
  const { last, result } = await events(ssh, script, onEvent, blobs.length > 0 ? { feed } : {});
  if (last) return last;
  if (unreachable(result) && !sent) {
    return {
      type: "not-started",
      reason: `the connection was lost while copying ${blobs.length} file(s): ${result.stderr}`,
    };
  }
  if (unreachable(result)) return { type: "lost", reason: result.stderr || "the SSH connection was lost" };
  if (result.code === 5) {
    throw new RemoteError(`copying ${blobs.length} file(s) to ${ssh.target.host} failed: ${result.stderr}`);
  }
  failed(ssh, "starting the activation", result);
}

/** Confirms over a brand-new connection: that logging in still works after activating is the proof. */
export async function confirm(
  ssh: Ssh,
  deployId: string,
  onEvent: (e: RemoteEvent) => void,
): Promise<RemoteEvent> {
  const { last, result } = await events(ssh, answerScript(deployId, { confirm: true }), onEvent, {
    fresh: true,
  });
  return (
    last ?? {
      type: "lost",
      reason: unreachable(result) ? result.stderr || "no new SSH connection" : result.stderr,
    }
  );
}

/** Makes an activation that waits for confirmation roll back now. */
export async function reject(
  ssh: Ssh,
  deployId: string,
  reason: string,
  onEvent: (e: RemoteEvent) => void,
): Promise<RemoteEvent> {
  const { last, result } = await events(ssh, answerScript(deployId, { confirm: false, reason }), onEvent);
  return last ?? { type: "lost", reason: result.stderr || "no answer to the rejection" };
}

/** The events of an activation so far (after the connection was lost), over a fresh connection. */
export async function activationEvents(
  ssh: Ssh,
  deployId: string,
): Promise<{ running: boolean; events: RemoteEvent[] } | null> {
  const r = await ssh.run(["sh", "-c", statusScript(deployId)], { fresh: true, timeoutMs: 15_000 });
  if (r.code !== 0) return null;
  const [state, ...lines] = r.stdout.trim().split("\n");
  return {
    running: state === "running",
    events: lines.filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as RemoteEvent),
  };
}

/** Runs a read-only agent command with the agent the host's latest activation used. */
export async function hostAgent(ssh: Ssh, args: readonly string[]): Promise<unknown> {
  const r = await ssh.run(["node", `${hearthDir}/agent.mjs`, ...args]);
  if (r.code !== 0) {
    if (!unreachable(r) && /Cannot find module|ENOENT/.test(r.stderr)) {
      throw new RemoteError(`${ssh.target.host} has no hearth generation yet (deploy it first)`);
    }
    failed(ssh, `agent ${args[0]}`, r);
  }
  return JSON.parse(r.stdout);
}

/**
 * Health checks (`checks.*` of a host): a unit is active, a TCP port accepts connections, an HTTP
 * URL answers with a status (and a body containing a text). Each is retried until it passes or
 * its `timeoutSeconds` run out; all run at once. The agent runs them after activating and again
 * when the deployer confirms over a new connection.
 */
import type { ManifestCheck } from "../host/realise/manifest.ts";

// node:net, node:http and node:https load only when a check needs them: the agent starts on every
// deploy, often with nothing to check over the network, and Node's TLS alone takes tens of ms.

export interface CheckResult {
  readonly name: string;
  readonly ok: boolean;
  /** Why it failed (the last attempt), or what passed. */
  readonly detail: string;
}

const attemptTimeout = 2000;

async function tcp(host: string, port: number): Promise<string | null> {
  const { connect } = await import("node:net");
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: attemptTimeout });
    const done = (problem: string | null) => {
      socket.destroy();
      resolve(problem);
    };
    socket.once("connect", () => done(null));
    socket.once("timeout", () => done(`no answer from ${host}:${port}`));
    socket.once("error", (e) => done(`${host}:${port}: ${e.message}`));
  });
}

async function http(url: string, status: number, body: string | null): Promise<string | null> {
  const { request } = url.startsWith("https:") ? await import("node:https") : await import("node:http");
  return new Promise((resolve) => {
    const req = request(url, { method: "GET", timeout: attemptTimeout, rejectUnauthorized: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => {
        if (text.length < 1024 * 1024) text += d;
      });
      res.on("end", () => {
        if (res.statusCode !== status) resolve(`${url} answered ${res.statusCode}, expected ${status}`);
        else if (body !== null && !text.includes(body)) resolve(`${url} answered without "${body}"`);
        else resolve(null);
      });
    });
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", (e) => resolve(`${url}: ${e.message}`));
    req.end();
  });
}

/** One attempt: what passed, or what is wrong. */
type Attempt =
  | { readonly ok: true; readonly detail: string }
  | { readonly ok: false; readonly problem: string };

const passed: Attempt = { ok: true, detail: "passed" };
const outcome = (problem: string | null): Attempt => (problem === null ? passed : { ok: false, problem });

export async function attempt(
  check: ManifestCheck,
  units: Readonly<Record<string, string>>,
): Promise<Attempt> {
  if ("unit" in check) {
    const state = units[check.unit] ?? "unknown";
    if (state === "active") return passed;
    // a unit whose own conditions are not met here (smartd in a VM) is doing what it should
    if (state === "skipped")
      return { ok: true, detail: `${check.unit} is skipped: its conditions are not met on this host` };
    return { ok: false, problem: `${check.unit} is ${state}` };
  }
  if ("tcp" in check) return outcome(await tcp(check.tcp.host, check.tcp.port));
  return outcome(await http(check.http.url, check.http.status, check.http.body));
}

/** The ActiveState of units, asked once per round for every unit check (one systemctl call). */
export type UnitStates = (units: readonly string[]) => Readonly<Record<string, string>>;

/**
 * Runs every check until it passes or its time is up (or `signal` says to stop), in rounds: all
 * pending checks at once, 200 ms apart.
 */
export async function runChecks(
  checks: readonly ManifestCheck[],
  unitStates: UnitStates,
  scale = 1,
  signal?: AbortSignal,
): Promise<CheckResult[]> {
  const started = Date.now();
  const results = new Map<string, CheckResult>();
  let pending = [...checks];
  while (pending.length > 0) {
    const units = pending.flatMap((c) => ("unit" in c ? [c.unit] : []));
    const states = units.length > 0 ? unitStates(units) : {};
    const attempts = await Promise.all(pending.map((c) => attempt(c, states)));
    const next: ManifestCheck[] = [];
    pending.forEach((c, i) => {
      const a = attempts[i]!;
      if (a.ok) results.set(c.name, { name: c.name, ok: true, detail: a.detail });
      else if (Date.now() - started >= c.timeoutSeconds * 1000 * scale || signal?.aborted)
        results.set(c.name, { name: c.name, ok: false, detail: a.problem });
      else next.push(c);
    });
    pending = next;
    if (pending.length > 0) await new Promise((r) => setTimeout(r, 200));
  }
  return checks.map((c) => results.get(c.name)!);
}

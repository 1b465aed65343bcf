/**
 * Running the system tools the testbed is made of (ip, nsenter, systemd-nspawn, ssh, flock).
 * Every call goes through here so failures carry the command line and its stderr.
 */
import { spawn, spawnSync } from "node:child_process";
import { constants } from "node:os";

export interface RunResult {
  /** Exit status; 124 when the timeout killed the process (as timeout(1) reports it). */
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Written to stdin, which is closed afterwards; without it stdin is /dev/null. */
  input?: string;
  /** Kills the process (SIGKILL) after this many milliseconds. */
  timeoutMs?: number;
}

export class CommandError extends Error {
  constructor(
    readonly argv: readonly string[],
    readonly result: RunResult,
  ) {
    super(
      `\`${argv.join(" ")}\` exited with ${result.code}: ${result.stderr.trim() || result.stdout.trim()}`,
    );
    this.name = "CommandError";
  }
}

export const TIMED_OUT = 124;

export function run(cmd: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: [opts.input === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer =
      opts.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill("SIGKILL");
          }, opts.timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (timedOut) stderr += `\n[killed after ${opts.timeoutMs} ms]`;
      resolve({ code: timedOut ? TIMED_OUT : (code ?? 128 + signalNumber(signal)), stdout, stderr });
    });
    if (opts.input !== undefined) child.stdin!.end(opts.input);
  });
}

/** Runs a command and returns its stdout; throws a CommandError when it fails. */
export async function runOk(cmd: string, args: readonly string[], opts: RunOptions = {}): Promise<string> {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) throw new CommandError([cmd, ...args], r);
  return r.stdout;
}

/**
 * Synchronous variant for teardown, which must also work from a process "exit" handler where
 * nothing asynchronous runs any more.
 */
export function runSync(cmd: string, args: readonly string[], timeoutMs = 30_000): RunResult {
  const r = spawnSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: timeoutMs });
  return { code: r.status ?? 128 + signalNumber(r.signal), stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

const signalNumber = (signal: NodeJS.Signals | null): number => (signal ? constants.signals[signal] : 0);

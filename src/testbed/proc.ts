/**
 * Processes by pid, safely: a pid alone may have been reused by an unrelated process since it was
 * recorded (after a crash or a reboot), so we always pair it with its start time from /proc.
 */
import { readFileSync } from "node:fs";

export interface ProcessId {
  pid: number;
  /** Start time in clock ticks since boot (field 22 of /proc/PID/stat). */
  start: number;
}

export function processId(pid: number): ProcessId | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may contain spaces and parentheses: split after its closing one.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields[0] === "Z") return null; // a zombie has finished; only its parent has not reaped it
    return { pid, start: Number(fields[19]) };
  } catch {
    return null;
  }
}

export const isAlive = (p: ProcessId): boolean => processId(p.pid)?.start === p.start;

export function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls until every process has exited or the deadline passes; returns those still alive. */
export function waitForExitSync(procs: readonly ProcessId[], timeoutMs: number): ProcessId[] {
  const deadline = Date.now() + timeoutMs;
  let alive = procs.filter(isAlive);
  while (alive.length > 0 && Date.now() < deadline) {
    sleepSync(20);
    alive = alive.filter(isAlive);
  }
  return alive;
}

export async function waitForExit(p: ProcessId, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(p)) {
    if (Date.now() >= deadline) return false;
    await sleep(20);
  }
  return true;
}

export function signal(p: ProcessId, sig: NodeJS.Signals): void {
  if (!isAlive(p)) return;
  try {
    process.kill(p.pid, sig);
  } catch {
    // exited between the check and the signal
  }
}

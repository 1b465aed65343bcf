/**
 * The activation lock: one file created exclusively, naming the process that holds it (pid, its
 * start time and the boot). A lock whose process is gone (killed agent, reboot) is stale and is
 * taken over, never waited on: no deploy can be poisoned by a dead one (deploy-rs#390).
 */
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import type { LockInfo } from "../plan/facts.ts";
import { lockFile } from "../layout.ts";
import { bootId } from "./state.ts";

interface LockRecord extends LockInfo {
  readonly bootId: string;
  readonly startTime: string;
}

const startTime = (pid: number): string | null => {
  try {
    // field 22 of /proc/<pid>/stat, after the command name in parentheses
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
};

const read = (): LockRecord | null => {
  try {
    return JSON.parse(readFileSync(lockFile, "utf8")) as LockRecord;
  } catch {
    return null;
  }
};

const alive = (r: LockRecord) => r.bootId === bootId() && startTime(r.pid) === r.startTime;

/** The live holder of the lock, if any. */
export function lockHolder(): LockInfo | null {
  const r = read();
  return r && alive(r) ? { pid: r.pid, deployId: r.deployId, since: r.since, by: r.by } : null;
}

export class Busy extends Error {
  constructor(readonly holder: LockInfo) {
    super(`another deploy (${holder.deployId}, ${holder.by}) has been activating since ${holder.since}`);
    this.name = "Busy";
  }
}

/** Takes the lock (a stale one is replaced) or throws Busy; returns the release function. */
export function acquireLock(deployId: string, by: string): () => void {
  const mine: LockRecord = {
    pid: process.pid,
    deployId,
    since: new Date().toISOString(),
    by,
    bootId: bootId(),
    startTime: startTime(process.pid) ?? "",
  };
  const tmp = `${lockFile}.${process.pid}`;
  writeFileSync(tmp, JSON.stringify(mine));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(tmp, lockFile); // atomic: fails if a lock exists
        return () => {
          if (read()?.pid === process.pid) rmSync(lockFile, { force: true });
        };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
      const holder = read();
      if (holder && alive(holder)) throw new Busy(holder);
      // stale: move it aside (only one taker wins the rename), then try again
      try {
        renameSync(lockFile, `${lockFile}.stale-${process.pid}`);
        rmSync(`${lockFile}.stale-${process.pid}`, { force: true });
      } catch {
        // someone else took it over first
      }
    }
    const holder = read();
    throw holder ? new Busy(holder) : new Error("could not take the activation lock");
  } finally {
    rmSync(tmp, { force: true });
  }
}

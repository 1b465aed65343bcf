/**
 * Removing a lab, whatever state it is in (running, half-created, left by a crashed run).
 * Synchronous on purpose: it also runs from a process "exit" handler, where nothing async runs.
 * Every step runs even when an earlier one failed; the first failure is thrown at the end.
 */
import { rmSync } from "node:fs";
import { removeCgroupsSync } from "./cgroup.ts";
import { killHost } from "./machine.ts";
import { destroyNetworkSync } from "./network.ts";
import { type ProcessId, signal, waitForExitSync } from "./proc.ts";
import type { LabState } from "./state.ts";

export function teardownSync(s: LabState): void {
  const errors: unknown[] = [];
  const step = (f: () => void) => {
    try {
      f();
    } catch (e) {
      errors.push(e);
    }
  };
  for (const h of s.hosts) step(() => killHost(h));
  const nspawns = s.hosts.map((h) => h.nspawn).filter((p): p is ProcessId => p !== null);
  step(() => {
    const stuck = waitForExitSync(nspawns, 10_000);
    for (const p of stuck) signal(p, "SIGKILL");
    if (waitForExitSync(stuck, 5000).length > 0) throw new Error(`nspawn of lab ${s.lab} does not exit`);
  });
  // The overlays lived in the nspawn processes' private mount namespaces: they are gone with them.
  for (const h of s.hosts) {
    h.nspawn = null;
    step(() => removeCgroupsSync(h.cgroups));
  }
  step(() => destroyNetworkSync(s));
  step(() => rmSync(s.dir, { recursive: true, force: true }));
  if (errors.length > 0) throw errors[0];
}

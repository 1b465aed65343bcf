/**
 * `agent boot` (hearth-boot.service, before any service starts): an activation the machine did
 * not live through is undone (the host comes up on the generation it last confirmed), then the
 * current generation's files are re-asserted and its secrets decrypted into the fresh tmpfs.
 */
import { emptyManifest } from "../plan/entries.ts";
import { Events } from "./events.ts";
import { currentGeneration } from "./facts.ts";
import { acquireLock } from "./lock.ts";
import { recover } from "./activate.ts";
import { readState } from "./state.ts";
import { transition } from "./transition.ts";

export async function boot(): Promise<number> {
  const events = new Events(`boot-${Date.now()}`);
  const release = acquireLock("boot", "hearth-boot.service");
  try {
    const state = readState();
    await recover(state, events, "boot");
    const current = currentGeneration();
    if (!current) return 0;
    await transition(current, current.manifest ?? emptyManifest(""), state, events, "boot");
    events.emit("confirmed", { generation: { number: current.number, hash: current.hash } });
    return 0;
  } finally {
    release();
  }
}

/**
 * `agent generations` and `agent gc`: the generations a host keeps, and removing old ones (never
 * the current one, nor one an unfinished activation involves), then every store file no kept
 * generation links to.
 */
import { existsSync, readdirSync, readlinkSync, rmSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { agentsDir, hearthDir, storeDir } from "../layout.ts";
import { acquireLock } from "./lock.ts";
import { readJournal, readState } from "./state.ts";
import { listGenerations } from "./store.ts";

export interface GenerationInfo {
  readonly number: number;
  readonly hash: string;
  readonly current: boolean;
  readonly activatedAt: string | null;
  readonly outcome: string | null;
}

/**
 * The generations, the one confirmed before the current one (what `hearth rollback` goes back
 * to), and the agent (sha256) the host's latest activation used.
 */
export function generations(): {
  agent: string | null;
  previous: number | null;
  generations: GenerationInfo[];
} {
  const state = readState();
  const link = join(hearthDir, "agent.mjs");
  const agent = existsSync(link) ? basename(readlinkSync(link), ".mjs") : null;
  const list = listGenerations().map((g) => {
    const last = state.history.filter((h) => h.number === g.number).at(-1);
    return {
      number: g.number,
      hash: g.hash,
      current: state.current?.number === g.number,
      activatedAt: last?.activatedAt ?? null,
      outcome: last?.outcome ?? null,
    };
  });
  const kept = new Set(list.map((g) => g.number));
  const previous =
    state.history.findLast(
      (h) => h.outcome === "confirmed" && h.number !== state.current?.number && kept.has(h.number),
    )?.number ?? null;
  return { agent, previous, generations: list };
}

export function gc(keep: number): { removed: number[]; freedBytes: number } {
  const release = acquireLock("gc", "hearth gc");
  try {
    const state = readState();
    const journal = readJournal();
    const pinned = new Set([state.current?.number, journal?.from?.number, journal?.to.number]);
    const all = listGenerations();
    const kept = new Set(all.slice(-keep).map((g) => g.number));
    const removed: number[] = [];
    for (const g of all) {
      if (kept.has(g.number) || pinned.has(g.number)) continue;
      rmSync(g.dir, { recursive: true, force: true });
      removed.push(g.number);
    }
    // the boot agent and any agent a kept generation carries stay; other agent links go
    const bootAgent = existsSync(join(hearthDir, "agent.mjs"))
      ? readlinkSync(join(hearthDir, "agent.mjs"))
      : null;
    const keptInodes = new Set<number>();
    for (const g of listGenerations())
      if (existsSync(join(g.dir, "agent.mjs"))) keptInodes.add(statSync(join(g.dir, "agent.mjs")).ino);
    if (existsSync(agentsDir)) {
      for (const name of readdirSync(agentsDir)) {
        const path = join(agentsDir, name);
        if (path !== bootAgent && !keptInodes.has(statSync(path).ino)) rmSync(path, { force: true });
      }
    }
    let freedBytes = 0;
    if (existsSync(storeDir)) {
      for (const name of readdirSync(storeDir)) {
        const st = statSync(join(storeDir, name));
        if (st.nlink > 1) continue; // a generation (or an agent link) still uses it
        if (Date.now() - st.mtimeMs < 3600_000) continue; // just sent for a deploy about to activate
        freedBytes += st.size;
        rmSync(join(storeDir, name), { force: true });
      }
    }
    return { removed, freedBytes };
  } finally {
    release();
  }
}

/**
 * The agent's records on the host: state.json (what hearth owns, the confirmed generation,
 * adopted originals, history) and journal.json (an activation under way, so that a killed agent
 * or a power cut is recovered from at the next run or at boot).
 */
import { readFileSync, rmSync } from "node:fs";
import type { GenerationRef, JournalInfo } from "../plan/facts.ts";
import { journalFile, stateFile } from "../layout.ts";
import { readJson, writeJsonAtomic } from "./fsx.ts";

export interface HistoryEntry {
  readonly number: number;
  readonly hash: string;
  readonly deployId: string;
  readonly activatedAt: string;
  readonly outcome: "confirmed" | "rolled-back";
  readonly reason?: string;
}

export interface HostState {
  format: 1;
  /** The number the next new generation gets. */
  next: number;
  /** The confirmed generation (what the host runs when no activation is under way). */
  current: GenerationRef | null;
  /** Every path hearth owns: written by it, removed by it when no generation wants it. */
  owned: string[];
  /** Adopted paths → where the host's original is kept. */
  backups: Record<string, string>;
  /** Folders hearth created to hold its paths (removed when empty and no longer needed). */
  dirs: string[];
  history: HistoryEntry[];
}

export interface Journal extends JournalInfo {
  /** The agent (sha256) that started the activation. */
  readonly agent: string;
}

export function readState(): HostState {
  const state = readJson<HostState>(stateFile) ?? {
    format: 1,
    next: 1,
    current: null,
    owned: [],
    backups: {},
    dirs: [],
    history: [],
  };
  state.dirs ??= [];
  return state;
}

export function writeState(state: HostState): void {
  state.owned = [...new Set(state.owned)].sort();
  state.dirs = [...new Set(state.dirs)].sort();
  state.history = state.history.slice(-100);
  writeJsonAtomic(stateFile, state);
}

export const readJournal = (): Journal | null => readJson<Journal>(journalFile);
export const writeJournal = (j: Journal): void => writeJsonAtomic(journalFile, j);
export const clearJournal = (): void => rmSync(journalFile, { force: true });

export const bootId = (): string => readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();

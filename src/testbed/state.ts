/**
 * What a running testbed ("lab") consists of, written to disk before anything is created, so that
 * `down`, or the next `up` after a crash, knows exactly what to remove.
 *
 * Layout: $HEARTH_TESTBED_DIR (default /var/tmp/hearth-testbed)/
 *   .lock                     serialises bookkeeping (labs, subnets) between processes
 *   <lab>/state.json          this file
 *   <lab>/ssh/                per-run client key, known_hosts, ssh_config
 *   <lab>/hosts/<name>/       upper, work, merged (the host's overlay), console.log
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ProcessId } from "./proc.ts";

export interface HostState {
  name: string;
  /** nspawn machine name, unique on the machine: `<lab>-<name>`. */
  machine: string;
  address: string;
  dir: string;
  /** The systemd-nspawn process, while the host runs. */
  nspawn: ProcessId | null;
  /** The host's own cgroups (see cgroup.ts), removed at teardown. */
  cgroups: string[];
}

export interface LabState {
  version: 1;
  lab: string;
  dir: string;
  /** The process whose exit ends the lab; null for labs started by the CLI, which outlive it. */
  owner: ProcessId | null;
  image: string;
  /** Third octet of the lab's /24 in 10.78.0.0/16, unique among live labs. */
  slot: number;
  subnet: string;
  netns: string;
  bridge: string;
  /** The veth end in the root netns (the runner's side) and its peer on the bridge. */
  runnerIf: string;
  uplinkIf: string;
  runnerAddress: string;
  identityFile: string;
  knownHostsFile: string;
  sshConfigFile: string;
  hosts: HostState[];
}

export const stateRoot = (): string => process.env.HEARTH_TESTBED_DIR ?? "/var/tmp/hearth-testbed";
export const labDir = (lab: string): string => join(stateRoot(), lab);
const stateFile = (lab: string): string => join(labDir(lab), "state.json");

export function readLab(lab: string): LabState | null {
  try {
    return JSON.parse(readFileSync(stateFile(lab), "utf8")) as LabState;
  } catch {
    return null;
  }
}

export function writeLab(state: LabState): void {
  mkdirSync(state.dir, { recursive: true });
  const tmp = `${stateFile(state.lab)}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, stateFile(state.lab));
}

/** Every lab with a state file (a lab dir without one is a crashed `up` before it wrote it). */
export function listLabs(): LabState[] {
  if (!existsSync(stateRoot())) return [];
  return readdirSync(stateRoot(), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => readLab(e.name))
    .filter((s): s is LabState => s !== null);
}

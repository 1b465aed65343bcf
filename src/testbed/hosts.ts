/**
 * Test labs: N disposable Debian hosts booted by systemd (systemd-nspawn) on a private bridge,
 * reachable over SSH from the runner. `up` returns once every host answers SSH and reports
 * `systemctl is-system-running` = running/degraded; `down` removes everything.
 *
 * Leftovers never accumulate: every `up` first removes labs whose owning process is gone (a test
 * run that crashed or was killed), and a lab started by the CLI (which outlives its process) is
 * replaced by the next `up` of the same lab name.
 */
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { hostCgroupDirs } from "./cgroup.ts";
import { makeTestbed, READY_TIMEOUT_MS, type Testbed } from "./handle.ts";
import { ensureImage } from "./image.ts";
import { withFileLock } from "./lock.ts";
import { prepareHost, startHost, waitReady } from "./machine.ts";
import { createNetwork, ensureNspawnRuntimeDir, freeSlot } from "./network.ts";
import { isAlive, processId } from "./proc.ts";
import { generateKey, writeSshFiles } from "./ssh.ts";
import { type LabState, labDir, listLabs, readLab, stateRoot, writeLab } from "./state.ts";
import { teardownSync } from "./teardown.ts";

export interface UpOptions {
  /** Number of hosts (default: names.length, else 2). */
  count?: number;
  /** Host names (hostname labels); default th1…thN. */
  names?: readonly string[];
  /** A root from ensureImage(); default ensureImage({ packages }). */
  image?: string;
  /** Extra Debian packages, when `image` is not given. */
  packages?: readonly string[];
  /** Lab name: names the netns (hearth-<lab>) and the state dir; default unique per call. */
  lab?: string;
  /** Keep the lab running after this process exits (the CLI); otherwise it is removed at exit. */
  detached?: boolean;
  readyTimeoutMs?: number;
}

const labName = /^[a-z0-9][a-z0-9-]{0,30}$/;
const hostName = /^[a-z][a-z0-9-]{0,30}$/;
/** Labs this process owns, removed at exit if a test forgot to (or could not) call down(). */
const owned = new Map<string, LabState>();
let counter = 0;
let hooksInstalled = false;

export async function up(opts: UpOptions = {}): Promise<Testbed> {
  requireRoot();
  const names = hostNames(opts);
  const lab = opts.lab ?? `t${process.pid}x${++counter}`;
  if (!labName.test(lab)) throw new Error(`lab name '${lab}' must match ${labName}`);
  const image = opts.image ?? (await ensureImage({ packages: opts.packages ?? [] }));
  if (!existsSync(join(image, "lib/systemd/systemd")))
    throw new Error(`${image} is not a test-host root image`);
  const s = await withFileLock(join(stateRoot(), ".lock"), async () => {
    await ensureNspawnRuntimeDir();
    collectGarbage(lab);
    const slot = await freeSlot(new Set(listLabs().map((l) => l.slot)));
    const state = newLab(lab, image, slot, names);
    writeLab(state);
    own(state);
    try {
      await createNetwork(state);
    } catch (e) {
      abandon(state, e);
    }
    return state;
  });
  try {
    const clientKey = await generateKey(s.identityFile, `hearth-testbed@${lab}`);
    const hostKeys = new Map<string, string>();
    for (const h of s.hosts) hostKeys.set(h.name, await prepareHost(s, h, clientKey));
    writeSshFiles(s, hostKeys);
    for (const h of s.hosts) h.nspawn = startHost(s, h);
    writeLab(s);
    await Promise.all(s.hosts.map((h) => waitReady(s, h, opts.readyTimeoutMs ?? READY_TIMEOUT_MS)));
  } catch (e) {
    abandon(s, e);
  }
  if (opts.detached) {
    s.owner = null;
    writeLab(s);
    disown(s);
  }
  return makeTestbed(s, async () => {
    disown(s);
    teardownSync(s);
  });
}

/** Tears down a lab by name (e.g. one the CLI started); false if there was none. */
export async function down(lab: string): Promise<boolean> {
  return withFileLock(join(stateRoot(), ".lock"), async () => {
    const s = readLab(lab);
    if (!s) return false;
    disown(s);
    teardownSync(s);
    return true;
  });
}

/** Labs on this machine with a liveness summary (the CLI's `status`). */
export function labs(): { state: LabState; running: string[] }[] {
  return listLabs().map((state) => ({
    state,
    running: state.hosts.filter((h) => h.nspawn !== null && isAlive(h.nspawn)).map((h) => h.name),
  }));
}

/** A re-attached handle to a running lab (the CLI's `ssh` and `exec`, from another process). */
export function attach(lab: string): Testbed {
  const s = readLab(lab);
  if (!s) throw new Error(`no test lab '${lab}' (see: testbed.mjs status)`);
  return makeTestbed(s, async () => void (await down(lab)));
}

/**
 * Under the global lock: removes labs whose owner died, detached labs with no host left running,
 * half-created lab dirs, and a stale lab of the same name; refuses to replace a live one.
 */
function collectGarbage(lab: string): void {
  for (const s of listLabs()) {
    const ownerAlive = s.owner !== null && isAlive(s.owner);
    const anyHost = s.hosts.some((h) => h.nspawn !== null && isAlive(h.nspawn));
    if (s.lab === lab && ownerAlive) {
      throw new Error(
        `test lab '${lab}' is already up (owned by pid ${s.owner!.pid}); down() it or pick another lab`,
      );
    }
    if (s.lab === lab) teardownSync(s);
    else if ((s.owner !== null && !ownerAlive) || (s.owner === null && !anyHost)) {
      try {
        teardownSync(s);
      } catch (e) {
        process.emitWarning(`could not remove the stale test lab ${s.lab}: ${(e as Error).message}`);
      }
    }
  }
  if (readLab(lab) === null) rmSync(labDir(lab), { recursive: true, force: true });
}

function newLab(lab: string, image: string, slot: number, names: readonly string[]): LabState {
  const dir = labDir(lab);
  const subnet = `10.78.${slot}`;
  const owner = processId(process.pid)!;
  return {
    version: 1,
    lab,
    dir,
    owner,
    image,
    slot,
    subnet,
    netns: `hearth-${lab}`,
    bridge: "br0",
    runnerIf: `htb${slot}`,
    uplinkIf: "uplink",
    runnerAddress: `${subnet}.1`,
    identityFile: join(dir, "ssh", "id_ed25519"),
    knownHostsFile: join(dir, "ssh", "known_hosts"),
    sshConfigFile: join(dir, "ssh", "ssh_config"),
    hosts: names.map((name, i) => ({
      name,
      machine: `${lab}-${name}`,
      address: `${subnet}.${11 + i}`,
      dir: join(dir, "hosts", name),
      nspawn: null,
      cgroups: hostCgroupDirs(`${lab}-${name}`),
    })),
  };
}

/** Removes a lab whose `up` failed, then rethrows the failure (not a teardown error hiding it). */
function abandon(s: LabState, cause: unknown): never {
  disown(s);
  try {
    teardownSync(s);
  } catch (e) {
    process.emitWarning(`tearing down the failed test lab ${s.lab}: ${(e as Error).message}`);
  }
  throw cause;
}

function hostNames(opts: UpOptions): string[] {
  const count = opts.count ?? opts.names?.length ?? 2;
  const names = opts.names ? [...opts.names] : Array.from({ length: count }, (_, i) => `th${i + 1}`);
  if (names.length !== count) throw new Error(`count ${count} but ${names.length} names`);
  if (count < 1 || count > 200) throw new Error(`count must be 1…200, got ${count}`);
  for (const n of names) if (!hostName.test(n)) throw new Error(`host name '${n}' must match ${hostName}`);
  if (new Set(names).size !== names.length) throw new Error(`duplicate host names: ${names.join(", ")}`);
  return names;
}

function requireRoot(): void {
  if (process.getuid?.() !== 0) {
    throw new Error("test hosts need root (network namespaces, mounts, systemd-nspawn)");
  }
}

function own(s: LabState): void {
  if (!hooksInstalled) installHooks();
  owned.set(s.lab, s);
}

/**
 * Labs are removed when their process exits without down() (a forgotten after(), an uncaught
 * error) or is interrupted (Ctrl-C, a CI timeout's SIGTERM). SIGKILL cannot be caught: the next
 * up() on the machine removes those leftovers.
 */
function installHooks(): void {
  hooksInstalled = true;
  process.once("exit", teardownOwned);
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    const onSignal = () => {
      teardownOwned();
      // Die of the signal as we would have without this handler, unless someone else handles it.
      if (process.listenerCount(sig) === 1) {
        process.removeListener(sig, onSignal);
        process.kill(process.pid, sig);
      }
    };
    process.on(sig, onSignal);
  }
}

function disown(s: LabState): void {
  owned.delete(s.lab);
}

function teardownOwned(): void {
  for (const s of owned.values()) teardownSync(s);
  owned.clear();
}

/**
 * The lab's private network (testbed.md section 2): a network namespace holding a bridge the hosts
 * attach to, and one veth pair from the root namespace into it, so the test runner reaches the
 * hosts at <subnet>.11, .12, … from <subnet>.1. Nothing routes further: the namespace has no
 * default route and the root namespace keeps an `unreachable` fallback for the subnet, so test
 * traffic can never leak onto the machine's real network, even while the veth is gone.
 */
import { existsSync, mkdirSync } from "node:fs";
import { runOk, runSync } from "./run.ts";
import type { LabState } from "./state.ts";

const FALLBACK_METRIC = "4000";

/** The lowest slot (10.78.<slot>.0/24) that no live lab uses and that the machine does not route. */
export async function freeSlot(taken: ReadonlySet<number>): Promise<number> {
  const routes = await runOk("ip", ["-4", "route", "show", "table", "all"]);
  const addrs = await runOk("ip", ["-4", "-o", "addr", "show"]);
  for (let slot = 0; slot < 256; slot++) {
    const used = new RegExp(`(^|[^0-9])10\\.78\\.${slot}\\.`, "m");
    if (!taken.has(slot) && !used.test(routes) && !used.test(addrs)) return slot;
  }
  throw new Error("no free 10.78.x.0/24 subnet for a test lab (256 labs running?)");
}

export async function createNetwork(s: LabState): Promise<void> {
  const ns = ["-n", s.netns];
  await runOk("ip", ["netns", "add", s.netns]);
  await runOk("ip", [...ns, "link", "set", "lo", "up"]);
  await runOk("ip", [...ns, "link", "add", s.bridge, "type", "bridge"]);
  await runOk("ip", [...ns, "link", "set", s.bridge, "up"]);
  await runOk("ip", [
    "link",
    "add",
    s.runnerIf,
    "type",
    "veth",
    "peer",
    "name",
    s.uplinkIf,
    "netns",
    s.netns,
  ]);
  await runOk("ip", [...ns, "link", "set", s.uplinkIf, "master", s.bridge, "up"]);
  await runOk("ip", ["addr", "add", `${s.runnerAddress}/24`, "dev", s.runnerIf]);
  await runOk("ip", ["link", "set", s.runnerIf, "up"]);
  await runOk("ip", ["route", "add", "unreachable", `${s.subnet}.0/24`, "metric", FALLBACK_METRIC]);
}

/** Removes whatever of the network exists; safe on a half-created or already removed one. */
export function destroyNetworkSync(s: LabState): void {
  runSync("ip", ["route", "del", "unreachable", `${s.subnet}.0/24`, "metric", FALLBACK_METRIC]);
  if (runSync("ip", ["link", "show", s.runnerIf]).code === 0) runSync("ip", ["link", "del", s.runnerIf]);
  if (existsSync(`/run/netns/${s.netns}`)) runSync("ip", ["netns", "del", s.netns]);
}

/**
 * nspawn refuses to start when /run is a disk file system (it is ext4 on this machine kind):
 * "Attempted to remove disk file system under /run/systemd/nspawn/propagate". A tmpfs there fixes
 * it. It is shared by every lab on the machine, so it stays mounted (like a system setting).
 */
export async function ensureNspawnRuntimeDir(): Promise<void> {
  const dir = "/run/systemd/nspawn";
  mkdirSync(dir, { recursive: true });
  if (runSync("mountpoint", ["-q", dir]).code !== 0) {
    const fsType = (await runOk("stat", ["-f", "-c", "%T", "/run"])).trim();
    if (fsType !== "tmpfs") await runOk("mount", ["-t", "tmpfs", "-o", "mode=755", "tmpfs", dir]);
  }
}

/** argv prefix that runs a command inside the lab's netns (nsenter, not `ip netns exec`: see hosts.ts). */
export const inNetnsArgv = (s: LabState, argv: readonly string[]): string[] => [
  "nsenter",
  `--net=/run/netns/${s.netns}`,
  "--",
  ...argv,
];

/**
 * One test host: a systemd-nspawn container booting the cached image through its own overlay.
 *
 * The overlay is mounted inside a private mount namespace (`unshare --mount`) whose only process
 * becomes systemd-nspawn, so the mount is never visible on the machine and vanishes with the host
 * even when everything crashes; the image underneath is only ever a read-only lower layer.
 * Per-host files (hostname, SSH host key, authorized_keys, address) go into the upper layer
 * before boot. Each host also gets cgroups of its own (cgroup.ts) before nspawn starts.
 */
import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { childrenOf, isAlive, type ProcessId, processId, signal, sleep, waitForExit } from "./proc.ts";
import { type RunOptions, type RunResult, run, runOk } from "./run.ts";
import { generateKey, SSH_PORT, sshRun, tcpAnswers } from "./ssh.ts";
import type { HostState, LabState } from "./state.ts";

const upper = (h: HostState, path = ""): string => join(h.dir, "upper", path);

/** Creates a directory in the upper layer with the mode of the image's one (else /root turns 755). */
function mkdirLike(image: string, h: HostState, path: string): void {
  let sofar = "";
  for (const part of path.split("/").filter(Boolean)) {
    sofar += `/${part}`;
    const mode = statSync(join(image, sofar), { throwIfNoEntry: false })?.mode ?? 0o755;
    mkdirSync(upper(h, sofar), { recursive: true, mode: mode & 0o7777 });
  }
}

/** Writes the host's identity into its upper layer; returns its SSH host public key. */
export async function prepareHost(s: LabState, h: HostState, clientPublicKey: string): Promise<string> {
  for (const d of ["upper", "work", "merged"]) mkdirSync(join(h.dir, d), { recursive: true });
  for (const d of ["etc/ssh", "etc/systemd/network", "root/.ssh"]) mkdirLike(s.image, h, d);
  writeFileSync(upper(h, "etc/hostname"), `${h.name}\n`);
  // No DNS on the lab: hosts find each other by name through /etc/hosts.
  const lab = s.hosts.map((x) => `${x.address}\t${x.name}\n`).join("");
  writeFileSync(
    upper(h, "etc/hosts"),
    `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n${lab}`,
  );
  writeFileSync(upper(h, "root/.ssh/authorized_keys"), `${clientPublicKey}\n`, { mode: 0o600 });
  // Sorts before the image's 80-container-host0.network (DHCP, link-local), which would win otherwise.
  writeFileSync(
    upper(h, "etc/systemd/network/10-host0.network"),
    `[Match]\nName=host0\n\n[Network]\nAddress=${h.address}/24\nLinkLocalAddressing=no\nIPv6AcceptRA=no\n`,
  );
  return generateKey(upper(h, "etc/ssh/ssh_host_ed25519_key"), `root@${h.name}`);
}

/**
 * Starts the host's systemd-nspawn, detached (own session: a signal to the caller's process group,
 * such as a test timeout, must not halt the hosts), and returns its process id.
 *   `nsenter --net=`, not `ip netns exec`: the latter remounts /sys and nspawn then fails with
 *     "Failed to determine whether the unified cgroups hierarchy is used".
 *   `--register=no --keep-unit`: there is no systemd/D-Bus on the machine to register with.
 */
export function startHost(s: LabState, h: HostState): ProcessId {
  const script = `image=$1 dir=$2 netns=$3 machine=$4 name=$5 bridge=$6; shift 6
    for cg in "$@"; do mkdir -p "$cg" && echo $$ >"$cg/cgroup.procs"; done
    mount -t overlay overlay -o "lowerdir=$image,upperdir=$dir/upper,workdir=$dir/work" "$dir/merged"
    exec nsenter --net="/run/netns/$netns" systemd-nspawn --quiet --register=no --keep-unit --boot \\
      --link-journal=no --console=passive --machine="$machine" --hostname="$name" -D "$dir/merged" \\
      --network-bridge="$bridge"`;
  const args = [s.image, h.dir, s.netns, h.machine, h.name, s.bridge, ...h.cgroups];
  const log = openSync(join(h.dir, "console.log"), "a");
  try {
    const child = spawn(
      "unshare",
      ["--mount", "--propagation", "private", "--", "sh", "-euc", script, "sh", ...args],
      {
        detached: true,
        stdio: ["ignore", log, log],
      },
    );
    child.unref();
    const id = child.pid === undefined ? null : processId(child.pid);
    if (!id) throw new Error(`could not start systemd-nspawn for ${h.name}: ${consoleTail(h)}`);
    return id;
  } finally {
    closeSync(log);
  }
}

/** SGR sequences (boot messages are coloured); built from a string, as the ESC byte is not printable. */
const ansiColour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

export function consoleTail(h: HostState, lines = 20): string {
  try {
    const text = readFileSync(join(h.dir, "console.log"), "utf8");
    return text.replaceAll(ansiColour, "").trim().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no console output)";
  }
}

/** The container's PID 1 (systemd) as seen from the machine. */
export function leaderPid(h: HostState): number | null {
  if (!h.nspawn || !isAlive(h.nspawn)) return null;
  for (const pid of childrenOf(h.nspawn.pid)) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "systemd") return pid;
    } catch {
      // gone meanwhile
    }
  }
  return null;
}

/** Waits until sshd answers and systemd reports the boot finished (running or degraded). */
export async function waitReady(s: LabState, h: HostState, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "sshd never answered";
  while (Date.now() < deadline) {
    if (!h.nspawn || !isAlive(h.nspawn)) {
      throw new Error(`test host ${h.name} exited during boot:\n${consoleTail(h)}`);
    }
    if (await tcpAnswers(h.address, SSH_PORT, 300)) {
      const r = await sshRun(s, h, "systemctl is-system-running --wait", {
        timeoutMs: Math.max(1000, deadline - Date.now()),
      });
      const state = r.stdout.trim();
      if (state === "running" || state === "degraded") return;
      last = `systemctl is-system-running: '${state}' (exit ${r.code}) ${r.stderr.trim()}`;
      if (r.code === 0 || state !== "") break; // booted into a bad state: waiting will not help
    }
    await sleep(100);
  }
  throw new Error(
    `test host ${h.name} (${h.address}) not ready after ${timeoutMs} ms: ${last}\n${consoleTail(h)}`,
  );
}

/** A clean halt, as `systemctl poweroff` would do (nspawn turns SIGTERM into SIGRTMIN+3). */
export async function haltHost(h: HostState, timeoutMs = 15_000): Promise<void> {
  if (!h.nspawn) return;
  signal(h.nspawn, "SIGTERM");
  if (!(await waitForExit(h.nspawn, timeoutMs))) killHost(h);
  await waitForExit(h.nspawn, 5000);
}

/**
 * Pulls the plug: killing the container's PID 1 kills every process in its PID namespace at
 * once, and nspawn then exits by itself (≈ 0.1 s, against 0.25–2 s for a clean halt).
 */
export function killHost(h: HostState): void {
  if (!h.nspawn) return;
  const leader = leaderPid(h);
  if (leader !== null) {
    try {
      process.kill(leader, "SIGKILL");
      return;
    } catch {
      // already gone: fall through to nspawn itself
    }
  }
  signal(h.nspawn, "SIGKILL");
}

/** Runs argv inside the host's namespaces, without SSH (works while its link is cut). */
export async function execInHost(
  h: HostState,
  argv: readonly string[],
  opts: RunOptions = {},
): Promise<RunResult> {
  const leader = leaderPid(h);
  if (leader === null) throw new Error(`test host ${h.name} is not running`);
  const env = [
    "env",
    "-i",
    "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    "LANG=C.UTF-8",
  ];
  return run("nsenter", ["-t", String(leader), "-a", "--", ...env, ...argv], opts);
}

/** The host's veth port on the lab bridge: the peer of the container's host0. */
export async function bridgePort(s: LabState, h: HostState): Promise<string> {
  const leader = leaderPid(h);
  if (leader === null) throw new Error(`test host ${h.name} is not running`);
  const inside = JSON.parse(
    await runOk("nsenter", ["-t", String(leader), "-n", "--", "ip", "-j", "link", "show", "host0"]),
  ) as { link_index: number }[];
  const outside = JSON.parse(await runOk("ip", ["-n", s.netns, "-j", "link", "show"])) as {
    ifindex: number;
    ifname: string;
  }[];
  const port = outside.find((l) => l.ifindex === inside[0]?.link_index);
  if (!port) throw new Error(`no bridge port for ${h.name} in netns ${s.netns}`);
  return port.ifname;
}

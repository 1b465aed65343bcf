/**
 * What tests hold: a Testbed (the lab: network, SSH files, hosts) and one TestHost per host.
 */
import { removeCgroupsSync } from "./cgroup.ts";
import {
  bridgePort,
  consoleTail,
  execInHost,
  haltHost,
  killHost,
  leaderPid,
  startHost,
  waitReady,
} from "./machine.ts";
import { inNetnsArgv } from "./network.ts";
import { isAlive, waitForExit } from "./proc.ts";
import { type RunOptions, type RunResult, run, runOk } from "./run.ts";
import { SSH_PORT, SSH_USER, type SshOptions, sshArgs, sshRun } from "./ssh.ts";
import { type HostState, type LabState, writeLab } from "./state.ts";

export interface TestHost {
  readonly name: string;
  /** IPv4 address on the lab bridge, reachable from the runner and from the other hosts. */
  readonly address: string;
  readonly port: number;
  readonly sshUser: string;
  readonly identityFile: string;
  readonly knownHostsFile: string;
  /** Options for the system `ssh` (also valid for scp/sftp), to put before `destination`. */
  readonly sshArgs: readonly string[];
  /** `root@<address>`. */
  readonly destination: string;
  /** The host's state directory: upper/ (everything the host wrote), console.log. */
  readonly dir: string;
  /** Runs a command over SSH (a string goes to the remote shell as is; an argv is quoted). */
  ssh(command: string | readonly string[], opts?: SshOptions): Promise<RunResult>;
  /** Runs argv inside the host's namespaces with nsenter, bypassing SSH and the network. */
  exec(argv: readonly string[], opts?: RunOptions): Promise<RunResult>;
  /** Runs argv in the lab's network namespace (where the bridge is): tc, nft, ip… */
  inNetns(argv: readonly string[], opts?: RunOptions): Promise<RunResult>;
  /** The host's port on the bridge, to aim tc/nft rules at this host only. */
  bridgePort(): Promise<string>;
  /**
   * Detaches the host's port from the bridge: packets to and from it are dropped silently, while
   * both veth ends keep their carrier (the host sees no link event, as with a pulled cable upstream).
   */
  cutLink(): Promise<void>;
  restoreLink(): Promise<void>;
  /** Clean halt (SIGRTMIN+3 to systemd); the disk (upper layer) is kept for start(). */
  stop(): Promise<void>;
  /** Pulls the plug: kills every process of the host at once; the disk is kept. */
  crash(): Promise<void>;
  /** Boots the host again on the same disk and waits until it is ready. */
  start(): Promise<void>;
  isRunning(): boolean;
  /** The last lines of the host's console (boot messages), for error reports. */
  consoleTail(lines?: number): string;
}

export interface Testbed {
  readonly lab: string;
  readonly dir: string;
  /** Network namespace name (/run/netns/<netns>) holding the bridge. */
  readonly netns: string;
  readonly bridge: string;
  /** The runner's address on the bridge (the hosts' <subnet>.1). */
  readonly runnerAddress: string;
  /** The runner's veth in the root netns (for rules on the runner side); its peer is on the bridge. */
  readonly runnerInterface: string;
  readonly identityFile: string;
  readonly knownHostsFile: string;
  /** An ssh_config with a `Host <name>` entry per host: `ssh -F <file> <name>`. */
  readonly sshConfigFile: string;
  readonly hosts: readonly TestHost[];
  host(name: string): TestHost;
  inNetns(argv: readonly string[], opts?: RunOptions): Promise<RunResult>;
  /** Tears down every host, the network and the lab's files; safe to call twice. */
  down(): Promise<void>;
}

export const READY_TIMEOUT_MS = 60_000;

const runInNetns = (s: LabState) => (argv: readonly string[], opts?: RunOptions) => {
  const [cmd, ...args] = inNetnsArgv(s, argv);
  return run(cmd!, args, opts);
};

export function makeHost(s: LabState, h: HostState): TestHost {
  // What nspawn and the host's systemd left in its cgroups goes too; start() makes them afresh.
  const stopped = () => {
    h.nspawn = null;
    removeCgroupsSync(h.cgroups);
    writeLab(s);
  };
  const setMaster = async (master: string[]) =>
    void (await runOk("ip", ["-n", s.netns, "link", "set", await bridgePort(s, h), ...master]));
  return {
    name: h.name,
    address: h.address,
    port: SSH_PORT,
    sshUser: SSH_USER,
    identityFile: s.identityFile,
    knownHostsFile: s.knownHostsFile,
    sshArgs: sshArgs(s),
    destination: `${SSH_USER}@${h.address}`,
    dir: h.dir,
    ssh: (command, opts) => sshRun(s, h, command, opts),
    exec: (argv, opts) => execInHost(h, argv, opts),
    inNetns: runInNetns(s),
    bridgePort: () => bridgePort(s, h),
    cutLink: () => setMaster(["nomaster"]),
    restoreLink: () => setMaster(["master", s.bridge]),
    async stop() {
      await haltHost(h);
      stopped();
    },
    async crash() {
      const p = h.nspawn;
      killHost(h);
      if (p) await waitForExit(p, 10_000);
      stopped();
    },
    async start() {
      if (h.nspawn && isAlive(h.nspawn)) throw new Error(`test host ${h.name} is already running`);
      h.nspawn = startHost(s, h);
      writeLab(s);
      await waitReady(s, h, READY_TIMEOUT_MS);
    },
    isRunning: () => leaderPid(h) !== null,
    consoleTail: (lines) => consoleTail(h, lines),
  };
}

export function makeTestbed(s: LabState, down: () => Promise<void>): Testbed {
  const hosts = s.hosts.map((h) => makeHost(s, h));
  return {
    lab: s.lab,
    dir: s.dir,
    netns: s.netns,
    bridge: s.bridge,
    runnerAddress: s.runnerAddress,
    runnerInterface: s.runnerIf,
    identityFile: s.identityFile,
    knownHostsFile: s.knownHostsFile,
    sshConfigFile: s.sshConfigFile,
    hosts,
    host(name) {
      const h = hosts.find((x) => x.name === name);
      if (!h)
        throw new Error(
          `no test host '${name}' in lab ${s.lab} (hosts: ${hosts.map((x) => x.name).join(", ")})`,
        );
      return h;
    },
    inNetns: runInNetns(s),
    down,
  };
}

/**
 * SSH with the system OpenSSH client, so ~/.ssh/config, agents, ProxyJump and known_hosts work as
 * everywhere else. One master connection per host is shared by every command of a run
 * (ControlMaster, socket in a private folder, kept ControlPersist seconds for the next run); the
 * confirmation after activating opens a fresh connection instead (ControlPath=none), which proves
 * that a new login still works. Options from the user come first: for ssh the first value wins.
 */
import { spawn } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import type { Writable } from "node:stream";

export interface SshTarget {
  readonly host: string;
  readonly user: string;
  readonly address: string;
  readonly port: number;
  /** `-o` values: the user's first (they win), then the deployment's. */
  readonly options: readonly string[];
  /** An ssh_config file (`-F`), if not the user's own. */
  readonly configFile?: string;
}

export interface SshResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface SshRunOptions {
  readonly input?: string | Buffer;
  /** Streams stdin instead (a tar of files). */
  readonly feed?: (stdin: Writable) => Promise<void>;
  /** Called with each line of stdout as it arrives. */
  readonly onLine?: (line: string) => void;
  /** A new connection, not through the master (the confirmation). */
  readonly fresh?: boolean;
  /** Run as the SSH user, without sudo (checks that root is reachable). */
  readonly asLoginUser?: boolean;
  readonly timeoutMs?: number;
}

/** The private folder for control sockets: $XDG_RUNTIME_DIR/hearth-ssh or /tmp/hearth-ssh-<uid>, mode 0700. */
export function controlDir(): string {
  const base = process.env.XDG_RUNTIME_DIR ?? tmpdir();
  const dir = join(base, process.env.XDG_RUNTIME_DIR ? "hearth-ssh" : `hearth-ssh-${userInfo().uid}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = statSync(dir);
  if (st.uid !== userInfo().uid || (st.mode & 0o077) !== 0) {
    throw new Error(`${dir} must belong to you and be private (mode 0700): it holds SSH control sockets`);
  }
  return dir;
}

export const shellQuote = (word: string): string =>
  /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;

let instances = 0;

export class Ssh {
  readonly destination: string;
  readonly #controlPath: string;
  constructor(
    readonly target: SshTarget,
    /** Seconds the master connection stays after the last command (0: closed by close()). */
    readonly persist: number,
  ) {
    this.destination = `${target.user}@${target.address}`;
    // A persisting master is shared by later runs (%C: a hash of host, port and user); one this
    // run closes is its own, so that closing it cannot cut off another run to the same host.
    this.#controlPath = `${controlDir()}/${persist > 0 ? "" : `${process.pid}-${++instances}-`}%C`;
  }

  args(fresh: boolean): string[] {
    const t = this.target;
    const mandatory = fresh ? ["ControlMaster=no", "ControlPath=none"] : [];
    const defaults = [
      "BatchMode=yes",
      "ConnectTimeout=10",
      "ServerAliveInterval=2",
      "ServerAliveCountMax=3",
      ...(fresh
        ? []
        : [
            "ControlMaster=auto",
            `ControlPath=${this.#controlPath}`,
            `ControlPersist=${this.persist > 0 ? this.persist : "yes"}`,
          ]),
    ];
    return [
      ...(t.configFile ? ["-F", t.configFile] : []),
      ...[...mandatory, ...t.options, ...defaults].flatMap((o) => ["-o", o]),
      "-p",
      String(t.port),
      this.destination,
    ];
  }

  /** Runs a remote command line (argv words are quoted here); sudo when the SSH user is not root. */
  run(argv: readonly string[], opts: SshRunOptions = {}): Promise<SshResult> {
    const words = this.target.user === "root" || opts.asLoginUser ? argv : ["sudo", "-n", "--", ...argv];
    const remote = words.map(shellQuote).join(" ");
    return new Promise((resolve, reject) => {
      const child = spawn("ssh", [...this.args(opts.fresh === true), "--", remote], {
        stdio: ["pipe", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      let pending = "";
      const timer = opts.timeoutMs ? setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs) : undefined;
      child.stdout.setEncoding("utf8").on("data", (d: string) => {
        stdout += d;
        if (!opts.onLine) return;
        pending += d;
        const lines = pending.split("\n");
        pending = lines.pop()!;
        for (const l of lines) opts.onLine(l);
      });
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      child.on("error", reject);
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        if (pending && opts.onLine) opts.onLine(pending);
        resolve({ code: code ?? (signal ? 255 : 1), stdout, stderr: stderr.trim() });
      });
      child.stdin.on("error", () => {
        // the connection died while we were still writing: the exit code says so
      });
      if (opts.feed)
        opts.feed(child.stdin).then(
          () => child.stdin.end(),
          () => child.stdin.destroy(),
        );
      else child.stdin.end(opts.input ?? "");
    });
  }

  /** Closes the master connection now (it would otherwise stay `persist` seconds). */
  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      const child = spawn("ssh", [...this.args(false).slice(0, -1), "-O", "exit", this.destination], {
        stdio: "ignore",
      });
      child.on("close", () => resolve());
      child.on("error", () => resolve());
    });
  }
}

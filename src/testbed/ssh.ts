/**
 * SSH to test hosts with the system OpenSSH client, the one hearth's deploy layer uses. Every run
 * gets its own client key, and host keys are generated here before boot, so known_hosts is
 * pre-seeded and checking stays strict: a host that answers with another key is an error.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { dirname } from "node:path";
import { type RunOptions, type RunResult, run, runOk } from "./run.ts";
import type { HostState, LabState } from "./state.ts";

export const SSH_PORT = 22;
export const SSH_USER = "root";

export async function generateKey(path: string, comment: string): Promise<string> {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  await runOk("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", path]);
  return readFileSync(`${path}.pub`, "utf8").trim();
}

/**
 * Options for `ssh`/`scp`/`sftp`, to put before the destination. `-F /dev/null` keeps the
 * operator's ~/.ssh/config (ControlMaster, ProxyJump…) out of the tests.
 */
export function sshArgs(s: LabState): string[] {
  return [
    "-F",
    "/dev/null",
    "-i",
    s.identityFile,
    ...[
      "IdentitiesOnly=yes",
      `UserKnownHostsFile=${s.knownHostsFile}`,
      "GlobalKnownHostsFile=/dev/null",
      "StrictHostKeyChecking=yes",
      "BatchMode=yes",
      "ConnectTimeout=5",
      "LogLevel=ERROR",
    ].flatMap((o) => ["-o", o]),
  ];
}

/** known_hosts lines and an ssh_config with one `Host` entry per test host (`ssh -F FILE th1`). */
export function writeSshFiles(s: LabState, hostKeys: ReadonlyMap<string, string>): void {
  const known = s.hosts.map(
    (h) => `${h.address} ${hostKeys.get(h.name)!.split(" ").slice(0, 2).join(" ")}\n`,
  );
  writeFileSync(s.knownHostsFile, known.join(""));
  const entries = s.hosts.map((h) => `Host ${h.name}\n  HostName ${h.address}\n`).join("");
  writeFileSync(
    s.sshConfigFile,
    `# test lab ${s.lab}\n${entries}Host *\n  User ${SSH_USER}\n  Port ${SSH_PORT}\n  IdentityFile ${s.identityFile}\n` +
      `  IdentitiesOnly yes\n  UserKnownHostsFile ${s.knownHostsFile}\n  GlobalKnownHostsFile /dev/null\n` +
      "  StrictHostKeyChecking yes\n  BatchMode yes\n  ConnectTimeout 5\n  LogLevel ERROR\n",
  );
}

export interface SshOptions extends RunOptions {
  /** Extra `-o` options (e.g. "ConnectTimeout=2"); they win over the defaults. */
  options?: readonly string[];
}

/** Runs a remote command; an argv array is quoted for the remote shell word by word. */
export function sshRun(
  s: LabState,
  h: HostState,
  command: string | readonly string[],
  opts: SshOptions = {},
): Promise<RunResult> {
  const remote = typeof command === "string" ? command : command.map(shellQuote).join(" ");
  const extra = (opts.options ?? []).flatMap((o) => ["-o", o]);
  return run("ssh", [...extra, ...sshArgs(s), `${SSH_USER}@${h.address}`, "--", remote], opts);
}

export const shellQuote = (word: string): string =>
  /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;

/** Whether something accepts TCP connections on address:port within timeoutMs. */
export function tcpAnswers(address: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: timeoutMs });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once("connect", () => done(true));
    socket.once("timeout", () => done(false));
    socket.once("error", () => done(false));
  });
}

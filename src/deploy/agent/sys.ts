/** Running the host's own tools (systemctl, useradd, apt-get, dpkg-query) from the agent. */
import { spawnSync } from "node:child_process";

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** An error the agent reports as the reason an activation stopped (never a secret's value). */
export class AgentError extends Error {
  override name = "AgentError";
}

const env = {
  PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
  LANG: "C.UTF-8",
  DEBIAN_FRONTEND: "noninteractive",
  SYSTEMD_PAGER: "",
  SYSTEMD_COLORS: "0",
};

export function run(cmd: string, args: readonly string[], input?: string): Result {
  const r = spawnSync(cmd, args, {
    encoding: "utf8",
    env,
    input,
    stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) return { code: 127, stdout: "", stderr: r.error.message };
  return { code: r.status ?? 128, stdout: r.stdout, stderr: r.stderr };
}

const tail = (text: string, lines = 8) => text.trim().split("\n").slice(-lines).join("\n");

/** Runs a command that must succeed; the error says what was being done and the command's own words. */
export function must(what: string, cmd: string, args: readonly string[], input?: string): string {
  const r = run(cmd, args, input);
  if (r.code !== 0) {
    throw new AgentError(
      `${what}: \`${[cmd, ...args].join(" ")}\` exited with ${r.code}: ${tail(r.stderr || r.stdout)}`,
    );
  }
  return r.stdout;
}

export const systemctl = (args: readonly string[]) => run("systemctl", args);

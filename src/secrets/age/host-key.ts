/**
 * A host's age recipient from its SSH ed25519 host key: read from a public key file, or asked
 * from the host itself with `ssh-keyscan` (then converted as ssh-to-age does). The deploy layer
 * will call this with host names from the lab.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { SecretsError } from "../errors.ts";
import { sshPublicKeyToAgeRecipient } from "./ssh-to-age.ts";

export interface HostKeyOptions {
  cwd?: string;
  port?: number | string;
  /** Seconds ssh-keyscan waits for the host (default 5). */
  timeout?: number;
}

/** The `ssh-ed25519 …` lines of a public key file, known_hosts-style file, or a live host. */
export async function sshHostKeyLines(
  target: string,
  options: HostKeyOptions = {},
): Promise<{ lines: string[]; source: string }> {
  const path = resolve(options.cwd ?? ".", target);
  if (existsSync(path) && statSync(path).isFile()) {
    return { lines: readFileSync(path, "utf8").split("\n"), source: target };
  }
  const args = ["-t", "ed25519", "-T", String(options.timeout ?? 5)];
  if (options.port !== undefined) args.push("-p", String(options.port));
  try {
    const { stdout } = await promisify(execFile)("ssh-keyscan", [...args, target], { encoding: "utf8" });
    return { lines: stdout.split("\n"), source: `ssh-keyscan ${target}` };
  } catch (e) {
    throw new SecretsError(
      `not a file, and ssh-keyscan failed: ${(e as Error).message.split("\n")[0]}`,
      target,
    );
  }
}

/** The age recipients (`age1…`) of a host's ed25519 keys. */
export async function hostKeyRecipients(target: string, options: HostKeyOptions = {}): Promise<string[]> {
  const { lines, source } = await sshHostKeyLines(target, options);
  const recipients = new Set<string>();
  for (const line of lines) {
    if (line.trimStart().startsWith("#") || !/\bssh-ed25519\s/.test(line)) continue;
    recipients.add(sshPublicKeyToAgeRecipient(line));
  }
  if (recipients.size === 0) throw new SecretsError("no ssh-ed25519 public key found", source);
  return [...recipients];
}

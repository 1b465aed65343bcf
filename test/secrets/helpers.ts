/** Shared test helpers for the secrets suite: scratch folders, keys, a seeded random source, the CLI. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after } from "node:test";
import type { Io } from "../../src/cli/command.ts";
import { main } from "../../src/cli/main.ts";

/** Files written by the real sops, with their keys and expected plaintexts (see its README). */
export const VECTORS = fileURLToPath(new URL("../fixtures/sops-vectors", import.meta.url));

/** A scratch folder removed when the test file ends. */
export function scratchDir(prefix = "hearth-secrets-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A fresh age key pair made by the real `age-keygen` (independent of hearth). */
export function ageKeygen(
  dir: string,
  name = "key.txt",
): { file: string; recipient: string; identity: string } {
  const file = join(dir, name);
  execFileSync("age-keygen", ["-o", file], { stdio: ["ignore", "ignore", "ignore"] });
  const text = readFileSync(file, "utf8");
  const recipient = /# public key: (age1\S+)/.exec(text)![1]!;
  const identity = /^(AGE-SECRET-KEY-1\S+)$/m.exec(text)![1]!;
  return { file, recipient, identity };
}

/** An ed25519 SSH key pair made by `ssh-keygen`. */
export function sshKeygen(
  dir: string,
  name = "id_ed25519",
  type = "ed25519",
): { file: string; publicKey: string } {
  const file = join(dir, name);
  execFileSync("ssh-keygen", [
    "-q",
    "-t",
    type,
    ...(type === "rsa" ? ["-b", "2048"] : []),
    "-N",
    "",
    "-C",
    "test",
    "-f",
    file,
  ]);
  return { file, publicKey: readFileSync(`${file}.pub`, "utf8").trim() };
}

/** Points every sops key location of this process at `keyFile` only (and a private HOME). */
export function isolateKeys(home: string, keyFile?: string): void {
  for (const v of [
    "SOPS_AGE_KEY",
    "SOPS_AGE_KEY_FILE",
    "SOPS_AGE_KEY_CMD",
    "SOPS_AGE_SSH_PRIVATE_KEY_FILE",
    "SOPS_CONFIG",
    "XDG_CONFIG_HOME",
    "SOPS_EDITOR",
  ]) {
    delete process.env[v];
  }
  process.env.HOME = home;
  if (keyFile) process.env.SOPS_AGE_KEY_FILE = keyFile;
}

/** Mulberry32: a small seeded generator, so property tests are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs `hearth …` in-process through main(), capturing its output. */
export async function hearth(cwd: string, ...args: string[]): Promise<CliResult> {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), cwd, isTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

export function write(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

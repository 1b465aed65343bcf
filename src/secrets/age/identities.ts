/**
 * Finding the age identities that can open a file, from the same places sops looks
 * (`age/keysource.go`): SSH keys (`SOPS_AGE_SSH_PRIVATE_KEY_FILE`, `~/.ssh/id_ed25519`,
 * `~/.ssh/id_rsa`), then `SOPS_AGE_KEY`, `SOPS_AGE_KEY_FILE`, `SOPS_AGE_KEY_CMD` and the user's
 * `sops/age/keys.txt` (`$XDG_CONFIG_HOME`, else `~/.config`). Every identity found is tried on every
 * wrapped key; a source that fails to load is reported only if nothing can decrypt.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";
import { armor, Decrypter, type Identity } from "age-encryption";
import { SecretsError } from "../errors.ts";
import type { AgeIdentity } from "./data-key.ts";
import { isOpenSshPrivateKey, parseOpenSshPrivateKey } from "./openssh.ts";
import { SshEd25519Identity } from "./ssh-ed25519.ts";
import { SshRsaIdentity } from "./ssh-rsa.ts";

export interface LoadedIdentities {
  identities: AgeIdentity[];
  /** Where identities were found. */
  sources: string[];
  /** Sources that exist but could not be read, one message each. */
  errors: string[];
}

export interface IdentityOptions {
  env?: NodeJS.ProcessEnv;
  /** Asks for the passphrase of an age-encrypted identity file (none: such files are an error). */
  passphrase?: (location: string) => Promise<string>;
}

/** Parses an identity file's text: one `AGE-SECRET-KEY-…` per line; blank and `#` lines ignored. */
export function parseIdentityText(text: string, location: string): string[] {
  const out: string[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "" || line.startsWith("#")) return;
    for (const word of line.trim().split(/\s+/)) {
      if (!/^AGE-SECRET-KEY-(PQ-)?1[0-9A-Z]+$/.test(word)) {
        const kind = word.startsWith("AGE-PLUGIN-")
          ? "age plugin identities are not supported"
          : "not an age identity";
        throw new SecretsError(`${location}, line ${i + 1}: ${kind}`);
      }
      out.push(word);
    }
  });
  return out;
}

/** An SSH private key as an age identity (ssh-ed25519 or ssh-rsa stanzas). */
export function sshIdentity(text: string, location: string): Identity {
  if (!isOpenSshPrivateKey(text)) throw new SecretsError(`${location}: not an OpenSSH private key`);
  const key = parseOpenSshPrivateKey(text);
  return key.type === "ssh-ed25519" ? new SshEd25519Identity(key) : new SshRsaIdentity(key);
}

async function identitiesFrom(
  text: string,
  location: string,
  passphrase: IdentityOptions["passphrase"],
): Promise<string[]> {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("age-encryption.org/") || trimmed.startsWith("-----BEGIN AGE ENCRYPTED FILE-----")) {
    if (!passphrase)
      throw new SecretsError(`${location} is passphrase-protected and no passphrase prompt is available`);
    const decrypter = new Decrypter();
    decrypter.addPassphrase(await passphrase(location));
    const file = trimmed.startsWith("-----BEGIN") ? armor.decode(trimmed) : Buffer.from(text, "latin1");
    let plain: string;
    try {
      plain = await decrypter.decrypt(file, "text");
    } catch {
      throw new SecretsError(`${location}: wrong passphrase`);
    }
    return parseIdentityText(plain, location);
  }
  return parseIdentityText(text, location);
}

/** `os.UserConfigDir()` on Linux: `$XDG_CONFIG_HOME` if absolute, else `~/.config`. */
export function userConfigDir(env: NodeJS.ProcessEnv): string {
  const xdg = env.XDG_CONFIG_HOME;
  if (xdg && isAbsolute(xdg)) return xdg;
  return join(env.HOME || homedir(), ".config");
}

export async function loadIdentities(options: IdentityOptions = {}): Promise<LoadedIdentities> {
  const env = options.env ?? process.env;
  const home = env.HOME || homedir();
  const out: LoadedIdentities = { identities: [], sources: [], errors: [] };
  const attempt = async (location: string, load: () => Promise<AgeIdentity[]> | AgeIdentity[]) => {
    try {
      const found = await load();
      out.identities.push(...found);
      if (found.length > 0) out.sources.push(location);
    } catch (e) {
      const message = (e as Error).message;
      out.errors.push(message.startsWith(location) ? message : `${location}: ${message}`);
    }
  };
  const explicitSsh = env.SOPS_AGE_SSH_PRIVATE_KEY_FILE;
  if (explicitSsh)
    await attempt(explicitSsh, () => [sshIdentity(readFileSync(explicitSsh, "utf8"), explicitSsh)]);
  for (const file of [join(home, ".ssh", "id_ed25519"), join(home, ".ssh", "id_rsa")]) {
    if (existsSync(file)) await attempt(file, () => [sshIdentity(readFileSync(file, "utf8"), file)]);
  }
  if (env.SOPS_AGE_KEY !== undefined) {
    await attempt("SOPS_AGE_KEY", () =>
      identitiesFrom(env.SOPS_AGE_KEY!, "SOPS_AGE_KEY", options.passphrase),
    );
  }
  const keyFile = env.SOPS_AGE_KEY_FILE;
  if (keyFile !== undefined) {
    await attempt(keyFile, () => identitiesFrom(readFileSync(keyFile, "utf8"), keyFile, options.passphrase));
  }
  const keyCmd = env.SOPS_AGE_KEY_CMD;
  if (keyCmd) {
    await attempt(`SOPS_AGE_KEY_CMD (${keyCmd})`, () => {
      const output = execFileSync("/bin/sh", ["-c", keyCmd], {
        env,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
      return identitiesFrom(output, "SOPS_AGE_KEY_CMD", options.passphrase);
    });
  }
  const defaultFile = join(userConfigDir(env), "sops", "age", "keys.txt");
  if (existsSync(defaultFile)) {
    await attempt(defaultFile, () =>
      identitiesFrom(readFileSync(defaultFile, "utf8"), defaultFile, options.passphrase),
    );
  }
  return out;
}

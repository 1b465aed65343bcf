/**
 * Recipient strings as sops accepts them: `age1…` (X25519), `age1pq1…` (post-quantum hybrid, handled
 * by age-encryption), `ssh-ed25519 …` and `ssh-rsa …` (age's SSH stanzas). Plugin recipients
 * (`age1<name>1…`) would need the plugin binaries and are refused.
 */
import type { Recipient } from "age-encryption";
import { SecretsError } from "../errors.ts";
import { bech32Decode } from "./bech32.ts";
import { parseSshPublicKey } from "./openssh.ts";
import { SshEd25519Recipient } from "./ssh-ed25519.ts";
import { SshRsaRecipient } from "./ssh-rsa.ts";

/** Splits a comma-separated recipient list (`--age`, `.sops.yaml`), trimming and skipping empties. */
export function splitRecipients(list: string): string[] {
  return list
    .split(",")
    .map((r) => r.trim())
    .filter((r) => r !== "");
}

/** Parses a recipient for age-encryption's Encrypter (a string it understands, or an SSH Recipient). */
export function parseRecipient(recipient: string): string | Recipient {
  const r = recipient.trim();
  if (r.startsWith("ssh-")) {
    try {
      const key = parseSshPublicKey(r);
      return key.type === "ssh-ed25519" ? new SshEd25519Recipient(key) : new SshRsaRecipient(key);
    } catch (e) {
      throw new SecretsError(`invalid SSH recipient '${r}': ${(e as Error).message}`);
    }
  }
  if (r.startsWith("age1pq1")) return r;
  if (r.startsWith("age1") && r.indexOf("1", 4) >= 0) {
    throw new SecretsError(`age plugin recipients are not supported: '${r}'`);
  }
  if (r.startsWith("age1")) {
    try {
      const { hrp, bytes } = bech32Decode(r);
      if (hrp === "age" && bytes.length === 32) return r;
    } catch {
      // reported below
    }
    throw new SecretsError(`invalid age recipient '${r}'`);
  }
  throw new SecretsError(`unknown recipient type '${r}' (expected age1…, ssh-ed25519 … or ssh-rsa …)`);
}

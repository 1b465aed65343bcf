/**
 * What an encrypted file holds, read without decrypting anything: its key paths and its
 * recipients (what `hearth check` needs, as sops-nix checks its files).
 */
import { resolve } from "node:path";
import { sshPublicKeyToAgeRecipient } from "./age/ssh-to-age.ts";
import { cachedForFile } from "./file-cache.ts";
import type { KeyPath } from "./key-path.ts";
import { readEncryptedFile, type SecretsOptions } from "./open.ts";
import type { EncryptedFile } from "./sops-file.ts";
import { Branch, List, type TreeNode } from "./tree.ts";

/** The parsed file, shared by the questions asked about it (they only read it). */
function readForInspection(path: string, options: SecretsOptions): EncryptedFile {
  const file = resolve(options.cwd ?? ".", path);
  const key = `inspect:${options.format ?? ""}:${options.configPath ?? ""}`;
  return cachedForFile(file, key, () => readEncryptedFile(path, options).parsed);
}

/**
 * Every key path in an encrypted file, read without decrypting anything (what `hearth check`
 * uses to see that a secret a host needs exists, as sops-nix does). List positions are numbers.
 */
export function listKeyPaths(path: string, options: SecretsOptions = {}): KeyPath[] {
  const parsed = readForInspection(path, options);
  const out: KeyPath[] = [];
  const visit = (node: TreeNode, at: KeyPath) => {
    if (node instanceof Branch) for (const e of node.entries()) visit(e.value, [...at, e.key]);
    else if (node instanceof List) {
      for (const [i, v] of node.values().entries()) visit(v, [...at, i]);
    } else out.push(at);
  };
  for (const doc of parsed.documents) visit(doc, []);
  return out;
}

export interface RecipientInfo {
  /** age recipients per key group. */
  groups: string[][];
  /** Groups needed to decrypt (1 with a single group). */
  threshold: number;
  /** Master keys of other kinds (pgp, kms, …) the file also has. */
  otherKeys: string[];
}

/** A file's recipients, read without decrypting (so `hearth check` can see a host is one). */
export function listRecipients(path: string, options: SecretsOptions = {}): RecipientInfo {
  const { metadata } = readForInspection(path, options);
  const groups = metadata.keyGroups;
  return {
    groups: groups.map((g) => g.age.map((k) => k.recipient)),
    threshold: groups.length > 1 ? metadata.shamirThreshold || groups.length : 1,
    otherKeys: groups.flatMap((g) => g.foreign.map((f) => f.kind)),
  };
}

/** A recipient in comparable form: SSH keys without their comment. */
function normalRecipient(recipient: string): string {
  const fields = recipient.trim().split(/\s+/);
  return fields[0]?.startsWith("ssh-") ? fields.slice(0, 2).join(" ") : recipient.trim();
}

/**
 * Whether `key` can open the file alone: an `age1…` recipient, or an SSH public key line (which
 * matches both as an `ssh-ed25519` recipient and as its ssh-to-age `age1…` form). With several
 * key groups a single key is never enough, so this is false.
 */
// The conversion does a square root modulo 2²⁵⁵−19 in BigInts (milliseconds); check asks per secret.
const converted = new Map<string, string>();
const ageRecipientOf = (sshKey: string): string => {
  let r = converted.get(sshKey);
  if (r === undefined) converted.set(sshKey, (r = sshPublicKeyToAgeRecipient(sshKey)));
  return r;
};

export function hasRecipient(info: RecipientInfo, key: string): boolean {
  if (info.groups.length !== 1) return false;
  const wanted = new Set([normalRecipient(key)]);
  if (key.trim().startsWith("ssh-ed25519")) {
    try {
      wanted.add(ageRecipientOf(key));
    } catch {
      // not a valid key: only the literal comparison applies
    }
  }
  return info.groups[0]!.some((r) => wanted.has(normalRecipient(r)));
}

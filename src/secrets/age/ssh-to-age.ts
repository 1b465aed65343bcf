/**
 * ssh-to-age (Mic92): turning an Ed25519 SSH key into an ordinary age X25519 key pair, so a host's
 * SSH host key can decrypt secrets as a plain `age1…` recipient (how sops-nix uses host keys).
 * This is a different stanza type from `ssh-ed25519` recipients: files for one do not open with the other.
 */
import { createHash } from "node:crypto";
import { SecretsError } from "../errors.ts";
import { bech32Encode } from "./bech32.ts";
import { ed25519PublicToX25519 } from "./curve25519.ts";
import { isOpenSshPrivateKey, parseOpenSshPrivateKey, parseSshPublicKey } from "./openssh.ts";

/** `age1…` for an `ssh-ed25519 AAAA…` public key line. */
export function sshPublicKeyToAgeRecipient(line: string): string {
  const key = parseSshPublicKey(line);
  if (!key.ed25519)
    throw new SecretsError(`only ssh-ed25519 keys convert to age recipients, not ${key.type}`);
  return bech32Encode("age", ed25519PublicToX25519(key.ed25519));
}

/** `AGE-SECRET-KEY-1…` for an unencrypted OpenSSH ed25519 private key. */
export function sshPrivateKeyToAgeIdentity(text: string): string {
  if (!isOpenSshPrivateKey(text)) throw new SecretsError("not an OpenSSH private key");
  const key = parseOpenSshPrivateKey(text);
  if (!key.ed25519Seed)
    throw new SecretsError(`only ssh-ed25519 keys convert to age identities, not ${key.type}`);
  // ssh-to-age does not clamp the scalar (X25519 clamps it when used).
  const scalar = createHash("sha512").update(key.ed25519Seed).digest().subarray(0, 32);
  return bech32Encode("age-secret-key-", scalar).toUpperCase();
}

/**
 * age's native `ssh-ed25519` recipient type (filippo.io/age/agessh), which sops uses for
 * `ssh-ed25519 AAAA…` recipients. age-encryption has no SSH support, so this implements its
 * Recipient/Identity interfaces: the Ed25519 key is mapped to X25519, the shared secret is
 * "tweaked" by a scalar derived from the SSH public key, and the file key is wrapped with
 * ChaCha20-Poly1305 under an HKDF-SHA256 key.
 */
import { createCipheriv, createDecipheriv, createHash, generateKeyPairSync, hkdfSync } from "node:crypto";
import { type Identity, type Recipient, Stanza } from "age-encryption";
import { SecretsError } from "../errors.ts";
import { ed25519PublicToX25519, x25519, x25519PublicOf } from "./curve25519.ts";
import type { SshPrivateKey, SshPublicKey } from "./openssh.ts";

const LABEL = "age-encryption.org/v1/ssh-ed25519";

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64").replace(/=+$/, "");

function hkdf(ikm: Uint8Array, salt: Uint8Array): Uint8Array {
  return new Uint8Array(hkdfSync("sha256", ikm, salt, LABEL, 32));
}

/** The stanza tag: the first 4 bytes of SHA-256 of the SSH wire public key. */
function tagOf(wire: Uint8Array): string {
  return b64(createHash("sha256").update(wire).digest().subarray(0, 4));
}

function tweakedSecret(shared: Uint8Array, wire: Uint8Array): Uint8Array {
  const tweak = hkdf(new Uint8Array(0), wire);
  return x25519(tweak, shared);
}

function chacha(key: Uint8Array, data: Uint8Array, decrypt: boolean): Uint8Array {
  const nonce = Buffer.alloc(12);
  if (!decrypt) {
    const c = createCipheriv("chacha20-poly1305", key, nonce, { authTagLength: 16 });
    return Buffer.concat([c.update(data), c.final(), c.getAuthTag()]);
  }
  if (data.length !== 32) throw new SecretsError("malformed ssh-ed25519 stanza body");
  const d = createDecipheriv("chacha20-poly1305", key, nonce, { authTagLength: 16 });
  d.setAuthTag(data.subarray(16));
  return Buffer.concat([d.update(data.subarray(0, 16)), d.final()]);
}

export class SshEd25519Recipient implements Recipient {
  private readonly theirX25519: Uint8Array;

  constructor(private readonly key: SshPublicKey) {
    if (!key.ed25519) throw new SecretsError("not an ssh-ed25519 key");
    this.theirX25519 = ed25519PublicToX25519(key.ed25519);
  }

  wrapFileKey(fileKey: Uint8Array): Stanza[] {
    const { privateKey } = generateKeyPairSync("x25519");
    const ourPublic = x25519PublicOf(privateKey);
    const shared = tweakedSecret(x25519(privateKey, this.theirX25519), this.key.wire);
    const wrapKey = hkdf(shared, Buffer.concat([ourPublic, this.theirX25519]));
    return [
      new Stanza(["ssh-ed25519", tagOf(this.key.wire), b64(ourPublic)], chacha(wrapKey, fileKey, false)),
    ];
  }
}

export class SshEd25519Identity implements Identity {
  private readonly scalar: Uint8Array;
  private readonly ourX25519: Uint8Array;
  private readonly tag: string;

  constructor(private readonly key: SshPrivateKey) {
    if (!key.ed25519Seed) throw new SecretsError("not an ssh-ed25519 private key");
    // The X25519 scalar of an Ed25519 key is the first half of SHA-512(seed); X25519 clamps it.
    this.scalar = new Uint8Array(createHash("sha512").update(key.ed25519Seed).digest().subarray(0, 32));
    this.ourX25519 = ed25519PublicToX25519(key.publicKey.ed25519!);
    this.tag = tagOf(key.publicKey.wire);
  }

  unwrapFileKey(stanzas: Stanza[]): Uint8Array | null {
    for (const s of stanzas) {
      if (s.args[0] !== "ssh-ed25519" || s.args[1] !== this.tag || s.args.length !== 3) continue;
      const share = Buffer.from(s.args[2]!, "base64");
      if (share.length !== 32) throw new SecretsError("malformed ssh-ed25519 stanza");
      const shared = tweakedSecret(x25519(this.scalar, share), this.key.publicKey.wire);
      const wrapKey = hkdf(shared, Buffer.concat([share, this.ourX25519]));
      try {
        return chacha(wrapKey, s.body, true);
      } catch {
        throw new SecretsError("ssh-ed25519 stanza matches this key but does not decrypt");
      }
    }
    return null;
  }
}

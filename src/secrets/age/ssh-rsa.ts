/**
 * age's native `ssh-rsa` recipient type (filippo.io/age/agessh): the file key is encrypted with
 * RSA-OAEP-SHA256 under the label `age-encryption.org/v1/ssh-rsa`. node:crypto does the RSA.
 */
import {
  constants,
  createHash,
  createPrivateKey,
  createPublicKey,
  type KeyObject,
  privateDecrypt,
  publicEncrypt,
} from "node:crypto";
import { type Identity, type Recipient, Stanza } from "age-encryption";
import { SecretsError } from "../errors.ts";
import type { SshPrivateKey, SshPublicKey } from "./openssh.ts";

const LABEL = Buffer.from("age-encryption.org/v1/ssh-rsa");

const b64url = (b: Uint8Array) => Buffer.from(b).toString("base64url");
const tagOf = (wire: Uint8Array) =>
  createHash("sha256").update(wire).digest().subarray(0, 4).toString("base64").replace(/=+$/, "");

function toBigInt(b: Uint8Array): bigint {
  return b.length === 0 ? 0n : BigInt(`0x${Buffer.from(b).toString("hex")}`);
}

function toBytes(n: bigint): Buffer {
  const hex = n.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, "hex");
}

export class SshRsaRecipient implements Recipient {
  private readonly publicKey: KeyObject;

  constructor(private readonly key: SshPublicKey) {
    if (!key.rsa) throw new SecretsError("not an ssh-rsa key");
    this.publicKey = createPublicKey({
      key: { kty: "RSA", n: b64url(key.rsa.n), e: b64url(key.rsa.e) },
      format: "jwk",
    });
  }

  wrapFileKey(fileKey: Uint8Array): Stanza[] {
    const body = publicEncrypt(
      {
        key: this.publicKey,
        padding: constants.RSA_PKCS1_OAEP_PADDING,
        oaepHash: "sha256",
        oaepLabel: LABEL,
      },
      fileKey,
    );
    return [new Stanza(["ssh-rsa", tagOf(this.key.wire)], new Uint8Array(body))];
  }
}

export class SshRsaIdentity implements Identity {
  private readonly privateKey: KeyObject;
  private readonly tag: string;

  constructor(key: SshPrivateKey) {
    const rsa = key.rsa;
    if (!rsa) throw new SecretsError("not an ssh-rsa private key");
    const d = toBigInt(rsa.d);
    this.privateKey = createPrivateKey({
      key: {
        kty: "RSA",
        n: b64url(rsa.n),
        e: b64url(rsa.e),
        d: b64url(rsa.d),
        p: b64url(rsa.p),
        q: b64url(rsa.q),
        dp: b64url(toBytes(d % (toBigInt(rsa.p) - 1n))),
        dq: b64url(toBytes(d % (toBigInt(rsa.q) - 1n))),
        qi: b64url(rsa.iqmp),
      },
      format: "jwk",
    });
    this.tag = tagOf(key.publicKey.wire);
  }

  unwrapFileKey(stanzas: Stanza[]): Uint8Array | null {
    for (const s of stanzas) {
      if (s.args[0] !== "ssh-rsa" || s.args[1] !== this.tag || s.args.length !== 2) continue;
      try {
        return new Uint8Array(
          privateDecrypt(
            {
              key: this.privateKey,
              padding: constants.RSA_PKCS1_OAEP_PADDING,
              oaepHash: "sha256",
              oaepLabel: LABEL,
            },
            s.body,
          ),
        );
      } catch {
        throw new SecretsError("ssh-rsa stanza matches this key but does not decrypt");
      }
    }
    return null;
  }
}

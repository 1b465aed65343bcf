/**
 * Reading SSH keys: public key lines (`ssh-ed25519 AAAA… comment`, also as found in known_hosts or
 * ssh-keyscan output) and unencrypted OpenSSH private keys (`-----BEGIN OPENSSH PRIVATE KEY-----`,
 * format described in OpenSSH's PROTOCOL.key).
 */
import { SecretsError } from "../errors.ts";

class WireReader {
  private pos = 0;

  constructor(
    private readonly buf: Buffer,
    private readonly what: string,
  ) {}

  uint32(): number {
    if (this.pos + 4 > this.buf.length) throw new SecretsError(`truncated ${this.what}`);
    const v = this.buf.readUInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  bytes(): Buffer {
    const length = this.uint32();
    if (this.pos + length > this.buf.length) throw new SecretsError(`truncated ${this.what}`);
    const out = this.buf.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  string(): string {
    return this.bytes().toString("latin1");
  }

  /** An SSH mpint as an unsigned big-endian byte string (leading zero dropped). */
  mpint(): Buffer {
    const b = this.bytes();
    return b[0] === 0 ? b.subarray(1) : b;
  }
}

export interface SshPublicKey {
  type: "ssh-ed25519" | "ssh-rsa";
  /** The SSH wire encoding of the key (what the base64 field holds). */
  wire: Buffer;
  /** Ed25519: the 32-byte key. */
  ed25519?: Buffer;
  /** RSA: exponent and modulus, big-endian. */
  rsa?: { e: Buffer; n: Buffer };
  comment: string;
}

export function parseSshPublicKeyWire(wire: Buffer, comment = ""): SshPublicKey {
  const r = new WireReader(wire, "SSH public key");
  const type = r.string();
  if (type === "ssh-ed25519") {
    const key = r.bytes();
    if (key.length !== 32) throw new SecretsError("malformed ssh-ed25519 public key");
    return { type, wire, ed25519: Buffer.from(key), comment };
  }
  if (type === "ssh-rsa") {
    const e = r.mpint();
    const n = r.mpint();
    return { type, wire, rsa: { e: Buffer.from(e), n: Buffer.from(n) }, comment };
  }
  throw new SecretsError(`unsupported SSH key type '${type}' (hearth supports ssh-ed25519 and ssh-rsa)`);
}

/**
 * Parses the first SSH public key found on a line: `type base64 [comment]`, optionally preceded by
 * host names (known_hosts, ssh-keyscan) or options (authorized_keys).
 */
export function parseSshPublicKey(line: string): SshPublicKey {
  const fields = line.trim().split(/\s+/);
  const at = fields.findIndex((f, i) => /^ssh-(ed25519|rsa)$/.test(f) && fields[i + 1] !== undefined);
  if (at < 0) throw new SecretsError("no ssh-ed25519 or ssh-rsa public key found");
  const blob = fields[at + 1]!;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(blob)) throw new SecretsError("malformed SSH public key");
  const key = parseSshPublicKeyWire(Buffer.from(blob, "base64"), fields.slice(at + 2).join(" "));
  if (key.type !== fields[at]) throw new SecretsError("SSH public key type does not match its content");
  return key;
}

export interface SshPrivateKey {
  type: "ssh-ed25519" | "ssh-rsa";
  publicKey: SshPublicKey;
  /** Ed25519: the 32-byte seed. */
  ed25519Seed?: Buffer;
  /** RSA: the key components, big-endian. */
  rsa?: { n: Buffer; e: Buffer; d: Buffer; iqmp: Buffer; p: Buffer; q: Buffer };
}

const MAGIC = Buffer.from("openssh-key-v1\0", "latin1");

export function isOpenSshPrivateKey(text: string): boolean {
  return text.includes("-----BEGIN OPENSSH PRIVATE KEY-----");
}

/** Parses an unencrypted OpenSSH private key file holding one ed25519 or RSA key. */
export function parseOpenSshPrivateKey(text: string): SshPrivateKey {
  const m = /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]*?)-----END OPENSSH PRIVATE KEY-----/.exec(text);
  if (!m) throw new SecretsError("not an OpenSSH private key");
  const raw = Buffer.from(m[1]!.replace(/\s+/g, ""), "base64");
  if (!raw.subarray(0, MAGIC.length).equals(MAGIC)) throw new SecretsError("not an OpenSSH private key");
  const r = new WireReader(raw.subarray(MAGIC.length), "OpenSSH private key");
  const cipher = r.string();
  r.string(); // kdf name
  r.bytes(); // kdf options
  if (cipher !== "none") {
    throw new SecretsError("the SSH private key is protected by a passphrase, which hearth cannot use");
  }
  if (r.uint32() !== 1)
    throw new SecretsError("OpenSSH private key files with several keys are not supported");
  const publicKey = parseSshPublicKeyWire(Buffer.from(r.bytes()));
  const p = new WireReader(Buffer.from(r.bytes()), "OpenSSH private key");
  const [check1, check2] = [p.uint32(), p.uint32()];
  if (check1 !== check2) throw new SecretsError("corrupt OpenSSH private key (check bytes differ)");
  const type = p.string();
  if (type !== publicKey.type) throw new SecretsError("corrupt OpenSSH private key (key types differ)");
  if (type === "ssh-ed25519") {
    p.bytes(); // public key
    const secret = p.bytes(); // seed || public key
    if (secret.length !== 64) throw new SecretsError("malformed ssh-ed25519 private key");
    return { type, publicKey, ed25519Seed: Buffer.from(secret.subarray(0, 32)) };
  }
  const n = p.mpint();
  const e = p.mpint();
  const d = p.mpint();
  const iqmp = p.mpint();
  const pp = p.mpint();
  const q = p.mpint();
  return { type: "ssh-rsa", publicKey, rsa: { n, e, d, iqmp, p: pp, q } };
}

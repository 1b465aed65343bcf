/**
 * The few Curve25519 operations age's SSH support needs, on top of node:crypto's X25519:
 * mapping an Ed25519 public key (Edwards y) to its X25519 form (Montgomery u = (1+y)/(1-y)),
 * after checking that it is a valid point, as filippo.io/edwards25519 does.
 */
import { createPrivateKey, createPublicKey, diffieHellman, type KeyObject } from "node:crypto";
import { SecretsError } from "../errors.ts";

const P = 2n ** 255n - 19n;
const D = (-121665n * modInverse(121666n)) % P;

function mod(a: bigint): bigint {
  const r = a % P;
  return r < 0n ? r + P : r;
}

function modPow(base: bigint, exp: bigint): bigint {
  let result = 1n;
  let b = mod(base);
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % P;
    b = (b * b) % P;
    e >>= 1n;
  }
  return result;
}

function modInverse(a: bigint): bigint {
  return modPow(a, P - 2n);
}

function fromLittleEndian(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
  return n;
}

function toLittleEndian(n: bigint): Uint8Array {
  const out = new Uint8Array(32);
  let v = n;
  for (let i = 0; i < 32; i++) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** Whether some x satisfies the curve equation for this y (i.e. the encoding decompresses). */
function isOnCurve(y: bigint, xSign: number): boolean {
  const y2 = (y * y) % P;
  const u = mod(y2 - 1n);
  const v = mod(D * y2 + 1n);
  const x2 = (u * modInverse(v)) % P;
  if (x2 === 0n) return xSign === 0;
  return modPow(x2, (P - 1n) / 2n) === 1n; // Euler's criterion: x² has a square root
}

/** The X25519 (Montgomery) public key of an Ed25519 public key. */
export function ed25519PublicToX25519(publicKey: Uint8Array): Uint8Array {
  if (publicKey.length !== 32) throw new SecretsError("an Ed25519 public key is 32 bytes");
  const xSign = publicKey[31]! >> 7;
  const cleared = new Uint8Array(publicKey);
  cleared[31]! &= 0x7f;
  const y = fromLittleEndian(cleared);
  if (y >= P || !isOnCurve(y, xSign)) throw new SecretsError("invalid Ed25519 public key");
  const u = mod((1n + y) * modInverse(mod(1n - y)));
  return toLittleEndian(u);
}

const PKCS8_X25519 = Buffer.from("302e020100300506032b656e04220420", "hex");
const SPKI_X25519 = Buffer.from("302a300506032b656e032100", "hex");

export function x25519PrivateKey(scalar: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_X25519, scalar]), format: "der", type: "pkcs8" });
}

export function x25519PublicKey(u: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_X25519, u]), format: "der", type: "spki" });
}

export function x25519PublicOf(privateKey: KeyObject): Uint8Array {
  const der = createPublicKey(privateKey).export({ format: "der", type: "spki" });
  return new Uint8Array(der.subarray(SPKI_X25519.length));
}

/** X25519(scalar, point); throws on a low-order point (all-zero shared secret). */
export function x25519(scalar: Uint8Array | KeyObject, point: Uint8Array): Uint8Array {
  const privateKey = scalar instanceof Uint8Array ? x25519PrivateKey(scalar) : scalar;
  try {
    return new Uint8Array(diffieHellman({ privateKey, publicKey: x25519PublicKey(point) }));
  } catch {
    throw new SecretsError("X25519 produced an all-zero shared secret (invalid public key)");
  }
}

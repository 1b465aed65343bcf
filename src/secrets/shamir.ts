/**
 * Shamir secret sharing over GF(2^8) with the AES polynomial, as sops uses it (HashiCorp Vault's
 * scheme) for files with several key groups: each share is the y-bytes of one polynomial per
 * secret byte, followed by the share's x-coordinate (1..255).
 */
import { randomBytes, randomInt } from "node:crypto";
import { SecretsError } from "./errors.ts";

function mul(a: number, b: number): number {
  let result = 0;
  let x = a;
  let y = b;
  while (y > 0) {
    if (y & 1) result ^= x;
    x = x & 0x80 ? ((x << 1) ^ 0x11b) & 0xff : x << 1;
    y >>= 1;
  }
  return result;
}

function inverse(a: number): number {
  if (a === 0) throw new SecretsError("Shamir: division by zero");
  let result = 1;
  for (let i = 0; i < 254; i++) result = mul(result, a); // a^254 = a^-1 in GF(2^8)
  return result;
}

/** Splits `secret` into `parts` shares of which any `threshold` rebuild it. */
export function shamirSplit(secret: Uint8Array, parts: number, threshold: number): Uint8Array[] {
  if (parts < 2 || parts > 255 || threshold < 2 || threshold > parts) {
    throw new SecretsError(`Shamir: cannot split into ${parts} parts with threshold ${threshold}`);
  }
  // distinct random x-coordinates in 1..255
  const xs = Array.from({ length: 255 }, (_, i) => i + 1);
  for (let i = xs.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  const shares = Array.from({ length: parts }, (_, p) => {
    const share = new Uint8Array(secret.length + 1);
    share[secret.length] = xs[p]!;
    return share;
  });
  for (let b = 0; b < secret.length; b++) {
    const coefficients = [secret[b]!, ...randomBytes(threshold - 1)];
    for (const share of shares) {
      const x = share[secret.length]!;
      let y = 0;
      for (let c = coefficients.length - 1; c >= 0; c--) y = mul(y, x) ^ coefficients[c]!; // Horner
      share[b] = y;
    }
  }
  return shares;
}

/** Rebuilds the secret from at least `threshold` shares (Lagrange interpolation at x = 0). */
export function shamirCombine(shares: readonly Uint8Array[]): Uint8Array {
  if (shares.length < 2) throw new SecretsError("Shamir: at least two shares are needed");
  const length = shares[0]!.length;
  if (length < 2 || shares.some((s) => s.length !== length))
    throw new SecretsError("Shamir: malformed shares");
  const xs = shares.map((s) => s[length - 1]!);
  if (new Set(xs).size !== xs.length) throw new SecretsError("Shamir: duplicate shares");
  const secret = new Uint8Array(length - 1);
  for (let b = 0; b < length - 1; b++) {
    let value = 0;
    shares.forEach((share, i) => {
      let basis = 1;
      xs.forEach((xj, j) => {
        if (j !== i) basis = mul(basis, mul(xj, inverse(xs[i]! ^ xj)));
      });
      value ^= mul(share[b]!, basis);
    });
    secret[b] = value;
  }
  return secret;
}

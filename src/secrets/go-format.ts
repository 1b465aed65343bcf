/**
 * Go's text forms of numbers, booleans and times, as sops writes and reads them. The MAC hashes
 * these exact bytes, so they must match Go byte for byte (JavaScript's own forms differ: `1e+21`
 * vs Go's `1000000000000000000000`, `true` vs sops' `True`).
 */
import { SecretsError } from "./errors.ts";

/** Go `strconv.FormatFloat(f, 'f', -1, 64)`: shortest round-trip digits, never exponent form. */
export function formatGoFloat(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (n === Number.POSITIVE_INFINITY) return "+Inf";
  if (n === Number.NEGATIVE_INFINITY) return "-Inf";
  const sign = n < 0 || Object.is(n, -0) ? "-" : "";
  const text = String(Math.abs(n)); // shortest round-trip digits (ECMAScript Number::toString)
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return sign + text;
  const digits = m[1]! + (m[2] ?? "");
  const point = 1 + Number(m[3]); // digits before the decimal point
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Go `strconv.ParseFloat(s, 64)` for decimal input; an out-of-range value is an error, as in Go. */
export function parseGoFloat(text: string): number {
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(text);
  if (special) {
    if (special[2]!.toLowerCase() === "nan") return Number.NaN;
    return special[1] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
    throw new SecretsError(`invalid float value '${text}'`);
  }
  const n = Number(text);
  if (!Number.isFinite(n)) throw new SecretsError(`float value '${text}' out of range`);
  return n;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Go `strconv.Atoi` on a 64-bit machine. */
export function parseGoInt(text: string): bigint {
  if (!/^[+-]?\d+$/.test(text)) throw new SecretsError(`invalid integer value '${text}'`);
  const n = BigInt(text);
  if (n < INT64_MIN || n > INT64_MAX) throw new SecretsError(`integer value '${text}' out of range`);
  return n;
}

export function fitsInt64(n: bigint): boolean {
  return n >= INT64_MIN && n <= INT64_MAX;
}

/** Go `strconv.ParseBool`. */
export function parseGoBool(text: string): boolean {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(text)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(text)) return false;
  throw new SecretsError(`invalid boolean value '${text}'`);
}

/** sops writes booleans capitalised (its Python heritage). */
export function formatSopsBool(b: boolean): string {
  return b ? "True" : "False";
}

const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2}:\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * `time.Parse(time.RFC3339, s)` followed by `Format(time.RFC3339)`: the form sops uses as the
 * MAC's additional data (fraction dropped, a zero offset written `Z`).
 */
export function normalizeRfc3339(text: string): string {
  const m = RFC3339.exec(text);
  if (!m) throw new SecretsError(`invalid lastmodified timestamp '${text}' (expected RFC 3339)`);
  const zone = m[4]!;
  const zero = zone === "Z" || zone === "z" || /^[+-]00:00$/.test(zone);
  return `${m[1]}T${m[2]}${zero ? "Z" : zone}`;
}

/** The current time as sops writes `lastmodified`: UTC, seconds precision. */
export function nowRfc3339(now: Date = new Date()): string {
  return `${now.toISOString().slice(0, 19)}Z`;
}

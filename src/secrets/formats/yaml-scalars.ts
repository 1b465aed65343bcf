/**
 * YAML scalar typing as go-yaml v3 (the parser inside sops) does it, not as YAML 1.2 libraries do:
 * `017` is octal, `1_000` an int, `yes` a string, a date a string. The type decides the sops
 * `type:` and the MAC bytes, so hearth must agree with Go on every plain scalar it reads, and must
 * quote every string Go would read as something else.
 */
import { parseGoFloat } from "../go-format.ts";

export type Resolved =
  | { kind: "str" }
  | { kind: "null" }
  | { kind: "bool"; value: boolean }
  | { kind: "int"; value: bigint }
  | { kind: "float"; value: number }
  | { kind: "timestamp" };

const FIXED: Record<string, Resolved> = {};
for (const s of ["true", "True", "TRUE"]) FIXED[s] = { kind: "bool", value: true };
for (const s of ["false", "False", "FALSE"]) FIXED[s] = { kind: "bool", value: false };
for (const s of ["", "~", "null", "Null", "NULL"]) FIXED[s] = { kind: "null" };
for (const s of [".nan", ".NaN", ".NAN"]) FIXED[s] = { kind: "float", value: Number.NaN };
for (const s of [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"]) {
  FIXED[s] = { kind: "float", value: Number.POSITIVE_INFINITY };
}
for (const s of ["-.inf", "-.Inf", "-.INF"]) FIXED[s] = { kind: "float", value: Number.NEGATIVE_INFINITY };

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** Go `strconv.ParseInt(s, 0, 64)` falling back to ParseUint (underscores already removed). */
function parseGoIntBase0(text: string): bigint | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (!m) return undefined;
  const body = m[2]!;
  let magnitude: bigint;
  if (/^0[xXoObB]/.test(body)) magnitude = BigInt(`0${body[1]!.toLowerCase()}${body.slice(2)}`);
  else if (body.length > 1 && body[0] === "0") magnitude = BigInt(`0o${body.slice(1)}`);
  else magnitude = BigInt(body);
  const n = m[1] === "-" ? -magnitude : magnitude;
  if (n >= INT64_MIN && n <= INT64_MAX) return n;
  if (m[1] !== "-" && n <= UINT64_MAX) return n;
  return undefined;
}

/** go-yaml's implicit timestamp check (only formats starting `YYYY-`). */
function looksLikeTimestamp(text: string): boolean {
  if (!/^\d{4}-/.test(text)) return false;
  return (
    /^\d{4}-\d{1,2}-\d{1,2}$/.test(text) ||
    /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{1,2}:\d{1,2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/.test(text) ||
    /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{1,2}:\d{1,2}(\.\d{1,9})?$/.test(text)
  );
}

/** The type go-yaml v3 gives an untagged plain scalar (`resolve("", in)`). */
export function resolvePlain(text: string): Resolved {
  const fixed = FIXED[text];
  if (fixed) return fixed;
  const first = text[0] ?? "";
  if (first === ".") {
    try {
      return { kind: "float", value: parseGoFloat(text) };
    } catch {
      return { kind: "str" };
    }
  }
  if (!/[0-9+-]/.test(first)) return { kind: "str" };
  if (looksLikeTimestamp(text)) return { kind: "timestamp" };
  const plain = text.replaceAll("_", "");
  const int = parseGoIntBase0(plain);
  if (int !== undefined) return { kind: "int", value: int };
  if (YAML_STYLE_FLOAT.test(plain)) {
    const n = Number(plain);
    if (Number.isFinite(n)) return { kind: "float", value: n };
  }
  const binary = /^(-?)0b([01]+)$/.exec(plain);
  if (binary) return { kind: "int", value: BigInt(`${binary[1]}${BigInt(`0b${binary[2]}`)}`) };
  const octal = /^(-?)0o([0-7]+)$/.exec(plain);
  if (octal) return { kind: "int", value: BigInt(`${octal[1]}${BigInt(`0o${octal[2]}`)}`) };
  return { kind: "str" };
}

/** Whether a string written as a plain scalar would be read back by go-yaml as a string. */
export function isPlainSafeString(text: string): boolean {
  const r = resolvePlain(text);
  return r.kind === "str";
}

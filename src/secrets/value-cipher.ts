/**
 * One encrypted value: `ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]` (sops `aes/cipher.go`).
 * AES-256-GCM with a 32-byte IV and the value's key path as additional data; the tag is stored
 * apart from the ciphertext; all three in standard padded base64.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { SecretsError } from "./errors.ts";
import {
  fitsInt64,
  formatGoFloat,
  formatSopsBool,
  parseGoBool,
  parseGoFloat,
  parseGoInt,
} from "./go-format.ts";
import { Comment, type Scalar, Timestamp } from "./tree.ts";

export type SopsType = "str" | "int" | "float" | "bool" | "bytes" | "time" | "comment";

const IV_BYTES = 32;
const TAG_BYTES = 16;
const ENC_PATTERN = /^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function isEncryptedValue(value: unknown): value is string {
  return typeof value === "string" && ENC_PATTERN.test(value);
}

/** The sops type and the exact plaintext bytes of a leaf (also what the MAC hashes). */
export function plaintextOf(value: Exclude<Scalar, null> | Comment): { type: SopsType; bytes: Buffer } {
  if (value instanceof Comment) return { type: "comment", bytes: Buffer.from(value.text, "utf8") };
  if (value instanceof Timestamp) return { type: "time", bytes: Buffer.from(value.text, "utf8") };
  if (value instanceof Uint8Array) return { type: "str", bytes: Buffer.from(value) };
  switch (typeof value) {
    case "string":
      return { type: "str", bytes: Buffer.from(value, "utf8") };
    case "bigint":
      // Go sops reads ints with strconv.Atoi: anything wider than 64 bits would not open there.
      if (!fitsInt64(value))
        throw new SecretsError(`the integer ${value} does not fit in 64 bits; quote it to keep it as text`);
      return { type: "int", bytes: Buffer.from(value.toString(), "utf8") };
    case "number":
      return { type: "float", bytes: Buffer.from(formatGoFloat(value), "utf8") };
    case "boolean":
      return { type: "bool", bytes: Buffer.from(formatSopsBool(value), "utf8") };
  }
}

function isEmpty(value: Exclude<Scalar, null> | Comment): boolean {
  if (value instanceof Comment) return value.text === "";
  if (value instanceof Uint8Array) return value.length === 0;
  return value === "";
}

/**
 * Remembers the IV of every value decrypted, keyed by (path, type, plaintext), so re-saving an
 * unchanged value gives byte-identical ciphertext (small git diffs), as sops does. An IV is only
 * ever reused for the very same plaintext under the same key and path.
 */
export class IvStash {
  private readonly ivs = new Map<string, Buffer>();

  private static key(aad: string, type: SopsType, bytes: Buffer): string {
    return `${aad}\u0000${type}\u0000${bytes.toString("base64")}`;
  }

  remember(aad: string, type: SopsType, bytes: Buffer, iv: Buffer): void {
    this.ivs.set(IvStash.key(aad, type, bytes), iv);
  }

  lookup(aad: string, type: SopsType, bytes: Buffer): Buffer | undefined {
    return this.ivs.get(IvStash.key(aad, type, bytes));
  }
}

export function encryptValue(
  value: Exclude<Scalar, null> | Comment,
  key: Uint8Array,
  aad: string,
  stash?: IvStash,
): string {
  if (isEmpty(value)) return "";
  const { type, bytes } = plaintextOf(value);
  const iv = stash?.lookup(aad, type, bytes) ?? randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const data = Buffer.concat([cipher.update(bytes), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `ENC[AES256_GCM,data:${data.toString("base64")},iv:${iv.toString("base64")},tag:${tag.toString("base64")},type:${type}]`;
}

export interface DecryptedValue {
  type: SopsType;
  /** The raw plaintext. */
  bytes: Buffer;
  iv: Buffer;
}

/** Parses an `ENC[...]` string without decrypting it (for listing types and checking format). */
export function parseEncryptedValue(text: string): { data: Buffer; iv: Buffer; tag: Buffer; type: string } {
  const m = ENC_PATTERN.exec(text);
  if (!m) throw new SecretsError(`value is not in sops' encrypted format: ${preview(text)}`);
  const [data, iv, tag] = [m[1]!, m[2]!, m[3]!].map((field, i) => {
    if (!BASE64.test(field)) {
      throw new SecretsError(`malformed base64 in the ${["data", "iv", "tag"][i]} of ${preview(text)}`);
    }
    return Buffer.from(field, "base64");
  }) as [Buffer, Buffer, Buffer];
  return { data, iv, tag, type: m[4]! };
}

/** Decrypts one value; an empty string is the (unencrypted) empty value. Throws on a wrong key or AAD. */
export function decryptValue(text: string, key: Uint8Array, aad: string): DecryptedValue {
  if (text === "") return { type: "str", bytes: Buffer.alloc(0), iv: Buffer.alloc(0) };
  const parsed = parseEncryptedValue(text);
  const type = parsed.type === "int64" ? "int" : parsed.type;
  if (!["str", "int", "float", "bool", "bytes", "time", "comment"].includes(type)) {
    throw new SecretsError(`unknown value type '${parsed.type}' in ${preview(text)}`);
  }
  if (parsed.iv.length === 0 || parsed.tag.length !== TAG_BYTES) {
    throw new SecretsError(`malformed iv or tag in ${preview(text)}`);
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, parsed.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, "utf8"));
    decipher.setAuthTag(parsed.tag);
    const bytes = Buffer.concat([decipher.update(parsed.data), decipher.final()]);
    return { type: type as SopsType, bytes, iv: parsed.iv };
  } catch {
    throw new SecretsError(
      `cannot decrypt the value at '${aad}': authentication failed (wrong data key, a changed value, or a moved or renamed key)`,
    );
  }
}

/**
 * The typed value of a decrypted plaintext, parsed as Go sops parses it. `str` stays bytes when
 * `rawStrings` is set (binary files keep their exact bytes).
 */
export function typedValue(
  type: SopsType,
  bytes: Buffer,
  rawStrings = false,
): Exclude<Scalar, null> | Comment {
  const text = () => bytes.toString("utf8");
  switch (type) {
    case "str":
      return rawStrings ? new Uint8Array(bytes) : text();
    case "bytes":
      return new Uint8Array(bytes);
    case "int":
      return parseGoInt(text());
    case "float":
      return parseGoFloat(text());
    case "bool":
      return parseGoBool(text());
    case "time":
      return new Timestamp(text());
    case "comment":
      return new Comment(text());
  }
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** A file format: how plaintext and encrypted files map to and from the sops tree. */
import { SecretsError } from "../errors.ts";
import type { Branch } from "../tree.ts";

export const FORMATS = ["yaml", "json", "dotenv", "ini", "binary"] as const;
export type Format = (typeof FORMATS)[number];

export interface EncryptedParts {
  documents: Branch[];
  /** The `sops` metadata as a tree; undefined when the file has none. */
  metadata: Branch | undefined;
}

export interface Store {
  readonly format: Format;
  /** Parses a plaintext file into its documents (YAML may hold several; other formats one). */
  parsePlain(bytes: Uint8Array): Branch[];
  emitPlain(documents: Branch[]): Uint8Array;
  /** Parses an encrypted file, splitting off its metadata. */
  parseEncrypted(bytes: Uint8Array): EncryptedParts;
  emitEncrypted(documents: Branch[], metadata: Branch): Uint8Array;
  /** Whether parsed plaintext already carries sops metadata (so it must not be encrypted again). */
  hasMetadata(documents: Branch[]): boolean;
}

/** Output settings from `.sops.yaml` `stores:` (sops' defaults otherwise). */
export interface StoreOptions {
  /** YAML indentation (sops default 4). */
  yamlIndent?: number;
  /** JSON indentation: -1 a tab (sops default), 0 one line, n spaces. */
  jsonIndent?: number;
}

export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.startsWith("\uFEFF") ? text.slice(1) : text;
  } catch {
    throw new SecretsError(`${what} is not valid UTF-8 text`);
  }
}

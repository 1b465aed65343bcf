/**
 * A sops file as a whole: reading the encrypted form, opening it (data key, decryption, MAC
 * check) and sealing plaintext documents back into an encrypted file.
 */
import { SecretsError } from "./errors.ts";
import type { Format, Store } from "./formats/index.ts";
import { normalizeRfc3339, nowRfc3339 } from "./go-format.ts";
import type { AgeIdentity } from "./age/data-key.ts";
import { effectiveThreshold, recoverDataKey } from "./key-groups.ts";
import {
  type KeyGroup,
  type Metadata,
  metadataFromBranch,
  metadataToBranch,
  SOPS_VERSION,
} from "./metadata.ts";
import { DEFAULT_RULE, type EncryptionRule } from "./rules.ts";
import type { Branch } from "./tree.ts";
import { type CryptoSettings, decryptDocuments, encryptDocuments } from "./tree-crypto.ts";
import { decryptValue, encryptValue, type IvStash } from "./value-cipher.ts";

export interface EncryptedFile {
  store: Store;
  /** The documents as stored: encrypted values are `ENC[...]` strings. */
  documents: Branch[];
  metadata: Metadata;
}

export interface OpenedFile extends EncryptedFile {
  dataKey: Uint8Array;
  /** The decrypted documents. */
  plain: Branch[];
  /** IVs of the decrypted values, to re-save unchanged values byte for byte. */
  stash: IvStash;
}

export function settingsFor(
  format: Format,
  metadata: Pick<Metadata, "rule" | "macOnlyEncrypted">,
): CryptoSettings {
  // Binary files hold one value that is always encrypted, whatever the rule says.
  if (format === "binary") return { rule: undefined, macOnlyEncrypted: false };
  return { rule: metadata.rule ?? DEFAULT_RULE, macOnlyEncrypted: metadata.macOnlyEncrypted };
}

export function readEncrypted(bytes: Uint8Array, store: Store): EncryptedFile {
  const parts = store.parseEncrypted(bytes);
  if (!parts.metadata) throw new SecretsError("no sops metadata found (the file is not encrypted with sops)");
  return { store, documents: parts.documents, metadata: metadataFromBranch(parts.metadata) };
}

export interface OpenOptions {
  identities: readonly AgeIdentity[];
  /** Identity sources that failed to load (reported if nothing decrypts). */
  loadErrors?: readonly string[];
  /** Skip the MAC check (like `sops --ignore-mac`); never the default. */
  ignoreMac?: boolean;
  /** A data key already known (skips the identities). */
  dataKey?: Uint8Array;
}

function checkMac(file: EncryptedFile, dataKey: Uint8Array, computed: string): void {
  const { mac, lastModified } = file.metadata;
  if (!mac) throw new SecretsError("the file has no MAC, so its integrity cannot be checked");
  let stored: string;
  try {
    stored = decryptValue(mac, dataKey, normalizeRfc3339(lastModified)).bytes.toString("utf8");
  } catch {
    throw new SecretsError("cannot decrypt the file's MAC: the MAC or 'lastmodified' has been changed");
  }
  if (stored !== computed) {
    throw new SecretsError(
      `MAC mismatch: the file has been changed outside sops/hearth (values, their order, or the rule) — file has ${stored.slice(0, 16)}…, computed ${computed.slice(0, 16)}…`,
    );
  }
}

export async function openEncrypted(file: EncryptedFile, options: OpenOptions): Promise<OpenedFile> {
  const dataKey =
    options.dataKey ?? (await recoverDataKey(file.metadata, options.identities, options.loadErrors));
  const format = file.store.format;
  const decrypted = decryptDocuments(
    file.documents,
    dataKey,
    settingsFor(format, file.metadata),
    format === "binary",
  );
  if (!options.ignoreMac) checkMac(file, dataKey, decrypted.mac);
  return { ...file, dataKey, plain: decrypted.documents, stash: decrypted.stash };
}

export interface SealOptions {
  dataKey: Uint8Array;
  keyGroups: KeyGroup[];
  shamirThreshold: number;
  rule: EncryptionRule | undefined;
  macOnlyEncrypted: boolean;
  /** Reuse IVs of unchanged values (same data key only). */
  stash?: IvStash;
  version?: string;
  now?: Date;
}

/** Encrypts plaintext documents and builds their metadata (new MAC, `lastmodified` now). */
export function seal(plain: Branch[], store: Store, options: SealOptions): EncryptedFile {
  const rule = store.format === "binary" ? undefined : (options.rule ?? DEFAULT_RULE);
  const settings = settingsFor(store.format, { rule, macOnlyEncrypted: options.macOnlyEncrypted });
  const { documents, mac } = encryptDocuments(plain, options.dataKey, settings, options.stash);
  const lastModified = nowRfc3339(options.now);
  const metadata: Metadata = {
    keyGroups: options.keyGroups,
    shamirThreshold:
      options.keyGroups.length > 1
        ? effectiveThreshold(options.keyGroups.length, options.shamirThreshold)
        : 0,
    lastModified,
    mac: encryptValue(mac, options.dataKey, lastModified),
    rule,
    macOnlyEncrypted: settings.macOnlyEncrypted,
    version: options.version ?? SOPS_VERSION,
  };
  return { store, documents, metadata };
}

export function emitEncrypted(file: EncryptedFile): Uint8Array {
  return file.store.emitEncrypted(file.documents, metadataToBranch(file.metadata));
}

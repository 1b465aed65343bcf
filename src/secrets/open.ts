/**
 * Opening sops files for the operations built on them: which store reads a file, which
 * identities decrypt it, and re-saving changed documents under the same data key.
 */
import { resolve } from "node:path";
import type { AgeIdentity } from "./age/data-key.ts";
import { type IdentityOptions, loadIdentities } from "./age/identities.ts";
import { findConfig } from "./config.ts";
import { inFile, inFileAsync } from "./errors.ts";
import { type Format, formatFromPath, type Store, type StoreOptions, storeFor } from "./formats/index.ts";
import { readFileBytes } from "./fs-util.ts";
import { laterVersion, SOPS_VERSION } from "./metadata.ts";
import {
  emitEncrypted,
  type EncryptedFile,
  type OpenedFile,
  openEncrypted,
  readEncrypted,
  seal,
} from "./sops-file.ts";
import type { Branch } from "./tree.ts";

export interface SecretsOptions extends IdentityOptions {
  /** Folder relative paths start from (default: the process's). */
  cwd?: string;
  /** The file's format (default: from its extension, as sops). */
  format?: Format;
  /** Identities to decrypt with instead of those found in the environment (e.g. a host's key). */
  identities?: AgeIdentity[];
  /** A `.sops.yaml` to use instead of searching for one. */
  configPath?: string;
}

function storeOptionsFor(file: string | undefined, options: SecretsOptions): StoreOptions {
  if (!file) return {};
  try {
    return (
      findConfig(file, { cwd: options.cwd, env: options.env, configPath: options.configPath })?.stores ?? {}
    );
  } catch {
    return {}; // a broken config must not stop a decryption
  }
}

export function storeForFile(file: string | undefined, options: SecretsOptions, format?: Format): Store {
  return storeFor(
    format ?? options.format ?? (file ? formatFromPath(file) : "yaml"),
    storeOptionsFor(file, options),
  );
}

export async function identitiesOf(
  options: SecretsOptions,
): Promise<{ identities: AgeIdentity[]; errors: string[] }> {
  if (options.identities) return { identities: options.identities, errors: [] };
  const loaded = await loadIdentities(options);
  return { identities: loaded.identities, errors: loaded.errors };
}

/** Opens encrypted bytes: parse, recover the data key, decrypt, verify the MAC. */
export async function openBytes(
  bytes: Uint8Array,
  store: Store,
  options: SecretsOptions & { ignoreMac?: boolean },
): Promise<OpenedFile> {
  const file = readEncrypted(bytes, store);
  const { identities, errors } = await identitiesOf(options);
  return openEncrypted(file, { identities, loadErrors: errors, ignoreMac: options.ignoreMac });
}

/** Reads a file's encrypted form (nothing decrypted). */
export function readEncryptedFile(
  path: string,
  options: SecretsOptions,
): { file: string; parsed: EncryptedFile } {
  const file = resolve(options.cwd ?? ".", path);
  return {
    file,
    parsed: inFile(path, () => readEncrypted(readFileBytes(file), storeForFile(file, options))),
  };
}

/** Reads, decrypts and verifies a file; errors name it as the caller wrote it. */
export async function openFile(
  path: string,
  options: SecretsOptions & { ignoreMac?: boolean },
): Promise<{ file: string; opened: OpenedFile }> {
  const file = resolve(options.cwd ?? ".", path);
  const opened = await inFileAsync(path, () =>
    openBytes(readFileBytes(file), storeForFile(file, options), options),
  );
  return { file, opened };
}

/** Re-encrypts changed documents with the file's own data key and recipients (unchanged values keep their ciphertext). */
export function resave(opened: OpenedFile, plain: Branch[]): Uint8Array {
  const { metadata } = opened;
  return emitEncrypted(
    seal(plain, opened.store, {
      dataKey: opened.dataKey,
      keyGroups: metadata.keyGroups,
      shamirThreshold: metadata.shamirThreshold,
      rule: metadata.rule,
      macOnlyEncrypted: metadata.macOnlyEncrypted,
      stash: opened.stash,
      version: laterVersion(metadata.version, SOPS_VERSION),
    }),
  );
}

/** Encrypting data for recipients, with a new data key. */
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { type CreationOptions, creationSettings } from "./creation.ts";
import { inFile, inFileAsync, SecretsError } from "./errors.ts";
import { type Format, formatFromPath, storeFor } from "./formats/index.ts";
import { readFileBytes } from "./fs-util.ts";
import { wrapForGroups } from "./key-groups.ts";
import { type SecretsOptions, storeForFile } from "./open.ts";
import { fromPlain, type PlainObject } from "./plain.ts";
import { emitEncrypted, seal } from "./sops-file.ts";
import { Branch } from "./tree.ts";

export interface EncryptOptions extends SecretsOptions, CreationOptions {
  /** The name of the file the data is for: finds the creation rule and, by default, the format. */
  file?: string;
  /** The encrypted file's format, when it differs from the plaintext's (`--output-type`). */
  outputFormat?: Format;
}

/** Encrypts documents with a new data key for the recipients the options or `.sops.yaml` give. */
export async function encryptTree(documents: Branch[], options: EncryptOptions): Promise<Uint8Array> {
  const target = options.file ?? resolve(options.cwd ?? ".", "secrets.sops.yaml");
  return inFileAsync(options.file, async () => {
    const settings = creationSettings(target, options);
    const format = options.outputFormat ?? options.format ?? formatFromPath(target);
    const store = storeFor(format, settings.storeOptions);
    const dataKey = randomBytes(32);
    const keyGroups = await wrapForGroups(dataKey, settings.keyGroups, settings.shamirThreshold);
    return emitEncrypted(seal(documents, store, { ...settings, dataKey, keyGroups }));
  });
}

/** Encrypts plain values (one document) for recipients. */
export async function encryptData(data: PlainObject, options: EncryptOptions): Promise<Uint8Array> {
  const tree = fromPlain(data);
  if (!(tree instanceof Branch)) throw new SecretsError("secrets data must be an object");
  return encryptTree([tree], options);
}

/** Encrypts plaintext in a file format (YAML text, JSON, dotenv, INI or any bytes for binary). */
export async function encryptBytes(plaintext: Uint8Array, options: EncryptOptions): Promise<Uint8Array> {
  const format = options.format ?? (options.file ? formatFromPath(options.file) : "yaml");
  const store = storeForFile(options.file, options, format);
  const documents = inFile(options.file, () => store.parsePlain(plaintext));
  if (store.hasMetadata(documents)) throw new SecretsError("the file is already encrypted", options.file);
  return encryptTree(documents, { ...options, format });
}

/** Reads a plaintext file and returns it encrypted (the file itself is not changed). */
export async function encryptFile(path: string, options: EncryptOptions = {}): Promise<Uint8Array> {
  const bytes = inFile(path, () => readFileBytes(resolve(options.cwd ?? ".", path)));
  return encryptBytes(bytes, { ...options, file: path });
}

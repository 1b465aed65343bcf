/** Decrypting a sops file into plain values for the rest of hearth. */
import { inFileAsync } from "./errors.ts";
import { type Format, type StoreOptions, storeFor } from "./formats/index.ts";
import { openBytes, openFile, type SecretsOptions, storeForFile } from "./open.ts";
import { type PlainObject, toPlain } from "./plain.ts";
import type { OpenedFile } from "./sops-file.ts";
import type { Branch } from "./tree.ts";

export interface DecryptedFile {
  format: Format;
  /** The first document as plain values: what hearth usually reads secrets from. */
  data: PlainObject;
  /** Every document (YAML files may hold several). */
  documents: PlainObject[];
  /** The decrypted tree with order, comments and exact types (for tools that write it back). */
  tree: Branch[];
  /** The recipients of the file, per key group. */
  recipients: string[][];
}

function decrypted(opened: OpenedFile): DecryptedFile {
  const documents = opened.plain.map((d) => toPlain(d) as PlainObject);
  return {
    format: opened.store.format,
    data: documents[0] ?? {},
    documents,
    tree: opened.plain,
    recipients: opened.metadata.keyGroups.map((g) => g.age.map((k) => k.recipient)),
  };
}

/** Decrypts a sops file (MAC verified). Errors name the file. */
export async function decryptFile(
  path: string,
  options: SecretsOptions & { ignoreMac?: boolean } = {},
): Promise<DecryptedFile> {
  return decrypted((await openFile(path, options)).opened);
}

/** Decrypts sops file content held in memory. */
export async function decryptBytes(
  bytes: Uint8Array,
  options: SecretsOptions & { format: Format; file?: string },
): Promise<DecryptedFile> {
  return inFileAsync(options.file, async () =>
    decrypted(await openBytes(bytes, storeForFile(options.file, options), options)),
  );
}

/** The plaintext of decrypted documents in a format (what `sops -d` prints). */
export function renderPlain(tree: Branch[], format: Format, storeOptions: StoreOptions = {}): Uint8Array {
  return storeFor(format, storeOptions).emitPlain(tree);
}

/**
 * Binary files (sops' BinaryStore): the whole file is one value under the key `data`, kept as
 * exact bytes; the encrypted file is JSON (`{"data": "ENC[...]", "sops": {...}}`) whatever its name.
 */
import { SecretsError } from "../errors.ts";
import { METADATA_KEY } from "../metadata.ts";
import { Branch, Timestamp } from "../tree.ts";
import { parseJsonDocument } from "./json.ts";
import { formatJsonTree } from "./json-tree.ts";
import type { Store, StoreOptions } from "./store.ts";

export const BINARY_KEY = "data";

export function binaryStore(options: StoreOptions = {}): Store {
  const indent = options.jsonIndent ?? -1;
  return {
    format: "binary",
    parsePlain: (bytes) => [new Branch([{ key: BINARY_KEY, value: new Uint8Array(bytes) }])],
    emitPlain(documents) {
      const value = documents[0]?.get(BINARY_KEY);
      if (value instanceof Uint8Array) return value;
      if (typeof value === "string") return Buffer.from(value, "utf8");
      if (value instanceof Timestamp) return Buffer.from(value.text, "utf8");
      throw new SecretsError(`a binary file needs a single '${BINARY_KEY}' value holding the file's content`);
    },
    parseEncrypted(bytes) {
      const document = parseJsonDocument(bytes);
      const metadata = document.get(METADATA_KEY);
      document.delete(METADATA_KEY);
      if (!document.has(BINARY_KEY))
        throw new SecretsError(`the encrypted binary file has no '${BINARY_KEY}' key`);
      return { documents: [document], metadata: metadata instanceof Branch ? metadata : undefined };
    },
    emitEncrypted(documents, metadata) {
      const data = documents[0]?.get(BINARY_KEY) ?? "";
      const tree = new Branch([
        { key: BINARY_KEY, value: data },
        { key: METADATA_KEY, value: metadata },
      ]);
      return Buffer.from(formatJsonTree(tree, indent), "utf8");
    },
    hasMetadata: () => false,
  };
}

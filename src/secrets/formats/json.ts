/** JSON files (sops `stores/json`): one top-level object; the metadata is a nested `sops` object at the end. */
import { SecretsError } from "../errors.ts";
import { METADATA_KEY } from "../metadata.ts";
import { Branch } from "../tree.ts";
import { formatJsonTree, parseJsonTree } from "./json-tree.ts";
import { decodeUtf8, type Store, type StoreOptions } from "./store.ts";

export function parseJsonDocument(bytes: Uint8Array): Branch {
  const tree = parseJsonTree(decodeUtf8(bytes, "the JSON file"));
  if (!(tree instanceof Branch)) throw new SecretsError("the top level of a JSON file must be an object");
  return tree;
}

export function jsonStore(options: StoreOptions = {}): Store {
  const indent = options.jsonIndent ?? -1;
  const emit = (branch: Branch) => Buffer.from(formatJsonTree(branch, indent), "utf8");
  return {
    format: "json",
    parsePlain: (bytes) => [parseJsonDocument(bytes)],
    emitPlain: (documents) => emit(documents[0] ?? new Branch()),
    parseEncrypted(bytes) {
      const document = parseJsonDocument(bytes);
      const metadata = document.get(METADATA_KEY);
      document.delete(METADATA_KEY);
      return { documents: [document], metadata: metadata instanceof Branch ? metadata : undefined };
    },
    emitEncrypted(documents, metadata) {
      const document = documents[0] ?? new Branch();
      return emit(new Branch([...document.items, { key: METADATA_KEY, value: metadata }]));
    },
    hasMetadata: (documents) => documents.some((d) => d.has(METADATA_KEY)),
  };
}

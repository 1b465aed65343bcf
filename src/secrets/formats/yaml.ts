/**
 * YAML files (sops `stores/yaml`): the `sops` entry is appended to every document and read from
 * the first; output uses sops' indentation (4 unless `.sops.yaml` says otherwise).
 */
import { METADATA_KEY } from "../metadata.ts";
import { Branch } from "../tree.ts";
import type { EncryptedParts, Store, StoreOptions } from "./store.ts";
import { parseYamlDocuments } from "./yaml-read.ts";
import { emitYamlDocuments } from "./yaml-write.ts";

export function yamlStore(options: StoreOptions = {}): Store {
  const indent = options.yamlIndent ?? 4;
  return {
    format: "yaml",
    parsePlain: parseYamlDocuments,
    emitPlain: (documents) => emitYamlDocuments(documents, indent),
    parseEncrypted(bytes): EncryptedParts {
      const documents = parseYamlDocuments(bytes);
      const metadata = documents[0]!.get(METADATA_KEY);
      for (const d of documents) d.delete(METADATA_KEY);
      return { documents, metadata: metadata instanceof Branch ? metadata : undefined };
    },
    emitEncrypted(documents, metadata) {
      const withMetadata = documents.map(
        (d) => new Branch([...d.items, { key: METADATA_KEY, value: metadata }]),
      );
      return emitYamlDocuments(withMetadata, indent);
    },
    hasMetadata: (documents) => documents.some((d) => d.has(METADATA_KEY)),
  };
}

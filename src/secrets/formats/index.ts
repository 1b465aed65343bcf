/** Picking a file's format (by extension, as sops does, unless told otherwise). */
import { SecretsError } from "../errors.ts";
import { binaryStore } from "./binary.ts";
import { dotenvStore } from "./dotenv.ts";
import { iniStore } from "./ini.ts";
import { jsonStore } from "./json.ts";
import { FORMATS, type Format, type Store, type StoreOptions } from "./store.ts";
import { yamlStore } from "./yaml.ts";

export type { EncryptedParts, Format, Store, StoreOptions } from "./store.ts";
export { FORMATS } from "./store.ts";

/** The format sops infers from a file name: anything unrecognised is binary. */
export function formatFromPath(path: string): Format {
  if (path.endsWith(".yaml") || path.endsWith(".yml")) return "yaml";
  if (path.endsWith(".json")) return "json";
  if (path.endsWith(".env")) return "dotenv";
  if (path.endsWith(".ini")) return "ini";
  return "binary";
}

/** Parses a `--input-type`/`--output-type` value. */
export function parseFormat(name: string): Format {
  const normalized = name === "yml" ? "yaml" : name === "env" ? "dotenv" : name;
  if (!(FORMATS as readonly string[]).includes(normalized)) {
    throw new SecretsError(`unknown file format '${name}' (expected one of ${FORMATS.join(", ")})`);
  }
  return normalized as Format;
}

export function storeFor(format: Format, options: StoreOptions = {}): Store {
  switch (format) {
    case "yaml":
      return yamlStore(options);
    case "json":
      return jsonStore(options);
    case "dotenv":
      return dotenvStore();
    case "ini":
      return iniStore();
    case "binary":
      return binaryStore(options);
  }
}

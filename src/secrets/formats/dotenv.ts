/**
 * dotenv files exactly as sops reads them (`stores/dotenv`): lines split on `\n` only, empty lines
 * dropped, `#` lines are comments, otherwise `KEY=value` split at the first `=` with no trimming,
 * quoting or `export` handling, and `\n` in a value meaning a newline. Metadata is flattened into
 * `sops_`-prefixed keys after the data.
 */
import { SecretsError } from "../errors.ts";
import { flattenMetadata, unflattenMetadata } from "../flatten.ts";
import { formatGoFloat } from "../go-format.ts";
import { Branch, Comment, List, Timestamp, type TreeNode } from "../tree.ts";
import { decodeUtf8, type Store } from "./store.ts";

const PREFIX = "sops_";

function parse(bytes: Uint8Array): Branch {
  const branch = new Branch();
  decodeUtf8(bytes, "the dotenv file")
    .split("\n")
    .forEach((line, i) => {
      if (line === "") return;
      if (line.startsWith("#")) {
        branch.items.push(new Comment(line.slice(1)));
        return;
      }
      const eq = line.indexOf("=");
      if (eq < 0) throw new SecretsError(`invalid dotenv line ${i + 1}: expected KEY=value`);
      branch.items.push({ key: line.slice(0, eq), value: line.slice(eq + 1).replaceAll("\\n", "\n") });
    });
  return branch;
}

function valueText(key: string, value: TreeNode): string {
  if (value instanceof Branch || value instanceof List) {
    throw new SecretsError(`dotenv files cannot hold nested values (key '${key}')`);
  }
  if (value === null) return "";
  if (typeof value === "number") return formatGoFloat(value);
  if (value instanceof Timestamp) return value.text;
  if (value instanceof Uint8Array) return Buffer.from(value).toString("utf8");
  return String(value);
}

function emit(branch: Branch, extra: [string, string][] = []): Uint8Array {
  const lines = branch.items.map((item) => {
    if (item instanceof Comment) return `#${item.text}\n`;
    if (item.key.includes("=") || item.key.includes("\n")) {
      throw new SecretsError(`dotenv keys cannot contain '=' or a newline (key '${item.key}')`);
    }
    return `${item.key}=${valueText(item.key, item.value).replaceAll("\n", "\\n")}\n`;
  });
  for (const [key, value] of extra) lines.push(`${key}=${value}\n`);
  return Buffer.from(lines.join(""), "utf8");
}

export function dotenvStore(): Store {
  return {
    format: "dotenv",
    parsePlain: (bytes) => [parse(bytes)],
    emitPlain: (documents) => emit(documents[0] ?? new Branch()),
    parseEncrypted(bytes) {
      const all = parse(bytes);
      const data = new Branch();
      const metadata: [string, string][] = [];
      for (const item of all.items) {
        if (!(item instanceof Comment) && item.key.startsWith(PREFIX)) {
          // the reader already turned `\n` into newlines; flatten's decoder expects them escaped
          metadata.push([item.key.slice(PREFIX.length), String(item.value).replaceAll("\n", "\\n")]);
        } else {
          data.items.push(item);
        }
      }
      return { documents: [data], metadata: metadata.length > 0 ? unflattenMetadata(metadata) : undefined };
    },
    emitEncrypted(documents, metadata) {
      const flat = flattenMetadata(metadata).map(([k, v]): [string, string] => [PREFIX + k, v]);
      return emit(documents[0] ?? new Branch(), flat);
    },
    hasMetadata: (documents) => documents.some((d) => d.entries().some((e) => e.key.startsWith(PREFIX))),
  };
}

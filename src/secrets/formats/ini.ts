/**
 * INI files as sops maps them (`stores/ini`): each section is a top-level mapping of string
 * values; a section's comment is its first item, a key's comment the item after the key; the
 * metadata is a `[sops]` section of flattened keys.
 */
import { SecretsError } from "../errors.ts";
import { flattenMetadata, unflattenMetadata } from "../flatten.ts";
import { formatGoFloat } from "../go-format.ts";
import { METADATA_KEY } from "../metadata.ts";
import { Branch, Comment, List, Timestamp, type TreeNode } from "../tree.ts";
import { DEFAULT_SECTION, formatIni, type IniSection, parseIni } from "./ini-syntax.ts";
import { decodeUtf8, type Store } from "./store.ts";

/** sops strips the comment character and following spaces (so `; foo` reads as `foo`). */
const stripComment = (c: string) => c.replace(/^;[; ]*/, "").replace(/^#[# ]*/, "");

function toTree(sections: IniSection[]): Branch {
  const root = new Branch();
  for (const section of sections) {
    if (section.name === DEFAULT_SECTION && section.keys.length === 0 && section.comment === "") continue;
    const branch = new Branch();
    if (section.comment) branch.items.push(new Comment(stripComment(section.comment)));
    for (const key of section.keys) {
      branch.items.push({ key: key.name, value: key.value });
      if (key.comment) branch.items.push(new Comment(stripComment(key.comment)));
    }
    root.items.push({ key: section.name, value: branch });
  }
  return root;
}

function valueText(path: string, value: TreeNode): string {
  if (value instanceof Branch || value instanceof List) {
    throw new SecretsError(`INI files hold sections of plain values; '${path}' is nested too deep`);
  }
  if (value === null) return "";
  if (typeof value === "number") return formatGoFloat(value);
  if (value instanceof Timestamp) return value.text;
  if (value instanceof Uint8Array) return Buffer.from(value).toString("utf8");
  return String(value);
}

function fromTree(root: Branch): IniSection[] {
  return root.entries().map(({ key: name, value }) => {
    if (!(value instanceof Branch)) {
      throw new SecretsError(`INI files hold sections; the top-level value '${name}' is not a section`);
    }
    const section: IniSection = { name, comment: "", keys: [] };
    const comments: string[] = [];
    value.items.forEach((item) => {
      if (item instanceof Comment) {
        const last = section.keys.at(-1);
        if (last) last.comment = last.comment ? `${last.comment}\n${item.text}` : item.text;
        else comments.push(item.text);
        return;
      }
      section.keys.push({ name: item.key, value: valueText(`${name}.${item.key}`, item.value), comment: "" });
    });
    section.comment = comments.join("\n");
    return section;
  });
}

const parse = (bytes: Uint8Array) => parseIni(decodeUtf8(bytes, "the INI file"));

export function iniStore(): Store {
  return {
    format: "ini",
    parsePlain: (bytes) => [toTree(parse(bytes))],
    emitPlain: (documents) => Buffer.from(formatIni(fromTree(documents[0] ?? new Branch())), "utf8"),
    parseEncrypted(bytes) {
      const sections = parse(bytes);
      const sops = sections.find((s) => s.name === METADATA_KEY);
      const data = sections.filter((s) => s !== sops);
      const metadata = sops ? unflattenMetadata(sops.keys.map((k) => [k.name, k.value])) : undefined;
      return { documents: [toTree(data)], metadata };
    },
    emitEncrypted(documents, metadata) {
      const sections = fromTree(documents[0] ?? new Branch());
      const keys = flattenMetadata(metadata).map(([name, value]) => ({ name, value, comment: "" }));
      sections.push({ name: METADATA_KEY, comment: "", keys });
      return Buffer.from(formatIni(sections), "utf8");
    },
    hasMetadata: (documents) => documents.some((d) => d.has(METADATA_KEY)),
  };
}

/**
 * Writing YAML that Go sops reads back with the same types: strings that go-yaml would take for
 * another type are quoted, floats keep a fraction, comments go where the reader will place them.
 */
import {
  Document as YamlDocument,
  isScalar,
  type Node,
  Pair,
  Scalar as YamlScalar,
  YAMLMap,
  YAMLSeq,
} from "yaml";
import { Branch, Comment, List, type Scalar, Timestamp, type TreeNode } from "../tree.ts";
import { isPlainSafeString } from "./yaml-scalars.ts";

const TAG = "tag:yaml.org,2002:";

function scalarNode(value: Scalar): YamlScalar {
  if (typeof value === "string") {
    const node = new YamlScalar(value);
    if (!isPlainSafeString(value)) node.type = "QUOTE_DOUBLE";
    return node;
  }
  if (value instanceof Timestamp) return new YamlScalar(value.text);
  if (value instanceof Uint8Array) {
    try {
      return scalarNode(new TextDecoder("utf-8", { fatal: true }).decode(value));
    } catch {
      const node = new YamlScalar(Buffer.from(value));
      node.tag = `${TAG}binary`;
      return node;
    }
  }
  const node = new YamlScalar(value);
  // A float with an integral value keeps a fraction, so it reads back as a float.
  if (typeof value === "number" && Number.isInteger(value) && !Object.is(value, -0))
    node.minFractionDigits = 1;
  return node;
}

function keyNode(key: string): YamlScalar {
  const node = new YamlScalar(key);
  if (!isPlainSafeString(key)) node.type = "QUOTE_DOUBLE";
  return node;
}

const joinComments = (comments: Comment[]) => comments.map((c) => c.text).join("\n");

function yamlNode(node: TreeNode): Node {
  if (node instanceof Branch) return mapNode(node);
  if (node instanceof List) return seqNode(node);
  return scalarNode(node);
}

function mapNode(branch: Branch): YAMLMap {
  const map = new YAMLMap();
  let before: Comment[] = [];
  for (const item of branch.items) {
    if (item instanceof Comment) {
      const last = map.items.at(-1);
      if (item.inline && before.length === 0 && last) {
        // A comment on the line of the previous entry stays there.
        const target = isScalar(last.value) ? last.value : (last.key as YamlScalar);
        target.comment = target.comment ? `${target.comment}\n${item.text}` : item.text;
      } else {
        before.push(item);
      }
      continue;
    }
    const key = keyNode(item.key);
    if (before.length > 0) key.commentBefore = joinComments(before);
    before = [];
    map.items.push(new Pair(key, yamlNode(item.value)));
  }
  if (before.length > 0) map.comment = joinComments(before);
  return map;
}

function leadingComments(collection: Branch | List): Comment[] {
  const out: Comment[] = [];
  for (const item of collection.items) {
    if (!(item instanceof Comment)) break;
    out.push(item);
  }
  return out;
}

function withoutLeading(collection: Branch | List, count: number): Branch | List {
  return collection instanceof Branch
    ? new Branch(collection.items.slice(count))
    : new List(collection.items.slice(count));
}

function seqNode(list: List): YAMLSeq {
  const seq = new YAMLSeq();
  let before: Comment[] = [];
  for (const item of list.items) {
    if (item instanceof Comment) {
      const last = seq.items.at(-1) as Node | undefined;
      if (item.inline && before.length === 0 && last && isScalar(last)) {
        last.comment = last.comment ? `${last.comment}\n${item.text}` : item.text;
      } else {
        before.push(item);
      }
      continue;
    }
    // A nested collection's leading comments would print after its "- "; hoist them above the
    // element (the same AAD: a list's path and its elements' paths are the same).
    const hoisted = item instanceof Branch || item instanceof List ? leadingComments(item) : [];
    const node = yamlNode(hoisted.length > 0 ? withoutLeading(item as Branch | List, hoisted.length) : item);
    before.push(...hoisted);
    if (before.length > 0) node.commentBefore = joinComments(before);
    before = [];
    seq.items.push(node);
  }
  if (before.length > 0) seq.comment = joinComments(before);
  return seq;
}

/** YAML text for the documents, block style, `---` between documents. */
export function emitYamlDocuments(documents: Branch[], indent: number): Uint8Array {
  const texts = documents.map((branch) => {
    const doc = new YamlDocument(null, { schema: "yaml-1.1" });
    doc.contents = mapNode(branch);
    return doc.toString({ indent, indentSeq: true, lineWidth: 0, minContentWidth: 0 });
  });
  return Buffer.from(texts.join("---\n"), "utf8");
}

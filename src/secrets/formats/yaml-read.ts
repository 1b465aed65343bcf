/**
 * Reading YAML as sops (go-yaml v3) reads it: every document a mapping, scalars typed by Go's
 * rules, aliases expanded, comments kept as items of the collection they belong to.
 */
import {
  Composer,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Node,
  Parser,
  type Scalar as YamlScalar,
} from "yaml";
import { SecretsError } from "../errors.ts";
import { parseGoFloat } from "../go-format.ts";
import { Branch, Comment, List, type Scalar, Timestamp, type TreeNode } from "../tree.ts";
import { decodeUtf8 } from "./store.ts";
import { type CommentToken, commentTokens, type PlacedComment, placeComments } from "./yaml-comments.ts";
import { resolvePlain } from "./yaml-scalars.ts";

const TAG = "tag:yaml.org,2002:";

function typedScalar(node: YamlScalar, where: string): Scalar {
  const { value } = node;
  if (value instanceof Uint8Array) return new Uint8Array(value); // !!binary, decoded by the parser
  const text = value === null || value === undefined ? "" : String(value);
  const tag = node.tag;
  const quoted = node.type !== undefined && node.type !== "PLAIN";
  if (tag === `${TAG}str` || (!tag && quoted)) return text;
  if (tag && !tag.startsWith(TAG)) return text; // application tags (`!Ref`): go-yaml keeps the string
  const resolved = resolvePlain(text);
  const wanted = tag?.slice(TAG.length);
  if (!wanted) {
    switch (resolved.kind) {
      case "null":
        return null;
      case "bool":
      case "int":
      case "float":
        return resolved.value;
      default:
        return text; // go-yaml hands implicit timestamps to sops as strings
    }
  }
  if (wanted === "timestamp" && resolved.kind === "timestamp") return new Timestamp(text);
  if (wanted === "float" && resolved.kind === "int") return Number(resolved.value);
  if (wanted === "float" && resolved.kind === "float") return resolved.value;
  if (wanted === "float" && quoted) return parseGoFloat(text);
  if ((wanted === "int" || wanted === "bool") && resolved.kind === wanted) return resolved.value;
  if (wanted === "null" && resolved.kind === "null") return null;
  if (["seq", "map", "set", "omap", "pairs", "merge"].includes(wanted) || wanted === "binary") return text;
  throw new SecretsError(`${where}: cannot read '${text}' as !!${wanted}`);
}

/** Builds the tree of one document, remembering each item's source offset for comment placement. */
class TreeBuilder {
  readonly containers = new Map<Node, Branch | List>();
  readonly offsets = new Map<Branch | List, number[]>();

  constructor(private readonly doc: Document.Parsed) {}

  node(node: unknown, path: string, primary: boolean): TreeNode {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target) throw new SecretsError(`${path}: unknown alias *${node.source}`);
      return this.node(target, path, false); // an expanded copy; comments stay with the original
    }
    if (isScalar(node)) return typedScalar(node, path || "document");
    if (isMap(node)) {
      const branch = new Branch();
      const offsets: number[] = [];
      for (const pair of node.items) {
        const key = this.key(pair.key, path);
        branch.items.push({ key, value: this.node(pair.value, `${path}.${key}`, primary) });
        offsets.push((pair.key as Node | null)?.range?.[0] ?? 0);
      }
      if (primary) this.register(node, branch, offsets);
      return branch;
    }
    if (isSeq(node)) {
      const list = new List();
      const offsets: number[] = [];
      node.items.forEach((item, i) => {
        list.items.push(this.node(item, `${path}[${i}]`, primary));
        offsets.push((item as Node | null)?.range?.[0] ?? 0);
      });
      if (primary) this.register(node, list, offsets);
      return list;
    }
    throw new SecretsError(`${path}: unsupported YAML node`);
  }

  private register(node: Node, tree: Branch | List, offsets: number[]): void {
    this.containers.set(node, tree);
    this.offsets.set(tree, offsets);
  }

  private key(key: unknown, path: string): string {
    const node = isAlias(key) ? key.resolve(this.doc) : key;
    if (isScalar(node)) {
      const value = node.value;
      if (value === null || value === undefined) return "";
      if (value instanceof Uint8Array) return Buffer.from(value).toString("utf8");
      return String(value);
    }
    throw new SecretsError(`${path || "document"}: mapping keys must be plain values, not collections`);
  }

  /** Inserts each comment into its container, before the first item that starts after it. */
  placeComments(comments: PlacedComment[], root: Branch): void {
    for (const c of comments) {
      const tree = this.containers.get(c.container) ?? root;
      const offsets = this.offsets.get(tree) ?? [];
      let index = offsets.findIndex((o) => o > c.offset);
      if (index < 0) index = tree.items.length;
      (tree.items as unknown[]).splice(index, 0, new Comment(c.text, c.inline));
      offsets.splice(index, 0, c.offset);
    }
  }
}

/** Parses YAML text into one tree per document (comments placed, scalars typed as go-yaml types them). */
export function parseYamlDocuments(bytes: Uint8Array): Branch[] {
  const text = decodeUtf8(bytes, "the YAML file");
  const tokens = [...new Parser().parse(text)];
  const docComments: CommentToken[][] = [];
  let pending: CommentToken[] = [];
  for (const token of tokens) {
    if (token.type === "document") {
      docComments.push([...pending, ...commentTokens(token)]);
      pending = [];
    } else if (token.type === "doc-end" && docComments.length > 0) {
      docComments.at(-1)!.push(...commentTokens(token));
    } else {
      pending.push(...commentTokens(token));
    }
  }
  if (pending.length > 0 && docComments.length > 0) docComments.at(-1)!.push(...pending);
  const docs = [...new Composer({ schema: "failsafe", uniqueKeys: true }).compose(tokens, true, text.length)];
  const branches: Branch[] = [];
  docs.forEach((doc, i) => {
    const error = doc.errors[0];
    if (error) throw new SecretsError(`invalid YAML: ${error.message.split("\n")[0]}`);
    if (doc.contents === null) return; // an empty document
    if (!isMap(doc.contents)) {
      throw new SecretsError("the top level of a YAML document must be a mapping");
    }
    const builder = new TreeBuilder(doc);
    const root = builder.node(doc.contents, "", true) as Branch;
    builder.placeComments(placeComments(text, doc, docComments[i] ?? []), root);
    branches.push(root);
  });
  if (branches.length === 0) throw new SecretsError("the YAML file holds no document");
  return branches;
}

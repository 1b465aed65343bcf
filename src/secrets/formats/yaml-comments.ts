/**
 * Which collection a YAML comment belongs to. sops gives each comment the AAD of the mapping or
 * list holding it, as go-yaml attaches it; the `yaml` library attaches comments by its own rules
 * (a less-indented comment after a nested block can land in the nested block), so hearth decides
 * from positions instead: a comment on a line of its own belongs to the innermost block
 * collection, open around it, whose items are not indented deeper than the comment; a comment
 * after a value on the same line belongs to that value's collection.
 */
import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  type Node,
  type ParsedNode,
} from "yaml";

export interface CommentToken {
  offset: number;
  /** The text after the `#`. */
  text: string;
}

export interface PlacedComment extends CommentToken {
  container: Node;
  inline: boolean;
}

interface CollectionInfo {
  node: Node;
  column: number;
  depth: number;
}

interface LeafInfo {
  start: number;
  /** The block collections containing the leaf, outermost first. */
  chain: CollectionInfo[];
}

/** Collects every comment token inside a CST token tree. */
export function commentTokens(token: unknown, out: CommentToken[] = []): CommentToken[] {
  if (Array.isArray(token)) {
    for (const t of token) commentTokens(t, out);
  } else if (token && typeof token === "object") {
    const t = token as { type?: string; offset?: number; source?: string };
    if (t.type === "comment" && typeof t.offset === "number" && typeof t.source === "string") {
      out.push({ offset: t.offset, text: t.source.slice(1) });
      return out;
    }
    for (const value of Object.values(token))
      if (value && typeof value === "object") commentTokens(value, out);
  }
  return out;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

function collectLeaves(text: string, root: ParsedNode): LeafInfo[] {
  const leaves: LeafInfo[] = [];
  const visit = (node: unknown, chain: CollectionInfo[]): void => {
    if (isPair(node)) {
      visit(node.key, chain);
      visit(node.value, chain);
      return;
    }
    if (isScalar(node) || isAlias(node)) {
      if (node.range) leaves.push({ start: node.range[0], chain });
      return;
    }
    if (isCollection(node)) {
      const block = !node.flow && node.range;
      const inner = block
        ? [...chain, { node, column: columnOf(text, node.range![0]), depth: chain.length }]
        : chain;
      if (node.flow && node.range) leaves.push({ start: node.range[0], chain });
      for (const item of node.items) visit(item, inner);
    }
  };
  visit(root, []);
  return leaves.sort((a, b) => a.start - b.start);
}

/** Places each comment of a document into the collection it belongs to. */
export function placeComments(text: string, doc: Document.Parsed, comments: CommentToken[]): PlacedComment[] {
  const root = doc.contents;
  if (!root || !isMap(root)) return [];
  const leaves = collectLeaves(text, root);
  const rootInfo: CollectionInfo = { node: root, column: 0, depth: 0 };
  return comments
    .sort((a, b) => a.offset - b.offset)
    .map((c) => {
      const lineStart = text.lastIndexOf("\n", c.offset - 1) + 1;
      const inline = text.slice(lineStart, c.offset).trim() !== "";
      const column = c.offset - lineStart;
      let prev: LeafInfo | undefined;
      let next: LeafInfo | undefined;
      for (const leaf of leaves) {
        if (leaf.start < c.offset) prev = leaf;
        else {
          next = leaf;
          break;
        }
      }
      let container: CollectionInfo = rootInfo;
      if (inline) {
        container = prev?.chain.at(-1) ?? rootInfo;
      } else {
        for (const candidate of [...(prev?.chain ?? []), ...(next?.chain ?? [])]) {
          if (candidate.column > column) continue;
          if (
            candidate.column > container.column ||
            (candidate.column === container.column && candidate.depth > container.depth)
          ) {
            container = candidate;
          }
        }
      }
      return { ...c, container: container.node, inline };
    });
}

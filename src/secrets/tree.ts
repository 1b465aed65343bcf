/**
 * The in-memory form of a SOPS document, shared by every file format: ordered mappings and lists
 * whose leaves are typed scalars, with comments kept as items in the collection that holds them
 * (as sops does, because a comment's encryption AAD is the path of that collection).
 */

/** A comment line (the text after `#` or `;`). `inline` marks one written after a value on its line. */
export class Comment {
  constructor(
    public text: string,
    public inline = false,
  ) {}
}

/** A timestamp kept as its RFC 3339 text (sops type `time`; hearth never parses its value). */
export class Timestamp {
  constructor(public text: string) {}
}

/**
 * A leaf value. The JavaScript type decides the sops type: string `str`, bigint `int`, number
 * `float`, boolean `bool`, Uint8Array raw bytes (binary files, YAML `!!binary`; written as `str`),
 * Timestamp `time`, null (never encrypted nor hashed).
 */
export type Scalar = string | bigint | number | boolean | null | Uint8Array | Timestamp;

export type TreeNode = Scalar | Branch | List;

export interface Entry {
  key: string;
  value: TreeNode;
}

/** An ordered mapping. */
export class Branch {
  constructor(public items: (Entry | Comment)[] = []) {}

  entries(): Entry[] {
    return this.items.filter((i): i is Entry => !(i instanceof Comment));
  }

  get(key: string): TreeNode | undefined {
    return this.entries().find((e) => e.key === key)?.value;
  }

  has(key: string): boolean {
    return this.entries().some((e) => e.key === key);
  }

  /** Replaces the value of `key` in place, or appends it. */
  set(key: string, value: TreeNode): void {
    const entry = this.entries().find((e) => e.key === key);
    if (entry) entry.value = value;
    else this.items.push({ key, value });
  }

  delete(key: string): boolean {
    const index = this.items.findIndex((i) => !(i instanceof Comment) && i.key === key);
    if (index < 0) return false;
    this.items.splice(index, 1);
    return true;
  }
}

/** An ordered list; comments may sit between its elements. */
export class List {
  constructor(public items: (TreeNode | Comment)[] = []) {}

  values(): TreeNode[] {
    return this.items.filter((i): i is TreeNode => !(i instanceof Comment));
  }
}

export function isCollection(node: TreeNode): node is Branch | List {
  return node instanceof Branch || node instanceof List;
}

/** Deep copy (so an operation never changes a tree its caller still holds). */
export function cloneNode<T extends TreeNode>(node: T): T {
  if (node instanceof Branch) {
    return new Branch(
      node.items.map((i) =>
        i instanceof Comment ? new Comment(i.text, i.inline) : { key: i.key, value: cloneNode(i.value) },
      ),
    ) as T;
  }
  if (node instanceof List) {
    return new List(
      node.items.map((i) => (i instanceof Comment ? new Comment(i.text, i.inline) : cloneNode(i))),
    ) as T;
  }
  if (node instanceof Uint8Array) return new Uint8Array(node) as T;
  if (node instanceof Timestamp) return new Timestamp(node.text) as T;
  return node;
}

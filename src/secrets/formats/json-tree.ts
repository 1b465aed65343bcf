/**
 * JSON text to and from the sops tree. JSON.parse cannot be used: it reorders integer-like keys
 * and rounds integers above 2^53, and sops keeps key order and tells ints (that fit int64) from
 * floats by their literal form, as Go sops 3.13.2 does.
 */
import { SecretsError } from "../errors.ts";
import { fitsInt64 } from "../go-format.ts";
import { Branch, Comment, List, Timestamp, type TreeNode } from "../tree.ts";

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings may not hold raw control characters.
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

class JsonReader {
  private pos = 0;

  constructor(private readonly text: string) {}

  private fail(message: string): never {
    const before = this.text.slice(0, this.pos);
    const line = before.split("\n").length;
    const column = this.pos - before.lastIndexOf("\n");
    throw new SecretsError(`invalid JSON at line ${line}, column ${column}: ${message}`);
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && " \t\n\r".includes(this.text[this.pos]!)) this.pos++;
  }

  private match(re: RegExp): string | undefined {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  private expect(ch: string): void {
    this.skipSpace();
    if (this.text[this.pos] !== ch) this.fail(`expected '${ch}'`);
    this.pos++;
  }

  document(): TreeNode {
    const value = this.value();
    this.skipSpace();
    if (this.pos < this.text.length) this.fail("unexpected text after the value");
    return value;
  }

  private string(): string {
    const token = this.match(STRING);
    if (token === undefined) this.fail("malformed string");
    return JSON.parse(token) as string;
  }

  value(): TreeNode {
    this.skipSpace();
    const ch = this.text[this.pos];
    if (ch === "{") return this.object();
    if (ch === "[") return this.array();
    if (ch === '"') return this.string();
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    const number = this.match(NUMBER);
    if (number === undefined) this.fail("expected a value");
    if (/^-?\d+$/.test(number)) {
      const n = BigInt(number);
      if (fitsInt64(n)) return n;
    }
    return Number(number);
  }

  private object(): Branch {
    this.pos++;
    const branch = new Branch();
    this.skipSpace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return branch;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail("expected a key");
      const key = this.string();
      if (branch.has(key)) this.fail(`duplicate key "${key}"`);
      this.expect(":");
      branch.items.push({ key, value: this.value() });
      this.skipSpace();
      const next = this.text[this.pos++];
      if (next === "}") return branch;
      if (next !== ",") this.fail("expected ',' or '}'");
    }
  }

  private array(): List {
    this.pos++;
    const list = new List();
    this.skipSpace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return list;
    }
    for (;;) {
      list.items.push(this.value());
      this.skipSpace();
      const next = this.text[this.pos++];
      if (next === "]") return list;
      if (next !== ",") this.fail("expected ',' or ']'");
    }
  }
}

export function parseJsonTree(text: string): TreeNode {
  return new JsonReader(text).document();
}

function scalarJson(node: TreeNode): string {
  if (node === null) return "null";
  if (typeof node === "string") return JSON.stringify(node);
  if (typeof node === "boolean" || typeof node === "bigint") return String(node);
  if (typeof node === "number") {
    if (!Number.isFinite(node)) throw new SecretsError(`JSON cannot hold the float ${node}`);
    const text = String(node);
    return Number.isInteger(node) && !/e/.test(text) ? `${text}.0` : text;
  }
  if (node instanceof Timestamp) return JSON.stringify(node.text);
  if (node instanceof Uint8Array) {
    try {
      return JSON.stringify(new TextDecoder("utf-8", { fatal: true }).decode(node));
    } catch {
      throw new SecretsError("JSON cannot hold bytes that are not UTF-8 text");
    }
  }
  throw new SecretsError("unexpected value in JSON output");
}

/** JSON text; `indent` -1 is a tab (sops' default), 0 one line, n that many spaces. Comments are dropped. */
export function formatJsonTree(node: TreeNode, indent = -1): string {
  const unit = indent < 0 ? "\t" : " ".repeat(indent);
  const oneLine = indent === 0;
  const write = (n: TreeNode, depth: number): string => {
    const pad = oneLine ? "" : `\n${unit.repeat(depth + 1)}`;
    const end = oneLine ? "" : `\n${unit.repeat(depth)}`;
    if (n instanceof Branch) {
      const items = n.entries().map((e) => `${pad}${JSON.stringify(e.key)}: ${write(e.value, depth + 1)}`);
      return items.length === 0 ? "{}" : `{${items.join(",")}${end}}`;
    }
    if (n instanceof List) {
      const items = n.items.filter((i) => !(i instanceof Comment)) as TreeNode[];
      return items.length === 0 ? "[]" : `[${items.map((i) => pad + write(i, depth + 1)).join(",")}${end}]`;
    }
    return scalarJson(n);
  };
  return `${write(node, 0)}\n`;
}

/**
 * Property test: random trees (seeded, reproducible) survive encrypt → decrypt in every format,
 * value for value and type for type, and the plaintext text is a fixed point of the round trip.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { decryptBytes, encryptTree, renderPlain } from "../../src/secrets/index.ts";
import { storeFor } from "../../src/secrets/formats/index.ts";
import type { Format } from "../../src/secrets/formats/store.ts";
import { Branch, Comment, List, type TreeNode } from "../../src/secrets/tree.ts";
import { seededRandom } from "./helpers.ts";

const ITERATIONS = 25;

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const int = (rng: Rng, n: number) => Math.floor(rng() * n);

const TRICKY = [
  "",
  " ",
  "true",
  "True",
  "FALSE",
  "yes",
  "no",
  "on",
  "off",
  "null",
  "Null",
  "~",
  "0",
  "-0",
  "017",
  "0x1F",
  "0o17",
  "0b101",
  "1_000",
  "1e3",
  ".5",
  "+1",
  "-1",
  "1.",
  ".inf",
  "-.Inf",
  ".nan",
  "2024-01-01",
  "2024-01-01T10:00:00Z",
  "1.0",
  "a: b",
  "- x",
  "#c",
  "a #b",
  "@at",
  "`tick",
  "'quote'",
  '"dq"',
  "multi\nline",
  "trailing\n",
  "\nlead",
  "tab\tin",
  " lead",
  "trail ",
  "ünïcödé",
  "emoji 🔑",
  "back\\slash",
  "%pct",
  "*star",
  "&amp",
  "!bang",
  "|pipe",
  ">gt",
  "[a]",
  "{b}",
  "a,b",
  "ENC[AES256_GCM,data:AAAA,iv:BBBB,tag:CCCC,type:str]",
  "<<",
  "=",
  "a=b",
  "x;y",
  "ctrl\u0001char",
  "cr\rin",
  "  two  ",
  "long ".repeat(40),
  "k\\nv",
];
const ALPHABET = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 _-.:/=#;'\"`\\@!?,ü€🔑\t";

function randomString(rng: Rng, ok: (s: string) => boolean): string {
  for (;;) {
    const s =
      rng() < 0.4
        ? pick(rng, TRICKY)
        : Array.from({ length: 1 + int(rng, 12) }, () => pick(rng, [...ALPHABET])).join("");
    if (ok(s)) return s;
  }
}

interface Shape {
  format: Format;
  depth: number;
  key: (s: string) => boolean;
  value: (s: string) => boolean;
  scalars: ("str" | "int" | "float" | "bool" | "null" | "special")[];
  comments: boolean;
}

const SHAPES: Shape[] = [
  {
    format: "yaml",
    depth: 3,
    key: (s) => s !== "sops" && ![...s].some((ch) => ch.charCodeAt(0) < 0x20),
    value: () => true,
    scalars: ["str", "str", "int", "float", "bool", "null", "special"],
    comments: true,
  },
  {
    format: "json",
    depth: 3,
    key: (s) => s !== "sops",
    value: () => true,
    scalars: ["str", "str", "int", "float", "bool", "null"],
    comments: false,
  },
];

function randomFloat(rng: Rng, special: boolean): number {
  const r = rng();
  if (special && r < 0.1) return pick(rng, [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
  if (r < 0.3)
    return pick(rng, [1.5, 1.0, 0.1, 1e21, 1.5e-7, -2.25, 1234568000, 5e-324, Number.MAX_VALUE, 3.14]);
  return (rng() - 0.5) * 10 ** int(rng, 30);
}

function randomScalar(rng: Rng, shape: Shape): TreeNode {
  switch (pick(rng, shape.scalars)) {
    case "str":
      return randomString(rng, shape.value);
    case "int":
      return pick(rng, [
        0n,
        1n,
        -1n,
        42n,
        2n ** 53n + 1n,
        2n ** 63n - 1n,
        -(2n ** 63n),
        BigInt(int(rng, 1e9)),
      ]);
    case "float":
      return randomFloat(rng, false);
    case "special":
      return randomFloat(rng, true);
    case "bool":
      return rng() < 0.5;
    default:
      return null;
  }
}

function randomComment(rng: Rng): Comment {
  // comment lines keep no trailing whitespace in YAML
  return new Comment(` ${randomString(rng, (s) => !/[\n\r]/.test(s) && s.trimEnd() === s && s !== "")}`);
}

function randomNode(rng: Rng, shape: Shape, depth: number, inList: boolean): TreeNode {
  const r = rng();
  if (depth < shape.depth && r < 0.2) return randomBranch(rng, shape, depth + 1, inList);
  if (depth < shape.depth && r < 0.3) {
    const list = new List();
    const n = int(rng, 4);
    for (let i = 0; i < n; i++) {
      // a collection inside a list keeps no leading comment (YAML would print it after the "- ")
      if (shape.comments && rng() < 0.15 && !(inList && list.items.length === 0))
        list.items.push(randomComment(rng));
      list.items.push(randomNode(rng, shape, depth + 1, true));
    }
    return list;
  }
  return randomScalar(rng, shape);
}

function randomBranch(rng: Rng, shape: Shape, depth: number, inList = false): Branch {
  const branch = new Branch();
  const n = 1 + int(rng, 5);
  for (let i = 0; i < n; i++) {
    // a mapping inside a list keeps no leading comment (YAML would print it after the "- ")
    if (shape.comments && rng() < 0.2 && !(inList && branch.items.length === 0))
      branch.items.push(randomComment(rng));
    let key = randomString(rng, shape.key);
    if (rng() < 0.1) key = `${key}_unencrypted`;
    while (branch.has(key)) key = `${key}_`;
    branch.items.push({ key, value: randomNode(rng, shape, depth, false) });
  }
  if (shape.comments && rng() < 0.2) branch.items.push(randomComment(rng));
  return branch;
}

/** A canonical, type-exact text of a tree. */
function canonical(node: TreeNode): string {
  if (node instanceof Branch) {
    return `{${node.items.map((i) => (i instanceof Comment ? `#${JSON.stringify(i.text)}` : `${JSON.stringify(i.key)}:${canonical(i.value)}`)).join(",")}}`;
  }
  if (node instanceof List) {
    return `[${node.items.map((i) => (i instanceof Comment ? `#${JSON.stringify(i.text)}` : canonical(i))).join(",")}]`;
  }
  if (typeof node === "bigint") return `int:${node}`;
  if (typeof node === "number") return `float:${Object.is(node, -0) ? "-0" : String(node)}`;
  if (node instanceof Uint8Array) return `bytes:${Buffer.from(node).toString("hex")}`;
  return JSON.stringify(node);
}

async function roundTrip(documents: Branch[], format: Format, identity: string, recipient: string) {
  const text = storeFor(format).emitPlain(documents);
  const encrypted = await encryptTree(documents, { recipients: [recipient], format });
  const decrypted = await decryptBytes(encrypted, { format, identities: [identity] });
  return { text, encrypted, decrypted, again: renderPlain(decrypted.tree, format) };
}

describe("random trees round-trip through every format", async () => {
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);

  for (const shape of SHAPES) {
    test(`${shape.format}: ${ITERATIONS} seeded random trees`, async () => {
      for (let seed = 1; seed <= ITERATIONS; seed++) {
        const rng = seededRandom(seed * 7919);
        const docs = [randomBranch(rng, shape, 1)];
        if (shape.format === "yaml" && rng() < 0.2) docs.push(randomBranch(rng, shape, 1));
        const r = await roundTrip(docs, shape.format, identity, recipient);
        const where = `seed ${seed}:\n${Buffer.from(r.text).toString()}`;
        assert.equal(
          r.decrypted.tree.map(canonical).join("\n---\n"),
          docs.map(canonical).join("\n---\n"),
          where,
        );
        assert.equal(Buffer.from(r.again).toString(), Buffer.from(r.text).toString(), where);
      }
    });
  }

  test(`dotenv: ${ITERATIONS} seeded random files`, async () => {
    for (let seed = 1; seed <= ITERATIONS; seed++) {
      const rng = seededRandom(seed * 104729);
      const branch = new Branch();
      const n = 1 + int(rng, 8);
      for (let i = 0; i < n; i++) {
        if (rng() < 0.2) branch.items.push(new Comment(randomString(rng, (s) => !/[\n]/.test(s))));
        const key = randomString(
          rng,
          (s) => s !== "" && !/[=\n]/.test(s) && !s.startsWith("#") && !s.startsWith("sops_"),
        );
        if (branch.has(key)) continue;
        branch.items.push({ key, value: randomString(rng, (s) => !s.includes("\\n")) });
      }
      const r = await roundTrip([branch], "dotenv", identity, recipient);
      assert.equal(canonical(r.decrypted.tree[0]!), canonical(branch), `seed ${seed}`);
      assert.equal(Buffer.from(r.again).toString(), Buffer.from(r.text).toString());
    }
  });

  test(`ini: ${ITERATIONS} seeded random files`, async () => {
    const iniKey = (s: string) =>
      s !== "" && s.trim() === s && !/[=:"`\n\r\t]/.test(s) && !/^[#;[]/.test(s) && !s.includes("\\");
    const iniValue = (s: string) =>
      !s.includes('"""') && !s.includes("\r") && !(s.trim() !== s && s.includes('"'));
    const comment = (s: string) => s !== "" && !/^[;# ]/.test(s) && !/[\n\r]/.test(s);
    for (let seed = 1; seed <= ITERATIONS; seed++) {
      const rng = seededRandom(seed * 31337);
      const root = new Branch();
      const sections = 1 + int(rng, 4);
      for (let s = 0; s < sections; s++) {
        const name = randomString(
          rng,
          (x) => iniKey(x) && !x.includes("]") && x !== "sops" && x !== "DEFAULT",
        );
        if (root.has(name)) continue;
        const section = new Branch();
        if (rng() < 0.3) section.items.push(new Comment(randomString(rng, comment)));
        const keys = int(rng, 5);
        for (let k = 0; k < keys; k++) {
          const key = randomString(rng, iniKey);
          if (section.has(key)) continue;
          section.items.push({
            key: rng() < 0.1 ? `${key}_unencrypted` : key,
            value: randomString(rng, iniValue),
          });
          if (rng() < 0.2) section.items.push(new Comment(randomString(rng, comment)));
        }
        root.items.push({ key: name, value: section });
      }
      const r = await roundTrip([root], "ini", identity, recipient);
      assert.equal(
        canonical(r.decrypted.tree[0]!),
        canonical(root),
        `seed ${seed}:\n${Buffer.from(r.text).toString()}`,
      );
      assert.equal(Buffer.from(r.again).toString(), Buffer.from(r.text).toString());
    }
  });

  test(`binary: ${ITERATIONS} seeded random blobs`, async () => {
    for (let seed = 1; seed <= ITERATIONS; seed++) {
      const rng = seededRandom(seed);
      const bytes = new Uint8Array(Array.from({ length: int(rng, 300) }, () => int(rng, 256)));
      const documents = storeFor("binary").parsePlain(bytes);
      const r = await roundTrip(documents, "binary", identity, recipient);
      assert.deepEqual(Buffer.from(r.again), Buffer.from(bytes), `seed ${seed}`);
      assert.ok(
        Buffer.from(r.encrypted).toString().startsWith('{\n\t"data": '),
        "the encrypted file is JSON",
      );
    }
  });
});

/** YAML and JSON details that decide interoperability: Go's scalar typing, comment placement, key order. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { storeFor } from "../../src/secrets/formats/index.ts";
import { resolvePlain } from "../../src/secrets/formats/yaml-scalars.ts";
import { formatGoFloat } from "../../src/secrets/go-format.ts";
import { decryptBytes, encryptBytes } from "../../src/secrets/index.ts";
import { type Branch, Comment, type List } from "../../src/secrets/tree.ts";

const identity = await generateX25519Identity();
const recipient = await identityToRecipient(identity);
const yaml = storeFor("yaml");
const parseYaml = (text: string) => yaml.parsePlain(Buffer.from(text));

describe("go-yaml v3 scalar typing", () => {
  const cases: [string, unknown][] = [
    ["017", 15n],
    ["0o17", 15n],
    ["0x1F", 31n],
    ["0b101", 5n],
    ["-0b101", -5n],
    ["1_000", 1000n],
    ["+12", 12n],
    ["08", 8],
    ["1e3", 1000],
    [".5", 0.5],
    ["1.", 1],
    ["+.5", 0.5],
    ["1_0.5", 10.5],
    [".inf", Infinity],
    ["-.Inf", -Infinity],
    ["9223372036854775808", 9223372036854775808n],
    ["1e400", "str"],
    ["yes", "str"],
    ["on", "str"],
    ["True", true],
    ["FALSE", false],
    ["~", null],
    ["", null],
    ["Null", null],
    ["nULL", "str"],
    ["2024-01-01", "timestamp"],
    ["1:20", "str"],
    ["0x", "str"],
    ["_1", "str"],
    ["-", "str"],
    [".e1", "str"],
  ];
  for (const [text, expected] of cases) {
    test(`${JSON.stringify(text)} → ${typeof expected === "bigint" ? `${expected}n` : String(expected)}`, () => {
      const r = resolvePlain(text);
      if (expected === "str" || expected === "timestamp") assert.equal(r.kind, expected);
      else if (expected === null) assert.equal(r.kind, "null");
      else assert.equal((r as { value: unknown }).value, expected);
    });
  }

  test("typed values in a document, quoted and tagged scalars", () => {
    const [doc] = parseYaml(
      "a: 017\nb: '017'\nc: !!str 12\nd: !!float 1\ne: 1.0\nf: !!binary aGk=\ng: 2024-01-01\nh:\n",
    );
    assert.deepEqual(
      doc!.entries().map((e) => e.value),
      [15n, "017", "12", 1, 1, new Uint8Array([104, 105]), "2024-01-01", null],
    );
  });
});

describe("Go float formatting (the MAC's bytes)", () => {
  for (const [n, text] of [
    [1e21, "1000000000000000000000"],
    [1.5e-7, "0.00000015"],
    [0.1, "0.1"],
    [-0, "-0"],
    [1234568000, "1234568000"],
    [25.4, "25.4"],
    [Number.NaN, "NaN"],
    [Infinity, "+Inf"],
    [-Infinity, "-Inf"],
    [123456789.125, "123456789.125"],
  ] as [number, string][]) {
    test(`${n} → ${text}`, () => assert.equal(formatGoFloat(n), text));
  }
  test("5e-324 has 323 zeros after the point", () =>
    assert.equal(formatGoFloat(5e-324), `0.${"0".repeat(323)}5`));
});

describe("YAML comments belong to the collection go-yaml gives them", () => {
  test("by indentation, not by what follows", () => {
    const [doc] = parseYaml(
      "# head\na:\n    # first in a\n    b: 1\n    # end of a\n# before c\nc:\n    - x\n    # in list\n    - y\n",
    );
    assert.deepEqual(doc!.items[0], new Comment(" head"));
    const a = doc!.get("a") as Branch;
    assert.deepEqual(
      a.items.map((i) => (i instanceof Comment ? i.text : i.key)),
      [" first in a", "b", " end of a"],
    );
    assert.ok(doc!.items.some((i) => i instanceof Comment && i.text === " before c"));
    const c = doc!.get("c") as List;
    assert.deepEqual(c.items, ["x", new Comment(" in list"), "y"]);
  });

  test("an inline comment stays on its line through encryption", async () => {
    const text = "a: 1 # one\nb: 2\n";
    const enc = Buffer.from(
      await encryptBytes(Buffer.from(text), { format: "yaml", recipients: [recipient] }),
    ).toString();
    assert.match(enc, /^a: ENC\[[^\n]*\] #ENC\[[^\n]*type:comment\]\nb: /);
    const dec = await decryptBytes(Buffer.from(enc), { format: "yaml", identities: [identity] });
    assert.equal(Buffer.from(yaml.emitPlain(dec.tree)).toString(), text);
  });
});

describe("YAML documents", () => {
  test("several documents: sops metadata in each, every document decrypted", async () => {
    const enc = Buffer.from(
      await encryptBytes(Buffer.from("a: 1\n---\nb: 2\n"), { format: "yaml", recipients: [recipient] }),
    ).toString();
    assert.equal(enc.match(/^sops:$/gm)?.length, 2);
    const dec = await decryptBytes(Buffer.from(enc), { format: "yaml", identities: [identity] });
    assert.deepEqual(dec.documents, [{ a: 1 }, { b: 2 }]);
  });

  test("aliases are expanded; non-string keys are quoted so Go sops reads them as strings", async () => {
    const enc = Buffer.from(
      await encryptBytes(Buffer.from("base: &b\n    x: 1\nother: *b\n1: one\ntrue: yes\n"), {
        format: "yaml",
        recipients: [recipient],
      }),
    ).toString();
    assert.ok(!enc.includes("&b") && !enc.includes("*b"));
    assert.match(enc, /^"1": ENC/m);
    assert.match(enc, /^"true": ENC/m);
    const dec = await decryptBytes(Buffer.from(enc), { format: "yaml", identities: [identity] });
    assert.deepEqual(dec.data, { base: { x: 1 }, other: { x: 1 }, 1: "one", true: "yes" });
  });

  test("invalid input is refused: duplicate keys, a top-level list, no document", () => {
    assert.throws(() => parseYaml("a: 1\na: 2\n"), /invalid YAML/);
    assert.throws(() => parseYaml("- a\n"), /top level of a YAML document must be a mapping/);
    assert.throws(() => parseYaml("# only a comment\n"), /holds no document/);
  });
});

describe("JSON", () => {
  const json = storeFor("json");
  test("key order is kept (integer-like keys too); ints and floats follow the literal", () => {
    const [doc] = json.parsePlain(
      Buffer.from('{"2": 1, "1": 1.0, "big": 9223372036854775807, "huge": 9223372036854775808, "e": 1e2}'),
    );
    assert.deepEqual(
      doc!.entries().map((e) => e.key),
      ["2", "1", "big", "huge", "e"],
    );
    assert.deepEqual(
      doc!.entries().map((e) => e.value),
      [1n, 1, 9223372036854775807n, 2 ** 63, 100],
    );
    assert.equal(
      Buffer.from(json.emitPlain([doc!])).toString(),
      '{\n\t"2": 1,\n\t"1": 1.0,\n\t"big": 9223372036854775807,\n\t"huge": 9223372036854776000.0,\n\t"e": 100.0\n}\n',
    );
  });

  test("invalid JSON names the position; duplicate keys and non-objects are refused", () => {
    assert.throws(
      () => json.parsePlain(Buffer.from('{"a": 1,\n "a": 2}')),
      /line 2, column \d+: duplicate key "a"/,
    );
    assert.throws(() => json.parsePlain(Buffer.from("[1]")), /must be an object/);
    assert.throws(() => json.parsePlain(Buffer.from('{"a": }')), /expected a value/);
  });
});

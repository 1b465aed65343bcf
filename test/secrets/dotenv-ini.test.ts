/** dotenv and INI exactly as sops reads and writes them (no trimming in dotenv, go-ini's rules in INI). */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { storeFor } from "../../src/secrets/formats/index.ts";
import { decryptBytes, encryptBytes } from "../../src/secrets/index.ts";
import { Branch, Comment } from "../../src/secrets/tree.ts";

const identity = await generateX25519Identity();
const recipient = await identityToRecipient(identity);
const roundTrip = async (format: "dotenv" | "ini", text: string) => {
  const enc = await encryptBytes(Buffer.from(text), { format, recipients: [recipient] });
  return {
    enc: Buffer.from(enc).toString(),
    dec: await decryptBytes(enc, { format, identities: [identity] }),
  };
};

describe("dotenv", () => {
  const dotenv = storeFor("dotenv");
  test("keys and values are taken verbatim; \\n means a newline; # lines are comments", () => {
    const [doc] = dotenv.parsePlain(Buffer.from('# c\nfoo =bar \nexport X="q"\nA=b=c\nM=l1\\nl2\n\nE=\n'));
    assert.deepEqual(doc!.items, [
      new Comment(" c"),
      { key: "foo ", value: "bar " },
      { key: "export X", value: '"q"' },
      { key: "A", value: "b=c" },
      { key: "M", value: "l1\nl2" },
      { key: "E", value: "" },
    ]);
    assert.throws(() => dotenv.parsePlain(Buffer.from("A=1\nnot a pair\n")), /line 2: expected KEY=value/);
  });

  test("a key with a trailing space has the AAD sops gives it", async () => {
    const { enc, dec } = await roundTrip("dotenv", "foo =bar\n");
    assert.match(enc, /^foo =ENC\[/);
    assert.deepEqual(dec.data, { "foo ": "bar" });
  });

  test("encrypted comments, metadata as sops_ keys; nested values are refused", async () => {
    const { enc, dec } = await roundTrip("dotenv", "#note\nA=1\n");
    assert.match(
      enc,
      /^#ENC\[[^\n]*type:comment\]\nA=ENC\[[^\n]*\nsops_age__list_0__map_enc=-----BEGIN AGE ENCRYPTED FILE-----\\n/,
    );
    assert.match(
      enc,
      /\nsops_lastmodified=[^\n]*\nsops_mac=ENC\[[^\n]*\nsops_unencrypted_suffix=_unencrypted\nsops_version=3\.13\.2\n$/,
    );
    assert.equal(Buffer.from(dotenv.emitPlain(dec.tree)).toString(), "#note\nA=1\n");
    assert.throws(
      () => dotenv.emitPlain([new Branch([{ key: "a", value: new Branch() }])]),
      /cannot hold nested values/,
    );
    await assert.rejects(
      encryptBytes(Buffer.from("sops_x=1\n"), { format: "dotenv", recipients: [recipient] }),
      /already encrypted/,
    );
  });
});

describe("INI (go-ini rules)", () => {
  const ini = storeFor("ini");
  const parse = (text: string) => ini.parsePlain(Buffer.from(text))[0]!;

  test("separators, inline comments, quotes, continuations and multi-line values", () => {
    const doc = parse(
      'top = level\n[s]\na: 1\nb = x ; trailing\nc = "quoted"\nd = `x#y`\ne = one \\\n  two\nf = """l1\nl2"""\n',
    );
    assert.deepEqual((doc.get("DEFAULT") as Branch).entries(), [{ key: "top", value: "level" }]);
    const s = doc.get("s") as Branch;
    assert.deepEqual(
      s.entries().map((e) => [e.key, e.value]),
      [
        ["a", "1"],
        ["b", "x"],
        ["c", "quoted"],
        ["d", "x#y"],
        ["e", "one two"],
        ["f", "l1\nl2"],
      ],
    );
    assert.deepEqual(s.items[2], new Comment("trailing"), "an inline comment becomes the key's comment");
  });

  test("comments: the section's comes first, a key's comes after it; repeated sections merge", () => {
    const doc = parse("; about s\n[s]\n# about k\nk = v\n[t]\nx = 1\n[s]\nk2 = w\n");
    const s = doc.get("s") as Branch;
    assert.deepEqual(s.items, [
      new Comment("about s"),
      { key: "k", value: "v" },
      new Comment("about k"),
      { key: "k2", value: "w" },
    ]);
    assert.deepEqual(
      doc.entries().map((e) => e.key),
      ["s", "t"],
    );
  });

  test("written values that go-ini would misread are quoted, and read back exactly", () => {
    const values = [
      "a#b",
      "a;b",
      " lead",
      "trail ",
      "multi\nline",
      "back`tick",
      "'q'",
      '"dq"',
      "ends\\",
      "plain",
    ];
    const doc = new Branch([
      { key: "s", value: new Branch(values.map((v, i) => ({ key: `k${i}`, value: v }))) },
    ]);
    const text = Buffer.from(ini.emitPlain([doc])).toString();
    assert.deepEqual(
      (parse(text).get("s") as Branch).entries().map((e) => e.value),
      values,
    );
  });

  test("encrypted INI: '; ENC' comments and a [sops] section; 3.13.0's \"\"\" metadata is read too", async () => {
    const { enc, dec } = await roundTrip("ini", "; hello\n[s]\nk = v\n");
    assert.match(enc, /^; ENC\[[^\n]*type:comment\]\n\[s\]\nk = ENC\[/);
    assert.match(enc, /\n\[sops\]\nage__list_0__map_enc\s+= -----BEGIN AGE ENCRYPTED FILE-----\\n/);
    assert.deepEqual(dec.data, { s: { k: "v" } });
    const multiline = enc.replace(
      /^(age__list_0__map_enc\s+= )(.*)$/m,
      (_m, head: string, value: string) => `${head}"""${value.replaceAll("\\n", "\n")}"""`,
    );
    assert.notEqual(multiline, enc);
    const again = await decryptBytes(Buffer.from(multiline), { format: "ini", identities: [identity] });
    assert.deepEqual(again.data, { s: { k: "v" } });
  });
});

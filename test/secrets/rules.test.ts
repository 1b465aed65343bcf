/** Which values are encrypted: suffix and regex rules, comment rules, and mac_only_encrypted. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { decryptBytes, encryptBytes, type EncryptionRule } from "../../src/secrets/index.ts";

const identity = await generateX25519Identity();
const recipient = await identityToRecipient(identity);

async function encrypt(yaml: string, rule?: EncryptionRule, macOnlyEncrypted?: boolean): Promise<string> {
  const bytes = await encryptBytes(Buffer.from(yaml), {
    format: "yaml",
    recipients: [recipient],
    rule,
    macOnlyEncrypted,
  });
  return Buffer.from(bytes).toString();
}

const open = (text: string) => decryptBytes(Buffer.from(text), { format: "yaml", identities: [identity] });

const clear = (text: string, key: string) => new RegExp(`^\\s*${key}: (?!ENC\\[)`, "m").test(text);

describe("encryption rules", () => {
  const doc =
    "name: web\ndata:\n    password: pw\n    nested_unencrypted:\n        deep: visible\nport_unencrypted: 80\nstringData:\n    token: t\n";

  test("default: unencrypted_suffix _unencrypted, anywhere on the path", async () => {
    const text = await encrypt(doc);
    assert.ok(!clear(text, "name") && !clear(text, "password") && !clear(text, "token"));
    assert.ok(clear(text, "deep") && clear(text, "port_unencrypted"));
    assert.match(text, /unencrypted_suffix: _unencrypted/);
    assert.deepEqual((await open(text)).data.data, {
      password: "pw",
      nested_unencrypted: { deep: "visible" },
    });
  });

  test("encrypted_regex (the Kubernetes way)", async () => {
    const text = await encrypt(doc, { kind: "encrypted_regex", value: "^(data|stringData)$" });
    assert.ok(clear(text, "name") && clear(text, "port_unencrypted"));
    assert.ok(!clear(text, "password") && !clear(text, "deep") && !clear(text, "token"));
    assert.match(text, /encrypted_regex: \^\(data\|stringData\)\$/);
    assert.equal((await open(text)).data.name, "web");
  });

  test("unencrypted_regex and encrypted_suffix", async () => {
    const un = await encrypt(doc, { kind: "unencrypted_regex", value: "^(name|stringData)$" });
    assert.ok(clear(un, "name") && clear(un, "token") && !clear(un, "password"));
    const suffix = await encrypt("a_secret: 1\nb: 2\n", { kind: "encrypted_suffix", value: "_secret" });
    assert.ok(!clear(suffix, "a_secret") && clear(suffix, "b"));
    assert.deepEqual((await open(suffix)).data, { a_secret: 1, b: 2 });
  });

  test("comment rules: a marked value is encrypted, the marker itself stays readable", async () => {
    const text = await encrypt("# sops:enc\npassword: pw\nuser: admin\n", {
      kind: "encrypted_comment_regex",
      value: "sops:enc",
    });
    assert.match(text, /^# sops:enc\npassword: ENC\[/);
    assert.ok(clear(text, "user"));
    const un = await encrypt("# keep\nuser: admin\npassword: pw\n", {
      kind: "unencrypted_comment_regex",
      value: "keep",
    });
    assert.match(un, /^# keep\nuser: admin\npassword: ENC\[/);
  });

  test("mac_only_encrypted: clear values may change, encrypted ones may not", async () => {
    const text = await encrypt("secret: s\nnote_unencrypted: a\n", undefined, true);
    assert.match(text, /mac_only_encrypted: true/);
    assert.deepEqual(
      (await open(text.replace("note_unencrypted: a", "note_unencrypted: b"))).data.note_unencrypted,
      "b",
    );
    const full = await encrypt("secret: s\nnote_unencrypted: a\n");
    await assert.rejects(open(full.replace("note_unencrypted: a", "note_unencrypted: b")), /MAC mismatch/);
  });

  test("empty strings are not encrypted and nulls are left alone", async () => {
    const text = await encrypt('empty: ""\nnothing: null\nx: 1\n');
    assert.match(text, /empty: ""\nnothing: null\n/);
    assert.deepEqual((await open(text)).data, { empty: "", nothing: null, x: 1 });
  });
});

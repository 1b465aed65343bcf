/**
 * Every file written by the real sops (3.7–3.9) in the shared vectors decrypts to its expected
 * plaintext with each available key alone, recovers the expected data key, and recomputes the
 * expected MAC; the bare age blobs and ssh-to-age vectors behave as documented.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { identityToRecipient } from "age-encryption";
import { unwrapDataKey } from "../../src/secrets/age/data-key.ts";
import { loadIdentities, parseIdentityText, sshIdentity } from "../../src/secrets/age/identities.ts";
import { openBytes, storeForFile } from "../../src/secrets/open.ts";
import {
  decryptBytes,
  decryptFile,
  encryptData,
  sshPrivateKeyToAgeIdentity,
  sshPublicKeyToAgeRecipient,
} from "../../src/secrets/index.ts";
import { readEncrypted, settingsFor } from "../../src/secrets/sops-file.ts";
import { Branch, Comment, List, type TreeNode } from "../../src/secrets/tree.ts";
import { decryptDocuments } from "../../src/secrets/tree-crypto.ts";
import { VECTORS } from "./helpers.ts";

const read = (p: string) => readFileSync(join(VECTORS, p), "utf8");

interface Expected {
  data_key_hex: string;
  mac_sha512_hex: string;
  recipients: string[];
  comments: { aad: string; text: string }[];
  plaintext: unknown;
  binary_plaintext_base64?: string;
}

const CASES = [
  { file: "sops-pr1031-examples/example.yaml", keys: "sops-pr1031-examples/keys.txt" },
  { file: "sops-pr1031-examples/example.json", keys: "sops-pr1031-examples/keys.txt" },
  { file: "sops-pr1031-examples/example.ini", keys: "sops-pr1031-examples/keys.txt" },
  { file: "sops-pr1031-examples/example.txt", keys: "sops-pr1031-examples/keys.txt" },
  { file: "sops-age-npm-testdata/secret.enc.json", keys: "sops-age-npm-testdata/key.txt" },
  { file: "sops-age-npm-testdata/secret.enc.yaml", keys: "sops-age-npm-testdata/key.txt" },
  { file: "sops-age-npm-testdata/secret.enc.env", keys: "sops-age-npm-testdata/key.txt" },
];

function commentsOf(node: TreeNode, out: string[] = []): string[] {
  if (node instanceof Branch) {
    for (const item of node.items) {
      if (item instanceof Comment) out.push(item.text);
      else commentsOf(item.value, out);
    }
  } else if (node instanceof List) {
    for (const item of node.items) {
      if (item instanceof Comment) out.push(item.text);
      else commentsOf(item, out);
    }
  }
  return out;
}

describe("real sops vectors", () => {
  for (const { file, keys } of CASES) {
    const expected = JSON.parse(read(`expected/${file.split("/")[1]}.expected.json`)) as Expected;
    const identities = parseIdentityText(read(keys), keys);

    for (const [i, identity] of identities.entries()) {
      test(`${file} decrypts with key ${i + 1} alone`, async () => {
        const decrypted = await decryptFile(join(VECTORS, file), { identities: [identity] });
        if (expected.binary_plaintext_base64) {
          const data = decrypted.data.data as Uint8Array;
          assert.equal(Buffer.from(data).toString("base64"), expected.binary_plaintext_base64);
        } else {
          assert.deepEqual(JSON.parse(JSON.stringify(decrypted.data)), expected.plaintext);
        }
        assert.deepEqual(decrypted.recipients, [expected.recipients]);
      });
    }

    test(`${file}: data key, MAC and comments match the expected values`, async () => {
      const path = join(VECTORS, file);
      const bytes = readFileSync(path);
      const store = storeForFile(path, {});
      const opened = await openBytes(bytes, store, { identities });
      assert.equal(Buffer.from(opened.dataKey).toString("hex"), expected.data_key_hex);
      const parsed = readEncrypted(bytes, store);
      const recomputed = decryptDocuments(
        parsed.documents,
        opened.dataKey,
        settingsFor(store.format, parsed.metadata),
      );
      assert.equal(recomputed.mac, expected.mac_sha512_hex);
      assert.deepEqual(
        opened.plain.flatMap((d) => commentsOf(d)),
        expected.comments.map((c) => c.text),
      );
    });
  }

  test("typed values: floats, ints stored as float by old sops, booleans", async () => {
    const keys = parseIdentityText(read("sops-age-npm-testdata/key.txt"), "key.txt");
    const json = await decryptFile(join(VECTORS, "sops-age-npm-testdata/secret.enc.json"), {
      identities: keys,
    });
    assert.equal(json.tree[0]!.get("int"), 7); // type:float in the file: a JS number, not a bigint
    const yaml = await decryptFile(join(VECTORS, "sops-age-npm-testdata/secret.enc.yaml"), {
      identities: keys,
    });
    assert.equal(yaml.tree[0]!.get("int"), 7n); // type:int
    assert.equal(yaml.tree[0]!.get("boolean"), true);
  });

  test("a key that is not a recipient gets a clear error naming the file", async () => {
    const other = parseIdentityText(read("sops-keysource-test-blobs/mock_other_identity.txt"), "other");
    await assert.rejects(
      decryptFile(join(VECTORS, "sops-pr1031-examples/example.yaml"), { identities: other }),
      (e: Error) => /example\.yaml: cannot decrypt the data key/.test(e.message),
    );
  });

  test("decryptBytes works on content in memory", async () => {
    const keys = parseIdentityText(read("sops-age-npm-testdata/key.txt"), "key.txt");
    const bytes = readFileSync(join(VECTORS, "sops-age-npm-testdata/secret.enc.env"));
    const d = await decryptBytes(bytes, { format: "dotenv", identities: keys });
    assert.deepEqual(d.data, { secret: "this is a secret", another_secret: "7" });
  });
});

describe("sops key source blobs", () => {
  const blob = (name: string) => read(`sops-keysource-test-blobs/${name}`);

  test("X25519 blob opens with its identity and not with another", async () => {
    const mine = parseIdentityText(blob("mock_identity.txt"), "mock_identity.txt");
    const other = parseIdentityText(blob("mock_other_identity.txt"), "mock_other_identity.txt");
    const ok = await unwrapDataKey(blob("mock_encrypted_key.age.asc"), mine);
    assert.ok("key" in ok);
    assert.equal(Buffer.from(ok.key).toString(), "data");
    assert.ok("error" in (await unwrapDataKey(blob("mock_encrypted_key.age.asc"), other)));
  });

  test("ssh-ed25519 blob (written by Go agessh) opens with the SSH key, not with its ssh-to-age conversion", async () => {
    const ssh = sshIdentity(blob("mock_ssh_id_ed25519"), "mock_ssh_id_ed25519");
    const ok = await unwrapDataKey(blob("mock_encrypted_ssh_key.age.asc"), [ssh]);
    assert.ok("key" in ok);
    assert.equal(Buffer.from(ok.key).toString(), "data");
    const converted = sshPrivateKeyToAgeIdentity(blob("mock_ssh_id_ed25519"));
    assert.ok("error" in (await unwrapDataKey(blob("mock_encrypted_ssh_key.age.asc"), [converted])));
    assert.equal(
      sshPublicKeyToAgeRecipient(blob("mock_ssh_id_ed25519.pub")),
      blob("mock_ssh_id_ed25519.converted_age_recipient.txt").trim(),
    );
    assert.equal(
      await identityToRecipient(converted),
      sshPublicKeyToAgeRecipient(blob("mock_ssh_id_ed25519.pub")),
    );
  });

  test("a passphrase-protected identity file is unlocked through the passphrase callback", async () => {
    const env = {
      HOME: "/nonexistent",
      SOPS_AGE_KEY_FILE: join(VECTORS, "sops-keysource-test-blobs/mock_encrypted_identity.age.asc"),
    };
    const loaded = await loadIdentities({ env, passphrase: async () => "passphrase" });
    assert.deepEqual(loaded.errors, []);
    assert.deepEqual(loaded.identities, parseIdentityText(blob("mock_identity.txt"), "x"));
    const none = await loadIdentities({ env });
    assert.match(none.errors.join("\n"), /passphrase-protected/);
  });

  test("a post-quantum hybrid identity decrypts a file encrypted to its recipient", async () => {
    const hybrid = blob("mock_hybrid_identity.txt").trim();
    const recipient = await identityToRecipient(hybrid);
    assert.match(recipient, /^age1pq1/);
    const encrypted = await encryptData({ secret: "pq" }, { recipients: [recipient], format: "yaml" });
    const d = await decryptBytes(encrypted, {
      format: "yaml",
      identities: parseIdentityText(hybrid, "hybrid"),
    });
    assert.deepEqual(d.data, { secret: "pq" });
  });
});

describe("ssh-to-age vectors", () => {
  test("public and private key conversions match ssh-to-age's outputs", () => {
    const dir = "ssh-to-age-testdata";
    assert.equal(
      sshPublicKeyToAgeRecipient(read(`${dir}/id_ed25519.pub`)),
      read(`${dir}/expected_age_recipient.txt`).trim(),
    );
    assert.equal(
      sshPrivateKeyToAgeIdentity(read(`${dir}/id_ed25519`)),
      read(`${dir}/expected_age_identity.txt`).trim(),
    );
  });
});

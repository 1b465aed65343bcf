/**
 * Tampering is always an error that names the file, never a silent success: changed values
 * (clear or encrypted), reordered keys or list items, a changed or stale MAC, a changed
 * `lastmodified` or rule, renamed keys, and the wrong key.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { parseIdentityText } from "../../src/secrets/age/identities.ts";
import { decryptFile, setValue } from "../../src/secrets/index.ts";
import { hearth, isolateKeys, scratchDir, VECTORS } from "./helpers.ts";

const dir = scratchDir();
const keysFile = join(VECTORS, "sops-pr1031-examples/keys.txt");
const identities = parseIdentityText(readFileSync(keysFile, "utf8"), "keys.txt");

/** Copies a vector into the scratch folder with an edit applied, checking the edit did something. */
function tampered(vector: string, name: string, edit: (text: string) => string): string {
  const original = readFileSync(join(VECTORS, vector), "utf8");
  const changed = edit(original);
  assert.notEqual(changed, original, "the tampering must change the file");
  const path = join(dir, name);
  writeFileSync(path, changed);
  return path;
}

async function rejectsNaming(path: string, pattern: RegExp): Promise<void> {
  await assert.rejects(decryptFile(path, { identities }), (e: Error) => {
    assert.ok(e.message.includes(path), `error should name ${path}: ${e.message}`);
    assert.match(e.message, pattern);
    return true;
  });
}

function swapLines(text: string, a: string, b: string): string {
  const lines = text.split("\n");
  const i = lines.findIndex((l) => l.startsWith(a));
  const j = lines.findIndex((l) => l.startsWith(b));
  assert.ok(i >= 0 && j >= 0);
  [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  return lines.join("\n");
}

describe("tampering is detected", () => {
  test("the untouched copies decrypt (so each failure below is the tampering's doing)", async () => {
    for (const v of ["example.yaml", "example.json", "example.ini"]) {
      const path = tampered(`sops-pr1031-examples/${v}`, `ok-${v}`, (t) => `${t}\n`);
      await decryptFile(path, { identities });
    }
  });

  test("a changed clear-text value", async () => {
    const path = tampered("sops-pr1031-examples/example.yaml", "clear.yaml", (t) =>
      t.replace("- remain in clear text", "- remain in clear text!"),
    );
    await rejectsNaming(path, /MAC mismatch/);
  });

  test("two keys swapped (values move with them: each decrypts, the MAC does not match)", async () => {
    const path = tampered("sops-pr1031-examples/example.json", "swapped.json", (t) =>
      swapLines(t, '\t"firstName"', '\t"lastName"'),
    );
    await rejectsNaming(path, /MAC mismatch/);
  });

  test("two list elements swapped (same AAD, different MAC)", async () => {
    const path = tampered("sops-pr1031-examples/example.yaml", "list.yaml", (t) => {
      const lines = t.split("\n");
      const i = lines.findIndex((l) => l.startsWith("an_array:"));
      [lines[i + 1], lines[i + 2]] = [lines[i + 2]!, lines[i + 1]!];
      return lines.join("\n");
    });
    await rejectsNaming(path, /MAC mismatch/);
  });

  test("INI sections reordered", async () => {
    const path = tampered("sops-pr1031-examples/example.ini", "sections.ini", (t) => {
      const sections = t.split("\n\n");
      [sections[1], sections[2]] = [sections[2]!, sections[1]!];
      return sections.join("\n\n");
    });
    await rejectsNaming(path, /MAC mismatch/);
  });

  test("a renamed key (its value's AAD no longer matches)", async () => {
    const path = tampered("sops-pr1031-examples/example.yaml", "renamed.yaml", (t) =>
      t.replace("myapp1: ENC", "myapp2: ENC"),
    );
    await rejectsNaming(path, /cannot decrypt the value at 'myapp2:'/);
  });

  test("a flipped ciphertext byte", async () => {
    const path = tampered("sops-pr1031-examples/example.yaml", "flipped.yaml", (t) =>
      t.replace("data:/cSI,", "data:/cSJ,"),
    );
    await rejectsNaming(path, /authentication failed/);
  });

  test("an encrypted value replaced by clear text", async () => {
    const path = tampered("sops-pr1031-examples/example.json", "cleared.json", (t) =>
      t.replace(/"firstName": "ENC\[[^"]*"/, '"firstName": "Mallory"'),
    );
    await rejectsNaming(path, /not in sops' encrypted format/);
  });

  test("a changed MAC", async () => {
    const path = tampered("sops-pr1031-examples/example.yaml", "mac.yaml", (t) =>
      t.replace("mac: ENC[AES256_GCM,data:dw", "mac: ENC[AES256_GCM,data:dW"),
    );
    await rejectsNaming(path, /cannot decrypt the file's MAC/);
  });

  test("a removed MAC", async () => {
    const path = tampered("sops-pr1031-examples/example.yaml", "nomac.yaml", (t) =>
      t.replace(/ {4}mac: ENC\[[^\n]*\n/, ""),
    );
    await rejectsNaming(path, /no MAC/);
  });

  test("a changed lastmodified (the MAC's AAD)", async () => {
    const path = tampered("sops-pr1031-examples/example.yaml", "time.yaml", (t) =>
      t.replace('lastmodified: "2022-03-15T22:11:15Z"', 'lastmodified: "2022-03-15T22:11:16Z"'),
    );
    await rejectsNaming(path, /cannot decrypt the file's MAC/);
  });

  test("mac_only_encrypted switched on in the metadata", async () => {
    const path = tampered("sops-pr1031-examples/example.yaml", "maconly.yaml", (t) =>
      t.replace("    pgp: []\n", "    pgp: []\n    mac_only_encrypted: true\n"),
    );
    await rejectsNaming(path, /MAC mismatch/);
  });

  test("a stale but genuine MAC from an earlier version of the file", async () => {
    const home = scratchDir();
    isolateKeys(home, keysFile);
    const path = tampered("sops-pr1031-examples/example.yaml", "stale.yaml", (t) => `${t}\n`);
    const before = readFileSync(path, "utf8");
    await setValue(path, '["myapp1"]', "changed", { identities });
    const after = readFileSync(path, "utf8");
    const meta = (t: string) => /lastmodified: [^\n]*\n {4}mac: [^\n]*\n/.exec(t)![0];
    writeFileSync(path, after.replace(meta(after), meta(before)));
    await rejectsNaming(path, /MAC mismatch/);
  });

  test("the wrong key", async () => {
    const other = parseIdentityText(
      readFileSync(join(VECTORS, "sops-keysource-test-blobs/mock_other_identity.txt"), "utf8"),
      "x",
    );
    const path = join(VECTORS, "sops-pr1031-examples/example.yaml");
    await assert.rejects(decryptFile(path, { identities: other }), (e: Error) =>
      e.message.startsWith(`${path}: cannot decrypt the data key`),
    );
  });

  test("the CLI reports tampering with exit 1 and the file name", async () => {
    const home = scratchDir();
    isolateKeys(home, keysFile);
    const path = tampered("sops-pr1031-examples/example.yaml", "cli.yaml", (t) =>
      t.replace("- remain in clear text", "- remain in clear text!"),
    );
    const r = await hearth(dir, "secrets", "decrypt", "cli.yaml");
    assert.equal(r.code, 1);
    assert.equal(r.out, "");
    assert.match(r.err, /cli\.yaml: MAC mismatch/);
    const forced = await hearth(dir, "secrets", "decrypt", "--ignore-mac", path);
    assert.equal(forced.code, 0);
    assert.match(forced.out, /remain in clear text!/);
  });
});

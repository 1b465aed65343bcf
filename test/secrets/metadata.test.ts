/** Metadata across versions: old layouts are read, rewritten in the current layout, foreign keys kept. */
import assert from "node:assert/strict";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parseIdentityText } from "../../src/secrets/age/identities.ts";
import { decryptFile, encryptData, rotateFile, setValue } from "../../src/secrets/index.ts";
import { ageKeygen, scratchDir, VECTORS } from "./helpers.ts";

const dir = scratchDir();

test("a sops 3.7.1 file re-saved by hearth: current layout, version raised, comments and values intact", async () => {
  const file = join(dir, "example.yaml");
  copyFileSync(join(VECTORS, "sops-pr1031-examples/example.yaml"), file);
  const identities = parseIdentityText(
    readFileSync(join(VECTORS, "sops-pr1031-examples/keys.txt"), "utf8"),
    "keys",
  );
  const before = await decryptFile(file, { identities });
  await setValue(file, '["myapp1"]', "changed", { identities });
  const text = readFileSync(file, "utf8");
  assert.match(text, /\nsops:\n {4}age:\n/);
  assert.ok(!/kms: \[\]|pgp: \[\]/.test(text), "empty lists of the old layout are gone");
  assert.match(text, /\n {4}version: 3\.13\.2\n$/);
  const after = await decryptFile(file, { identities });
  assert.deepEqual({ ...after.data, myapp1: before.data.myapp1 }, before.data);
  assert.equal(after.data.myapp1, "changed");
  assert.equal((text.match(/#ENC\[AES256_GCM/g) ?? []).length, 4, "the four comments stay encrypted");
});

test("master keys of other kinds (pgp) are kept on re-save; rotate refuses to drop them", async () => {
  const key = ageKeygen(dir);
  const file = join(dir, "foreign.sops.yaml");
  const text = Buffer.from(
    await encryptData({ a: "b" }, { recipients: [key.recipient], env: { HOME: "/nonexistent" } }),
  ).toString();
  const pgp =
    '    pgp:\n        - created_at: "2024-01-01T00:00:00Z"\n          enc: not-used\n          fp: ABCDEF0123456789\n';
  writeFileSync(file, text.replace("    lastmodified:", `${pgp}    lastmodified:`));
  const identities = [key.identity];
  await setValue(file, '["c"]', "d", { identities });
  const saved = readFileSync(file, "utf8");
  assert.ok(saved.includes("fp: ABCDEF0123456789"), saved);
  assert.deepEqual((await decryptFile(file, { identities })).data, { a: "b", c: "d" });
  await assert.rejects(rotateFile(file, { identities }), /foreign\.sops\.yaml: .*non-age master keys/);
});

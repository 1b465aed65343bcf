/** Key paths and recipients of an encrypted file, read with no key at all (what `hearth check` uses). */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import {
  encryptData,
  formatKeyPath,
  hasRecipient,
  listKeyPaths,
  listRecipients,
  sshPublicKeyToAgeRecipient,
} from "../../src/secrets/index.ts";
import { ageKeygen, scratchDir, sshKeygen, VECTORS } from "./helpers.ts";

const noKeys = { env: { HOME: "/nonexistent" } };

test("key paths of a real sops file, without any key available", () => {
  const paths = listKeyPaths(join(VECTORS, "sops-pr1031-examples/example.yaml"), noKeys);
  assert.deepEqual(paths.slice(0, 6), [
    ["myapp1"],
    ["app2", "db", "user"],
    ["app2", "db", "password"],
    ["app2", "key"],
    ["number"],
    ["an_array", 0],
  ]);
  assert.equal(paths.length, 16);
  assert.equal(formatKeyPath(paths[1]!), '["app2"]["db"]["user"]');
  const ini = listKeyPaths(join(VECTORS, "sops-pr1031-examples/example.ini"), noKeys);
  assert.deepEqual(ini[0], ["name", "firstName"]);
  assert.deepEqual(listKeyPaths(join(VECTORS, "sops-age-npm-testdata/secret.enc.env"), noKeys), [
    ["secret"],
    ["another_secret"],
  ]);
});

test("recipients of a file; a host is a recipient by its age key or its SSH key", async () => {
  const dir = scratchDir();
  const admin = ageKeygen(dir);
  const host = sshKeygen(dir, "ssh_host_ed25519_key");
  const other = sshKeygen(dir, "other_host");
  const viaAge = join(dir, "a.sops.yaml");
  writeFileSync(
    viaAge,
    await encryptData(
      { k: "v" },
      { recipients: [admin.recipient, sshPublicKeyToAgeRecipient(host.publicKey)], ...noKeys },
    ),
  );
  const viaSsh = join(dir, "b.sops.yaml");
  writeFileSync(viaSsh, await encryptData({ k: "v" }, { recipients: [host.publicKey], ...noKeys }));

  const a = listRecipients(viaAge, noKeys);
  assert.deepEqual(a, {
    groups: [[admin.recipient, sshPublicKeyToAgeRecipient(host.publicKey)]],
    threshold: 1,
    otherKeys: [],
  });
  assert.ok(hasRecipient(a, host.publicKey));
  assert.ok(hasRecipient(a, admin.recipient));
  assert.ok(!hasRecipient(a, other.publicKey));
  const b = listRecipients(viaSsh, noKeys);
  assert.ok(hasRecipient(b, host.publicKey.replace(/ \S+$/, " another-comment")));
  assert.ok(!hasRecipient(b, admin.recipient));
  assert.deepEqual(
    listRecipients(join(VECTORS, "sops-age-npm-testdata/secret.enc.yaml"), noKeys).groups[0]!.length,
    3,
  );
});

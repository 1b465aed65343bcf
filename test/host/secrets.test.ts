/**
 * Secrets in generations: the encrypted file is copied as it is, the plaintext is never in a
 * generation, and `hearth check` finds a missing key or a host that cannot decrypt, naming the
 * option with its file and line. The lab copy gets its own secrets file, encrypted for a key made
 * here, so the test can also decrypt what the generation holds.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  decryptFile,
  encryptData,
  generateAgeKey,
  sshPublicKeyToAgeRecipient,
} from "../../src/secrets/index.ts";
import { copyLab, hearth, lineOf } from "../cli/helpers.ts";

const secretsFile = "lab/modules/system/security/secrets.sops.yaml";
const plaintext = "CF_DNS_API_TOKEN=plaintext-that-must-never-leave-7f3a9c";
const hostKey = (dir: string, host: string) =>
  /hostKey: "([^"]+)"/.exec(readFileSync(join(dir, "lab/hosts", host, "index.ts"), "utf8"))![1]!;

async function encryptFor(dir: string, recipients: string[]) {
  const bytes = await encryptData(
    { security: { acme: { env: `${plaintext}\n` } } },
    { file: join(dir, secretsFile), recipients },
  );
  writeFileSync(join(dir, secretsFile), bytes);
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe("secrets", () => {
  let lab: ReturnType<typeof copyLab>;
  let key: { identity: string; recipient: string };
  let hosts: string[];
  before(async () => {
    lab = copyLab();
    key = await generateAgeKey();
    hosts = ["daedalus", "shodan", "xerxes"];
    await encryptFor(lab.dir, [
      key.recipient,
      ...hosts.map((h) => sshPublicKeyToAgeRecipient(hostKey(lab.dir, h))),
    ]);
  });
  after(() => lab.remove());

  test("a generation holds the encrypted file as is, never the plaintext", async () => {
    const out = join(lab.dir, "result");
    const r = await hearth(["build", "--out", out], lab.dir);
    assert.equal(r.code, 0, r.err);
    for (const h of hosts) {
      const copy = join(out, h, "secrets", secretsFile);
      assert.deepEqual(readFileSync(copy), readFileSync(join(lab.dir, secretsFile)));
      for (const f of allFiles(join(out, h))) {
        assert.ok(
          !readFileSync(f, "utf8").includes("plaintext-that-must-never-leave"),
          `${f} holds the plaintext`,
        );
      }
      const manifest = JSON.parse(readFileSync(join(out, h, "manifest.json"), "utf8"));
      assert.deepEqual(manifest.secrets[0], {
        ...manifest.secrets[0],
        name: "acme/env",
        source: `secrets/${secretsFile}`,
        key: "security/acme/env",
        path: "/run/hearth/secrets/acme/env",
        mode: "0400",
      });
      // It is the real secret: the host (here, the test's key) decrypts it.
      const opened = await decryptFile(copy, { env: { SOPS_AGE_KEY: key.identity } });
      assert.equal((opened.data as any).security.acme.env, `${plaintext}\n`);
    }
  });

  test("check names a key the file does not have, with the option's file and line", async () => {
    const module = "lab/modules/system/security/index.ts";
    lab.edit(module, 'key: "security/acme/env"', 'key: "security/acme/envv"');
    try {
      const r = await hearth(["check", "--no-typecheck"], lab.dir);
      assert.equal(r.code, 1);
      assert.match(
        r.err,
        new RegExp(
          `\`secrets\\.acme/env\\.key' \\(${module.replaceAll(".", "\\.")}:${lineOf(lab.dir, module, "envv")}\\): \`security/acme/envv' is not a key of ${secretsFile.replaceAll(".", "\\.")}`,
        ),
      );
    } finally {
      lab.edit(module, 'key: "security/acme/envv"', 'key: "security/acme/env"');
    }
  });

  test("check says which host is not a recipient of a file it needs", async () => {
    await encryptFor(lab.dir, [
      key.recipient,
      ...["daedalus", "shodan"].map((h) => sshPublicKeyToAgeRecipient(hostKey(lab.dir, h))),
    ]);
    const r = await hearth(["check", "--no-typecheck", "--json"], lab.dir);
    assert.equal(r.code, 1);
    const result = JSON.parse(r.out) as { hosts: { name: string; ok: boolean; errors: string[] }[] };
    assert.deepEqual(
      result.hosts.map((h) => [h.name, h.ok]),
      [
        ["daedalus", true],
        ["shodan", true],
        ["xerxes", false],
      ],
    );
    assert.match(
      result.hosts[2]!.errors[0]!,
      /xerxes's key \(hostKey\) is not a recipient of .*secrets\.sops\.yaml: add it to \.sops\.yaml and run `hearth secrets updatekeys/,
    );
  });
});

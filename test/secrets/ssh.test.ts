/**
 * SSH keys as age keys: age's ssh-ed25519 and ssh-rsa stanzas interoperate with the real `age`
 * CLI both ways, and host keys become age recipients (ssh-to-age) from a file or from a live
 * sshd through ssh-keyscan.
 */
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { unwrapDataKey } from "../../src/secrets/age/data-key.ts";
import { sshIdentity } from "../../src/secrets/age/identities.ts";
import { decryptBytes, encryptData, sshPrivateKeyToAgeIdentity } from "../../src/secrets/index.ts";
import { freePort } from "../free-port.ts";
import { hearth, scratchDir, sshKeygen, write } from "./helpers.ts";

const dir = scratchDir();
const ed = sshKeygen(dir, "id_ed25519");
const rsa = sshKeygen(dir, "id_rsa", "rsa");

describe("age's SSH recipient types", () => {
  for (const key of [ed, rsa]) {
    const type = key.publicKey.split(" ")[0];
    test(`${type}: the age CLI encrypts, hearth decrypts`, async () => {
      const armored = execFileSync("age", ["-a", "-R", `${key.file}.pub`], {
        input: "file key 32 bytes long, exactly!",
      }).toString();
      const r = await unwrapDataKey(armored, [sshIdentity(readFileSync(key.file, "utf8"), key.file)]);
      assert.ok("key" in r, JSON.stringify(r));
      assert.equal(Buffer.from(r.key).toString(), "file key 32 bytes long, exactly!");
    });

    test(`${type}: hearth encrypts a sops file, the age CLI opens its data key`, async () => {
      const bytes = Buffer.from(
        await encryptData({ a: "b" }, { recipients: [key.publicKey], format: "json" }),
      );
      const enc = JSON.parse(bytes.toString()).sops.age[0].enc as string;
      const stanza = write(dir, `${type}.age`, enc);
      assert.equal(execFileSync("age", ["-d", "-i", key.file, stanza]).length, 32);
      const env = { HOME: join(dir, "none"), SOPS_AGE_SSH_PRIVATE_KEY_FILE: key.file };
      assert.deepEqual((await decryptBytes(bytes, { format: "json", env })).data, { a: "b" });
    });
  }

  test("a passphrase-protected SSH key is reported when nothing else decrypts", async () => {
    const locked = join(dir, "locked");
    execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "secret-pass", "-f", locked]);
    const bytes = await encryptData({ a: 1 }, { recipients: [ed.publicKey] });
    const env = { HOME: join(dir, "none"), SOPS_AGE_SSH_PRIVATE_KEY_FILE: locked };
    await assert.rejects(decryptBytes(bytes, { format: "yaml", env }), /locked: .*protected by a passphrase/);
  });
});

describe("host keys as age recipients (ssh-to-age)", () => {
  const host = sshKeygen(dir, "ssh_host_ed25519_key");

  test("host-key FILE → age1…; the converted private key decrypts, and so does the age CLI with it", async () => {
    const r = await hearth(dir, "secrets", "host-key", "ssh_host_ed25519_key.pub");
    assert.equal(r.code, 0, r.err);
    const recipient = r.out.trim();
    assert.match(recipient, /^age1[a-z0-9]{58}$/);
    const bytes = await encryptData({ db: "pw" }, { recipients: [recipient], format: "json" });
    const identity = sshPrivateKeyToAgeIdentity(readFileSync(host.file, "utf8"));
    assert.deepEqual((await decryptBytes(bytes, { format: "json", identities: [identity] })).data, {
      db: "pw",
    });
    const idFile = write(dir, "host-identity.txt", `${identity}\n`);
    const stanza = write(dir, "host.age", JSON.parse(Buffer.from(bytes).toString()).sops.age[0].enc);
    assert.equal(execFileSync("age", ["-d", "-i", idFile, stanza]).length, 32);
  });

  test("host-key HOST asks a live sshd through ssh-keyscan", async (t) => {
    const port = await freePort();
    mkdirSync("/run/sshd", { recursive: true });
    const config = write(
      dir,
      "sshd_config",
      `ListenAddress 127.0.0.1\nPort ${port}\nHostKey ${host.file}\nPidFile none\n`,
    );
    const sshd = spawn("/usr/sbin/sshd", ["-D", "-e", "-f", config], { stdio: ["ignore", "ignore", "pipe"] });
    t.after(() => sshd.kill());
    await new Promise<void>((ready, fail) => {
      let log = "";
      const timer = setTimeout(() => fail(new Error(`sshd did not start: ${log}`)), 5000);
      sshd.stderr.on("data", (d: Buffer) => {
        log += d.toString();
        if (log.includes("Server listening")) {
          clearTimeout(timer);
          ready();
        }
      });
      sshd.on("exit", (code) => fail(new Error(`sshd exited (${code}): ${log}`)));
    });
    const r = await hearth(dir, "secrets", "host-key", "--port", String(port), "127.0.0.1");
    assert.equal(r.code, 0, r.err);
    const fromFile = await hearth(dir, "secrets", "host-key", "ssh_host_ed25519_key.pub");
    assert.equal(r.out, fromFile.out);
    const unreachable = await hearth(
      dir,
      "secrets",
      "host-key",
      "--port",
      String(await freePort()),
      "127.0.0.1",
    );
    assert.equal(unreachable.code, 1);
    assert.match(
      unreachable.err,
      /ssh-keyscan 127\.0\.0\.1: no ssh-ed25519 public key found|ssh-keyscan failed/,
    );
  });
});

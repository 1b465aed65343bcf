/** `hearth secrets …` end to end through main(), with a `.sops.yaml`, real keys and files. */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { before, describe, test } from "node:test";
import { ageKeygen, hearth, isolateKeys, scratchDir, VECTORS, write } from "./helpers.ts";

const dir = scratchDir();
let alice: ReturnType<typeof ageKeygen>;
let bob: ReturnType<typeof ageKeygen>;

const PLAIN = "# app secrets\ndb:\n    user: admin\n    password: hunter2\napi_token: abc123\nport: 8080\n";

function encValue(text: string, key: string): string {
  return new RegExp(`^\\s*${key}: (ENC\\[[^\\]]*\\])`, "m").exec(text)![1]!;
}

function shmLeftovers(): string[] {
  return existsSync("/dev/shm") ? readdirSync("/dev/shm").filter((f) => f.startsWith("hearth-secret-")) : [];
}

before(() => {
  alice = ageKeygen(dir, "alice.txt");
  bob = ageKeygen(dir, "bob.txt");
  isolateKeys(scratchDir(), alice.file);
  write(
    dir,
    ".sops.yaml",
    `creation_rules:\n  - path_regex: \\.sops\\.(yaml|json|env|ini)$\n    age: ${alice.recipient}\n`,
  );
});

describe("hearth secrets encrypt/decrypt", () => {
  test("encrypt prints the encrypted file; decrypt prints the plaintext in the file's format", async () => {
    write(dir, "app.sops.yaml", PLAIN);
    const enc = await hearth(dir, "secrets", "encrypt", "app.sops.yaml");
    assert.equal(enc.code, 0, enc.err);
    assert.ok(!enc.out.includes("hunter2") && enc.out.includes(alice.recipient));
    assert.equal(
      readFileSync(join(dir, "app.sops.yaml"), "utf8"),
      PLAIN,
      "encrypt without --in-place leaves the file",
    );
    const inPlace = await hearth(dir, "secrets", "encrypt", "--in-place", "app.sops.yaml");
    assert.equal(inPlace.code, 0, inPlace.err);
    assert.equal(inPlace.out, "");
    const dec = await hearth(dir, "secrets", "decrypt", "app.sops.yaml");
    assert.equal(dec.code, 0, dec.err);
    assert.equal(dec.out, PLAIN);
  });

  test("--output-type converts; --extract prints one value", async () => {
    const json = await hearth(dir, "secrets", "decrypt", "--output-type", "json", "app.sops.yaml");
    assert.deepEqual(JSON.parse(json.out), {
      db: { user: "admin", password: "hunter2" },
      api_token: "abc123",
      port: 8080,
    });
    const one = await hearth(dir, "secrets", "decrypt", "--extract", '["db"]["password"]', "app.sops.yaml");
    assert.equal(one.out, "hunter2");
    const missing = await hearth(dir, "secrets", "decrypt", "--extract", '["nope"]', "app.sops.yaml");
    assert.equal(missing.code, 1);
    assert.match(missing.err, /\["nope"\] not found/);
  });

  test("--age overrides .sops.yaml; --input-type reads a file whatever its name", async () => {
    write(dir, "conf.txt", "key: value\n");
    const r = await hearth(
      dir,
      "secrets",
      "encrypt",
      "--age",
      bob.recipient,
      "--input-type",
      "yaml",
      "--output-type",
      "json",
      "conf.txt",
    );
    assert.equal(r.code, 0, r.err);
    const doc = JSON.parse(r.out);
    assert.deepEqual(
      doc.sops.age.map((a: { recipient: string }) => a.recipient),
      [bob.recipient],
    );
    write(dir, "conf.enc.json", r.out);
    process.env.SOPS_AGE_KEY_FILE = bob.file;
    const dec = await hearth(dir, "secrets", "decrypt", "--output-type", "yaml", "conf.enc.json");
    process.env.SOPS_AGE_KEY_FILE = alice.file;
    assert.equal(dec.out, "key: value\n");
  });

  test("user errors exit 1 with a message naming the file", async () => {
    const missing = await hearth(dir, "secrets", "decrypt", "nope.sops.yaml");
    assert.equal(missing.code, 1);
    assert.match(missing.err, /nope\.sops\.yaml: file not found/);
    const again = await hearth(dir, "secrets", "encrypt", "app.sops.yaml");
    assert.equal(again.code, 1);
    assert.match(again.err, /app\.sops\.yaml: the file is already encrypted/);
    write(dir, "norule.txt", "x");
    const noRule = await hearth(dir, "secrets", "encrypt", "norule.txt");
    assert.equal(noRule.code, 1);
    assert.match(noRule.err, /norule\.txt: no creation rule in .*\.sops\.yaml matches norule\.txt/);
    const sub = await hearth(dir, "secrets", "frobnicate");
    assert.equal(sub.code, 1);
    assert.match(sub.err, /unknown subcommand 'frobnicate'/);
    write(dir, "bad.sops.yaml", "a: [unclosed\n");
    const bad = await hearth(dir, "secrets", "encrypt", "bad.sops.yaml");
    assert.equal(bad.code, 1);
    assert.match(bad.err, /bad\.sops\.yaml: invalid YAML/);
  });
});

describe("hearth secrets set/unset", () => {
  test("set changes one value; the others keep their exact ciphertext", async () => {
    const before = readFileSync(join(dir, "app.sops.yaml"), "utf8");
    const r = await hearth(dir, "secrets", "set", "app.sops.yaml", '["db"]["password"]', '"correct horse"');
    assert.equal(r.code, 0, r.err);
    const after = readFileSync(join(dir, "app.sops.yaml"), "utf8");
    assert.equal(encValue(after, "user"), encValue(before, "user"));
    assert.equal(encValue(after, "api_token"), encValue(before, "api_token"));
    assert.notEqual(encValue(after, "password"), encValue(before, "password"));
    const dec = await hearth(dir, "secrets", "decrypt", "--extract", '["db"]["password"]', "app.sops.yaml");
    assert.equal(dec.out, "correct horse");
  });

  test("set creates missing mappings, takes JSON objects, ints stay ints", async () => {
    assert.equal(
      (
        await hearth(
          dir,
          "secrets",
          "set",
          "app.sops.yaml",
          '["new"]["nested"]',
          '{"a": 1, "b": [true, null]}',
        )
      ).code,
      0,
    );
    const dec = await hearth(dir, "secrets", "decrypt", "--output-type", "json", "app.sops.yaml");
    assert.deepEqual(JSON.parse(dec.out).new, { nested: { a: 1, b: [true, null] } });
    const bad = await hearth(dir, "secrets", "set", "app.sops.yaml", '["x"]', "not json");
    assert.equal(bad.code, 1);
    assert.match(bad.err, /must be JSON/);
  });

  test("set --value-file stores the file's content as a string", async () => {
    write(dir, "cert.pem", "-----BEGIN CERT-----\nabc\n-----END CERT-----\n");
    assert.equal(
      (await hearth(dir, "secrets", "set", "--value-file", "cert.pem", "app.sops.yaml", '["tls"]')).code,
      0,
    );
    const dec = await hearth(dir, "secrets", "decrypt", "--extract", '["tls"]', "app.sops.yaml");
    assert.equal(dec.out, "-----BEGIN CERT-----\nabc\n-----END CERT-----\n");
  });

  test("unset removes; a missing key is an error unless --idempotent", async () => {
    assert.equal((await hearth(dir, "secrets", "unset", "app.sops.yaml", '["new"]')).code, 0);
    const again = await hearth(dir, "secrets", "unset", "app.sops.yaml", '["new"]');
    assert.equal(again.code, 1);
    assert.match(again.err, /app\.sops\.yaml: \["new"\] not found/);
    assert.equal((await hearth(dir, "secrets", "unset", "--idempotent", "app.sops.yaml", '["new"]')).code, 0);
  });
});

describe("hearth secrets updatekeys/rotate", () => {
  test("updatekeys re-wraps for .sops.yaml's recipients; values, MAC and lastmodified stay", async () => {
    const before = readFileSync(join(dir, "app.sops.yaml"), "utf8");
    write(
      dir,
      ".sops.yaml",
      `creation_rules:\n  - path_regex: \\.sops\\.(yaml|json|env|ini)$\n    age: >-\n      ${alice.recipient},\n      ${bob.recipient}\n`,
    );
    const r = await hearth(dir, "secrets", "updatekeys", "-y", "app.sops.yaml");
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, new RegExp(`\\+ ${bob.recipient}`));
    const after = readFileSync(join(dir, "app.sops.yaml"), "utf8");
    for (const k of ["password", "mac", "lastmodified"]) {
      assert.equal(new RegExp(`${k}: .*`).exec(after)![0], new RegExp(`${k}: .*`).exec(before)![0]);
    }
    process.env.SOPS_AGE_KEY_FILE = bob.file;
    const asBob = await hearth(dir, "secrets", "decrypt", "--extract", '["api_token"]', "app.sops.yaml");
    process.env.SOPS_AGE_KEY_FILE = alice.file;
    assert.equal(asBob.out, "abc123");
    const noop = await hearth(dir, "secrets", "updatekeys", "app.sops.yaml");
    assert.match(noop.err, /already up to date/);
  });

  test("rotate gives a new data key; --rm-age drops a recipient", async () => {
    const before = readFileSync(join(dir, "app.sops.yaml"), "utf8");
    const printed = await hearth(dir, "secrets", "rotate", "app.sops.yaml");
    assert.equal(printed.code, 0, printed.err);
    assert.equal(
      readFileSync(join(dir, "app.sops.yaml"), "utf8"),
      before,
      "without --in-place the file stays",
    );
    const r = await hearth(
      dir,
      "secrets",
      "rotate",
      "--in-place",
      "--rm-age",
      bob.recipient,
      "app.sops.yaml",
    );
    assert.equal(r.code, 0, r.err);
    const after = readFileSync(join(dir, "app.sops.yaml"), "utf8");
    assert.notEqual(encValue(after, "user"), encValue(before, "user"));
    assert.ok(!after.includes(bob.recipient));
    assert.equal(
      (await hearth(dir, "secrets", "decrypt", "--extract", '["db"]["user"]', "app.sops.yaml")).out,
      "admin",
    );
    process.env.SOPS_AGE_KEY_FILE = bob.file;
    const asBob = await hearth(dir, "secrets", "decrypt", "app.sops.yaml");
    process.env.SOPS_AGE_KEY_FILE = alice.file;
    assert.equal(asBob.code, 1);
    assert.match(asBob.err, /cannot decrypt the data key/);
  });
});

describe("hearth secrets keygen/host-key", () => {
  test("keygen prints an age key pair, or writes it 0600 and never overwrites", async () => {
    const r = await hearth(dir, "secrets", "keygen");
    assert.match(r.out, /^# created: .*\n# public key: age1[a-z0-9]+\nAGE-SECRET-KEY-1[A-Z0-9]+\n$/);
    const w = await hearth(dir, "secrets", "keygen", "-o", "new-key.txt");
    assert.equal(w.code, 0, w.err);
    assert.match(w.err, /^Public key: age1/);
    assert.equal(statSync(join(dir, "new-key.txt")).mode & 0o777, 0o600);
    const again = await hearth(dir, "secrets", "keygen", "-o", "new-key.txt");
    assert.equal(again.code, 1);
    assert.match(again.err, /new-key\.txt: already exists/);
  });

  test("host-key converts an SSH ed25519 public key file (ssh-to-age vector)", async () => {
    const r = await hearth(dir, "secrets", "host-key", join(VECTORS, "ssh-to-age-testdata/id_ed25519.pub"));
    assert.equal(r.code, 0, r.err);
    assert.equal(
      r.out,
      `${readFileSync(join(VECTORS, "ssh-to-age-testdata/expected_age_recipient.txt"), "utf8").trim()}\n`,
    );
    write(dir, "rsa.pub", "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQC7 test\n");
    const rsa = await hearth(dir, "secrets", "host-key", "rsa.pub");
    assert.equal(rsa.code, 1);
    assert.match(rsa.err, /rsa\.pub: no ssh-ed25519 public key found/);
  });
});

describe("hearth secrets edit", () => {
  const script = (name: string, body: string) => {
    const path = write(dir, name, `#!/bin/sh\n${body}\n`);
    return `sh ${path}`;
  };

  test("a scripted editor's change is re-encrypted; untouched values keep their ciphertext; no temp file remains", async () => {
    const before = readFileSync(join(dir, "app.sops.yaml"), "utf8");
    const log = join(dir, "editor.log");
    process.env.EDITOR = script(
      "ed-change.sh",
      `stat -c '%a %n' "$1" > ${log}\nsed -i 's/api_token: abc123/api_token: rotated-456/' "$1"`,
    );
    const r = await hearth(dir, "secrets", "edit", "app.sops.yaml");
    assert.equal(r.code, 0, r.err);
    const [mode, tempPath] = readFileSync(log, "utf8").trim().split(" ");
    assert.equal(mode, "600");
    if (existsSync("/dev/shm")) assert.ok(tempPath!.startsWith("/dev/shm/hearth-secret-"), tempPath);
    assert.ok(!existsSync(tempPath!), "the plaintext temp file is gone");
    assert.deepEqual(shmLeftovers(), []);
    const after = readFileSync(join(dir, "app.sops.yaml"), "utf8");
    assert.equal(encValue(after, "user"), encValue(before, "user"));
    assert.notEqual(encValue(after, "api_token"), encValue(before, "api_token"));
    assert.equal(
      (await hearth(dir, "secrets", "decrypt", "--extract", '["api_token"]', "app.sops.yaml")).out,
      "rotated-456",
    );
  });

  test("an unchanged file is not rewritten", async () => {
    const before = readFileSync(join(dir, "app.sops.yaml"), "utf8");
    process.env.EDITOR = script("ed-noop.sh", "true");
    const r = await hearth(dir, "secrets", "edit", "app.sops.yaml");
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /no changes/);
    assert.equal(readFileSync(join(dir, "app.sops.yaml"), "utf8"), before);
  });

  for (const [name, body, pattern] of [
    ["exits non-zero", `sed -i 's/admin/evil/' "$1"; exit 3`, /exited with status 3/],
    ["is killed", `sed -i 's/admin/evil/' "$1"; kill -9 $$`, /was killed by SIGKILL/],
    ["writes invalid YAML", `printf 'a: [broken\\n' > "$1"`, /invalid YAML/],
  ] as const) {
    test(`an editor that ${name}: nothing re-encrypted, temp file gone`, async () => {
      const before = readFileSync(join(dir, "app.sops.yaml"), "utf8");
      const log = join(dir, "editor-path.log");
      process.env.EDITOR = script(`ed-${name.replaceAll(" ", "-")}.sh`, `echo "$1" > ${log}\n${body}`);
      const r = await hearth(dir, "secrets", "edit", "app.sops.yaml");
      assert.equal(r.code, 1);
      assert.match(r.err, pattern);
      assert.equal(readFileSync(join(dir, "app.sops.yaml"), "utf8"), before);
      assert.ok(!existsSync(readFileSync(log, "utf8").trim()));
      assert.deepEqual(shmLeftovers(), []);
    });
  }

  test("editing a file that does not exist creates it for .sops.yaml's recipients", async () => {
    process.env.EDITOR = script("ed-new.sh", `printf 'new_secret: s3\\n' > "$1"`);
    const r = await hearth(dir, "secrets", "edit", "fresh.sops.yaml");
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /created/);
    assert.equal((await hearth(dir, "secrets", "decrypt", "fresh.sops.yaml")).out, "new_secret: s3\n");
  });

  test("dotenv and INI files edit in their own syntax", async () => {
    write(dir, "svc.sops.env", "A=1\nB=two\n");
    assert.equal((await hearth(dir, "secrets", "encrypt", "-i", "svc.sops.env")).code, 0);
    process.env.EDITOR = script("ed-env.sh", `sed -i 's/B=two/B=three/' "$1"`);
    assert.equal((await hearth(dir, "secrets", "edit", "svc.sops.env")).code, 0);
    assert.equal((await hearth(dir, "secrets", "decrypt", "svc.sops.env")).out, "A=1\nB=three\n");
    writeFileSync(join(dir, "svc.sops.ini"), "[s]\nk = v\n");
    assert.equal((await hearth(dir, "secrets", "encrypt", "-i", "svc.sops.ini")).code, 0);
    process.env.EDITOR = script("ed-ini.sh", `sed -i 's/k = v/k = w/' "$1"`);
    assert.equal((await hearth(dir, "secrets", "edit", "svc.sops.ini")).code, 0);
    assert.equal((await hearth(dir, "secrets", "decrypt", "svc.sops.ini")).out, "[s]\nk = w\n\n");
  });

  test("hearth interrupted (SIGTERM) while the editor is open: editor stopped, temp file gone, nothing written", async () => {
    const before = readFileSync(join(dir, "app.sops.yaml"), "utf8");
    const log = join(dir, "interrupted.log");
    const editor = script("ed-slow.sh", `echo "$1 $$" > ${log}\nexec sleep 30`);
    const runner = fileURLToPath(new URL("../fixtures/secrets/run-cli.ts", import.meta.url));
    const tsx = import.meta.resolve("tsx"); // absolute: the child's cwd has no node_modules
    const child = spawn(process.execPath, ["--import", tsx, runner, "secrets", "edit", "app.sops.yaml"], {
      cwd: dir,
      env: { ...process.env, EDITOR: editor },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => void (stderr += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((done) =>
      child.on("exit", (_code, signal) => done(signal)),
    );
    // The log exists as soon as the shell opens it, before echo has written it: wait for its line.
    const logged = () => (existsSync(log) ? readFileSync(log, "utf8") : "");
    for (let i = 0; i < 200 && !logged().endsWith("\n"); i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(logged().endsWith("\n"), `the editor did not start: ${stderr}`);
    const [tempPath, editorPid] = logged().trim().split(" ") as [string, string];
    assert.ok(existsSync(tempPath), "the editor has the plaintext open");
    child.kill("SIGTERM");
    assert.equal(await exited, "SIGTERM");
    // Stopping the editor may take a moment on a loaded machine.
    const editorState = () => {
      try {
        return readFileSync(`/proc/${editorPid}/stat`, "utf8").split(" ")[2];
      } catch {
        return "gone"; // reaped between two reads
      }
    };
    for (let i = 0; i < 40 && editorState() !== "gone" && editorState() !== "Z"; i++)
      await new Promise((r) => setTimeout(r, 50));
    const state = editorState();
    assert.ok(state === "gone" || state === "Z", `the editor was stopped (state ${state})`);
    assert.ok(!existsSync(tempPath), "the plaintext temp file is gone");
    assert.deepEqual(shmLeftovers(), []);
    assert.equal(readFileSync(join(dir, "app.sops.yaml"), "utf8"), before);
  });
});

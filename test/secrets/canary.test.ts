/**
 * Plaintext goes only where it is asked for: a unique canary secret runs through encrypt,
 * decrypt, edit, set and extract, and afterwards appears nowhere on disk — not in the working
 * folder, not in the temp folders, not in /dev/shm — only in what the commands printed.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ageKeygen, hearth, isolateKeys, scratchDir, write } from "./helpers.ts";

/** Files under `dirs` whose bytes contain `needle` (grep -r does not follow symlinks). */
function filesContaining(needle: string, dirs: string[]): string[] {
  return [...new Set(grep(needle, dirs))];
}

function grep(needle: string, dirs: string[]): string[] {
  const existing = dirs.filter((d) => existsSync(d));
  try {
    return execFileSync("grep", ["-rlF", "--binary-files=text", needle, ...existing], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    })
      .split("\n")
      .filter(Boolean);
  } catch (e) {
    const status = (e as { status?: number }).status;
    const stdout = String((e as { stdout?: string }).stdout ?? "");
    if (status === 1 || status === 2) return stdout.split("\n").filter(Boolean); // 1: none; 2: unreadable files skipped
    throw e;
  }
}

test("a canary secret never lands on disk in clear text", async () => {
  const canary = `CANARY-${randomBytes(16).toString("hex")}`;
  const dir = scratchDir("hearth-canary-");
  const key = ageKeygen(dir);
  isolateKeys(scratchDir("hearth-canary-home-"), key.file);
  write(dir, ".sops.yaml", `creation_rules:\n  - age: ${key.recipient}\n`);
  const searched = [dir, tmpdir(), "/tmp", "/dev/shm"];
  const printed: string[] = [];
  const run = async (...args: string[]) => {
    const r = await hearth(dir, "secrets", ...args);
    assert.equal(r.code, 0, `${args.join(" ")}: ${r.err}`);
    printed.push(r.out);
    return r;
  };

  // The plaintext file is the only place the canary starts from; --in-place replaces it.
  write(dir, "app.sops.yaml", `token: ${canary}\nother: x\n`);
  await run("encrypt", "--in-place", "app.sops.yaml");
  assert.deepEqual(filesContaining(canary, searched), [], "after encrypt --in-place");

  const decrypted = await run("decrypt", "app.sops.yaml");
  assert.ok(decrypted.out.includes(canary), "decrypt prints the secret (stdout is where it is intended)");

  // The editor checks it sees the secret (passed in memory, through the environment) and changes another value.
  process.env.CANARY = canary;
  process.env.EDITOR = `sh ${write(dir, "editor.sh", `#!/bin/sh\ngrep -q "$CANARY" "$1" || exit 9\nsed -i 's/other: x/other: y/' "$1"\n`)}`;
  await run("edit", "app.sops.yaml");
  await run("set", "app.sops.yaml", '["other"]', '"z"');
  await run("set", "app.sops.yaml", '["copy"]', JSON.stringify(canary));
  const extracted = await run("decrypt", "--extract", '["copy"]', "app.sops.yaml");
  assert.equal(extracted.out, canary);
  await run("rotate", "--in-place", "app.sops.yaml");

  assert.deepEqual(filesContaining(canary, searched), [], "nowhere on disk after decrypt, edit, set, rotate");
  assert.ok(readFileSync(join(dir, "app.sops.yaml"), "utf8").includes("copy: ENC["));
  assert.ok(printed.join("").includes(canary));
});

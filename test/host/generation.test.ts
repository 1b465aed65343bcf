/**
 * The generation of the example lab's hosts: valid by the manifest's JSON Schema, and
 * deterministic: two builds, and a build from a copy of the lab in another folder, give the same
 * bytes and the same hash.
 */
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, before, describe, test } from "node:test";
import { Ajv } from "ajv";
import { generationHash, type Manifest } from "../../src/host/index.ts";
import { hearth, repoRoot } from "../cli/helpers.ts";

const schema = JSON.parse(readFileSync(join(repoRoot, "src/host/manifest.schema.json"), "utf8"));
const validate = new Ajv({ allErrors: true }).compile(schema);

/** Every file below `dir`: relative path → mode and bytes. */
function snapshot(dir: string): Map<string, { mode: number; bytes: string }> {
  const out = new Map<string, { mode: number; bytes: string }>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else
        out.set(relative(dir, p), {
          mode: statSync(p).mode & 0o7777,
          bytes: readFileSync(p).toString("base64"),
        });
    }
  };
  walk(dir);
  return out;
}

describe("generations of the example lab", () => {
  const tmp = mkdtempSync(join(tmpdir(), "hearth-gen-"));
  const hosts = ["daedalus", "shodan", "xerxes"];
  before(async () => {
    for (const out of ["a", "b"]) {
      const r = await hearth(["build", "--out", join(tmp, out)]);
      assert.equal(r.code, 0, r.err);
    }
    // Another checkout: the lab (and its .sops.yaml) copied to a folder outside the repository.
    const copy = join(tmp, "checkout");
    for (const f of ["hearth.config.ts", "lab", "deployments", ".sops.yaml"])
      cpSync(join(repoRoot, f), join(copy, f), { recursive: true });
    const r = await hearth(["build", "--lab", copy, "--out", join(tmp, "c")]);
    assert.equal(r.code, 0, r.err);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  test("each manifest is valid by its JSON Schema", () => {
    for (const h of hosts) {
      const manifest = JSON.parse(readFileSync(join(tmp, "a", h, "manifest.json"), "utf8"));
      assert.ok(validate(manifest), `${h}: ${JSON.stringify(validate.errors, null, 2)}`);
    }
  });

  test("the schema rejects a manifest that breaks it", () => {
    const manifest = JSON.parse(readFileSync(join(tmp, "a", "daedalus", "manifest.json"), "utf8"));
    manifest.units[0].sha256 = "not a hash";
    delete manifest.files[0].mode;
    assert.equal(validate(manifest), false);
    const paths = validate.errors!.map((e) => e.instancePath);
    assert.ok(paths.includes("/units/0/sha256"), JSON.stringify(paths));
    assert.ok(
      paths.some((p) => p.startsWith("/files/0")),
      JSON.stringify(paths),
    );
  });

  test("two builds and another checkout give the same bytes and the same hash", () => {
    for (const h of hosts) {
      const a = snapshot(join(tmp, "a", h));
      assert.deepEqual(snapshot(join(tmp, "b", h)), a, `${h}: second build differs`);
      assert.deepEqual(snapshot(join(tmp, "c", h)), a, `${h}: the other checkout differs`);
    }
  });

  test("the hash covers every file of the generation and the manifest", () => {
    const dir = join(tmp, "a", "daedalus");
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Manifest;
    const files = [...snapshot(dir)]
      .filter(([p]) => p !== "manifest.json")
      .map(([path, f]) => {
        const entry = manifest.files.find((x) => `files${x.path}` === path);
        const owner = entry && "mode" in entry ? entry : { user: "root", group: "root" };
        return {
          path,
          content: Buffer.from(f.bytes, "base64"),
          mode: f.mode.toString(8).padStart(4, "0"),
          user: owner.user,
          group: owner.group,
        };
      });
    const { hash, ...body } = manifest;
    assert.equal(generationHash(files, body), hash);
    const edited = files.map((f) =>
      f.path === "files/etc/hostname" ? { ...f, content: Buffer.from("x\n") } : f,
    );
    assert.notEqual(generationHash(edited, body), hash);
    assert.notEqual(generationHash(files, { ...body, packages: [...body.packages, "cowsay"] }), hash);
  });

  test("nothing of the machine or the checkout is in a generation", () => {
    for (const h of hosts) {
      for (const [path, f] of snapshot(join(tmp, "a", h))) {
        const text = Buffer.from(f.bytes, "base64").toString("utf8");
        assert.ok(
          !text.includes(repoRoot) && !text.includes(tmp),
          `${h}/${path} names a folder of this machine`,
        );
      }
    }
  });
});

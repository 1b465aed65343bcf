/** `hearth build`: the example lab's three generations, one host, --json, and a broken lab. */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { copyLab, hearth, lineOf } from "./helpers.ts";

const tmp = mkdtempSync(join(tmpdir(), "hearth-build-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe("hearth build", () => {
  test("builds every host of the example lab and prints what each generation holds", async () => {
    const out = join(tmp, "all");
    const r = await hearth(["build", "--out", out]);
    assert.equal(r.code, 0, r.err);
    for (const host of ["daedalus", "shodan", "xerxes"]) {
      const manifest = JSON.parse(readFileSync(join(out, host, "manifest.json"), "utf8"));
      assert.match(
        r.out,
        new RegExp(
          `✓ ${host}: ${manifest.files.length} files, ${manifest.units.length} units, ${manifest.containers.length} containers?, ${manifest.secrets.length} secrets?, \\d+ warnings?\\n  ${join(out, host)}  ${manifest.hash}\\n`,
        ),
      );
    }
    assert.match(r.out, /✓ daedalus: .*4 containers,/);
    // xerxes serves a route to the internet, and says so.
    assert.match(r.out, /✓ xerxes: .* 1 warning\n/);
  });

  test("builds the hosts named, and --json says the same", async () => {
    const out = join(tmp, "one");
    const r = await hearth(["build", "shodan", "--json", "--out", out]);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.ok, true);
    assert.deepEqual(
      j.hosts.map((h: { name: string }) => h.name),
      ["shodan"],
    );
    const manifest = JSON.parse(readFileSync(join(out, "shodan", "manifest.json"), "utf8"));
    assert.equal(j.hosts[0].hash, manifest.hash);
    assert.equal(j.hosts[0].units, manifest.units.length);
    assert.ok(!existsSync(join(out, "daedalus")));
  });

  test("an unknown host is a user error", async () => {
    const r = await hearth(["build", "nope", "--out", join(tmp, "x")]);
    assert.equal(r.code, 1);
    assert.match(r.err, /There is no host `nope' in this lab. Hosts: daedalus, shodan, xerxes/);
  });

  test("a host that cannot be built fails with its problems; the others are still built", async () => {
    const lab = copyLab();
    try {
      const file = "lab/hosts/xerxes/services.ts";
      lab.edit(
        file,
        "config: ({ config, nodes }) => ({",
        'config: ({ config, nodes }) => ({\n    systemd: { services: { web: { Service: { ExecStart: "/usr/bin/caddy", User: "caddy" } } } },',
      );
      const out = join(tmp, "broken");
      const r = await hearth(["build", "--out", out], lab.dir);
      assert.equal(r.code, 1);
      assert.match(r.err, /✗ xerxes\n/);
      assert.match(
        r.err,
        new RegExp(
          `\`systemd\\.services\\.web\\.Service\\.User' \\(lab/hosts/xerxes/services\\.ts:${lineOf(lab.dir, file, "caddy")}\\): no user \`caddy' is declared`,
        ),
      );
      assert.ok(existsSync(join(out, "daedalus", "manifest.json")));
      assert.ok(!existsSync(join(out, "xerxes")));
      const check = await hearth(["check", "--no-typecheck"], lab.dir);
      assert.equal(check.code, 1);
      assert.match(check.err, /no user `caddy' is declared/);
    } finally {
      lab.remove();
    }
  });
});

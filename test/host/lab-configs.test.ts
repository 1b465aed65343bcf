/**
 * Configuration files the example lab's system modules write, checked by the programs that read
 * them: sshd's drop-in by `sshd -t`, the firewall by `nft -c` (for every host).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { hostGeneration } from "../../src/cli/host-generation.ts";
import type { Generation } from "../../src/host/index.ts";
import { Lab, loadLab } from "../../src/lab/index.ts";
import { repoRoot } from "../cli/helpers.ts";
import { fileText, nftCheck, rootOnly } from "./helpers.ts";

describe("the example lab's configuration files", () => {
  const dir = mkdtempSync(join(tmpdir(), "hearth-labconf-"));
  let generations: Generation[] = [];
  before(async () => {
    const lab = new Lab(repoRoot, await loadLab(repoRoot));
    generations = lab.hostNames().map((name) => {
      const { generation, errors } = hostGeneration(lab, name);
      assert.ok(generation, errors.join("\n"));
      return generation;
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("sshd accepts its hardened drop-in", () => {
    const key = join(dir, "host_key");
    const keygen = spawnSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", key]);
    assert.equal(keygen.status, 0);
    for (const g of generations) {
      const conf = join(dir, `${g.host}.conf`);
      const text = fileText(g, "files/etc/ssh/sshd_config.d/hearth.conf");
      assert.match(text, /^PasswordAuthentication no$/m);
      assert.match(text, /^PermitRootLogin no$/m);
      writeFileSync(conf, text);
      writeFileSync(join(dir, "sshd_config"), `Include ${conf}\nHostKey ${key}\n`);
      const r = spawnSync("/usr/sbin/sshd", ["-t", "-f", join(dir, "sshd_config")], { encoding: "utf8" });
      assert.equal(r.status, 0, `${g.host}: ${r.stderr}`);
    }
  });

  test("nft accepts every host's firewall", { skip: rootOnly }, () => {
    for (const g of generations) {
      const file = join(dir, `${g.host}.nft`);
      writeFileSync(file, fileText(g, "files/etc/hearth/firewall.nft"));
      const r = nftCheck(file);
      assert.equal(r.code, 0, `${g.host}: ${r.stderr}`);
    }
  });

  test("the operator logs in with their key, and only the VPS has no smartd", () => {
    for (const g of generations) {
      assert.match(fileText(g, "files/etc/ssh/authorized_keys.d/ops"), /^ssh-ed25519 \S+ ops@laptop\n$/);
      const smartd = g.manifest.units.some((u) => u.name === "smartmontools.service");
      assert.equal(smartd, g.host !== "xerxes", g.host);
    }
  });
});

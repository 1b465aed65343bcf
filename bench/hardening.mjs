#!/usr/bin/env node
// How hardened the example lab's services are: `systemd-analyze security --offline=true` of
// every service unit hearth generates (drop-ins for Debian's own units excluded: hearth does not
// write those units), per unit and on average. The target is an average of at most 3.5.
//
//   node bench/hardening.mjs
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "hearth-bench-hardening-"));
const rows = [];
try {
  execFileSync(process.execPath, [join(root, "bin", "hearth.mjs"), "build", "--out", out], { cwd: root });
  for (const host of ["daedalus", "shodan", "xerxes"]) {
    const manifest = JSON.parse(readFileSync(join(out, host, "manifest.json"), "utf8"));
    for (const unit of manifest.units) {
      if (unit.dropIn || !unit.name.endsWith(".service")) continue;
      const r = spawnSync("systemd-analyze", ["security", "--offline=true", join(out, host, unit.file)], {
        encoding: "utf8",
      });
      const m = /Overall exposure level for \S+: ([\d.]+) (\S+)/.exec(r.stdout);
      if (!m) throw new Error(`no exposure for ${host}/${unit.name}:\n${r.stdout}${r.stderr}`);
      rows.push({ host, unit: unit.name, exposure: Number(m[1]), verdict: m[2] });
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
const average = rows.reduce((s, r) => s + r.exposure, 0) / rows.length;
console.log("| host | service | exposure | verdict |");
console.log("| --- | --- | --- | --- |");
for (const r of rows) console.log(`| ${r.host} | ${r.unit} | ${r.exposure.toFixed(1)} | ${r.verdict} |`);
console.log(`| **average** (${rows.length} services) | | **${average.toFixed(2)}** | target ≤ 3.5 |`);
process.exit(average <= 3.5 ? 0 : 1);

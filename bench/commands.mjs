#!/usr/bin/env node
// Speed of `hearth check` and `hearth build` on the example lab, as a user runs them: whole
// processes (Node start-up, loading the lab, tsc for check, writing the generations for build),
// median of N runs after one warm-up run (which rebuilds dist/ and the lab's bundle cache, as the
// first command after an edit does).
//
//   node bench/commands.mjs [--runs N]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { runs: { type: "string" } } });
const runs = Number(values.runs ?? 7);
const out = mkdtempSync(join(tmpdir(), "hearth-bench-build-"));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const commands = [
  { name: "hearth check", args: ["check"] },
  { name: "hearth build", args: ["build", "--out", out] },
];
const rows = [];
try {
  for (const c of commands) {
    const argv = [join(root, "bin", "hearth.mjs"), ...c.args];
    const warm = spawnSync(process.execPath, argv, { cwd: root, encoding: "utf8" });
    if (warm.status !== 0) throw new Error(`${c.name} failed:\n${warm.stdout}${warm.stderr}`);
    const times = [];
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint();
      const r = spawnSync(process.execPath, argv, { cwd: root, encoding: "utf8" });
      times.push(Number(process.hrtime.bigint() - started) / 1e9);
      if (r.status !== 0) throw new Error(`${c.name} failed:\n${r.stdout}${r.stderr}`);
    }
    rows.push({ name: c.name, median: median(times), min: Math.min(...times), max: Math.max(...times) });
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log(`| command (example lab, 3 hosts) | median s (${runs} runs) | min s | max s | target s |`);
console.log("| --- | --- | --- | --- | --- |");
for (const r of rows) {
  console.log(`| \`${r.name}\` | ${r.median.toFixed(2)} | ${r.min.toFixed(2)} | ${r.max.toFixed(2)} | 1.5 |`);
}
process.exit(rows.every((r) => r.median <= 1.5) ? 0 : 1);

#!/usr/bin/env node
// Runs every test/**/*.test.ts with node's test runner (TypeScript through tsx), after
// rebuilding dist/ so that tests of the `hearth` command run the current sources.
// Usage: node scripts/run-tests.mjs [path-substring…]
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDist } from "./build.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const filters = process.argv.slice(2);

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === "fixtures" ? [] : find(p);
    return e.name.endsWith(".test.ts") ? [relative(root, p)] : [];
  });
}

await buildDist();
const files = find(join(root, "test"))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
const r = spawnSync(
  process.execPath,
  ["--import", "tsx", "--enable-source-maps", "--test", "--test-reporter=spec", ...files],
  { cwd: root, stdio: "inherit" },
);
process.exit(r.status ?? 1);

#!/usr/bin/env node
// The hearth command. Runs the bundled CLI in dist/, rebuilding it first when a source file is
// newer than the bundle (so a checkout works without a separate build step).
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

process.setSourceMapsEnabled(true);
const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.mjs");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const stale =
  !existsSync(cli) ||
  (existsSync(join(root, "src")) && newestSource(join(root, "src")) > statSync(cli).mtimeMs);
if (stale) {
  const { buildDist } = await import("../scripts/build.mjs");
  await buildDist();
}
const { main } = await import(cli);
process.exitCode = await main(process.argv.slice(2));

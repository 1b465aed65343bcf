// Rebuilds dist/ when a TypeScript source (src/, bench/) is newer than the bundle, so that a
// checkout runs without a separate build step.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

function newestSource(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** The path of a bundle in dist/ (e.g. "cli.mjs"), rebuilt first if any source is newer. */
export async function freshBundle(name) {
  const bundle = join(root, "dist", name);
  const stale =
    !existsSync(bundle) ||
    Math.max(newestSource(join(root, "src")), newestSource(join(root, "bench"))) > statSync(bundle).mtimeMs;
  if (stale) {
    const { buildDist } = await import("./build.mjs");
    await buildDist();
  }
  return bundle;
}

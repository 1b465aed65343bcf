#!/usr/bin/env node
// Bundles hearth's TypeScript sources into dist/ with esbuild. Entry points share chunks
// (splitting), so the CLI and a lab importing "hearth" use one instance of the module system.
import { build } from "esbuild";
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export const entryPoints = {
  index: "src/index.ts",
  cli: "src/cli/main.ts",
  workload: "bench/workload-eval.ts",
};

export async function buildDist() {
  const result = await build({
    absWorkingDir: root,
    entryPoints,
    outdir: "dist",
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    chunkNames: "chunk-[hash]",
    logLevel: "warning",
    metafile: true,
  });
  await buildAgent();
  removeStale(new Set([...Object.keys(result.metafile.outputs), "dist/agent.mjs"]));
}

// Chunk names carry a content hash, so every change leaves old chunks behind. They go only after
// the new build is written, so a hearth already running keeps the files it loaded.
function removeStale(outputs) {
  const dist = path.join(root, "dist");
  for (const name of readdirSync(dist)) {
    if (!outputs.has(`dist/${name}`)) rmSync(path.join(dist, name), { force: true });
  }
}

// The activation agent: one self-contained file (its dependencies bundled in) that every
// generation carries and the hosts run with their distribution's Node (Debian 12: Node 18).
// No source map or build path goes in, so the same sources give the same bytes (and hash).
export async function buildAgent() {
  await build({
    absWorkingDir: root,
    entryPoints: ["src/deploy/agent/main.ts"],
    outfile: "dist/agent.mjs",
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node18",
    minify: true,
    legalComments: "none",
    // bundled CommonJS dependencies (yaml) require() Node's built-ins
    banner: {
      js: '// hearth activation agent (bundled; sources: src/deploy/agent/)\nimport { createRequire as __hearthRequire } from "node:module";\nconst require = __hearthRequire(import.meta.url);',
    },
    logLevel: "warning",
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildDist();

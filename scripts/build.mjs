#!/usr/bin/env node
// Bundles hearth's TypeScript sources into dist/ with esbuild. Entry points share chunks
// (splitting), so the CLI and a lab importing "hearth" use one instance of the module system.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export const entryPoints = {
  index: "src/index.ts",
  cli: "src/cli/main.ts",
  workload: "bench/workload-eval.ts",
};

export async function buildDist() {
  await build({
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
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildDist();

#!/usr/bin/env node
// The hearth command: runs the bundled CLI in dist/ (rebuilt when a source is newer).
import "../scripts/jit-tuning.mjs";
import { freshBundle } from "../scripts/fresh-dist.mjs";

process.setSourceMapsEnabled(true);
// `hearth options | head`: a reader that stops early is not an error of hearth's.
process.stdout.on("error", (e) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(0);
});
const { main } = await import(await freshBundle("cli.mjs"));
process.exitCode = await main(process.argv.slice(2));

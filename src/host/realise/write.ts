/**
 * Writes a generation to disk: `<dir>/manifest.json`, `files/…`, `units/…`, `secrets/…`. The
 * folder is built beside `dir` and renamed into place, so `dir` holds the old generation or the
 * new one, never a mix. Modes are the generation's; owners are applied on the host.
 */
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Generation } from "./index.ts";
import { manifestJson } from "./manifest.ts";

export function writeGeneration(generation: Generation, dir: string): void {
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const f of generation.files) {
    const path = join(tmp, ...f.path.split("/"));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content, { mode: 0o600 });
    chmodSync(path, Number.parseInt(f.mode, 8) & 0o7777);
  }
  writeFileSync(join(tmp, "manifest.json"), manifestJson(generation.manifest));
  const old = `${dir}.old-${process.pid}`;
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(tmp, dir);
  rmSync(old, { recursive: true, force: true });
}

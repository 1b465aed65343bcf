/**
 * Build-once directories: `target` appears complete or not at all. Builders write into a temp
 * directory beside it that is renamed into place at the end, under a lock so that two concurrent
 * callers build once: the second waits, then finds the target.
 */
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { withFileLock } from "./lock.ts";

export async function buildOnce(target: string, build: (tmpDir: string) => Promise<void>): Promise<string> {
  // A complete target only ever appears by rename, so seeing it means it is whole.
  if (existsSync(target)) return target;
  return withFileLock(`${target}.lock`, async () => {
    if (existsSync(target)) return target;
    removeTempDirs(target);
    const tmp = `${target}.tmp-${process.pid}`;
    try {
      await build(tmp);
      renameSync(tmp, target);
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      throw e;
    }
    return target;
  });
}

/** Leftovers of a build that crashed: nobody else builds this target while we hold its lock. */
function removeTempDirs(target: string): void {
  const prefix = `${basename(target)}.tmp-`;
  for (const entry of readdirSync(dirname(target))) {
    if (entry.startsWith(prefix)) rmSync(join(dirname(target), entry), { recursive: true, force: true });
  }
}

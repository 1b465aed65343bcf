/**
 * Writing and removing the generation's paths (files, unit files, links), as the plan lists them.
 * Each path is written beside itself and renamed into place. An adopted file is copied to
 * backups/ (and recorded) before hearth's replaces it; a path hearth stops managing is removed, or
 * its original put back. Folders hearth had to create for its paths are recorded before they are
 * made, and removed once empty and no generation path needs them: no folder the host had goes.
 */
import { existsSync, readFileSync, rmdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { backupsDir } from "../../layout.ts";
import { type Entry, type EntryRole, hostEntries } from "../../plan/entries.ts";
import { readAccounts } from "../accounts.ts";
import { copyPreserving, symlinkAtomic, writeFileAtomic } from "../fsx.ts";
import type { StepContext } from "./context.ts";

const content = (ctx: StepContext, e: Entry): Buffer | string => {
  if (e.content !== undefined) return e.content;
  return readFileSync(join(ctx.dir!, e.source!));
};

/** Records the folders above `path` that do not exist yet (writing it will create them). */
function recordNewFolders(ctx: StepContext, path: string): void {
  const missing: string[] = [];
  for (let d = dirname(path); d !== "/" && !existsSync(d); d = dirname(d)) missing.push(d);
  if (missing.length === 0) return;
  ctx.state.dirs.push(...missing);
  ctx.save();
}

export function writeEntry(ctx: StepContext, e: Entry): void {
  const accounts = readAccounts();
  const owner = { uid: accounts.uid(e.user), gid: accounts.gid(e.group) };
  if (e.kind === "symlink") symlinkAtomic(e.path, e.target!, owner);
  else writeFileAtomic(e.path, content(ctx, e), e.mode, owner);
}

/** Writes the entries of the given roles that the plan adds or changes; returns how many. */
export function writeEntries(ctx: StepContext, roles: readonly EntryRole[]): number {
  const entries = new Map(hostEntries(ctx.to).map((e) => [e.path, e]));
  const writes = [...ctx.plan.files.add, ...ctx.plan.files.change].filter((w) => roles.includes(w.role));
  for (const w of writes) {
    if (w.adopt && !(w.path in ctx.state.backups)) {
      const backup = join(backupsDir, w.path);
      copyPreserving(w.path, backup);
      ctx.state.backups[w.path] = backup;
      ctx.save();
    }
    recordNewFolders(ctx, w.path);
    writeEntry(ctx, entries.get(w.path)!);
  }
  return writes.length;
}

/** Removes the paths of the given roles that the plan drops, putting adopted originals back. */
export function removeEntries(ctx: StepContext, roles: readonly EntryRole[]): number {
  const removals = ctx.plan.files.remove.filter((r) => roles.includes(r.role));
  for (const r of removals) {
    const backup = ctx.state.backups[r.path];
    if (r.restore && backup && existsSync(backup)) {
      copyPreserving(backup, r.path);
      rmSync(backup, { force: true });
    } else {
      rmSync(r.path, { force: true });
    }
    if (backup) {
      delete ctx.state.backups[r.path];
      ctx.save();
    }
  }
  pruneFolders(ctx);
  return removals.length;
}

/** Removes the folders hearth created that are empty now and hold no path of the generation. */
function pruneFolders(ctx: StepContext): void {
  const needed = hostEntries(ctx.to).map((e) => e.path);
  const kept: string[] = [];
  for (const d of [...ctx.state.dirs].sort((a, b) => b.length - a.length)) {
    if (needed.some((p) => p.startsWith(`${d}/`))) {
      kept.push(d);
      continue;
    }
    try {
      rmdirSync(d);
    } catch (e) {
      // still holds something (the host's own files): it stays, and stays recorded
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") kept.push(d);
    }
  }
  if (kept.length !== ctx.state.dirs.length) {
    ctx.state.dirs = kept;
    ctx.save();
  }
}

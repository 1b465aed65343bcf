/** File helpers: reading (callers add the file name as the user wrote it), and atomic writes that keep the mode. */
import { randomBytes } from "node:crypto";
import { chmodSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { SecretsError } from "./errors.ts";

export function readFileBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new SecretsError(code === "ENOENT" ? "file not found" : `cannot read: ${(e as Error).message}`);
  }
}

/** Writes beside the target and renames over it, so a reader never sees half a file. */
export function writeFileAtomic(path: string, data: Uint8Array, newFileMode = 0o644): void {
  let mode = newFileMode;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    // a new file
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(temp, data, { mode, flag: "wx" });
    chmodSync(temp, mode);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw new SecretsError(`cannot write: ${(e as Error).message}`, path);
  }
}

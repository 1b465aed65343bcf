/**
 * File operations of the agent, each atomic: a file or link is made beside its path and renamed
 * over it, so every path holds the old thing or the new one, never half of either.
 */
import { createHash } from "node:crypto";
import {
  chmodSync,
  closeSync,
  copyFileSync,
  fsyncSync,
  lchownSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import type { PathFact } from "../plan/facts.ts";
import type { Accounts } from "./accounts.ts";

export const sha256File = (path: string): string =>
  createHash("sha256").update(readFileSync(path)).digest("hex");

const beside = (path: string) => join(dirname(path), `.${basename(path)}.hearth-new`);
export const modeString = (mode: number) => (mode & 0o7777).toString(8).padStart(4, "0");

export interface Owner {
  readonly uid: number;
  readonly gid: number;
}

/** Writes content to path with mode and owner, through a file beside it (fsynced) renamed over it. */
export function writeFileAtomic(path: string, content: Buffer | string, mode: string, owner: Owner): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = beside(path);
  rmSync(tmp, { force: true });
  const fd = openSync(tmp, "wx", 0o600);
  try {
    const data = typeof content === "string" ? Buffer.from(content) : content;
    let off = 0;
    while (off < data.length) off += writeSync(fd, data, off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  lchownSync(tmp, owner.uid, owner.gid);
  // chmod after chown: chown clears set-id bits
  writeMode(tmp, mode);
  renameSync(tmp, path);
}

/** chmod follows links: only regular files are passed here. */
const writeMode = (path: string, mode: string) => chmodSync(path, Number.parseInt(mode, 8));

/** Makes path a symbolic link to target, atomically. */
export function symlinkAtomic(path: string, target: string, owner: Owner): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = beside(path);
  rmSync(tmp, { force: true });
  symlinkSync(target, tmp);
  lchownSync(tmp, owner.uid, owner.gid);
  renameSync(tmp, path);
}

/** A copy of path (file or link, with mode and owner) at dest, made atomically. */
export function copyPreserving(path: string, dest: string): void {
  const st = lstatSync(path);
  mkdirSync(dirname(dest), { recursive: true });
  if (st.isSymbolicLink()) {
    symlinkAtomic(dest, readlinkSync(path), { uid: st.uid, gid: st.gid });
    return;
  }
  const tmp = beside(dest);
  rmSync(tmp, { force: true });
  copyFileSync(path, tmp);
  lchownSync(tmp, st.uid, st.gid);
  writeMode(tmp, modeString(st.mode));
  renameSync(tmp, dest);
}

/** What is at a path, as the planner sees it; `withText` adds a small UTF-8 file's content. */
export function probe(path: string, accounts: Accounts, withText: (sha: string) => boolean): PathFact {
  let st: ReturnType<typeof lstatSync>;
  try {
    st = lstatSync(path);
  } catch {
    return { type: "missing" };
  }
  const owner = { user: accounts.userName(st.uid), group: accounts.groupName(st.gid) };
  if (st.isSymbolicLink()) return { type: "symlink", target: readlinkSync(path), ...owner };
  if (st.isDirectory()) return { type: "directory", mode: modeString(st.mode), ...owner };
  if (!st.isFile()) return { type: "other", ...owner };
  const content = readFileSync(path);
  const sha256 = createHash("sha256").update(content).digest("hex");
  const fact: PathFact = { type: "file", sha256, mode: modeString(st.mode), ...owner };
  if (content.length <= 64 * 1024 && !content.includes(0) && withText(sha256)) {
    const text = new TextDecoder("utf-8", { fatal: false }).decode(content);
    return { ...fact, text };
  }
  return fact;
}

/** Writes a small JSON state file atomically (fsynced, renamed). */
export function writeJsonAtomic(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  const fd = openSync(tmp, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

export function readJson<T>(path: string): T | null {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

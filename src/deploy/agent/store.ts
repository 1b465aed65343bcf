/**
 * The host's content store and its generations. Transfers land in incoming/<id>/ and only files
 * whose content matches their name (sha256) enter the store (../remote-scripts.ts); a generation
 * folder is made of hard
 * links into the store, built beside its final name and renamed into place, and it is verified
 * (every file re-hashed, the listing re-hashed against the manifest's hash) before any use.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { dirname, join } from "node:path";
import type { Manifest } from "../../host/realise/manifest.ts";
import { agentFileName, expectedHash, listedFiles, manifestFileName } from "../generation.ts";
import { agentPath, agentsDir, generationName, generationsDir, incomingDir, storeDir } from "../layout.ts";
import type { GenerationRef } from "../plan/facts.ts";
import { AgentError } from "./sys.ts";

const sha = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** agents/<sha>.mjs: the agent under a name Node runs as an ES module. */
export function linkAgent(agentSha: string): void {
  mkdirSync(agentsDir, { recursive: true });
  if (!existsSync(agentPath(agentSha))) linkSync(join(storeDir, agentSha), agentPath(agentSha));
}

/** Transfers that never finished (their connection died): removed once an hour old. */
export function removeStaleIncoming(): void {
  if (!existsSync(incomingDir)) return;
  for (const name of readdirSync(incomingDir)) {
    const path = join(incomingDir, name);
    if (Date.now() - statSync(path).mtimeMs > 3600_000) rmSync(path, { recursive: true, force: true });
  }
}

export interface GenerationDir extends GenerationRef {
  readonly dir: string;
}

export function listGenerations(): GenerationDir[] {
  if (!existsSync(generationsDir)) return [];
  return readdirSync(generationsDir)
    .map((name) => /^(\d+)-([0-9a-f]{64})$/.exec(name))
    .filter((m) => m !== null)
    .map((m) => ({ number: Number(m[1]), hash: m[2]!, dir: join(generationsDir, m[0]) }))
    .sort((a, b) => a.number - b.number);
}

export const generationDir = (g: GenerationRef) => join(generationsDir, generationName(g.number, g.hash));

export const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, manifestFileName), "utf8")) as Manifest;

/**
 * Problems with a generation folder: a file missing or not matching its manifest entry, or a
 * manifest whose hash is not the hash of what it lists. Empty when the generation is intact.
 */
export function verifyGeneration(dir: string): string[] {
  let manifest: Manifest;
  try {
    manifest = readManifest(dir);
  } catch (e) {
    return [`manifest.json: ${(e as Error).message}`];
  }
  const agent = join(dir, agentFileName);
  if (!existsSync(agent)) return [`${agentFileName} is missing`];
  const listed = listedFiles(manifest, sha(readFileSync(agent)));
  const problems: string[] = [];
  for (const f of listed) {
    const path = join(dir, f.path);
    if (!existsSync(path)) problems.push(`${f.path} is missing`);
    else if (sha(readFileSync(path)) !== f.sha256)
      problems.push(`${f.path} does not have the content its manifest says (sha256 mismatch)`);
  }
  if (expectedHash(manifest, listed) !== manifest.hash)
    problems.push("the manifest's hash is not the hash of the files it lists");
  return problems;
}

/**
 * Replaces the files of a generation folder that do not match their manifest with the store's
 * copy when the store has a good one (a corrupt store file is shared by every generation linking
 * to it; once a deploy sends it anew, older generations heal here). Returns the problems left.
 */
export function repairGeneration(dir: string): string[] {
  const problems = verifyGeneration(dir);
  if (problems.length === 0) return problems;
  const manifest = readManifest(dir);
  const agent = join(dir, agentFileName);
  const agentSha = existsSync(agent) ? sha(readFileSync(agent)) : null;
  for (const f of listedFiles(manifest, agentSha)) {
    const path = join(dir, f.path);
    if (existsSync(path) && sha(readFileSync(path)) === f.sha256) continue;
    const stored = join(storeDir, f.sha256);
    if (!existsSync(stored)) continue;
    if (sha(readFileSync(stored)) !== f.sha256) {
      rmSync(stored, { force: true }); // the next transfer sends it anew
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    rmSync(`${path}.repair`, { force: true });
    linkSync(stored, `${path}.repair`);
    renameSync(`${path}.repair`, path);
  }
  return verifyGeneration(dir);
}

/**
 * The generation whose manifest is the store file `manifestSha`, as a verified folder: an existing
 * one with that hash, or a new one numbered `number`. Corrupt store files are removed (the next
 * transfer sends them again) and the generation is refused.
 */
export function materialise(manifestSha: string, agentSha: string, number: () => number): GenerationDir {
  const read = (s: string, what: string): Buffer => {
    const path = join(storeDir, s);
    if (!existsSync(path)) throw new AgentError(`the store has no ${what} (${s}): transfer it first`);
    const data = readFileSync(path);
    if (sha(data) !== s) {
      rmSync(path, { force: true });
      throw new AgentError(
        `refused: the store's copy of ${what} is corrupt (sha256 mismatch); it was removed, deploy again to send it anew`,
      );
    }
    return data;
  };
  const manifest = JSON.parse(read(manifestSha, manifestFileName).toString("utf8")) as Manifest;
  const listed = listedFiles(manifest, agentSha);
  if (expectedHash(manifest, listed) !== manifest.hash) {
    throw new AgentError(
      `refused: generation ${manifest.hash} is corrupt: its manifest's hash is not the hash of the files it lists`,
    );
  }
  const existing = listGenerations().find((g) => g.hash === manifest.hash);
  if (existing) {
    const problems = repairGeneration(existing.dir);
    if (problems.length === 0) return existing;
    throw new AgentError(`refused: generation ${existing.number} is corrupt: ${problems.join("; ")}`);
  }
  for (const f of listed) read(f.sha256, f.path); // verifies every content before anything is linked
  const ref = { number: number(), hash: manifest.hash };
  const dir = generationDir(ref);
  const tmp = `${dir}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  for (const f of [...listed, { path: manifestFileName, sha256: manifestSha }]) {
    const path = join(tmp, f.path);
    mkdirSync(dirname(path), { recursive: true });
    linkSync(join(storeDir, f.sha256), path);
  }
  renameSync(tmp, dir);
  return { ...ref, dir };
}

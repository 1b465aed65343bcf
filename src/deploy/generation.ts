/**
 * A deployable generation: the realiser's generation plus the activation agent (`agent.mjs`),
 * which the hash covers like any other file. The host rebuilds the listing the hash is taken over
 * from the manifest alone (`listedFiles`), so it can verify what it received before using it.
 */
import type { Generation } from "../host/realise/index.ts";
import {
  type GenerationFile,
  generationHash,
  type ListedFile,
  listing,
  type Manifest,
  manifestJson,
  sha256,
} from "../host/realise/manifest.ts";

export const agentFileName = "agent.mjs";
export const manifestFileName = "manifest.json";

/** Every file a generation holds besides manifest.json, as its manifest describes them. */
export function listedFiles(manifest: Manifest, agentSha256: string | null): ListedFile[] {
  const out: ListedFile[] = [];
  for (const f of manifest.files) {
    if ("sha256" in f)
      out.push({ path: `files${f.path}`, mode: f.mode, user: f.user, group: f.group, sha256: f.sha256 });
  }
  for (const u of manifest.units)
    out.push({ path: u.file, mode: "0644", user: "root", group: "root", sha256: u.sha256 });
  const sources = new Map<string, string>();
  for (const s of manifest.secrets) sources.set(s.source, s.sha256);
  for (const [path, sha] of sources)
    out.push({ path, mode: "0644", user: "root", group: "root", sha256: sha });
  if (agentSha256 !== null)
    out.push({ path: agentFileName, mode: "0755", user: "root", group: "root", sha256: agentSha256 });
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const withoutHash = (manifest: Manifest): Omit<Manifest, "hash"> => {
  const { hash: _, ...body } = manifest;
  return body;
};

/** The hash a manifest with these files must carry. */
export const expectedHash = (manifest: Manifest, files: readonly ListedFile[]): string =>
  sha256(listing(files, withoutHash(manifest)));

/** The generation with some files replaced or added (and a changed manifest), its hash taken again. */
export function rebuild(
  generation: Generation,
  replace: readonly GenerationFile[],
  manifest: Omit<Manifest, "hash"> = withoutHash(generation.manifest),
): Generation {
  const paths = new Set(replace.map((f) => f.path));
  const files = [...generation.files.filter((f) => !paths.has(f.path)), ...replace].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  const body = withoutHash({ ...manifest, hash: "" } as Manifest);
  return { ...generation, manifest: { ...body, hash: generationHash(files, body) } as Manifest, files };
}

/** The generation with the agent bundle added and the hash taken again. */
export const withAgent = (generation: Generation, agent: Buffer): Generation =>
  rebuild(generation, [{ path: agentFileName, content: agent, mode: "0755", user: "root", group: "root" }]);

/** One file to copy to a host, named by its content. */
export interface Blob {
  readonly sha256: string;
  readonly content: Buffer;
}

/** Every distinct content a host needs to hold the generation (manifest.json included). */
export function generationBlobs(generation: Generation): {
  blobs: Blob[];
  manifestSha: string;
  agentSha: string;
} {
  const bySha = new Map<string, Buffer>();
  for (const f of generation.files) bySha.set(sha256(f.content), f.content);
  const manifest = Buffer.from(manifestJson(generation.manifest));
  const manifestSha = sha256(manifest);
  bySha.set(manifestSha, manifest);
  const agent = generation.files.find((f) => f.path === agentFileName);
  if (!agent) throw new Error(`the generation of ${generation.host} has no ${agentFileName}`);
  return {
    blobs: [...bySha].map(([sha, content]) => ({ sha256: sha, content })),
    manifestSha,
    agentSha: sha256(agent.content),
  };
}

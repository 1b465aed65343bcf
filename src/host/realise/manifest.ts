/**
 * The generation's manifest (its JSON Schema is src/host/manifest.schema.json) and its hash: a
 * sha256 over a canonical listing of every file of the generation (path, mode, owner, sha256)
 * and of the manifest itself, like a Nix store path. Same configuration, same bytes, same hash.
 */
import { createHash } from "node:crypto";

export const manifestFormat = 1;

export type ManifestFile =
  | { path: string; sha256: string; mode: string; user: string; group: string }
  | { path: string; symlink: string; user: string; group: string };

export interface ManifestUnit {
  name: string;
  /** The file in the generation: `units/<name>`, or `units/<name>.d/hearth.conf` for a drop-in. */
  file: string;
  sha256: string;
  dropIn: boolean;
  wantedBy: string[];
  requiredBy: string[];
  /** sha256 of the unit's restart (reload) triggers, null when it has none. */
  restartTriggers: string | null;
  reloadTriggers: string | null;
  restartIfChanged: boolean;
  stopIfRemoved: boolean;
}

export interface ManifestUser {
  name: string;
  uid: number | null;
  group: string;
  extraGroups: string[];
  description: string;
  system: boolean;
  home: string;
  createHome: boolean;
  shell: string;
}

export interface ManifestGroup {
  name: string;
  gid: number | null;
  system: boolean;
  members: string[];
}

export interface ManifestDirectory {
  path: string;
  mode: string;
  user: string;
  group: string;
}

export interface ManifestContainer {
  name: string;
  image: string;
  unit: string;
}

/** A file the host writes on its tmpfs at activation: where, whose, and what restarts when it changes. */
export interface ManifestSecretFile {
  name: string;
  path: string;
  owner: string;
  group: string;
  mode: string;
  restartUnits: string[];
  reloadUnits: string[];
}

export interface ManifestSecret extends ManifestSecretFile {
  /** The encrypted file in the generation: `secrets/<its path in the lab>`. */
  source: string;
  sha256: string;
  format: string;
  key: string;
}

/** A file written beside the secrets: `content` with every placeholder replaced by its secret's value. */
export interface ManifestTemplate extends ManifestSecretFile {
  /** The text, with `<hearth-secret:NAME>` placeholders (no secret value is ever in a generation). */
  content: string;
  /** The host secrets the placeholders name, sorted. */
  secrets: string[];
}

export type ManifestCheck = { name: string; timeoutSeconds: number } & (
  | { unit: string }
  | { tcp: { host: string; port: number } }
  | { http: { url: string; status: number; body: string | null } }
);

export interface Manifest {
  format: typeof manifestFormat;
  host: string;
  hash: string;
  files: ManifestFile[];
  units: ManifestUnit[];
  users: ManifestUser[];
  groups: ManifestGroup[];
  directories: ManifestDirectory[];
  packages: string[];
  containers: ManifestContainer[];
  secrets: ManifestSecret[];
  templates: ManifestTemplate[];
  checks: ManifestCheck[];
}

/** One file of the generation folder (manifest.json aside). */
export interface GenerationFile {
  /** Relative to the generation folder, `/`-separated: `files/etc/hostname`, `units/x.service`. */
  readonly path: string;
  readonly content: Buffer;
  readonly mode: string;
  readonly user: string;
  readonly group: string;
}

export const sha256 = (data: string | Buffer): string => createHash("sha256").update(data).digest("hex");

/** One file of a listing: what the hash says about it (the host rebuilds these from the manifest). */
export interface ListedFile {
  readonly path: string;
  readonly mode: string;
  readonly user: string;
  readonly group: string;
  readonly sha256: string;
}

/** The listing the hash is taken over, one line per file, then the manifest (without its hash). */
export function listing(files: readonly ListedFile[], manifest: Omit<Manifest, "hash">): string {
  const lines = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${f.mode} ${f.user}:${f.group} ${f.sha256} ${f.path}`);
  lines.push(`manifest ${sha256(JSON.stringify(manifest))}`);
  return `${lines.join("\n")}\n`;
}

export const hashListing = (files: readonly GenerationFile[], manifest: Omit<Manifest, "hash">): string =>
  listing(
    files.map((f) => ({
      path: f.path,
      mode: f.mode,
      user: f.user,
      group: f.group,
      sha256: sha256(f.content),
    })),
    manifest,
  );

export const generationHash = (files: readonly GenerationFile[], manifest: Omit<Manifest, "hash">) =>
  sha256(hashListing(files, manifest));

/** manifest.json: the manifest with its hash, keys in a fixed order. */
export function manifestJson(manifest: Manifest): string {
  const { format, host, hash, ...rest } = manifest;
  return `${JSON.stringify({ format, host, hash, ...rest }, null, 2)}\n`;
}

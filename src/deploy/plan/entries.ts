/**
 * Every path a generation puts on the host, derived from its manifest: the managed files, the unit
 * files (and drop-ins), the `.wants`/`.requires` links that enable units, links for secrets that
 * live outside /run/hearth/secrets, and hearth's own boot unit. The planner compares these with
 * what the host has; the agent writes them. An empty manifest (no generation) has none.
 */
import type { Manifest, ManifestSecretFile, ManifestUnit } from "../../host/realise/manifest.ts";
import { manifestFormat, sha256 } from "../../host/realise/manifest.ts";
import { bootUnit, hearthDir, nodeBinary, secretsLink, unitDir } from "../layout.ts";

export type EntryRole = "file" | "unit" | "link" | "secret-link" | "hearth";

export interface Entry {
  readonly path: string;
  readonly kind: "file" | "symlink";
  readonly role: EntryRole;
  /** Files: the content's sha256, and where the content is in the generation (or inline). */
  readonly sha256?: string;
  readonly source?: string;
  readonly content?: string;
  /** Symlinks: where they point. */
  readonly target?: string;
  readonly mode: string;
  readonly user: string;
  readonly group: string;
  /** Unit files, drop-ins and links: the unit they belong to. */
  readonly unit?: string;
}

export const emptyHash = "0".repeat(64);

/** A manifest for "nothing": what a host ran before hearth, and what rolling back a first deploy goes to. */
export function emptyManifest(host: string): Manifest {
  return {
    format: manifestFormat,
    host,
    hash: emptyHash,
    files: [],
    units: [],
    users: [],
    groups: [],
    directories: [],
    packages: [],
    containers: [],
    secrets: [],
    templates: [],
    checks: [],
  };
}

/** The boot unit: before any service starts, the agent restores a consistent generation and decrypts secrets. */
export const bootUnitText = `# Written by hearth.
[Unit]
Description=hearth: the current generation and its secrets, before services start
DefaultDependencies=no
After=local-fs.target
Wants=local-fs.target
Before=sysinit.target shutdown.target
Conflicts=shutdown.target
RequiresMountsFor=${hearthDir} /etc/ssh
ConditionPathExists=${hearthDir}/agent.mjs

[Service]
Type=oneshot
RemainAfterExit=yes
ExecStart=${nodeBinary} ${hearthDir}/agent.mjs boot

[Install]
WantedBy=sysinit.target
`;

export const unitFilePath = (u: Pick<ManifestUnit, "name" | "dropIn">): string =>
  u.dropIn ? `${unitDir}/${u.name}.d/hearth.conf` : `${unitDir}/${u.name}`;

/** Every file a host writes on its tmpfs: the secrets, and the templates (older generations have none). */
export const secretFiles = (m: Manifest): ManifestSecretFile[] => [...m.secrets, ...(m.templates ?? [])];

/** Where a decrypted secret is inside the secrets directory, and the link to it when its path is elsewhere. */
export function secretLocation(s: { name: string; path: string }): { inDir: string; link: string | null } {
  const prefix = `${secretsLink}/`;
  return s.path.startsWith(prefix)
    ? { inDir: s.path.slice(prefix.length), link: null }
    : { inDir: s.name, link: s.path };
}

const root = { mode: "0644", user: "root", group: "root" } as const;

export function hostEntries(manifest: Manifest): Entry[] {
  if (manifest.hash === emptyHash) return [];
  const out: Entry[] = [];
  for (const f of manifest.files) {
    if ("sha256" in f) {
      out.push({
        path: f.path,
        kind: "file",
        role: "file",
        sha256: f.sha256,
        source: `files${f.path}`,
        mode: f.mode,
        user: f.user,
        group: f.group,
      });
    } else {
      out.push({
        path: f.path,
        kind: "symlink",
        role: "file",
        target: f.symlink,
        ...root,
        user: f.user,
        group: f.group,
      });
    }
  }
  for (const u of manifest.units) {
    out.push({
      path: unitFilePath(u),
      kind: "file",
      role: "unit",
      sha256: u.sha256,
      source: u.file,
      unit: u.name,
      ...root,
    });
    if (u.dropIn) continue;
    for (const [targets, dir] of [
      [u.wantedBy, "wants"],
      [u.requiredBy, "requires"],
    ] as const) {
      for (const t of targets) {
        out.push({
          path: `${unitDir}/${t}.${dir}/${u.name}`,
          kind: "symlink",
          role: "link",
          target: unitFilePath(u),
          unit: u.name,
          ...root,
        });
      }
    }
  }
  for (const s of secretFiles(manifest)) {
    const { inDir, link } = secretLocation(s);
    if (link)
      out.push({
        path: link,
        kind: "symlink",
        role: "secret-link",
        target: `${secretsLink}/${inDir}`,
        ...root,
      });
  }
  out.push({
    path: `${unitDir}/${bootUnit}`,
    kind: "file",
    role: "hearth",
    sha256: sha256(bootUnitText),
    content: bootUnitText,
    unit: bootUnit,
    ...root,
  });
  out.push({
    path: `${unitDir}/sysinit.target.wants/${bootUnit}`,
    kind: "symlink",
    role: "hearth",
    target: `${unitDir}/${bootUnit}`,
    unit: bootUnit,
    ...root,
  });
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

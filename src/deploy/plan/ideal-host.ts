/**
 * The facts of a host that runs a generation exactly as it was deployed: every path, account and
 * directory as its manifest says, its packages installed, its enabled units running, nothing of
 * its own in hearth's way. Planning another generation against them says what deploying it after
 * that one does on a host nobody touched: `hearth diff`, the deploy's own planner without SSH.
 */
import type { Manifest } from "../../host/realise/manifest.ts";
import { emptyManifest, hostEntries } from "./entries.ts";
import type { Facts, PathFact, UnitFact } from "./facts.ts";

const running: UnitFact = { active: "active", sub: "running" };

/**
 * `from`: the generation the host runs (null: none, hearth never deployed there); `text`: a file's
 * content in that generation by its place in the generation folder (`files/etc/motd`), for diffs.
 */
export function idealFacts(
  host: string,
  from: Manifest | null,
  text: (source: string) => string | undefined,
): Facts {
  const m = from ?? emptyManifest(host);
  const entries = hostEntries(m);
  const paths: Record<string, PathFact> = {};
  for (const e of entries) {
    const { mode, user, group } = e;
    paths[e.path] =
      e.kind === "symlink"
        ? { type: "symlink", target: e.target!, mode, user, group }
        : {
            type: "file",
            sha256: e.sha256!,
            mode,
            user,
            group,
            ...(e.role === "file" && e.source !== undefined ? { text: text(e.source) } : {}),
          };
  }
  for (const d of m.directories)
    paths[d.path] = { type: "directory", mode: d.mode, user: d.user, group: d.group };
  const units: Record<string, UnitFact> = {};
  // Enabled units run; a drop-in's unit is the distribution's, running as the host runs it.
  for (const u of m.units)
    if (u.dropIn || u.wantedBy.length + u.requiredBy.length > 0) units[u.name] = running;
  const memberOf = (user: string) => [
    ...(m.users.find((u) => u.name === user)?.extraGroups ?? []),
    ...m.groups.filter((g) => g.members.includes(user)).map((g) => g.name),
  ];
  return {
    hostname: host,
    bootId: "",
    current: from === null ? null : { number: 0, hash: m.hash, manifest: m },
    owned: entries.map((e) => e.path),
    backups: [],
    journal: null,
    lock: null,
    paths,
    units,
    packages: Object.fromEntries(m.packages.map((p) => [p, true])),
    users: Object.fromEntries(
      m.users.map((u) => [u.name, { groups: [...new Set(memberOf(u.name))].sort() }]),
    ),
    groups: m.groups.map((g) => g.name),
    missingBlobs: [],
    generations: [],
  };
}

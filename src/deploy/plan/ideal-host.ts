/**
 * The facts of a host that runs a generation exactly as it was deployed: every path, account and
 * directory as its manifest says (and Debian's own accounts), its packages installed, its enabled
 * units running, and the distribution's units the next generation adds drop-ins to running too;
 * nothing of its own in hearth's way. Planning the next generation against them says what
 * deploying it does on a host nobody touched: `hearth diff`, the deploy's own planner without SSH.
 * What only a host knows (drift, files hearth does not own, secrets' values, a oneshot unit that
 * has finished) is not there.
 */
import { debianGroups, debianUsers } from "../../host/realise/accounts.ts";
import type { Manifest } from "../../host/realise/manifest.ts";
import { emptyManifest, hostEntries } from "./entries.ts";
import type { Facts, PathFact, UnitFact } from "./facts.ts";
import { wanted } from "./units.ts";

const running: UnitFact = { active: "active", sub: "running" };

/**
 * `from`: the generation the host runs (null: none, hearth never deployed there); `next`: the
 * generation to plan (its drop-ins are on units the distribution runs); `text`: a file's content
 * in `from` by its place in the generation folder (`files/etc/motd`), read when a diff needs it.
 */
export function idealFacts(
  host: string,
  from: Manifest | null,
  options: { next?: Manifest; text?: (source: string) => string | undefined } = {},
): Facts {
  const m = from ?? emptyManifest(host);
  const entries = hostEntries(m);
  const paths: Record<string, PathFact> = {};
  for (const e of entries) {
    const { mode, user, group } = e;
    if (e.kind === "symlink") {
      paths[e.path] = { type: "symlink", target: e.target!, mode, user, group };
      continue;
    }
    const fact = { type: "file" as const, sha256: e.sha256!, mode, user, group };
    const { text } = options;
    if (e.role === "file" && e.source !== undefined && text) {
      const source = e.source;
      Object.defineProperty(fact, "text", { get: () => text(source), enumerable: true });
    }
    paths[e.path] = fact;
  }
  for (const d of m.directories)
    paths[d.path] = { type: "directory", mode: d.mode, user: d.user, group: d.group };
  const units: Record<string, UnitFact> = {};
  for (const u of m.units) if (u.dropIn || wanted(u)) units[u.name] = running;
  for (const u of options.next?.units ?? []) if (u.dropIn) units[u.name] = running;
  // Every account the host has: Debian's, the declared ones, and members named by declared groups.
  const names = new Set([
    ...debianUsers,
    ...m.users.map((u) => u.name),
    ...m.groups.flatMap((g) => g.members),
  ]);
  const groupsOf = (user: string) =>
    [
      ...new Set([
        ...(m.users.find((u) => u.name === user)?.extraGroups ?? []),
        ...m.groups.filter((g) => g.members.includes(user)).map((g) => g.name),
      ]),
    ].sort();
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
    users: Object.fromEntries([...names].map((n) => [n, { groups: groupsOf(n) }])),
    groups: [...new Set([...debianGroups, ...m.groups.map((g) => g.name)])],
    missingBlobs: [],
    generations: [],
  };
}

/**
 * The plan: a pure function of the host's facts and the generation to deploy. It says exactly what
 * activation will do (files written and removed, units started, stopped, restarted, reloaded,
 * accounts, packages, directories, secrets) and what stops it (a file hearth does not own in the
 * way). The agent runs the same function on the host before it changes anything.
 */
import type { Manifest } from "../../host/realise/manifest.ts";
import {
  type Entry,
  type EntryRole,
  emptyManifest,
  hostEntries,
  secretFiles,
  unitFilePath,
} from "./entries.ts";
import type { Facts, GenerationRef, JournalInfo, LockInfo, PathFact } from "./facts.ts";
import { type UnitActions, unitActions } from "./units.ts";

export type EntryAspect = "content" | "target" | "type" | "mode" | "owner";

export interface EntryWrite {
  readonly path: string;
  readonly role: EntryRole;
  readonly kind: Entry["kind"];
  /** What differs on the host (empty for a new path). */
  readonly what: readonly EntryAspect[];
  /** The host changed a file hearth manages since the last deploy; it is put back. */
  readonly drift: boolean;
  /** A file hearth did not own, adopted: the original goes to backups/ first. */
  readonly adopt: boolean;
  /** Unified diff of a text file's content (credentials redacted); set by the deployer. */
  diff?: string | null;
}

export interface EntryRemoval {
  readonly path: string;
  readonly role: EntryRole;
  /** The original (adopted) file is put back instead of just removing hearth's. */
  readonly restore: boolean;
}

export interface Conflict {
  readonly path: string;
  readonly reason: string;
}

export interface SecretChange {
  readonly name: string;
  readonly what: readonly string[];
}

export interface Plan {
  readonly host: string;
  readonly from: GenerationRef | null;
  readonly to: { readonly hash: string };
  /** Nothing to do: the host runs this generation, as it was deployed. */
  readonly upToDate: boolean;
  readonly busy: LockInfo | null;
  readonly recovering: JournalInfo | null;
  readonly conflicts: readonly Conflict[];
  readonly files: {
    readonly add: readonly EntryWrite[];
    readonly change: readonly EntryWrite[];
    readonly remove: readonly EntryRemoval[];
  };
  readonly units: UnitActions & { readonly daemonReload: boolean };
  readonly users: {
    readonly add: readonly string[];
    readonly groups: readonly { user: string; add: string[] }[];
  };
  readonly groups: { readonly add: readonly string[] };
  readonly directories: { readonly add: readonly string[]; readonly change: readonly string[] };
  readonly packages: { readonly install: readonly string[]; readonly dropped: readonly string[] };
  readonly containers: {
    readonly add: readonly string[];
    readonly remove: readonly string[];
    readonly change: readonly string[];
  };
  readonly secrets: {
    readonly add: readonly string[];
    readonly remove: readonly string[];
    readonly change: readonly SecretChange[];
    /** Units restarted (reloaded) if a secret's value, owner or mode turns out to differ on the host. */
    readonly restartIfChanged: readonly string[];
  };
  readonly checks: readonly string[];
}

export interface PlanInput {
  readonly facts: Facts;
  readonly to: Manifest;
  /** What the host is taken to run; default: its current generation (nothing before the first deploy). */
  readonly from?: Manifest;
  /** Paths the user adopts (`--adopt`), or "all" (test hosts). */
  readonly adopt?: ReadonlySet<string> | "all";
}

const sameOwner = (e: Entry, f: PathFact) => f.user === e.user && f.group === e.group;

/** How a path on the host differs from the entry; null when it matches. */
export function entryDifference(e: Entry, f: PathFact | undefined): EntryAspect[] | null {
  if (!f || f.type === "missing") return null;
  if (e.kind === "symlink") {
    if (f.type !== "symlink") return ["type"];
    const what: EntryAspect[] = [];
    if (f.target !== e.target) what.push("target");
    if (!sameOwner(e, f)) what.push("owner");
    return what;
  }
  if (f.type !== "file") return ["type"];
  const what: EntryAspect[] = [];
  if (f.sha256 !== e.sha256) what.push("content");
  if (f.mode !== e.mode) what.push("mode");
  if (!sameOwner(e, f)) what.push("owner");
  return what;
}

const byName = <T extends { name: string }>(xs: readonly T[]) => new Map(xs.map((x) => [x.name, x]));

function compareNamed<T extends { name: string }>(
  from: readonly T[],
  to: readonly T[],
  aspects: (a: T, b: T) => string[],
): { add: string[]; remove: string[]; change: { name: string; what: string[] }[] } {
  const old = byName(from);
  const now = byName(to);
  return {
    add: to.filter((x) => !old.has(x.name)).map((x) => x.name),
    remove: from.filter((x) => !now.has(x.name)).map((x) => x.name),
    change: to
      .filter((x) => old.has(x.name))
      .map((x) => ({ name: x.name, what: aspects(old.get(x.name)!, x) }))
      .filter((c) => c.what.length > 0),
  };
}

const differing = <T>(a: T, b: T, keys: (keyof T)[]) =>
  keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).map(String);

export function plan(input: PlanInput): Plan {
  const { facts, to } = input;
  const from = input.from ?? facts.current?.manifest ?? null;
  const fromManifest: Manifest = from ?? emptyManifest(to.host);
  const adopt = input.adopt ?? new Set<string>();
  const owned = new Set(facts.owned);
  const backups = new Set(facts.backups);
  const target = hostEntries(to);
  const previous = new Map(hostEntries(fromManifest).map((e) => [e.path, e]));
  const targetPaths = new Set(target.map((e) => e.path));

  const conflicts: Conflict[] = [];
  const add: EntryWrite[] = [];
  const change: EntryWrite[] = [];
  for (const e of target) {
    const f = facts.paths[e.path];
    const exists = f !== undefined && f.type !== "missing";
    const what = entryDifference(e, f);
    if (exists && !owned.has(e.path)) {
      const adopted = adopt === "all" || adopt.has(e.path);
      if (f.type === "directory") {
        conflicts.push({ path: e.path, reason: "is a directory hearth does not manage" });
      } else if (!adopted) {
        conflicts.push({
          path: e.path,
          reason: `exists and hearth does not manage it: adopt it with \`--adopt ${e.path}\` (the original is kept and put back when hearth stops managing the path)`,
        });
      } else {
        change.push({
          path: e.path,
          role: e.role,
          kind: e.kind,
          what: what ?? [],
          drift: false,
          adopt: true,
        });
      }
      continue;
    }
    if (!exists) {
      add.push({ path: e.path, role: e.role, kind: e.kind, what: [], drift: false, adopt: false });
      continue;
    }
    if (what && what.length > 0) {
      const was = previous.get(e.path);
      const drift = was !== undefined && entryDifference(was, f)?.length !== 0 && sameEntry(was, e);
      change.push({ path: e.path, role: e.role, kind: e.kind, what, drift, adopt: false });
    }
  }
  const remove: EntryRemoval[] = [];
  const removable = new Set([...owned, ...previous.keys()]);
  for (const path of [...removable].sort()) {
    if (targetPaths.has(path)) continue;
    const f = facts.paths[path];
    const restore = backups.has(path);
    if ((f === undefined || f.type === "missing") && !restore) continue;
    if (!owned.has(path) && !previous.has(path)) continue;
    remove.push({ path, role: previous.get(path)?.role ?? roleOf(path), restore });
  }

  const written = new Set([...add, ...change].map((w) => w.path));
  const units = unitActions(fromManifest, to, (u) => written.has(unitFilePath(u)), facts.units);
  const unitPathTouched = [...add, ...change, ...remove].some(
    (w) => w.role !== "file" && w.role !== "secret-link",
  );

  const users = to.users.filter((u) => !facts.users[u.name]).map((u) => u.name);
  // memberships: a user's extraGroups and a group's members; a new user gets its extraGroups from useradd
  const required = new Map<string, Set<string>>();
  const need = (user: string, group: string) =>
    required.set(user, (required.get(user) ?? new Set()).add(group));
  for (const u of to.users) for (const g of u.extraGroups) need(u.name, g);
  for (const g of to.groups) for (const m of g.members) need(m, g.name);
  const memberships = [...required]
    .map(([user, groups]) => {
      const have = facts.users[user]?.groups ?? to.users.find((u) => u.name === user)?.extraGroups ?? [];
      return { user, add: [...groups].filter((g) => !have.includes(g)).sort() };
    })
    .filter((m) => m.add.length > 0)
    .sort((a, b) => (a.user < b.user ? -1 : 1));
  const groups = to.groups.filter((g) => !facts.groups.includes(g.name)).map((g) => g.name);

  const dirsAdd: string[] = [];
  const dirsChange: string[] = [];
  for (const d of to.directories) {
    const f = facts.paths[d.path];
    if (!f || f.type === "missing") dirsAdd.push(d.path);
    else if (f.type !== "directory")
      conflicts.push({ path: d.path, reason: "should be a directory, but is not" });
    else if (f.mode !== d.mode || f.user !== d.user || f.group !== d.group) dirsChange.push(d.path);
  }

  const packagesInstall = to.packages.filter((p) => facts.packages[p] !== true);
  const dropped = fromManifest.packages.filter((p) => !to.packages.includes(p));
  const containers = compareNamed(fromManifest.containers, to.containers, (a, b) =>
    differing(a, b, ["image", "unit"]),
  );
  const values = compareNamed(fromManifest.secrets, to.secrets, (a, b) =>
    differing(a, b, ["sha256", "key", "path", "owner", "group", "mode", "restartUnits", "reloadUnits"]).map(
      (k) => (k === "sha256" ? "encrypted file" : k),
    ),
  );
  // a template is listed with the secrets it holds: `template <name>`
  const asTemplates = (m: Manifest) => (m.templates ?? []).map((t) => ({ ...t, name: `template ${t.name}` }));
  const templates = compareNamed(asTemplates(fromManifest), asTemplates(to), (a, b) =>
    differing(a, b, ["content", "secrets", "path", "owner", "group", "mode", "restartUnits", "reloadUnits"]),
  );
  const secrets = {
    add: [...values.add, ...templates.add],
    remove: [...values.remove, ...templates.remove],
    change: [...values.change, ...templates.change],
  };
  const restartIfChanged = [
    ...new Set(secretFiles(to).flatMap((s) => [...s.restartUnits, ...s.reloadUnits])),
  ].sort();

  const anything =
    add.length + change.length + remove.length > 0 ||
    users.length + memberships.length + groups.length > 0 ||
    dirsAdd.length + dirsChange.length + packagesInstall.length > 0 ||
    units.start.length + units.stop.length + units.restart.length + units.reload.length > 0;
  const upToDate =
    !anything && facts.current?.hash === to.hash && facts.journal === null && conflicts.length === 0;

  return {
    host: to.host,
    from: facts.current ? { number: facts.current.number, hash: facts.current.hash } : null,
    to: { hash: to.hash },
    upToDate,
    busy: facts.lock,
    recovering: facts.journal,
    conflicts,
    files: { add, change, remove },
    units: { ...units, daemonReload: unitPathTouched },
    users: { add: users, groups: memberships },
    groups: { add: groups },
    directories: { add: dirsAdd, change: dirsChange },
    packages: { install: packagesInstall, dropped },
    containers: {
      add: containers.add,
      remove: containers.remove,
      change: containers.change.map((c) => c.name),
    },
    secrets: { add: secrets.add, remove: secrets.remove, change: secrets.change, restartIfChanged },
    checks: to.checks.map((c) => c.name),
  };
}

const sameEntry = (a: Entry, b: Entry) =>
  a.kind === b.kind &&
  a.sha256 === b.sha256 &&
  a.target === b.target &&
  a.mode === b.mode &&
  a.user === b.user &&
  a.group === b.group;

/** The role of an owned path no generation at hand describes (left over by an interrupted activation). */
const roleOf = (path: string): EntryRole => (path.startsWith("/etc/systemd/system/") ? "unit" : "file");

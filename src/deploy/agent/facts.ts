/**
 * Gathering facts on the host: the confirmed generation, what hearth owns, every path the current
 * and the new generation name, the state of their units, packages, accounts, and which contents
 * the store lacks. Read-only.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Manifest } from "../../host/realise/manifest.ts";
import { storeDir } from "../layout.ts";
import { hostEntries } from "../plan/entries.ts";
import type { Facts, PathFact, UnitFact } from "../plan/facts.ts";
import { readAccounts } from "./accounts.ts";
import { probe } from "./fsx.ts";
import { lockHolder } from "./lock.ts";
import { generationDir, listGenerations, readManifest } from "./store.ts";
import { bootId, readJournal, readState } from "./state.ts";
import { run, systemctl } from "./sys.ts";
import { hostname } from "node:os";

/** ActiveState and SubState of units (and whether their conditions kept them from starting), in one systemctl call. */
export function unitStates(names: readonly string[]): Record<string, UnitFact> {
  const out: Record<string, UnitFact> = {};
  if (names.length === 0) return out;
  const r = systemctl(["show", "--property=Id,ActiveState,SubState,ConditionResult", "--", ...names]);
  const blocks = r.stdout.split("\n\n");
  names.forEach((name, i) => {
    const fields = Object.fromEntries(
      (blocks[i] ?? "")
        .split("\n")
        .filter(Boolean)
        .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
    );
    const active = fields.ActiveState ?? "unknown";
    out[name] = {
      active,
      sub: fields.SubState ?? "unknown",
      ...(active === "inactive" && fields.ConditionResult === "no" ? { skipped: true } : {}),
    };
  });
  return out;
}

/** Which packages dpkg says are installed. */
export function installedPackages(names: readonly string[]): Record<string, boolean> {
  const out: Record<string, boolean> = Object.fromEntries(names.map((n) => [n, false]));
  if (names.length === 0) return out;
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own ${field} format
  const r = run("dpkg-query", ["-W", "-f=${Package}\t${db:Status-Abbrev}\n", "--", ...names]);
  for (const line of r.stdout.split("\n")) {
    const [name, status] = line.split("\t");
    if (name && name in out && status?.startsWith("ii")) out[name] = true;
  }
  return out;
}

export function currentGeneration(): (Facts["current"] & object) | null {
  const { current } = readState();
  if (!current) return null;
  const dir = generationDir(current);
  return existsSync(dir) ? { ...current, manifest: readManifest(dir) } : null;
}

export interface GatherOptions {
  /** Include the text of files whose content would change (the deployer shows diffs). */
  readonly withText: boolean;
  /** Assume the host runs this instead of its current generation (rollbacks). */
  readonly from?: Manifest;
}

export function gatherFacts(to: Manifest, blobs: readonly string[], opts: GatherOptions): Facts {
  const state = readState();
  const current = currentGeneration();
  const from = opts.from ?? current?.manifest ?? null;
  const accounts = readAccounts();
  const wanted = new Map(hostEntries(to).map((e) => [e.path, e]));
  const paths = new Set<string>([...wanted.keys(), ...state.owned, ...to.directories.map((d) => d.path)]);
  if (from) for (const e of hostEntries(from)) paths.add(e.path);
  const pathFacts: Record<string, PathFact> = {};
  for (const p of [...paths].sort()) {
    const e = wanted.get(p);
    pathFacts[p] = probe(p, accounts, (sha) => opts.withText && e?.role === "file" && e.sha256 !== sha);
  }
  const unitNames = [...new Set([...to.units, ...(from?.units ?? [])].map((u) => u.name))].sort();
  const accountNames = new Set([
    ...[...to.users, ...(from?.users ?? [])].map((u) => u.name),
    ...to.groups.flatMap((g) => g.members),
  ]);
  const users: Facts["users"] = Object.fromEntries(
    [...accountNames].filter((n) => accounts.users.has(n)).map((n) => [n, { groups: accounts.groupsOf(n) }]),
  );
  const journal = readJournal();
  return {
    hostname: hostname(),
    bootId: bootId(),
    current: current,
    owned: state.owned,
    backups: Object.keys(state.backups),
    journal: journal
      ? {
          deployId: journal.deployId,
          from: journal.from,
          to: journal.to,
          phase: journal.phase,
          startedAt: journal.startedAt,
        }
      : null,
    lock: lockHolder(),
    paths: pathFacts,
    units: unitStates(unitNames),
    packages: installedPackages(to.packages),
    users,
    groups: [...to.groups.map((g) => g.name)].filter((g) => accounts.groups.has(g)),
    missingBlobs: blobs.filter((b) => !existsSync(join(storeDir, b))),
    generations: listGenerations().map(({ number, hash }) => ({ number, hash })),
  };
}

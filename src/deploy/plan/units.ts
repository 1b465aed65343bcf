/**
 * What happens to units when the host goes from one generation to another (docs/host.md): restart
 * a unit whose file or restart triggers changed (when `restartIfChanged`), otherwise reload it when
 * its reload triggers changed; start new units that something wants; stop removed ones (when
 * `stopIfRemoved`). A drop-in changes a unit the distribution ships, so adding, changing or
 * removing one restarts (or reloads) that unit instead. Only units that run are restarted or
 * reloaded; a changed unit that is wanted but not running is started.
 */
import type { Manifest, ManifestUnit } from "../../host/realise/manifest.ts";
import type { UnitFact } from "./facts.ts";

export interface UnitActions {
  /** Unit files (or drop-ins) written for the first time, rewritten, and removed. */
  install: string[];
  update: string[];
  remove: string[];
  stop: string[];
  restart: string[];
  reload: string[];
  start: string[];
}

const running = (f: UnitFact | undefined) =>
  f !== undefined && ["active", "activating", "reloading", "deactivating"].includes(f.active);
/** Enabled: something wants or requires it (a drop-in's unit is the distribution's). */
export const wanted = (u: ManifestUnit) => !u.dropIn && u.wantedBy.length + u.requiredBy.length > 0;

export function unitActions(
  from: Manifest,
  to: Manifest,
  /** Whether the unit's file on the host differs from `to`'s (written by this activation). */
  fileChanges: (u: ManifestUnit) => boolean,
  states: Readonly<Record<string, UnitFact>>,
): UnitActions {
  const before = new Map(from.units.map((u) => [u.file, u]));
  const after = new Set(to.units.map((u) => u.file));
  const a = {
    install: new Set<string>(),
    update: new Set<string>(),
    remove: new Set<string>(),
    stop: new Set<string>(),
    restart: new Set<string>(),
    reload: new Set<string>(),
    start: new Set<string>(),
  };
  const restartOrStart = (u: ManifestUnit) => {
    if (running(states[u.name])) a.restart.add(u.name);
    else if (wanted(u)) a.start.add(u.name);
  };
  for (const u of to.units) {
    const old = before.get(u.file);
    const onDisk = fileChanges(u);
    if (!old) {
      a.install.add(u.name);
      if (u.dropIn ? running(states[u.name]) : true) {
        if (u.restartIfChanged || !u.dropIn) restartOrStart(u);
        else if (u.reloadTriggers !== null) a.reload.add(u.name);
      }
      continue;
    }
    const content = old.sha256 !== u.sha256 || onDisk;
    if (content) a.update.add(u.name);
    if (u.restartIfChanged && (content || old.restartTriggers !== u.restartTriggers)) restartOrStart(u);
    else if (old.reloadTriggers !== u.reloadTriggers && running(states[u.name])) a.reload.add(u.name);
  }
  const names = new Set(to.units.map((u) => u.name));
  for (const old of from.units) {
    if (after.has(old.file)) continue;
    a.remove.add(old.name);
    if (!running(states[old.name])) continue;
    // A drop-in removed, or a unit hearth wrote that becomes the distribution's with a drop-in
    // (or the reverse): the unit stays, from other files; it restarts, it does not stop.
    if (old.dropIn || names.has(old.name)) a.restart.add(old.name);
    else if (old.stopIfRemoved) a.stop.add(old.name);
  }
  // A unit restarted is not also reloaded; one stopped is not restarted.
  for (const n of a.restart) a.reload.delete(n);
  for (const n of a.stop) a.restart.delete(n);
  const sorted = (s: Set<string>) => [...s].sort();
  return {
    install: sorted(a.install),
    update: sorted(a.update),
    remove: sorted(a.remove),
    stop: sorted(a.stop),
    restart: sorted(a.restart),
    reload: sorted(a.reload),
    start: sorted(a.start),
  };
}

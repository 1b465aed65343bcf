/**
 * Moving the host to a generation it already holds, from whatever mix it is in: the rollback after
 * a failed activation, the recovery from one that was cut short, the boot-time re-assertion. The
 * plan is taken from the generation that was being activated (`assumed`), so every unit that
 * activation may have touched is restarted again with the old configuration.
 */
import { rmSync } from "node:fs";
import type { Manifest } from "../../host/realise/manifest.ts";
import { runChecks, type UnitStates } from "../checks.ts";
import { emptyManifest } from "../plan/entries.ts";
import { currentLink } from "../layout.ts";
import { hostEntries } from "../plan/entries.ts";
import type { GenerationRef } from "../plan/facts.ts";
import { plan } from "../plan/plan.ts";
import { applyPlan } from "./apply.ts";
import type { Events } from "./events.ts";
import { gatherFacts, unitStates } from "./facts.ts";
import { symlinkAtomic } from "./fsx.ts";
import { clearJournal, type HostState, writeState } from "./state.ts";
import { generationDir, readManifest } from "./store.ts";
import { secretValues } from "./steps/secrets.ts";
import { unitsCameUp } from "./steps/units.ts";

/** ActiveState of units, for health checks ("skipped": its own conditions kept it from starting). */
export const activeStates: UnitStates = (units) =>
  Object.fromEntries(
    Object.entries(unitStates(units)).map(([n, s]) => [n, s.skipped ? "skipped" : s.active]),
  );

/** Points `current` at a generation (or removes it: no generation). */
export function setCurrent(ref: GenerationRef | null): void {
  if (ref) symlinkAtomic(currentLink, generationDir(ref), { uid: 0, gid: 0 });
  else rmSync(currentLink, { force: true });
}

export interface Transition {
  /** Health checks of the generation reached that failed (it is not rolled back further). */
  readonly failedChecks: string[];
}

/** Brings the host to `target` (null: no generation) from `assumed`; records it as confirmed. */
export async function transition(
  target: GenerationRef | null,
  assumed: Manifest,
  state: HostState,
  events: Events,
  mode: "rollback" | "boot",
): Promise<Transition> {
  const dir = target ? generationDir(target) : null;
  const to = dir ? readManifest(dir) : emptyManifest(assumed.host);
  const facts = gatherFacts(to, [], { withText: false, from: assumed });
  const p = plan({ facts, to, from: assumed, adopt: "all" });
  const secrets = await secretValues(dir, to.secrets);
  const started = applyPlan({ dir, to, from: assumed, plan: p, state, events, mode, secrets });
  setCurrent(target);
  state.current = target;
  state.owned = hostEntries(to).map((e) => e.path);
  writeState(state);
  clearJournal();
  if (mode === "boot") return { failedChecks: [] };
  const failedChecks: string[] = [];
  try {
    await unitsCameUp(started, 30_000);
  } catch (e) {
    failedChecks.push((e as Error).message);
  }
  for (const r of await runChecks(to.checks, activeStates))
    if (!r.ok) failedChecks.push(`${r.name}: ${r.detail}`);
  return { failedChecks };
}

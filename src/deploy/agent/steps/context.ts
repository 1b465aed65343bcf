/** What every activation step gets: the generation going in, the one going out, the plan, the records. */
import type { Manifest } from "../../../host/realise/manifest.ts";
import type { Plan } from "../../plan/plan.ts";
import type { Events } from "../events.ts";
import type { HostState } from "../state.ts";

export interface StepContext {
  /** The generation folder being activated (null: going back to no generation). */
  readonly dir: string | null;
  readonly to: Manifest;
  readonly from: Manifest;
  readonly plan: Plan;
  readonly state: HostState;
  readonly events: Events;
  /** At boot nothing is restarted: services have not started yet. */
  readonly mode: "activate" | "rollback" | "boot";
  /** Units to restart or reload because a secret they use changed (filled by the secrets step). */
  readonly secretRestarts: Set<string>;
  readonly secretReloads: Set<string>;
  save(): void;
}

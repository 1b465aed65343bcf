/**
 * Applying a plan on the host, step by step in DESIGN.md's order: accounts → packages →
 * directories → secrets → files → units. The units the new generation removes are stopped once
 * packages are in (a service being replaced keeps running while its successor downloads) and
 * before anything of the new configuration is on disk, so that they stop under the one they ran
 * with, as NixOS stops them before it switches /etc. Every step converges (it does what the plan
 * says is missing, and doing it twice changes nothing), so an activation cut short is finished or
 * undone by running the same steps again towards a generation.
 */
import { writeState } from "./state.ts";
import { accountsStep } from "./steps/accounts.ts";
import type { StepContext } from "./steps/context.ts";
import { directoriesStep } from "./steps/directories.ts";
import { removeEntries, writeEntries } from "./steps/entries.ts";
import { packagesStep } from "./steps/packages.ts";
import { secretsStep } from "./steps/secrets.ts";
import { stopRemovedUnits, unitsStep } from "./steps/units.ts";

const fileRoles = ["file", "secret-link"] as const;

export type ApplyInput = Pick<StepContext, "dir" | "to" | "from" | "plan" | "state" | "events" | "mode"> & {
  /** Every secret's decrypted value, by name. */
  readonly secrets: ReadonlyMap<string, Buffer>;
};

/** Runs the steps; returns the units it started or restarted (they must come up). */
export function applyPlan(input: ApplyInput): string[] {
  const ctx: StepContext = {
    dir: input.dir,
    to: input.to,
    from: input.from,
    plan: input.plan,
    state: input.state,
    events: input.events,
    mode: input.mode,
    secretRestarts: new Set(),
    secretReloads: new Set(),
    save: () => writeState(input.state),
  };
  const step = <T>(name: string, f: () => T): T => {
    input.events.emit("step", { step: name });
    return f();
  };
  if (input.mode !== "boot") {
    step("accounts", () => accountsStep(ctx));
    step("packages", () => packagesStep(ctx));
    if (ctx.plan.units.stop.length > 0) step("stopping", () => stopRemovedUnits(ctx));
  }
  step("directories", () => directoriesStep(ctx));
  step("secrets", () => secretsStep(ctx, input.secrets));
  step("files", () => {
    writeEntries(ctx, fileRoles);
    removeEntries(ctx, fileRoles);
  });
  return step("units", () => unitsStep(ctx));
}

/**
 * The health gate of a confirmation, and `agent checks`. When the deployer confirms (over a new
 * SSH connection), the activation runs the generation's health checks once more and makes sure no
 * unit the generation enables has failed since; only then does it keep the generation.
 */
import type { Manifest } from "../../host/realise/manifest.ts";
import { type CheckResult, runChecks } from "../checks.ts";
import { currentLink } from "../layout.ts";
import { unitStates } from "./facts.ts";
import { readManifest } from "./store.ts";
import { activeStates } from "./transition.ts";

export async function confirmationChecks(manifest: Manifest): Promise<CheckResult[]> {
  const failed = (await runChecks(manifest.checks, activeStates, 0.5)).filter((r) => !r.ok);
  const enabled = manifest.units.filter((u) => !u.dropIn && u.wantedBy.length + u.requiredBy.length > 0);
  const states = unitStates(enabled.map((u) => u.name));
  for (const u of enabled) {
    if (states[u.name]!.active === "failed")
      failed.push({ name: u.name, ok: false, detail: `${u.name} has failed` });
  }
  return failed;
}

/** The current generation's health checks, once each (with their timeouts): `hearth test` reports them. */
export async function checksCommand(): Promise<number> {
  const results = await runChecks(readManifest(currentLink).checks, activeStates);
  process.stdout.write(`${JSON.stringify(results)}\n`);
  return results.every((r) => r.ok) ? 0 : 1;
}

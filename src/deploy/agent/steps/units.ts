/**
 * Units: install unit files and links, daemon-reload, restart or reload changed ones (and those
 * whose secrets changed), start new ones. Removed units were stopped before any of the new
 * configuration was on disk (stopRemovedUnits, after packages), as NixOS stops them before it
 * switches /etc: their unit files still say how (after a daemon-reload without its file, systemd
 * forgets a unit such as the firewall's, whose ExecStop then never runs), and the configuration
 * they stop with is still theirs (a container's podman storage.conf). Then every unit started or
 * restarted must come up: a unit that fails is the activation's failure, with the end of its
 * journal as the reason.
 */
import { run, systemctl, AgentError } from "../sys.ts";
import { unitStates } from "../facts.ts";
import { sleep } from "../events.ts";
import { removeEntries, writeEntries } from "./entries.ts";
import type { StepContext } from "./context.ts";

const unitRoles = ["unit", "link", "hearth"] as const;

function journalTail(unit: string): string {
  const r = run("journalctl", ["--unit", unit, "--lines", "5", "--no-pager", "--output", "cat", "--boot"]);
  return r.stdout.trim().split("\n").slice(-5).join("\n");
}

function call(what: string, verb: string, units: readonly string[]): void {
  if (units.length === 0) return;
  const r = systemctl([verb, "--", ...units]);
  if (r.code !== 0) throw new AgentError(`${what}: systemctl ${verb} ${units.join(" ")}: ${r.stderr.trim()}`);
}

function installUnits(ctx: StepContext): void {
  const changed = writeEntries(ctx, unitRoles) + removeEntries(ctx, unitRoles);
  if (changed > 0 || ctx.plan.units.daemonReload) {
    const r = systemctl(["daemon-reload"]);
    if (r.code !== 0) throw new AgentError(`reloading systemd: systemctl daemon-reload: ${r.stderr.trim()}`);
  }
}

/** Stops the units the new generation removes, before its configuration is written (see above). */
export function stopRemovedUnits(ctx: StepContext): void {
  call("stopping removed units", "stop", ctx.plan.units.stop);
}

export function unitsStep(ctx: StepContext): string[] {
  const u = ctx.plan.units;
  installUnits(ctx);
  if (ctx.mode === "boot") return [];
  // a removed unit that had failed would stay listed as failed
  if (u.remove.length > 0) systemctl(["reset-failed", "--", ...u.remove]);
  call("restarting changed units", "restart", u.restart);
  call("reloading changed units", "reload", u.reload);
  // a secret's units that this activation restarts, stops or removes anyway are left to that
  const handled = new Set([...u.restart, ...u.stop, ...u.remove]);
  const bySecret = [...ctx.secretRestarts].filter((n) => !handled.has(n));
  call("restarting units whose secrets changed", "try-restart", bySecret);
  call(
    "reloading units whose secrets changed",
    "try-reload-or-restart",
    [...ctx.secretReloads].filter((n) => !bySecret.includes(n) && !handled.has(n)),
  );
  const started = [...u.start];
  const r = systemctl(["start", "--", ...started]);
  if (started.length > 0 && r.code !== 0) {
    const failed = started.filter((n) => systemctl(["is-failed", "--quiet", n]).code === 0);
    throw new AgentError(
      `starting ${failed.join(", ") || started.join(", ")} failed:\n${failed.map((n) => `${n}: ${journalTail(n)}`).join("\n") || r.stderr.trim()}`,
    );
  }
  return [...u.restart, ...started, ...bySecret];
}

/**
 * Waits until every unit just (re)started is up — `active`, or a finished oneshot — and has stayed
 * so for `settleMs` (a service that crashes right after starting looks active at first, longer on
 * a busy host; the confirmation looks again). Fails at once on a unit that failed, and after
 * `timeoutMs` on one still starting.
 */
export async function unitsCameUp(
  units: readonly string[],
  timeoutMs: number,
  settleMs = 300,
): Promise<void> {
  if (units.length === 0) return;
  const started = Date.now();
  const deadline = started + timeoutMs;
  for (;;) {
    await sleep(100);
    const states = unitStates(units);
    const failed = units.filter((n) => states[n]!.active === "failed");
    if (failed.length > 0) {
      throw new AgentError(
        `${failed.join(", ")} failed:\n${failed.map((n) => `${n}: ${journalTail(n)}`).join("\n")}`,
      );
    }
    const pending = units.filter((n) => {
      const s = states[n]!;
      if (s.active === "active") return false;
      if (s.active === "inactive" && s.sub === "dead") {
        // a oneshot that ran and finished
        return systemctl(["show", "--property=Result", "--value", n]).stdout.trim() !== "success";
      }
      return true;
    });
    if (pending.length === 0 && Date.now() - started >= settleMs) return;
    if (Date.now() > deadline) {
      throw new AgentError(
        `${pending.map((n) => `${n} (${states[n]!.active}/${states[n]!.sub})`).join(", ")} did not come up`,
      );
    }
  }
}

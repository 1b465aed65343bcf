/**
 * Distribution packages: nothing happens when every declared package is installed (the usual
 * case, and always on test hosts, whose image carries them). Missing ones are installed with
 * apt-get (after `apt-get update` if apt does not know them); when that fails (no mirror
 * reachable), the step fails and names the packages. Packages are never removed.
 */
import { installedPackages } from "../facts.ts";
import { AgentError, run } from "../sys.ts";
import type { StepContext } from "./context.ts";

const aptInstall = (packages: readonly string[]) =>
  run("apt-get", [
    "install",
    "-y",
    "-q",
    "--no-install-recommends",
    "-o",
    "DPkg::Lock::Timeout=120",
    "--",
    ...packages,
  ]);

export function packagesStep(ctx: StepContext): void {
  const missing = Object.entries(installedPackages(ctx.plan.packages.install))
    .filter(([, ok]) => !ok)
    .map(([name]) => name);
  if (missing.length === 0) return;
  ctx.events.emit("step", { step: "packages", detail: `installing ${missing.join(", ")}` });
  let r = aptInstall(missing);
  if (r.code !== 0) {
    const update = run("apt-get", ["update", "-q", "-o", "Acquire::Retries=0"]);
    r = update.code === 0 ? aptInstall(missing) : update;
  }
  if (r.code !== 0) {
    const still = Object.entries(installedPackages(missing))
      .filter(([, ok]) => !ok)
      .map(([n]) => n);
    const why = (r.stderr || r.stdout).trim().split("\n").slice(-4).join("\n");
    throw new AgentError(
      `packages ${still.join(", ")} are not installed and apt-get could not install them (is a package mirror reachable?):\n${why}`,
    );
  }
}

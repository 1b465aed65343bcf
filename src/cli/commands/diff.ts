/**
 * `hearth diff [host…] [--against DIR|REV]`: what deploying the lab's generations would change on
 * hosts that run earlier ones (a `hearth build` folder, or the lab at a git revision; HEAD by
 * default) exactly as deployed. The deploy's own planner, on facts made from the earlier
 * generation instead of read over SSH: files with diffs, unit restarts and reloads, accounts,
 * packages, containers, secrets. Exit 3 when anything would change, as `hearth plan`.
 */
import { addDiffs, idealFacts, type Plan, plan, renderPlan, short } from "../../deploy/plan/index.ts";
import type { Command } from "../command.ts";
import { earlierGenerations } from "../earlier-generations.ts";
import { hostGeneration } from "../host-generation.ts";
import { hostsNamed, labOption, moduleFilesOf, openLab } from "../lab-context.ts";
import { style } from "../output.ts";
import { printedErrors, underHost } from "../shared-errors.ts";

export const diffCommand: Command = {
  name: "diff",
  summary:
    "Show what deploying the lab would change on hosts running earlier generations (a build folder, a git revision; HEAD by default); exit 3 if anything.",
  usage: "hearth diff [host…] [--against DIR|REV] [--json] [--no-diff] [--lab DIR]",
  options: {
    ...labOption,
    against: { type: "string" },
    json: { type: "boolean" },
    "no-diff": { type: "boolean" },
  },
  async run({ values, positionals }, io) {
    const lab = await openLab(values, io.cwd);
    const names = hostsNamed(lab, positionals);
    const earlier = await earlierGenerations(
      lab,
      typeof values.against === "string" ? values.against : "HEAD",
      io.cwd,
    );
    const s = style(io.isTTY);

    // Warnings are the lab's as it is: `hearth check` and `build` print them, a diff does not.
    const now = names.map((name) => hostGeneration(lab, name));
    const failed = now.filter((h) => !h.generation);
    if (failed.length > 0) {
      const printed = printedErrors(failed, moduleFilesOf(lab), lab.hostNames());
      for (const h of failed) io.err(`${underHost(`${s.red("✗")} ${h.name}`, printed.get(h.name)!)}\n`);
      return 1;
    }

    // A host whose earlier generation does not build is reported; the others are still compared.
    const results: { host: string; before: string | null; plan: Plan | null; errors: readonly string[] }[] =
      [];
    for (const { name, generation } of now) {
      const before = earlier.generation(name);
      if (before !== null && "errors" in before) {
        results.push({ host: name, before: null, plan: null, errors: before.errors });
        continue;
      }
      const facts = idealFacts(name, before?.manifest ?? null, {
        next: generation!.manifest,
        text: before?.text,
      });
      const p = withoutStanding(plan({ facts, to: generation!.manifest }));
      if (values["no-diff"] !== true) addDiffs(p, generation!, facts.paths);
      results.push({ host: name, before: before?.manifest.hash ?? null, plan: p, errors: [] });
    }

    const broken = results.some((r) => r.plan === null);
    const changed = results.some((r) => r.plan !== null && !r.plan.upToDate);
    const code = broken ? 1 : changed ? 3 : 0;
    if (values.json) {
      io.out(
        `${JSON.stringify(
          {
            against: earlier.label,
            ok: !broken,
            changed,
            hosts: results.map((r) => ({
              host: r.host,
              from: r.before,
              ...(r.plan
                ? { plan: { ...r.plan, from: undefined } }
                : { errors: r.errors, at: earlier.label }),
            })),
          },
          null,
          2,
        )}\n`,
      );
      return code;
    }
    // An error several hosts meet there (one reading another through nodes) is printed once.
    const broke = results.filter((r) => r.plan === null).map((r) => ({ name: r.host, errors: r.errors }));
    const printed =
      broke.length > 0 && earlier.lab
        ? printedErrors(broke, earlier.lab.moduleFiles, earlier.lab.hosts)
        : new Map(broke.map((b) => [b.name, [...b.errors]]));
    for (const r of results) {
      if (r.plan === null) {
        io.err(`${underHost(`${s.red("✗")} ${r.host} at ${earlier.label}`, printed.get(r.host)!)}\n`);
      } else if (r.plan.upToDate) {
        io.out(`${s.bold(r.host)}: ${s.green("no change")} ${s.dim(`(${short(r.plan.to.hash)})`)}\n`);
      } else {
        const from = r.before === null ? "not in that lab" : short(r.before);
        io.out(renderPlan(r.plan, `against ${earlier.label}`, null, s, from));
      }
    }
    return code;
  },
};

/**
 * What a deploy plan also lists that is not a change: the health checks every deploy runs, and the
 * units restarted if secrets' values turn out to differ on the host (here they are as deployed).
 */
function withoutStanding(p: Plan): Plan {
  const secretsChange = p.secrets.add.length + p.secrets.change.length > 0;
  return {
    ...p,
    checks: [],
    secrets: { ...p.secrets, restartIfChanged: secretsChange ? p.secrets.restartIfChanged : [] },
  };
}

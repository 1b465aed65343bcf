/** `hearth check`: type-check the lab, evaluate every host, report errors and warnings. */
import type { Command } from "../command.ts";
import { hostGeneration } from "../host-generation.ts";
import { labOption, moduleFilesOf, openLab } from "../lab-context.ts";
import { style } from "../output.ts";
import { printedErrors, underHost } from "../shared-errors.ts";
import { typecheck } from "../typecheck.ts";

export const check: Command = {
  name: "check",
  summary:
    "Type-check the lab, evaluate and realise every host: errors, failed assertions, secrets, warnings.",
  usage: "hearth check [--json] [--no-typecheck] [--lab DIR]",
  options: { ...labOption, json: { type: "boolean" }, "no-typecheck": { type: "boolean" } },
  async run({ values }, io) {
    const lab = await openLab(values, io.cwd);
    // The type-checker runs in its own process while the hosts are evaluated here.
    const types = values["no-typecheck"] ? undefined : typecheck(lab.root);
    const hosts = lab.hostNames().map((name) => {
      const h = lab.check(name);
      // What only realising shows: files claimed twice, unknown users, missing secrets…
      return h.ok ? { ...h, ...realiseErrors(lab, name) } : h;
    });
    const typeResult = await types;
    const ok = hosts.every((h) => h.ok) && (typeResult?.ok ?? true);
    if (values.json) {
      io.out(`${JSON.stringify({ ok, typecheck: typeResult ?? null, hosts }, null, 2)}\n`);
      return ok ? 0 : 1;
    }
    const s = style(io.isTTY);
    if (typeResult && !typeResult.ok) {
      io.err(`${s.red("✗ type errors")} (${typeResult.command}):\n${typeResult.output}\n`);
    }
    const printed = printedErrors(hosts, moduleFilesOf(lab));
    for (const h of hosts) {
      for (const w of h.warnings) io.err(`${s.yellow("warning")} (${h.name}): ${w}\n`);
      if (h.ok) io.out(`${s.green("✓")} ${h.name}\n`);
      else io.err(`${underHost(`${s.red("✗")} ${h.name}`, printed.get(h.name)!)}\n`);
    }
    io.out(
      ok
        ? `${s.green("ok")}: ${hosts.length} host${hosts.length === 1 ? "" : "s"} evaluated${typeResult ? ", types checked" : ""}\n`
        : "",
    );
    return ok ? 0 : 1;
  },
};

function realiseErrors(lab: Parameters<typeof hostGeneration>[0], name: string) {
  const { errors } = hostGeneration(lab, name);
  return { ok: errors.length === 0, errors };
}

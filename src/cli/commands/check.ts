/** `hearth check`: type-check the lab, evaluate every host, report errors and warnings. */
import type { Command } from "../command.ts";
import { hostGeneration } from "../host-generation.ts";
import { labOption, openLab } from "../lab-context.ts";
import { style } from "../output.ts";
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
    // A host whose own check meets an error shows it; the hosts reading it only name it.
    const shownWith = (r: { host: string; message: string }) =>
      hosts.some((x) => x.name === r.host && x.errors.includes(r.message));
    for (const h of hosts) {
      for (const w of h.warnings) io.err(`${s.yellow("warning")} (${h.name}): ${w}\n`);
      if (h.ok) io.out(`${s.green("✓")} ${h.name}\n`);
      else {
        const messages = [...h.errors, ...h.failingReads.map((r) => failingRead(r, shownWith(r)))];
        io.err(`${s.red("✗")} ${h.name}\n${messages.map(indent).join("\n\n")}\n`);
      }
    }
    io.out(
      ok
        ? `${s.green("ok")}: ${hosts.length} host${hosts.length === 1 ? "" : "s"} evaluated${typeResult ? ", types checked" : ""}\n`
        : "",
    );
    return ok ? 0 : 1;
  },
};

const indent = (text: string) => text.replace(/^/gm, "  ");

/**
 * Another host's error met reading its configuration: shown with that host, once; in full here
 * when that host's own check did not meet it (a value only this host reads).
 */
const failingRead = (r: { host: string; message: string }, shownThere: boolean) =>
  shownThere
    ? `Reads the configuration of ${r.host} (through nodes.${r.host}), which fails: see ${r.host}.`
    : `While reading the configuration of ${r.host} (through nodes.${r.host}):\n${r.message}`;

function realiseErrors(lab: Parameters<typeof hostGeneration>[0], name: string) {
  const { errors } = hostGeneration(lab, name);
  return { ok: errors.length === 0, errors, failingReads: [] };
}

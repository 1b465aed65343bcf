/** `hearth build [host…]`: realise hosts into generations, `<out>/<host>/`. */
import { resolve } from "node:path";
import { writeGeneration } from "../../host/index.ts";
import type { Command } from "../command.ts";
import { hostGeneration } from "../host-generation.ts";
import { hostsNamed, labOption, moduleFilesOf, openLab } from "../lab-context.ts";
import { style } from "../output.ts";
import { printedErrors, underHost } from "../shared-errors.ts";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const build: Command = {
  name: "build",
  summary: "Build the generation of each host (all by default) into <out>/<host>/.",
  usage: "hearth build [host…] [--out DIR] [--json] [--lab DIR]",
  options: { ...labOption, out: { type: "string" }, json: { type: "boolean" } },
  async run({ values, positionals }, io) {
    const lab = await openLab(values, io.cwd);
    const names = hostsNamed(lab, positionals);
    const out = resolve(io.cwd, typeof values.out === "string" ? values.out : "result");
    const s = style(io.isTTY);
    const results = [];
    for (const name of names) {
      if (io.isTTY && !values.json) io.out(`${s.dim(`building ${name}…`)}\r`);
      const host = hostGeneration(lab, name);
      const dir = resolve(out, name);
      if (host.generation) writeGeneration(host.generation, dir);
      results.push({ host, dir });
    }
    if (io.isTTY && !values.json) io.out("\x1b[2K");
    // An error several hosts meet (one reading another through nodes) is printed once.
    const failed = results.filter((r) => !r.host.generation).map((r) => r.host);
    const printed =
      failed.length > 0 ? printedErrors(failed, moduleFilesOf(lab), lab.hostNames()) : undefined;
    for (const { host, dir } of values.json ? [] : results) {
      const { name } = host;
      for (const w of host.warnings) io.err(`${s.yellow("warning")} (${name}): ${w}\n`);
      const g = host.generation;
      if (!g) {
        io.err(`${underHost(`${s.red("✗")} ${name}`, printed!.get(name)!)}\n`);
        continue;
      }
      const m = g.manifest;
      io.out(
        `${s.green("✓")} ${name}: ${[
          plural(m.files.length, "file"),
          plural(m.units.length, "unit"),
          plural(m.containers.length, "container"),
          plural(m.secrets.length, "secret"),
          plural(host.warnings.length, "warning"),
        ].join(", ")}\n  ${s.dim(dir)}  ${s.bold(m.hash)}\n`,
      );
    }
    const ok = results.every((r) => r.host.generation);
    if (values.json) {
      io.out(
        `${JSON.stringify(
          {
            ok,
            hosts: results.map(({ host, dir }) => ({
              name: host.name,
              ok: host.generation !== null,
              out: host.generation ? dir : null,
              hash: host.generation?.manifest.hash ?? null,
              files: host.generation?.manifest.files.length ?? 0,
              units: host.generation?.manifest.units.length ?? 0,
              containers: host.generation?.manifest.containers.length ?? 0,
              secrets: host.generation?.manifest.secrets.length ?? 0,
              warnings: host.warnings,
              errors: host.errors,
            })),
          },
          null,
          2,
        )}\n`,
      );
    }
    return ok ? 0 : 1;
  },
};

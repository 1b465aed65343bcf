/** `hearth explain <host> <option.path>`: an option's value and every definition behind it. */
import {
  definitionParts,
  optionAt,
  type Evaluation,
  locationOf,
  type OptionInfo,
  showOption,
  showOrigin,
  shownDeep,
  toPlain,
} from "../../modules/index.ts";
import type { Command } from "../command.ts";
import { UserError } from "../command.ts";
import { labOption, metBy, nearestNames, openLab, parseOptionPath } from "../lab-context.ts";
import { style } from "../output.ts";

/** The option at `parts`, following values into submodules (`virtualHosts.media.port`). */
function findOption(evaluation: Evaluation, parts: readonly string[], host: string): OptionInfo {
  const found = optionAt(evaluation, parts);
  if (found.info) return found.info;
  switch (found.reason) {
    case "undeclared":
      throw new UserError(
        `No option \`${showOption(parts)}' is declared for ${host}.${nearestNames(evaluation, parts)} Try \`hearth options\`.`,
      );
    case "absent":
      throw new UserError(
        `\`${showOption(parts.slice(0, found.matched + 1))}' is not in the configuration of ${host}.${nearestNames(evaluation, parts)}`,
      );
    case "inside":
      throw new UserError(`\`${showOption(parts)}' is a value inside an option, not an option.`);
  }
}

/** A value as JSON for the explanation; computed here, so that what it fails with is shown. */
const render = (v: () => unknown) => {
  try {
    return (
      JSON.stringify(toPlain(v()), (_k, x) => (typeof x === "function" ? "<function>" : x)) ?? "undefined"
    );
  } catch (e) {
    return `<error: ${(e as Error).message.split("\n")[0]}>`;
  }
};
const priorityName: Record<number, string> = {
  10: "mkVMOverride",
  50: "mkForce",
  100: "plain",
  1000: "mkDefault",
  1500: "default",
};

export const explain: Command = {
  name: "explain",
  summary:
    "Explain an option of a host: value, type, default, declarations, and every definition with its priority.",
  usage: "hearth explain <host> <option.path> [--json] [--lab DIR]",
  options: { ...labOption, json: { type: "boolean" } },
  async run({ values, positionals }, io) {
    const [host, path] = positionals;
    if (!host || !path) throw new UserError(`Usage: ${this.usage}`);
    const lab = await openLab(values, io.cwd);
    let info: ReturnType<typeof findOption>;
    try {
      info = findOption(lab.host(host).evaluation, parseOptionPath(path), host);
    } catch (e) {
      throw metBy(lab, host, e);
    }
    const defaults = info.defaultDefinition ? [info.defaultDefinition] : [];
    const parts = definitionParts([...defaults, ...info.rawDefinitions]);
    const isDefault = (p: { from: unknown }) =>
      info.defaultDefinition !== undefined && p.from === info.defaultDefinition.from;
    let value: unknown;
    let error: string | undefined;
    try {
      value = toPlain(info.value);
    } catch (e) {
      error = (metBy(lab, host, e) as Error).message;
    }
    const definitions = parts.map((p) => ({
      location: isDefault(p) ? `${showOrigin(p.from)} (the option's default)` : showOrigin(p.from),
      priority: isDefault(p) ? 1500 : p.priority,
      ...(p.order !== 1000 ? { order: p.order } : {}),
      active: p.active,
      wins: p.wins,
      value: render(() => shownDeep(p.value)),
    }));
    const result = {
      option: showOption(info.loc),
      host,
      ...(error === undefined ? { value } : { error }),
      type: info.type.description,
      ...(info.defaultText !== undefined
        ? { default: info.defaultText }
        : info.hasDefault
          ? { default: render(() => info.default) }
          : {}),
      description: info.description ?? "",
      readOnly: info.readOnly,
      declarations: info.declarations.map((d) => {
        const loc = locationOf(d.from);
        return loc ? showOrigin(d.from) : d.from.module.file;
      }),
      definitions,
    };
    if (values.json) {
      io.out(`${JSON.stringify(result, null, 2)}\n`);
      return error === undefined ? 0 : 1;
    }
    const s = style(io.isTTY);
    io.out(`${s.bold(result.option)} on ${host}\n`);
    io.out(
      error === undefined
        ? `  value: ${render(() => value)}\n`
        : `  ${s.red("error")}: ${error.replace(/\n/g, "\n    ")}\n`,
    );
    io.out(`  type: ${result.type}\n`);
    if (result.default !== undefined) io.out(`  default: ${result.default}\n`);
    if (result.description) io.out(`  description: ${result.description.replace(/\n/g, "\n    ")}\n`);
    io.out(`  declared in: ${result.declarations.join(", ")}\n`);
    io.out(`  definitions (in merge order; ${s.green("✓")} = part of the value):\n`);
    for (const d of definitions) {
      const mark = d.wins ? s.green("✓") : " ";
      const prio = `${priorityName[d.priority] ?? "mkOverride"} ${d.priority}${d.order !== undefined ? `, order ${d.order}` : ""}`;
      const state = d.active ? "" : s.dim(" (inactive: mkIf false)");
      io.out(`   ${mark} ${d.location}  [${prio}]${state}\n       ${d.value}\n`);
    }
    return error === undefined ? 0 : 1;
  },
};

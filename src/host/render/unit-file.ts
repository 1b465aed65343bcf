/**
 * A systemd unit file from a unit's typed sections: sections in systemd's order, directives in
 * the order hearth declares them, each written as its kind says (unit-sections.ts). Values with a
 * line break cannot be written and are refused, naming the directive.
 */
import type { DirectiveKind, Section } from "../unit-sections.ts";

export interface SectionValues {
  readonly name: string;
  readonly section: Section<unknown>;
  readonly values: Readonly<Record<string, unknown>>;
  /** Lines written first (a mount unit's `Where=`). */
  readonly lead?: readonly string[];
}

export class UnitValueError extends Error {
  constructor(
    readonly section: string,
    readonly directive: string,
    message: string,
  ) {
    super(message);
  }
}

const scalar = (v: unknown): string => (v === true ? "yes" : v === false ? "no" : String(v));

/** systemd's quoting of an Environment= assignment; `%` would start a specifier. */
const envAssignment = (key: string, value: string) =>
  `"${`${key}=${value}`.replaceAll("\\", "\\\\").replaceAll('"', '\\"').replaceAll("%", "%%")}"`;

function directiveLines(key: string, kind: DirectiveKind, value: unknown): string[] {
  switch (kind) {
    case "value":
      return value === null ? [] : [`${key}=${scalar(value)}`];
    case "lines":
      return (value as string[]).map((v) => `${key}=${v}`);
    case "words":
      return value === null ? [] : [`${key}=${(value as string[]).join(" ")}`];
    case "env": {
      const env = value as Record<string, string>;
      return Object.keys(env)
        .sort()
        .map((k) => `${key}=${envAssignment(k, env[k]!)}`);
    }
  }
}

function sectionLines(s: SectionValues): string[] {
  const out = [...(s.lead ?? [])];
  for (const [key, kind] of Object.entries(s.section.kinds)) {
    for (const line of directiveLines(key, kind, s.values[key])) {
      if (line.includes("\n")) {
        throw new UnitValueError(s.name, key, `a value of ${s.name}.${key} contains a line break`);
      }
      out.push(line);
    }
  }
  return out;
}

/** The unit file; sections without directives are left out. */
export function renderUnitFile(sections: readonly SectionValues[]): string {
  const blocks = sections
    .map((s) => ({ name: s.name, lines: sectionLines(s) }))
    .filter((b) => b.lines.length > 0)
    .map((b) => `[${b.name}]\n${b.lines.join("\n")}\n`);
  return `# Written by hearth.\n${blocks.join("\n")}`;
}

/** systemd-escape --path: the unit name of a mount point (`/mnt/nas` → `mnt-nas`). */
export function escapePath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, "").replace(/\/+/g, "/");
  if (trimmed === "") return "-";
  return [...trimmed]
    .map((ch, i) => {
      if (ch === "/") return "-";
      if (/[A-Za-z0-9:_]/.test(ch) || (ch === "." && i > 0)) return ch;
      return [...Buffer.from(ch)].map((b) => `\\x${b.toString(16).padStart(2, "0")}`).join("");
    })
    .join("");
}

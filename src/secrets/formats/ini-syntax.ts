/**
 * INI syntax as go-ini v1 (the parser inside sops) reads and writes it with its default options:
 * `=` or `:` separators, `#`/`;` comments, an unquoted value ends at the first `#` or `;`,
 * surrounding quotes are dropped, `"""…"""` spans lines, a trailing backslash continues a line,
 * keys before any header belong to `DEFAULT`, a repeated section or key merges into the first.
 */
import { SecretsError } from "../errors.ts";

export const DEFAULT_SECTION = "DEFAULT";

export interface IniKey {
  name: string;
  value: string;
  /** Comment lines above the key (and its inline comment), comment characters included. */
  comment: string;
}

export interface IniSection {
  name: string;
  comment: string;
  keys: IniKey[];
}

const surrounded = (s: string, q: string) =>
  s.length >= 2 && s[0] === q && s.at(-1) === q && s.split(q).length === 3;

export function parseIni(text: string): IniSection[] {
  const lines = text.split("\n");
  const sections: IniSection[] = [{ name: DEFAULT_SECTION, comment: "", keys: [] }];
  let current = sections[0]!;
  let pending: string[] = [];
  const fail = (i: number, message: string): never => {
    throw new SecretsError(`invalid INI at line ${i + 1}: ${message}`);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, "").trimStart();
    if (line === "") continue;
    if (line[0] === "#" || line[0] === ";") {
      pending.push(line);
      continue;
    }
    if (line[0] === "[") {
      const close = line.lastIndexOf("]");
      if (close < 0) fail(i, "unclosed section header");
      const name = line.slice(1, close).trim();
      const existing = sections.find((s) => s.name === name);
      current = existing ?? { name, comment: "", keys: [] };
      if (!existing) sections.push(current);
      if (pending.length > 0) current.comment = pending.join("\n");
      pending = [];
      continue;
    }
    // key name
    let name: string;
    let rest: string;
    const quote = line.startsWith('"""') ? '"""' : line[0] === "`" ? "`" : line[0] === '"' ? '"' : "";
    if (quote) {
      const end = line.indexOf(quote, quote.length);
      if (end < 0) fail(i, "unclosed quote in key name");
      name = line.slice(quote.length, end);
      rest = line.slice(end + quote.length).trimStart();
      if (rest[0] !== "=" && rest[0] !== ":") fail(i, "expected '=' after the key name");
      rest = rest.slice(1);
    } else {
      const sep = line.search(/[=:]/);
      if (sep < 0) fail(i, `expected 'key = value', got '${line}'`);
      name = line.slice(0, sep).trim();
      rest = line.slice(sep + 1);
    }
    // value
    let value = rest.trimStart();
    let inline = "";
    // go-ini sees the line with its newline, so a bare `"""` opens a multi-line value unless the file ends there.
    const tripleQuote = value.startsWith('"""') && (value.length > 3 || i < lines.length - 1);
    const valueQuote = tripleQuote ? '"""' : value[0] === "`" ? "`" : "";
    if (valueQuote) {
      const body = value.slice(valueQuote.length);
      const close = body.lastIndexOf(valueQuote);
      if (close >= 0) {
        value = body.slice(0, close);
      } else {
        let collected = `${body}\n`;
        for (;;) {
          i++;
          if (i >= lines.length) fail(i - 1, `missing closing ${valueQuote}`);
          const next = lines[i]!.replace(/\r$/, "");
          const at = next.lastIndexOf(valueQuote);
          if (at >= 0) {
            collected += next.slice(0, at);
            break;
          }
          collected += `${next}\n`;
        }
        value = collected;
      }
    } else {
      value = value.trim();
      while (value.endsWith("\\") && i + 1 < lines.length) {
        const next = lines[i + 1]!.trim();
        if (next === "") break;
        i++;
        value = value.slice(0, -1) + next;
      }
      const hash = value.search(/[#;]/);
      if (hash >= 0) {
        inline = value.slice(hash);
        value = value.slice(0, hash).trim();
      }
      if (surrounded(value, "'") || surrounded(value, '"')) value = value.slice(1, -1);
    }
    const comment = [...pending, ...(inline ? [inline] : [])].join("\n");
    pending = [];
    const existing = current.keys.find((k) => k.name === name);
    if (existing) {
      existing.value = value;
      existing.comment = comment;
    } else {
      current.keys.push({ name, value, comment });
    }
  }
  return sections;
}

function commentLines(comment: string): string {
  if (comment === "") return "";
  return comment
    .split("\n")
    .map((line) => (line[0] === "#" || line[0] === ";" ? `${line[0]} ${line.slice(1).trim()}` : `; ${line}`))
    .map((line) => `${line}\n`)
    .join("");
}

function keyText(name: string): string {
  if (name.includes('"') || /[=:]/.test(name)) return `\`${name}\``;
  if (name.includes("`")) return `"""${name}"""`;
  return name;
}

function valueText(value: string): string {
  if (/[\n`]/.test(value)) return `"""${value}"""`;
  if (/[#;]/.test(value)) return `\`${value}\``;
  if (value.trim() !== value) return `"${value}"`;
  // go-ini would write these bare and then misread them (quotes stripped, a line continuation);
  // backticks keep them exact and go-ini reads them back the same.
  if (value.endsWith("\\") || surrounded(value, "'") || surrounded(value, '"')) return `\`${value}\``;
  return value;
}

/** Writes sections as go-ini does: `=` aligned per section, a blank line after each section. */
export function formatIni(sections: IniSection[]): string {
  let out = "";
  for (const section of sections) {
    const isDefault = section.name === DEFAULT_SECTION;
    if (isDefault && section.keys.length === 0 && section.comment === "") continue;
    out += commentLines(section.comment);
    if (!isDefault) out += `[${section.name}]\n`;
    const names = section.keys.map((k) => keyText(k.name));
    const width = Math.max(0, ...names.map((n) => n.length));
    section.keys.forEach((key, i) => {
      out += commentLines(key.comment);
      out += `${names[i]!.padEnd(width)} = ${valueText(key.value)}\n`;
    });
    out += "\n";
  }
  return out;
}

/** Rendering values and messages for people (YAML-like) and machines (--json). */
import { stringify } from "yaml";
import { toPlain } from "../modules/index.ts";

/** JSON for --json output: functions and undefined become strings, so nothing silently disappears. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(toPlain(value), (_k, v) => (typeof v === "function" ? "<function>" : v === undefined ? null : v), 2)}\n`;
}

/** A readable rendering of a configuration value. */
export function toText(value: unknown): string {
  const plain = toPlain(value);
  if (plain === null || typeof plain !== "object") return `${JSON.stringify(plain) ?? "undefined"}\n`;
  const text = stringify(plain, (_k, v) => (typeof v === "function" ? "<function>" : v), { lineWidth: 0 });
  return text.endsWith("\n") ? text : `${text}\n`;
}

export const style = (isTTY: boolean) => {
  const wrap = (code: string) => (s: string) => (isTTY ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { bold: wrap("1"), red: wrap("31"), green: wrap("32"), yellow: wrap("33"), dim: wrap("2") };
};

/**
 * Command lines for systemd's Exec*= directives, from an argument vector: each argument quoted
 * as systemd splits them, `%` (specifiers) and `$` (variable expansion) escaped, so data such as
 * an environment value reaches the program exactly as written.
 */
const plain = /^[A-Za-z0-9_@+=:,./-]+$/;

export function execArg(arg: string): string {
  const escaped = arg.replaceAll("%", "%%").replaceAll("$", "$$$$");
  if (plain.test(arg)) return escaped;
  return `"${escaped
    .replaceAll("\\", "\\\\")
    .replaceAll('"', '\\"')
    .replaceAll("\n", "\\n")
    .replaceAll("\t", "\\t")}"`;
}

export const execLine = (argv: readonly string[]): string => argv.map(execArg).join(" ");

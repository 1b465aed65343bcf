import type { ParseArgsConfig } from "node:util";

/** What a command can write to; tests pass their own. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  isTTY: boolean;
}

/** One `hearth <name>` command: its flags (node:util parseArgs) and what it does. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options?: ParseArgsConfig["options"];
  /** Returns the exit code: 0 success, 1 the configuration is wrong, 3 reserved for "changes pending". */
  run(args: { values: Record<string, unknown>; positionals: string[] }, io: Io): Promise<number>;
}

/**
 * An error in what the user wrote or asked for (exit code 1). Anything else thrown is a bug in
 * hearth itself (exit code 2).
 */
export class UserError extends Error {
  override name = "UserError";
}

import type { Command } from "./command.ts";
import { build } from "./commands/build.ts";
import { check } from "./commands/check.ts";
import { evalCommand } from "./commands/eval.ts";
import { explain } from "./commands/explain.ts";
import { options } from "./commands/options.ts";
import { secretsCommand } from "./commands/secrets.ts";

/** Every `hearth` command, in the order `hearth --help` lists them. */
export const commands: Command[] = [check, build, evalCommand, options, explain, secretsCommand];

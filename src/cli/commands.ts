import type { Command } from "./command.ts";
import { bootstrapCommand } from "./commands/bootstrap.ts";
import { build } from "./commands/build.ts";
import { check } from "./commands/check.ts";
import { deploy } from "./commands/deploy.ts";
import { diffCommand } from "./commands/diff.ts";
import { gcCommand } from "./commands/gc.ts";
import { generationsCommand } from "./commands/generations.ts";
import { planCommand } from "./commands/plan.ts";
import { rollbackCommand } from "./commands/rollback.ts";
import { testCommand } from "./commands/test.ts";
import { evalCommand } from "./commands/eval.ts";
import { explain } from "./commands/explain.ts";
import { options } from "./commands/options.ts";
import { secretsCommand } from "./commands/secrets.ts";

/** Every `hearth` command, in the order `hearth --help` lists them. */
export const commands: Command[] = [
  check,
  build,
  evalCommand,
  options,
  explain,
  secretsCommand,
  bootstrapCommand,
  diffCommand,
  planCommand,
  deploy,
  rollbackCommand,
  generationsCommand,
  gcCommand,
  testCommand,
];

/** Directories (tmpfiles `d`): created with their mode and owner, or given them; never removed (they hold data). */
import { chmodSync, chownSync, mkdirSync } from "node:fs";
import { readAccounts } from "../accounts.ts";
import type { StepContext } from "./context.ts";

export function directoriesStep(ctx: StepContext): void {
  const paths = new Set([...ctx.plan.directories.add, ...ctx.plan.directories.change]);
  if (paths.size === 0) return;
  const accounts = readAccounts();
  for (const d of ctx.to.directories) {
    if (!paths.has(d.path)) continue;
    mkdirSync(d.path, { recursive: true });
    chownSync(d.path, accounts.uid(d.user), accounts.gid(d.group));
    chmodSync(d.path, Number.parseInt(d.mode, 8));
  }
}

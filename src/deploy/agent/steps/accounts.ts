/**
 * Users and groups: created when missing (fixed ids when the generation gives them), and users
 * added to the groups the generation lists. Never removed, and no membership hearth did not add is
 * ever taken away (system-manager#349 dropped a user from wheel).
 */
import { must } from "../sys.ts";
import type { StepContext } from "./context.ts";

export function accountsStep(ctx: StepContext): void {
  const { plan, to } = ctx;
  for (const name of plan.groups.add) {
    const g = to.groups.find((x) => x.name === name)!;
    must(`creating group ${name}`, "groupadd", [
      ...(g.system ? ["--system"] : []),
      ...(g.gid !== null ? ["--gid", String(g.gid)] : []),
      name,
    ]);
  }
  for (const name of plan.users.add) {
    const u = to.users.find((x) => x.name === name)!;
    must(`creating user ${name}`, "useradd", [
      ...(u.system ? ["--system"] : []),
      ...(u.uid !== null ? ["--uid", String(u.uid)] : []),
      "--gid",
      u.group,
      ...(u.extraGroups.length ? ["--groups", u.extraGroups.join(",")] : []),
      "--comment",
      u.description,
      "--home-dir",
      u.home,
      u.createHome ? "--create-home" : "--no-create-home",
      "--shell",
      u.shell,
      name,
    ]);
  }
  for (const m of plan.users.groups)
    must(`adding ${m.user} to ${m.add.join(", ")}`, "usermod", [
      "--append",
      "--groups",
      m.add.join(","),
      m.user,
    ]);
}

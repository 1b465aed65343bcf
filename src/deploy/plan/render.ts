/** The plan for people: what changes on a host, file by file and unit by unit. */
import type { Plan } from "./plan.ts";

export interface Styles {
  bold: (s: string) => string;
  red: (s: string) => string;
  green: (s: string) => string;
  yellow: (s: string) => string;
  dim: (s: string) => string;
}

export interface Transfer {
  readonly files: number;
  readonly bytes: number;
}

export const short = (hash: string) => hash.slice(0, 12);

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

const list = (xs: readonly string[]) => xs.join(", ");

/** `from`: what the host runs, when not one of its generations (`hearth diff`: a build, a revision). */
export function renderPlan(
  p: Plan,
  where: string,
  transfer: Transfer | null,
  s: Styles,
  from?: string,
): string {
  from ??= p.from ? `generation ${p.from.number} (${short(p.from.hash)})` : "no generation";
  const lines: string[] = [`${s.bold(p.host)} ${s.dim(`(${where})`)}: ${from} → ${short(p.to.hash)}`];
  const add = (text: string, indent = 2) => lines.push(`${" ".repeat(indent)}${text}`);
  if (p.busy)
    add(s.yellow(`busy: deploy ${p.busy.deployId} (${p.busy.by}) has been activating since ${p.busy.since}`));
  if (p.recovering) {
    const back = p.recovering.from ? `generation ${p.recovering.from.number}` : "no generation";
    add(
      s.yellow(
        `an activation of generation ${p.recovering.to.number} did not finish: the host first returns to ${back}`,
      ),
    );
  }
  for (const c of p.conflicts) add(s.red(`✗ ${c.path} ${c.reason}`));
  if (p.upToDate) {
    add(s.green("up to date: nothing to do"));
    return `${lines.join("\n")}\n`;
  }
  const files = [...p.files.add, ...p.files.change].filter(
    (w) => w.role === "file" || w.role === "secret-link",
  );
  const removed = p.files.remove.filter((r) => r.role === "file" || r.role === "secret-link");
  if (files.length + removed.length > 0) {
    add("files:");
    for (const w of p.files.add.filter((x) => files.includes(x))) add(s.green(`+ ${w.path}`), 4);
    for (const w of p.files.change.filter((x) => files.includes(x))) {
      const notes = [
        w.what.join(", "),
        w.adopt ? "adopted: original kept" : "",
        w.drift ? "changed on the host since the last deploy" : "",
      ];
      add(s.yellow(`~ ${w.path}`) + s.dim(` (${notes.filter(Boolean).join("; ")})`), 4);
      if (w.diff)
        for (const d of w.diff.trimEnd().split("\n"))
          add(d.startsWith("+") ? s.green(d) : d.startsWith("-") ? s.red(d) : s.dim(d), 6);
    }
    for (const r of removed)
      add(s.red(`- ${r.path}`) + (r.restore ? s.dim(" (the original is put back)") : ""), 4);
  }
  const u = p.units;
  const unitLines: [string, readonly string[]][] = [
    ["install", u.install],
    ["update", u.update],
    ["remove", u.remove],
    ["stop", u.stop],
    ["restart", u.restart],
    ["reload", u.reload],
    ["start", u.start],
  ];
  if (unitLines.some(([, xs]) => xs.length > 0)) {
    add("units:");
    for (const [what, xs] of unitLines) if (xs.length > 0) add(`${what.padEnd(8)}${list(xs)}`, 4);
  }
  if (p.groups.add.length) add(`groups: + ${list(p.groups.add)}`);
  if (p.users.add.length) add(`users: + ${list(p.users.add)}`);
  for (const m of p.users.groups) add(`user ${m.user}: joins ${list(m.add)}`);
  if (p.directories.add.length) add(`directories: + ${list(p.directories.add)}`);
  if (p.directories.change.length) add(`directories: ~ ${list(p.directories.change)} (mode or owner)`);
  if (p.packages.install.length) add(`packages: install ${list(p.packages.install)}`);
  if (p.packages.dropped.length)
    add(s.dim(`packages no longer declared (left installed): ${list(p.packages.dropped)}`));
  const c = p.containers;
  if (c.add.length + c.remove.length + c.change.length)
    add(
      `containers: ${[...c.add.map((x) => `+ ${x}`), ...c.change.map((x) => `~ ${x}`), ...c.remove.map((x) => `- ${x}`)].join(", ")}`,
    );
  const sec = p.secrets;
  if (sec.add.length + sec.remove.length + sec.change.length)
    add(
      `secrets: ${[...sec.add.map((x) => `+ ${x}`), ...sec.change.map((x) => `~ ${x.name} (${x.what.join(", ")})`), ...sec.remove.map((x) => `- ${x}`)].join(", ")}`,
    );
  if (sec.restartIfChanged.length)
    add(s.dim(`restarted if their secrets' values, owners or modes differ: ${list(sec.restartIfChanged)}`));
  if (p.checks.length) add(s.dim(`health checks: ${list(p.checks)}`));
  if (transfer)
    add(
      s.dim(`transfer: ${transfer.files} file${transfer.files === 1 ? "" : "s"}, ${bytes(transfer.bytes)}`),
    );
  return `${lines.join("\n")}\n`;
}

/**
 * Deploy tests: a scratch copy of the fixture lab (test/fixtures/deploy-lab) whose hosts' settings
 * a test rewrites between deploys, test hosts with the packages its generations install, and
 * `hearth` commands run in-process against them with --target.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.ts";
import { type TestHost, type Testbed, up } from "../../src/testbed/index.ts";
import { repoRoot } from "../cli/helpers.ts";

/** What the fixture lab's generations install, plus the agent's Node. */
export const fixturePackages = ["busybox", "nftables", "nodejs"];

export interface FixtureLab {
  readonly dir: string;
  /** Writes lab/settings/<host>.json (see the fixture's lab/settings.ts). */
  set(host: string, settings: Record<string, unknown>): void;
  remove(): void;
}

export function fixtureLab(): FixtureLab {
  const dir = mkdtempSync(join(tmpdir(), "hearth-deploy-lab-"));
  cpSync(join(repoRoot, "test/fixtures/deploy-lab"), dir, {
    recursive: true,
    filter: (src) => !src.includes("/.hearth"),
  });
  mkdirSync(join(dir, "lab/settings"), { recursive: true });
  return {
    dir,
    set: (host, settings) => writeFileSync(join(dir, `lab/settings/${host}.json`), JSON.stringify(settings)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Test hosts in a lab named after the test file (and this process: suites may run side by side). */
export const bootHosts = (lab: string, names: string[]): Promise<Testbed> =>
  up({ lab: `${lab}-${process.pid}`, names, packages: fixturePackages });

export interface Run {
  code: number;
  out: string;
  err: string;
}

/**
 * `hearth <command> <args>` on the fixture lab, each host pointed at its test host; `onErr` sees
 * progress lines as they come (fault injection waits for one).
 */
export async function hearthOn(
  tb: Testbed,
  lab: FixtureLab,
  args: string[],
  opts: { onErr?: (line: string) => void; extra?: string[] } = {},
): Promise<Run> {
  const targets = tb.hosts.flatMap((h) => ["--target", `${h.name}=root@${h.address}`]);
  const [command, ...rest] = args;
  let out = "";
  let err = "";
  const code = await main(
    [
      command!,
      ...rest,
      "--lab",
      lab.dir,
      "--ssh-config",
      tb.sshConfigFile,
      "--ssh-persist",
      "0",
      ...targets,
      ...(opts.extra ?? []),
    ],
    {
      out: (t) => (out += t),
      err: (t) => {
        err += t;
        for (const line of t.split("\n")) if (line) opts.onErr?.(line);
      },
      cwd: lab.dir,
      isTTY: false,
    },
  );
  return { code, out, err };
}

/** Runs a shell command on a test host; fails the test if it fails. */
export async function sh(host: TestHost, command: string): Promise<string> {
  const r = await host.ssh(command);
  if (r.code !== 0) throw new Error(`${host.name}: \`${command}\` exited with ${r.code}: ${r.stderr}`);
  return r.stdout;
}

/** Main PIDs of units (a restart changes it). */
export async function mainPids(host: TestHost, units: string[]): Promise<Record<string, string>> {
  const out = await sh(host, `systemctl show --property=MainPID --value ${units.join(" ")}`);
  const pids = out.split("\n").filter((l) => l !== "");
  return Object.fromEntries(units.map((u, i) => [u, pids[i]!]));
}

/** The generation `current` points at: `<n>-<hash>`. */
export const current = async (host: TestHost): Promise<string> =>
  (await sh(host, "basename $(readlink /var/lib/hearth/current)")).trim();

export const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/**
 * What the deploy commands share: their SSH flags (`--target`, `--ssh-option`, `--ssh-config`,
 * `--ssh-persist`), choosing hosts, building every chosen host's generation before touching any
 * host (bad input changes nothing anywhere), and one SSH connection per host.
 */
import { hostname, userInfo } from "node:os";
import type { Generation } from "../host/realise/index.ts";
import type { Lab } from "../lab/index.ts";
import { Ssh } from "../deploy/ssh.ts";
import { type HostTarget, resolveTargets, selectHosts } from "../deploy/targets.ts";
import { UserError } from "./command.ts";
import { type HostGeneration, hostGeneration } from "./host-generation.ts";
import { printedErrors, underHost } from "./shared-errors.ts";
import { labOption, moduleFilesOf, openLab } from "./lab-context.ts";

export const sshOptions = {
  ...labOption,
  target: { type: "string" as const, multiple: true as const },
  "ssh-option": { type: "string" as const, multiple: true as const },
  "ssh-config": { type: "string" as const },
  "ssh-persist": { type: "string" as const },
};

const strings = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

export function seconds(values: Record<string, unknown>, name: string, fallback: number): number {
  const v = values[name];
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UserError(`--${name} ${v}: expected a whole number ≥ 0`);
  return n;
}

export interface HostConnection {
  readonly host: string;
  readonly target: HostTarget;
  readonly ssh: Ssh;
}

export interface DeployContext {
  readonly lab: Lab;
  readonly hosts: readonly string[];
  readonly connections: readonly HostConnection[];
  /** Closes the SSH master connections unless they are to persist. */
  close(): Promise<void>;
}

export async function openHosts(
  values: Record<string, unknown>,
  words: readonly string[],
  cwd: string,
  opts: { all?: boolean; confirmTimeout?: number } = {},
): Promise<DeployContext> {
  const lab = await openLab(values, cwd);
  const deployments = lab.definition.deployments;
  const hosts = selectHosts(words, opts.all === true, lab.hostNames(), deployments);
  const targets = resolveTargets(hosts, lab.hostNames(), deployments, {
    overrides: strings(values.target),
    sshOptions: strings(values["ssh-option"]),
    ...(typeof values["ssh-config"] === "string" ? { sshConfig: values["ssh-config"] } : {}),
    ...(opts.confirmTimeout !== undefined ? { confirmTimeout: opts.confirmTimeout } : {}),
  });
  const persist = seconds(values, "ssh-persist", 60);
  const connections = hosts.map((host) => {
    const target = targets.get(host)!;
    return { host, target, ssh: new Ssh(target, persist) };
  });
  return {
    lab,
    hosts,
    connections,
    close: async () => {
      if (persist === 0) await Promise.all(connections.map((c) => c.ssh.close()));
    },
  };
}

/** Every host's generation, or a UserError listing every problem of every host. */
export function buildAll(lab: Lab, hosts: readonly string[]): Map<string, Generation> {
  const out = new Map<string, Generation>();
  const failed: HostGeneration[] = [];
  for (const name of hosts) {
    const h = hostGeneration(lab, name);
    if (h.generation) out.set(name, h.generation);
    else failed.push(h);
  }
  if (failed.length > 0) {
    // An error several hosts meet (one reading another through nodes) is printed once.
    const printed = printedErrors(failed, moduleFilesOf(lab), lab.hostNames());
    const problems = failed.map((h) => underHost(`${h.name}:`, printed.get(h.name)!));
    throw new UserError(`Nothing was deployed: the configuration has errors.\n${problems.join("\n")}`);
  }
  return out;
}

/** Who deploys (recorded in the host's lock and history). */
export const deployer = () => `${userInfo().username}@${hostname()}`;

/** A run's id: time and a random part, safe in file names and shell words. */
export const newDeployId = () =>
  `${new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "")}-${Math.random().toString(36).slice(2, 8)}`;

/** `--adopt PATH` (repeatable). */
export const adoptSet = (values: Record<string, unknown>): ReadonlySet<string> =>
  new Set(strings(values.adopt));

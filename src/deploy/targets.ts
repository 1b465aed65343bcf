/**
 * Where a run deploys: hosts selected by name, `@tag` or `--all`, each with its SSH target from
 * `deployments/` (defaults, then the host's own values), overridden for this run by
 * `--target <host>=<user>@<address>[:<port>]` and `--ssh-option`.
 */
import type { Deployments } from "../lab/deployments.ts";
import { noSuchHost } from "../lab/host-names.ts";
import type { SshTarget } from "./ssh.ts";

export class TargetError extends Error {
  readonly userFacing = true;
  override name = "TargetError";
}

export interface HostTarget extends SshTarget {
  readonly tags: readonly string[];
  readonly confirmTimeout: number;
}

export interface Override {
  readonly user: string;
  readonly address: string;
  readonly port: number | null;
}

/** `alpha=root@10.78.0.11:2222` → ["alpha", {user, address, port}]. */
export function parseTargetOverride(text: string): [string, Override] {
  const m =
    /^([a-z0-9][a-z0-9-]*)=(?:([a-z_][a-z0-9_.-]*)@)?(\[[0-9a-fA-F:]+\]|[^@:\s]+)(?::(\d{1,5}))?$/.exec(text);
  if (!m) throw new TargetError(`--target ${text}: expected <host>=<user>@<address>[:<port>]`);
  const port = m[4] === undefined ? null : Number(m[4]);
  if (port !== null && (port < 1 || port > 65535))
    throw new TargetError(`--target ${text}: ${port} is not a TCP port`);
  return [m[1]!, { user: m[2] ?? "root", address: m[3]!.replace(/^\[(.*)\]$/, "$1"), port }];
}

export interface TargetOptions {
  readonly overrides: readonly string[];
  readonly sshOptions: readonly string[];
  readonly sshConfig?: string;
  readonly confirmTimeout?: number;
}

/** Targets of `hosts`; `--target` may name any host of the lab (those this run skips are ignored). */
export function resolveTargets(
  hosts: readonly string[],
  labHosts: readonly string[],
  deployments: Deployments,
  opts: TargetOptions,
): Map<string, HostTarget> {
  const overrides = new Map(opts.overrides.map(parseTargetOverride));
  for (const name of overrides.keys()) {
    if (!labHosts.includes(name))
      throw new TargetError(
        `--target ${name}=…: there is no host ${name} in this lab (${labHosts.join(", ")})`,
      );
  }
  const out = new Map<string, HostTarget>();
  for (const host of hosts) {
    const d = { ...deployments.defaults, ...deployments.hosts[host] };
    const o = overrides.get(host);
    out.set(host, {
      host,
      user: o?.user ?? d.user ?? "root",
      address: o?.address ?? deployments.hosts[host]?.address ?? host,
      port: o?.port ?? d.port ?? 22,
      options: [...opts.sshOptions, ...(d.sshOptions ?? [])],
      ...(opts.sshConfig ? { configFile: opts.sshConfig } : {}),
      tags: deployments.hosts[host]?.tags ?? [],
      confirmTimeout: opts.confirmTimeout ?? d.confirmTimeout ?? 30,
    });
  }
  return out;
}

/** Hosts named by the command line: names, `@tag`s, or every host with `all`. */
export function selectHosts(
  words: readonly string[],
  all: boolean,
  labHosts: readonly string[],
  deployments: Deployments,
): string[] {
  if (all) return [...labHosts];
  if (words.length === 0) throw new TargetError("name the hosts to deploy (or @tag, or --all)");
  const picked = new Set<string>();
  for (const w of words) {
    if (w.startsWith("@")) {
      const tag = w.slice(1);
      const tagged = labHosts.filter((h) => deployments.hosts[h]?.tags?.includes(tag));
      if (tagged.length === 0) throw new TargetError(`no host has the tag ${tag} (deployments/)`);
      for (const h of tagged) picked.add(h);
    } else if (labHosts.includes(w)) picked.add(w);
    else throw new TargetError(noSuchHost(w, labHosts));
  }
  return [...picked].sort();
}

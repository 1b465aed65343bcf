// The lab as a module sees it: every host's configuration through `nodes` (a provider host reads
// every host's registry), or the host alone where it is evaluated outside a lab.
import type { Config } from "hearth";

export type Nodes = Readonly<Record<string, { readonly config: Config }>>;

export interface LabArgs {
  readonly config: Config;
  readonly [arg: string]: unknown;
}

/** The lab's hosts by name (sorted), this one included. */
export function labNodes(args: LabArgs): Nodes {
  const nodes = args.nodes as Nodes | undefined;
  if (nodes) return nodes;
  return { [hostNameOf(args)]: { config: args.config } };
}

export const hostNameOf = (args: LabArgs): string => String(args.hostName ?? "localhost");

/** Every host's value of `pick`, with the host's name, in host order. */
export const fromEveryHost = <T>(args: LabArgs, pick: (config: Config, host: string) => T): [string, T][] =>
  Object.keys(labNodes(args))
    .sort()
    .map((host) => [host, pick(labNodes(args)[host]!.config, host)]);

/**
 * Whether an app ("media/jellyfin") runs on more than one host of the lab: providers that list
 * apps lab-wide name such an app after each of its hosts (whether or not each instance has an
 * entry, so that one entry coming or going renames no other).
 */
export function onSeveralHosts(args: LabArgs): (app: string) => boolean {
  const hostsOf = new Map<string, number>();
  for (const [, ids] of fromEveryHost(args, (c) => Object.keys(c.mySystem.registry.ports))) {
    for (const id of ids) hostsOf.set(id, (hostsOf.get(id) ?? 0) + 1);
  }
  return (app) => (hostsOf.get(app) ?? 0) > 1;
}

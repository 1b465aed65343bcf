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

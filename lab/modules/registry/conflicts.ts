// What the registry must not hold, anywhere in the lab: two routes on one name, two services on
// one port of a host, a route to a host that does not run its app, a database on a host without
// PostgreSQL, one DNS name pointing at two places. Each is a failed assertion naming both wants and
// where they were written; a lab-wide conflict is reported once, by the first host involved.
import { type Config, defineModule, lazy } from "hearth";
import { fromEveryHost, hostNameOf, labNodes, type Nodes } from "../../lib/nodes.ts";

interface Want<T> {
  readonly host: string;
  readonly id: string;
  readonly value: T;
}

const where = (definedAt: readonly string[]) => (definedAt.length > 0 ? ` (${definedAt.join(", ")})` : "");

function everyWant<T>(args: { config: Config }, pick: (c: Config) => Readonly<Record<string, T>>): Want<T>[] {
  return fromEveryHost(args as never, (c) => pick(c)).flatMap(([host, wants]) =>
    Object.keys(wants)
      .sort()
      .map((id) => ({ host, id, value: wants[id]! })),
  );
}

function byKey<T>(wants: readonly Want<T>[], key: (w: Want<T>) => string): Map<string, Want<T>[]> {
  const groups = new Map<string, Want<T>[]>();
  for (const w of wants) groups.set(key(w), [...(groups.get(key(w)) ?? []), w]);
  return groups;
}

/** The app an "<category>/<app>" id names, on a host: whether it is enabled there. */
function runs(nodes: Nodes, host: string, app: string): boolean {
  const [category, name] = app.split("/") as [string, string];
  const mySystem = nodes[host]?.config.mySystem as unknown as
    | Record<string, Record<string, { enable?: boolean } | undefined> | undefined>
    | undefined;
  return mySystem?.[category]?.[name]?.enable === true;
}

function conflicts(args: { config: Config; [k: string]: unknown }): string[] {
  const self = hostNameOf(args);
  const nodes = labNodes(args);
  const hosts = Object.keys(nodes).sort();
  const messages: string[] = [];
  const mine = <T>(group: readonly Want<T>[]) => group[0]!.host === self;
  const claimants = <T extends { definedAt: readonly string[] }>(group: readonly Want<T>[]) =>
    group.map((w) => `${w.id} on ${w.host}${where(w.value.definedAt)}`).join(" and ");

  const routes = everyWant(args, (c) => c.mySystem.registry.routes);
  for (const [name, group] of byKey(routes, (w) => w.value.host)) {
    if (group.length > 1 && mine(group)) {
      messages.push(
        `The name ${name} is claimed by two routes: ${claimants(group)}. Give one another subdomain.`,
      );
    }
  }
  const records = everyWant(args, (c) => c.mySystem.registry.dnsRecords);
  for (const [name, group] of byKey(records, (w) => w.value.name)) {
    const targets = new Set(group.map((w) => w.value.address ?? w.value.host));
    if (targets.size > 1 && mine(group)) {
      messages.push(`The DNS name ${name} is wanted for different hosts: ${claimants(group)}.`);
    }
  }

  const own = args.config.mySystem.registry;
  for (const proto of ["tcp", "udp"] as const) {
    const ports = Object.keys(own.ports)
      .sort()
      .flatMap((id) =>
        own.ports[id]![proto].map((port) => ({
          host: self,
          id,
          value: { port, definedAt: own.ports[id]!.definedAt },
        })),
      );
    for (const [port, group] of byKey(ports, (w) => String(w.value.port))) {
      if (new Set(group.map((w) => w.id)).size > 1) {
        messages.push(
          `Port ${port}/${proto} of ${self} is claimed by ${claimants(group)}. Give one another port.`,
        );
      }
    }
  }
  for (const id of Object.keys(own.routes).sort()) {
    const r = own.routes[id]!;
    const target = r.upstream.host;
    if (target === null) continue;
    if (!hosts.includes(target)) {
      messages.push(
        `The route ${id} (${r.host}) on ${self} goes to ${target}, which is not a host of this lab (${hosts.join(", ")})${where(r.definedAt)}.`,
      );
    } else if (r.app !== null && !runs(nodes, target, r.app)) {
      messages.push(
        `The route ${id} (${r.host}) on ${self} goes to ${r.app} on ${target}, which does not run it${where(r.definedAt)}: enable it there, or route to the host that runs it.`,
      );
    }
  }
  for (const id of Object.keys(own.databases).sort()) {
    const d = own.databases[id]!;
    if (!hosts.includes(d.host) || !runs(nodes, d.host, "infrastructure/postgresql")) {
      messages.push(
        `${id} on ${self} wants its database on ${d.host}, which does not run PostgreSQL${where(d.definedAt)}: set its database.host to a host that does.`,
      );
    } else if (d.host !== self && d.password === null) {
      messages.push(
        `${id} on ${self} wants its database on ${d.host}, another host${where(d.definedAt)}: its owner logs in there with a password, so give the app a secret \`database' (secrets.files.database).`,
      );
    }
  }
  return messages;
}

export default defineModule({
  config: (args) => ({
    assertions: lazy(() => conflicts(args).map((message) => ({ assertion: false, message }))),
  }),
});

// The DNS provider: on the host running dnsmasq (mySystem.networking.dnsmasq), a record for every
// host of the lab under the internal domain, and every DNS name any host registered, pointing at
// the registering host's address (the host whose proxy serves the app).
import { defineModule, lazy, mkIf } from "hearth";
import { fromEveryHost, labNodes } from "../../../lib/nodes.ts";
import { once } from "../../../lib/once.ts";
import { dnsmasqConfig } from "../../../lib/provider-files.ts";
import { type DnsModel, renderDnsmasq } from "./dnsmasq.ts";

export default defineModule({
  config: (args) => {
    const { config } = args;
    const dnsmasq = config.mySystem.networking.dnsmasq;
    const addressOf = (host: string) => labNodes(args)[host]?.config.mySystem.network.address;
    const model = (): DnsModel => ({
      port: dnsmasq.port,
      listen: [config.mySystem.network.address, "127.0.0.1"],
      internalDomain: config.mySystem.internalDomain,
      upstreams: dnsmasq.upstreams,
      hosts: fromEveryHost(args, (c, host) => ({
        name: `${host}.${config.mySystem.internalDomain}`,
        address: c.mySystem.network.address,
      })).map(([, h]) => h),
      records: fromEveryHost(args, (c) => Object.values(c.mySystem.registry.dnsRecords)).flatMap(
        ([, records]) =>
          records.map((r) => ({ name: r.name, address: r.address ?? addressOf(r.host ?? "") ?? "0.0.0.0" })),
      ),
    });
    const text = once(() => renderDnsmasq(model()));
    return mkIf(() => dnsmasq.enable, {
      files: { [dnsmasqConfig]: { text: lazy(text) } },
      systemd: { services: { dnsmasq: { restartTriggers: [lazy(text)] } } },
    });
  },
});

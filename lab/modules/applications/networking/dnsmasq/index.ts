// dnsmasq, the lab's DNS server: the DNS provider (lab/modules/providers/dns) writes its records
// for every host and routed app of the lab.
import { mkOption, types } from "hearth";
import { mkService } from "../../../../lib/index.ts";
import { dnsmasqConfig } from "../../../../lib/provider-files.ts";

const dnsmasq = mkService("networking/dnsmasq", {
  title: "dnsmasq",
  description: "The lab's DNS server",
  port: 53,
  subdomain: "dns",
  native: {
    package: "dnsmasq-base",
    exec: `/usr/sbin/dnsmasq --keep-in-foreground --conf-file=${dnsmasqConfig}`,
  },
  proxy: false,
  ports: { udp: [53] },
  options: {
    upstreams: mkOption({
      type: types.listOf(types.str),
      default: ["1.1.1.1", "9.9.9.9"],
      description: "Resolvers asked for names outside the lab.",
    }),
  },
});

declare module "hearth" {
  interface Modules {
    "networking/dnsmasq": typeof dnsmasq.options;
  }
}

// Relaxed from the baseline: port 53, and the interfaces' addresses read over netlink.
export default dnsmasq.module(() => ({
  systemd: {
    services: {
      dnsmasq: {
        Service: {
          AmbientCapabilities: ["CAP_NET_BIND_SERVICE"],
          CapabilityBoundingSet: ["CAP_NET_BIND_SERVICE"],
          RestrictAddressFamilies: ["AF_UNIX", "AF_INET", "AF_INET6", "AF_NETLINK"],
        },
      },
    },
  },
}));

// The Prometheus node exporter on every host, scraped by the monitoring host (the seed's
// monitoring.nix). hearth's own unit replaces Debian's, to run it sandboxed as a dynamic user.
import { defineModule, lazy, mkIf, mkOption, types } from "hearth";
import { fromTrustedNetworks } from "../../../lib/firewall.ts";
import { hostNameOf } from "../../../lib/nodes.ts";

const options = {
  mySystem: {
    services: {
      nodeExporter: {
        enable: mkOption({ type: types.bool, default: true, description: "Whether to export host metrics." }),
        port: mkOption({ type: types.port, default: 9100, description: "The port metrics are served on." }),
      },
    },
  },
};

declare module "hearth" {
  interface Modules {
    "system/services/node-exporter": typeof options;
  }
}

export default defineModule({
  options,
  config: (args) => {
    const { config } = args;
    const cfg = config.mySystem.services.nodeExporter;
    return mkIf(() => cfg.enable, {
      mySystem: {
        registry: {
          scrapeTargets: {
            "system/node-exporter": {
              job: "node",
              targets: lazy(() => [`${hostNameOf(args)}.${config.mySystem.internalDomain}:${cfg.port}`]),
            },
          },
        },
      },
      packages: ["prometheus-node-exporter"],
      systemd: {
        services: {
          "prometheus-node-exporter": {
            Unit: { Description: "Prometheus node exporter", After: "network.target" },
            Service: {
              ExecStart: lazy(() => [
                `/usr/bin/prometheus-node-exporter --web.listen-address=:${cfg.port} --collector.systemd`,
              ]),
              Restart: "on-failure",
              // Relaxed from the baseline: the collectors read /proc/meminfo, /proc/stat… and
              // interface statistics over netlink.
              ProcSubset: "all",
              RestrictAddressFamilies: ["AF_UNIX", "AF_INET", "AF_INET6", "AF_NETLINK"],
            },
            Install: { WantedBy: "multi-user.target" },
          },
        },
      },
      firewall: { rules: { "node-exporter": fromTrustedNetworks(config, () => [cfg.port]) } },
      checks: {
        "node-exporter": {
          http: { url: lazy(() => `http://127.0.0.1:${cfg.port}/metrics`), body: "node_exporter_build_info" },
        },
      },
    });
  },
});

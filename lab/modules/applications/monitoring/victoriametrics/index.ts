// VictoriaMetrics, the metrics store on the monitoring host: Debian's binary in a unit of
// hearth's, sandboxed as a dynamic user with its data in its StateDirectory.
import { defineModule, lazy, mkEnableOption, mkIf, mkOption, types } from "hearth";
import { fromTrustedNetworks } from "../../../../lib/firewall.ts";

const options = {
  mySystem: {
    monitoring: {
      victoriametrics: {
        enable: mkEnableOption("VictoriaMetrics, the metrics store"),
        port: mkOption({
          type: types.port,
          default: 8428,
          description: "The HTTP port (queries and ingestion).",
        }),
        retention: mkOption({
          type: types.str,
          default: "12",
          description: "How long samples are kept (months, or 30d…).",
        }),
      },
    },
  },
};

declare module "hearth" {
  interface Modules {
    "monitoring/victoriametrics": typeof options;
  }
}

export default defineModule({
  options,
  config: ({ config }) => {
    const cfg = config.mySystem.monitoring.victoriametrics;
    return mkIf(() => cfg.enable, {
      packages: ["victoria-metrics"],
      systemd: {
        services: {
          victoriametrics: {
            Unit: { Description: "VictoriaMetrics", After: "network.target" },
            Service: {
              ExecStart: lazy(() => [
                `/usr/bin/victoria-metrics -httpListenAddr=:${cfg.port} -storageDataPath=/var/lib/victoriametrics -retentionPeriod=${cfg.retention}`,
              ]),
              StateDirectory: ["victoriametrics"],
              Restart: "on-failure",
            },
            Install: { WantedBy: "multi-user.target" },
          },
        },
      },
      firewall: { rules: { victoriametrics: fromTrustedNetworks(config, () => [cfg.port]) } },
      checks: {
        victoriametrics: { http: { url: lazy(() => `http://127.0.0.1:${cfg.port}/health`), body: "OK" } },
      },
    });
  },
});

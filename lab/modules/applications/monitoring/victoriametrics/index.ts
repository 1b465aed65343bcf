// VictoriaMetrics, the metrics store on the monitoring host: Debian's program in hearth's unit
// (named as Debian's, which it replaces), scraping what the metrics provider lists.
import { mkOption, types } from "hearth";
import { mkService } from "../../../../lib/index.ts";
import { victoriametricsScrapeConfig } from "../../../../lib/provider-files.ts";

const victoriametrics = mkService("monitoring/victoriametrics", {
  title: "VictoriaMetrics",
  description: "Metrics store",
  port: 8428,
  native: {
    package: "victoria-metrics",
    unit: "victoria-metrics",
    exec: ({ cfg }) =>
      `/usr/bin/victoria-metrics -httpListenAddr=:${cfg.port} -storageDataPath=/var/lib/victoriametrics -retentionPeriod=${cfg.retention} -promscrape.config=${victoriametricsScrapeConfig}`,
  },
  state: ["/var/lib/victoriametrics"],
  monitor: { path: "/health" },
  metrics: {},
  options: {
    retention: mkOption({
      type: types.str,
      default: "12",
      description: "How long samples are kept (months, or 30d…).",
    }),
  },
});

declare module "hearth" {
  interface Modules {
    "monitoring/victoriametrics": typeof victoriametrics.options;
  }
}

export default victoriametrics.module();

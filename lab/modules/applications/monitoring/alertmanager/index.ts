// Alertmanager, routing the alerts of the metrics stack to a webhook (ntfy, n8n…).
import { mkOption, types } from "hearth";
import { mkService } from "../../../../lib/index.ts";

const conf = "/etc/hearth/alertmanager.yml";

const alertmanager = mkService("monitoring/alertmanager", {
  description: "Alert routing",
  port: 9093,
  native: {
    package: "prometheus-alertmanager",
    unit: "prometheus-alertmanager",
    exec: ({ cfg }) =>
      `/usr/bin/prometheus-alertmanager --config.file=${conf} --storage.path=/var/lib/alertmanager --web.listen-address=:${cfg.port} --cluster.listen-address=`,
  },
  state: ["/var/lib/alertmanager"],
  files: ({ cfg }) => ({
    [conf]: JSON.stringify({
      route: { receiver: "webhook", group_by: ["alertname", "instance"], repeat_interval: "4h" },
      receivers: [
        {
          name: "webhook",
          webhook_configs: cfg.webhookUrl ? [{ url: cfg.webhookUrl, send_resolved: true }] : [],
        },
      ],
    }),
  }),
  monitor: { path: "/-/healthy" },
  metrics: {},
  options: {
    webhookUrl: mkOption({
      type: types.nullOr(types.str),
      default: null,
      description: "Where alerts are posted (null: nowhere yet).",
    }),
  },
});

declare module "hearth" {
  interface Modules {
    "monitoring/alertmanager": typeof alertmanager.options;
  }
}

export default alertmanager.module();

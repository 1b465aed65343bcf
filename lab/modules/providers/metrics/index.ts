// The metrics provider: on the host running VictoriaMetrics (mySystem.monitoring.victoriametrics),
// a scrape job for every metrics endpoint any host of the lab registered (registry.scrapeTargets:
// apps with `prometheus`, every host's node exporter). The seed's `prometheus` option did nothing;
// here turning it off removes exactly that job.
import { defineModule, lazy, mkIf, mkOption, types } from "hearth";
import { fromEveryHost } from "../../../lib/nodes.ts";
import { once } from "../../../lib/once.ts";
import { victoriametricsScrapeConfig } from "../../../lib/provider-files.ts";
import { renderScrapeConfig, type ScrapeWant } from "./scrape.ts";

const options = {
  mySystem: {
    metrics: {
      scrapeInterval: mkOption({
        type: types.strMatching("[0-9]+(ms|s|m|h)"),
        default: "1m",
        description: "How often every endpoint is scraped, unless its want says otherwise.",
      }),
    },
  },
};

declare module "hearth" {
  interface Modules {
    "providers/metrics": typeof options;
  }
}

export default defineModule({
  options,
  config: (args) => {
    const { config } = args;
    const text = once(() =>
      renderScrapeConfig({
        interval: config.mySystem.metrics.scrapeInterval,
        wants: fromEveryHost(args, (c) => Object.entries(c.mySystem.registry.scrapeTargets)).flatMap(
          ([host, wants]) =>
            wants.map(
              ([id, w]): ScrapeWant => ({
                id,
                host,
                job: w.job,
                targets: w.targets,
                path: w.path,
                scheme: w.scheme,
                interval: w.interval,
              }),
            ),
        ),
      }),
    );
    return mkIf(() => config.mySystem.monitoring.victoriametrics.enable, {
      files: { [victoriametricsScrapeConfig]: { text: lazy(text), mode: "0644" } },
      systemd: { services: { "victoria-metrics": { restartTriggers: [lazy(text)] } } },
    });
  },
});

// The health provider: on the host running Gatus (mySystem.monitoring.gatus), an endpoint for every
// health check any host of the lab registered (apps with `monitor`), and an ICMP check of every
// host. The seed's Gatus read every host's configuration itself; here it reads the registry.
import { defineModule, lazy, mkIf } from "hearth";
import { fromEveryHost, onSeveralHosts } from "../../../lib/nodes.ts";
import { once } from "../../../lib/once.ts";
import { gatusConfig } from "../../../lib/provider-files.ts";
import { type HealthEndpoint, renderGatus } from "./gatus.ts";

export default defineModule({
  config: (args) => {
    const { config } = args;
    const gatus = config.mySystem.monitoring.gatus;
    const endpoints = (): HealthEndpoint[] => {
      const several = onSeveralHosts(args);
      const apps = fromEveryHost(args, (c) => Object.entries(c.mySystem.registry.healthChecks)).flatMap(
        ([host, checks]) =>
          checks.map(([id, c]) => ({
            name: several(id.split("/").slice(0, 2).join("/")) ? `${c.name} (${host})` : c.name,
            group: c.group,
            url: c.url,
            interval: c.interval,
            conditions: c.conditions,
          })),
      );
      const hosts = fromEveryHost(args, (c, host) => ({
        name: host,
        group: "servers",
        url: `icmp://${host}.${c.mySystem.internalDomain}`,
        interval: "1m",
        conditions: ["[CONNECTED] == true"],
      })).map(([, e]) => e);
      return [...apps, ...hosts];
    };
    const text = once(() =>
      renderGatus({ title: config.mySystem.dashboard.title, endpoints: endpoints(), ntfy: gatus.ntfy }),
    );
    return mkIf(() => gatus.enable, {
      files: { [gatusConfig]: { text: lazy(text), mode: "0644" } },
      systemd: { services: { "podman-gatus": { restartTriggers: [lazy(text)] } } },
    });
  },
});

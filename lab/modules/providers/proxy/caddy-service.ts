// Caddy as the lab's proxy: Debian's program in a unit of hearth's named `caddy` (it replaces
// Debian's), running as the caddy user with the one capability it needs.
import { type ConfigDef, lazy } from "hearth";
import { caddyPaths, renderCaddyfile } from "./caddy.ts";
import { once } from "../../../lib/once.ts";
import type { ProxyModel } from "./model.ts";

const caddy = "/usr/bin/caddy";
const config = `--config ${caddyPaths.config} --adapter caddyfile`;

export function caddyService(model: () => ProxyModel, certificateUnits: () => string[]): ConfigDef {
  const text = once(() => renderCaddyfile(model()));
  return {
    packages: ["caddy"],
    users: { caddy: { description: "Caddy web server", extraGroups: ["acme"] } },
    files: { [caddyPaths.config]: { text: lazy(text), group: "caddy", mode: "0640" } },
    systemd: {
      services: {
        caddy: {
          Unit: {
            Description: "Caddy, the reverse proxy of this host's routes",
            Wants: lazy(() => ["network-online.target", ...certificateUnits()]),
            After: lazy(() => ["network-online.target", ...certificateUnits()]),
          },
          Service: {
            Type: "notify",
            User: "caddy",
            Group: "caddy",
            ExecStart: [`${caddy} run --environ ${config}`],
            ExecReload: [`${caddy} reload ${config} --force`],
            // Caddy keeps its state (OCSP staples, locks) in XDG folders.
            Environment: { XDG_DATA_HOME: "/var/lib/caddy", XDG_CONFIG_HOME: "/var/lib/caddy/config" },
            StateDirectory: ["caddy"],
            // Relaxed from the baseline: binding 80/443 as the caddy user.
            AmbientCapabilities: ["CAP_NET_BIND_SERVICE"],
            CapabilityBoundingSet: ["CAP_NET_BIND_SERVICE"],
          },
          Install: { WantedBy: "multi-user.target" },
          restartIfChanged: false,
          reloadTriggers: [lazy(text)],
        },
      },
    },
  };
}

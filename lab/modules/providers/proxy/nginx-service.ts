// nginx as the lab's proxy: Debian's program in a unit of hearth's named `nginx` (it replaces
// Debian's, so the package's default site never runs), with the rendered configuration.
import { type ConfigDef, lazy } from "hearth";
import { once } from "../../../lib/once.ts";
import type { ProxyModel } from "./model.ts";
import { nginxPaths, renderNginx } from "./nginx.ts";

const nginx = `/usr/sbin/nginx -c ${nginxPaths.config}`;

export function nginxService(model: () => ProxyModel, certificateUnits: () => string[]): ConfigDef {
  const conf = once(() => renderNginx(model()));
  return {
    packages: ["nginx"],
    files: { [nginxPaths.config]: { text: lazy(conf) } },
    systemd: {
      services: {
        nginx: {
          Unit: {
            Description: "nginx, the reverse proxy of this host's routes",
            Wants: lazy(() => ["network-online.target", ...certificateUnits()]),
            After: lazy(() => ["network-online.target", ...certificateUnits()]),
          },
          Service: {
            ExecStartPre: [`${nginx} -t -q -g "daemon off;"`],
            ExecStart: [`${nginx} -g "daemon off;"`],
            ExecReload: [`${nginx} -t -q -g "daemon off;"`, "/bin/kill -HUP $MAINPID"],
            RuntimeDirectory: ["nginx"],
            CacheDirectory: ["nginx"],
            LogsDirectory: ["nginx"],
            // Relaxed from the baseline: the master runs as root to bind 80/443, reads the
            // certificates through the acme group, creates its temporary folders for the workers
            // and switches them to www-data.
            DynamicUser: false,
            SupplementaryGroups: ["acme"],
            CapabilityBoundingSet: ["CAP_NET_BIND_SERVICE", "CAP_SETUID", "CAP_SETGID", "CAP_CHOWN"],
            SystemCallFilter: ["@system-service"],
            UMask: "0027",
          },
          Install: { WantedBy: "multi-user.target" },
          // A new configuration is reloaded: open connections finish on the old one.
          restartIfChanged: false,
          reloadTriggers: [lazy(conf)],
        },
      },
    },
  };
}

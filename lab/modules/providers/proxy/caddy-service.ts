// Caddy as the lab's proxy: Debian's program in a unit of hearth's named `caddy` (it replaces
// Debian's), running as the caddy user with the one capability it needs.
import { type ConfigDef, lazy, mkIf } from "hearth";
import { once } from "../../../lib/once.ts";
import { caddyAccounts, renderAccountsScript } from "./caddy-accounts.ts";
import { caddyPaths, renderCaddyfile } from "./caddy.ts";
import type { ProxyModel } from "./model.ts";

const caddy = "/usr/bin/caddy";
const config = `--config ${caddyPaths.config} --adapter caddyfile`;

/** A secret (or secret template) of the host, as far as reloading Caddy goes. */
export interface SecretFile {
  readonly path: string;
  readonly reloadUnits: readonly string[];
  readonly restartUnits: readonly string[];
}

export function caddyService(
  model: () => ProxyModel,
  certificateUnits: () => string[],
  /** The host's secrets and secret templates, by name. */
  secrets: () => [string, SecretFile][],
): ConfigDef {
  const text = once(() => renderCaddyfile(model()));
  const accounts = once(() => renderAccountsScript(model()));
  // As root (`+`): the htpasswd secrets belong to their apps.
  const writeAccounts = (mode: "start" | "reload") =>
    accounts() === null ? [] : [`+/bin/sh ${caddyAccounts.script} ${mode}`];
  return {
    packages: ["caddy"],
    users: { caddy: { description: "Caddy web server", extraGroups: ["acme"] } },
    files: {
      [caddyPaths.config]: { text: lazy(text), group: "caddy", mode: "0640" },
      [caddyAccounts.script]: mkIf(() => accounts() !== null, {
        text: lazy(() => accounts()!),
        mode: "0750",
      }),
    },
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
            ExecStartPre: lazy(() => writeAccounts("start")),
            ExecStart: [`${caddy} run --environ ${config}`],
            ExecReload: lazy(() => [...writeAccounts("reload"), `${caddy} reload ${config} --force`]),
            // Caddy keeps its state (OCSP staples, locks) in XDG folders.
            Environment: { XDG_DATA_HOME: "/var/lib/caddy", XDG_CONFIG_HOME: "/var/lib/caddy/config" },
            StateDirectory: ["caddy"],
            // Relaxed from the baseline: binding 80/443 as the caddy user.
            AmbientCapabilities: ["CAP_NET_BIND_SERVICE"],
            CapabilityBoundingSet: ["CAP_NET_BIND_SERVICE"],
          },
          Install: { WantedBy: "multi-user.target" },
          restartIfChanged: false,
          reloadTriggers: [lazy(text), lazy(() => accounts() ?? "")],
        },
      },
    },
    warnings: lazy(() => unreloadedAccounts(model(), secrets())),
  };
}

/**
 * nginx reads an htpasswd file at each request; Caddy only when it starts or reloads (the
 * accounts script). A secret that does not reload Caddy leaves a changed password waiting.
 */
function unreloadedAccounts(m: ProxyModel, secrets: [string, SecretFile][]): string[] {
  const caddy = (units: readonly string[]) => units.some((u) => u === "caddy" || u === "caddy.service");
  return m.vhosts.flatMap((v) => {
    const found = secrets.find(([, s]) => s.path === v.auth.basicAuthFile);
    if (found === undefined) return [];
    const [name, secret] = found;
    if (caddy(secret.reloadUnits) || caddy(secret.restartUnits)) return [];
    return [
      `basic auth of ${v.name}: Caddy reads the accounts of the secret \`${name}' (${v.auth.basicAuthFile}) when it starts or reloads; give the secret \`reloadUnits: ["caddy.service"]', or a changed password waits for Caddy's next reload.`,
    ];
  });
}

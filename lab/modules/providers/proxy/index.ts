// The reverse-proxy provider: serves every route registered on its host (nginx by default, Caddy
// with `mySystem.proxy.server = "caddy"`), with one ACME certificate per domain, HTTP redirected
// to HTTPS, unknown names refused, and internal routes answering the lab's networks only. The
// upstream of a route on another host is reached at that host's address.
import { defineModule, lazy, mkDefault, mkIf, mkMerge, mkOption, types } from "hearth";
import { optionSites } from "../../../lib/errors.ts";
import { labNodes } from "../../../lib/nodes.ts";
import { once } from "../../../lib/once.ts";
import { selfSignedUnit } from "../acme/index.ts";
import { certificatePaths, webroot } from "../acme/lego.ts";
import { caddyService } from "./caddy-service.ts";
import type { ProxyModel, Vhost } from "./model.ts";
import { nginxService } from "./nginx-service.ts";

const options = {
  mySystem: {
    proxy: {
      enable: mkOption({
        type: types.bool,
        defaultText: "true when a route is registered on this host",
        description: "Whether this host runs the reverse proxy for its routes.",
      }),
      server: mkOption({
        type: types.enum(["nginx", "caddy"]),
        default: "nginx",
        description: "The reverse proxy: nginx, or Caddy (the same routes, rendered as a Caddyfile).",
      }),
      internalRanges: mkOption({
        type: types.listOf(types.str),
        defaultText: "mySystem.security.trustedNetworks, and loopback",
        description: 'Source ranges that `expose = "internal"` routes answer.',
      }),
      httpPort: mkOption({ type: types.port, default: 80, description: "The HTTP port (redirects, ACME)." }),
      httpsPort: mkOption({ type: types.port, default: 443, description: "The HTTPS port." }),
    },
  },
};

declare module "hearth" {
  interface Modules {
    "providers/proxy": typeof options;
  }
}

/** The domain a served name's certificate is for: the name without its first label. */
export const domainOf = (name: string) => name.slice(name.indexOf(".") + 1);

export default defineModule({
  options,
  config: (args) => {
    const { config } = args;
    const cfg = config.mySystem.proxy;
    const self = String(args.hostName);
    const routes = () =>
      Object.values(config.mySystem.registry.routes).sort((a, b) => (a.host < b.host ? -1 : 1));
    const upstreamAddress = (u: (typeof config.mySystem.registry.routes)[string]["upstream"]) => {
      if (u.address !== null) return u.address;
      if (u.host === null || u.host === self) return "127.0.0.1";
      // A host that is not in the lab fails `hearth check` (lab/modules/registry/conflicts.ts).
      return (
        labNodes(args)[u.host]?.config.mySystem.network.address ??
        `${u.host}.${config.mySystem.internalDomain}`
      );
    };
    const domains = () => [...new Set(routes().map((r) => domainOf(r.host)))].sort();
    const model = once(
      (): ProxyModel => ({
        httpPort: cfg.httpPort,
        httpsPort: cfg.httpsPort,
        internalRanges: cfg.internalRanges,
        acmeWebroot: config.mySystem.security.acme.challenge === "http-01" ? webroot : null,
        vhosts: routes().map(
          (r): Vhost => ({
            name: r.host,
            upstream: `${r.upstream.scheme}://${upstreamAddress(r.upstream)}:${r.upstream.port}`,
            expose: r.expose,
            websockets: r.websockets,
            maxBodySize: r.maxBodySize,
            timeouts: r.timeouts,
            auth: r.auth,
            certificate: certificatePaths(domainOf(r.host)),
          }),
        ),
      }),
    );
    const unit = () => `${cfg.server}.service`;
    const certificateUnits = () => domains().map((d) => `${selfSignedUnit(d)}.service`);
    return mkMerge([
      {
        mySystem: {
          proxy: {
            enable: mkDefault(lazy(() => routes().length > 0)),
            internalRanges: mkDefault(
              lazy(() => [...config.mySystem.security.trustedNetworks, "127.0.0.0/8", "::1"]),
            ),
          },
        },
      },
      mkIf(() => cfg.enable, {
        mySystem: {
          security: {
            acme: {
              certificates: lazy(() =>
                Object.fromEntries(
                  domains().map((d) => [
                    d,
                    {
                      served: routes()
                        .filter((r) => domainOf(r.host) === d)
                        .map((r) => r.host),
                      reloadUnits: [unit()],
                    },
                  ]),
                ),
              ),
            },
          },
          registry: {
            ports: {
              proxy: {
                tcp: lazy(() => [cfg.httpPort, cfg.httpsPort]),
                definedAt: lazy(() => optionSites(args.options.mySystem.proxy.httpsPort)),
              },
            },
          },
        },
        // A deploy waits for the proxy to accept connections on both ports (the routes' own apps
        // have their checks).
        checks: {
          "proxy-http": { tcp: { host: "127.0.0.1", port: lazy(() => cfg.httpPort) } },
          "proxy-https": { tcp: { host: "127.0.0.1", port: lazy(() => cfg.httpsPort) } },
        },
        // Public routes need the ports open to everyone; otherwise the lab's networks suffice.
        firewall: {
          rules: {
            proxy: {
              tcp: lazy(() => [cfg.httpPort, cfg.httpsPort]),
              sources: lazy(() =>
                routes().some((r) => r.expose === "public")
                  ? []
                  : [...config.mySystem.security.trustedNetworks],
              ),
            },
          },
        },
      }),
      mkIf(() => cfg.enable && cfg.server === "nginx", nginxService(model, certificateUnits)),
      mkIf(
        () => cfg.enable && cfg.server === "caddy",
        caddyService(model, certificateUnits, () => [
          ...Object.entries(config.secrets),
          ...Object.entries(config.secretTemplates),
        ]),
      ),
    ]);
  },
});

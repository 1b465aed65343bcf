// What an app wants from the lab, written into the registry (`mySystem.registry.*`) under the
// app's id: each standard option gates exactly one of these wants, and the providers serve them.
import { type ConfigDef, lazy, mkIf, type OptionInfo } from "hearth";
import { fileURLToPath } from "node:url";
import { optionSites } from "../errors.ts";
import { mkProxyRoute } from "../proxy-route.ts";
import type { App } from "./app.ts";
import type { ProxySpec } from "./spec.ts";

/** Where an option of the app was set (lab/lib/errors.ts). */
function sitesOf(app: App, option: string): string[] {
  let node = (app.args.options as Record<string, any>).mySystem?.[app.category]?.[app.name];
  for (const key of option.split(".")) node = node?.[key];
  const info = node as OptionInfo | undefined;
  return info?._type === "option" ? optionSites(info) : [];
}

const sites = (app: App, ...options: string[]) => [...new Set(options.flatMap((o) => sitesOf(app, o)))];
const definedAt = (app: App, ...options: string[]) => lazy<string[]>(() => sites(app, ...options));

/**
 * The owner's password, when the database is on another host: the app's `database` secret, which
 * the database host decrypts too (its key must be a recipient of the app's file: `hearth check`
 * says so when it is not; a remote database without one is a conflict, lab/modules/registry).
 */
function databasePassword(app: App, dbHost: string): { sopsFile: string; key: string } | null {
  const key = app.spec.secrets?.files?.database;
  if (dbHost === app.hostName || app.spec.secrets === undefined || key === undefined) return null;
  return { sopsFile: fileURLToPath(app.spec.secrets.file), key };
}

function route(app: App, host: string, port: number, proxy: ProxySpec) {
  return mkProxyRoute({
    app: app.id,
    host,
    upstream: { host: app.hostName, port },
    expose: app.cfg.expose,
    ...(proxy.websockets !== undefined ? { websockets: proxy.websockets } : {}),
    ...(proxy.maxBodySize !== undefined ? { maxBodySize: proxy.maxBodySize } : {}),
    ...(proxy.timeouts ? { timeouts: proxy.timeouts } : {}),
    ...(proxy.auth ? { auth: proxy.auth } : {}),
    definedAt: sites(app, "subdomain", "expose", "enable"),
  });
}

const group = (category: string) => category.charAt(0).toUpperCase() + category.slice(1);

export function registrations(app: App): ConfigDef {
  const cfg = () => app.cfg;
  const monitorPath = app.spec.monitor?.path ?? "/";
  const metrics = app.spec.metrics;
  const id = app.id;
  const extra = Object.entries(app.spec.routes ?? {});
  const fqdnOf = (subdomain: string) => `${subdomain}.${app.config.mySystem.domain}`;
  return {
    mySystem: {
      registry: {
        routes: {
          [id]: mkIf(
            app.proxied,
            lazy(() => route(app, app.fqdn, cfg().port, app.spec.proxy || {})),
          ),
          ...Object.fromEntries(
            extra.map(([name, r]) => [
              `${id}/${name}`,
              lazy(() => route(app, fqdnOf(r.subdomain), r.port, r)),
            ]),
          ),
        },
        dnsRecords: {
          [id]: mkIf(() => cfg().addToDNS, {
            name: lazy(() =>
              app.proxied ? app.fqdn : `${cfg().subdomain}.${app.config.mySystem.internalDomain}`,
            ),
            host: app.hostName,
            definedAt: definedAt(app, "subdomain", "enable"),
          }),
          ...Object.fromEntries(
            extra.map(([name, r]) => [
              `${id}/${name}`,
              mkIf(() => cfg().addToDNS, {
                name: lazy(() => fqdnOf(r.subdomain)),
                host: app.hostName,
                definedAt: definedAt(app, "enable"),
              }),
            ]),
          ),
        },
        dashboard: {
          [id]: mkIf(() => cfg().addToHomepage, {
            app: id,
            group: group(app.category),
            name: app.title,
            description: app.spec.description,
            icon: app.spec.icon ?? `${app.name}.png`,
            href: lazy(() => cfg().url),
            siteMonitor: lazy(() => (app.proxied ? `${cfg().url}${monitorPath}` : null)),
          }),
        },
        healthChecks: {
          [id]: mkIf(() => cfg().monitor, {
            name: app.name,
            group: app.category,
            url: lazy(() =>
              app.proxied ? `${cfg().url}${monitorPath}` : `tcp://${app.hostFqdn}:${cfg().port}`,
            ),
            conditions: app.proxied
              ? [`[STATUS] == ${app.spec.monitor?.status ?? 200}`, "[RESPONSE_TIME] < 1500"]
              : ["[CONNECTED] == true"],
          }),
        },
        scrapeTargets: {
          [id]: mkIf(() => cfg().prometheus, {
            job: app.name,
            targets: lazy(() => [`${app.hostFqdn}:${metrics?.port ?? cfg().port}`]),
            path: metrics?.path ?? "/metrics",
          }),
        },
        backups: {
          [id]: mkIf(() => cfg().backup && (app.state.length > 0 || app.spec.database === true), {
            paths: app.state.map((s) => s.path),
            user: app.user,
            // Dumped first, where the database is on this host.
            databases: lazy(() =>
              app.spec.database && cfg().database!.host === app.hostName ? [app.name] : [],
            ),
          }),
        },
        databases: {
          [id]: mkIf(app.spec.database === true, {
            name: app.name,
            owner: app.user,
            host: lazy(() => cfg().database!.host),
            fromHost: app.hostName,
            password: lazy(() => databasePassword(app, cfg().database!.host)),
            definedAt: definedAt(app, "database.host", "enable"),
          }),
        },
        ports: {
          [id]: {
            tcp: lazy(() => [cfg().port, ...(app.spec.ports?.tcp ?? [])]),
            udp: [...(app.spec.ports?.udp ?? [])],
            definedAt: definedAt(app, "port", "enable"),
          },
        },
      },
    },
  };
}

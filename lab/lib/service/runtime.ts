// How an app runs on its host: its user, state directories, configuration files and secret, then
// either a hardened unit running a Debian package's program or a podman container, its firewall
// opening to the lab's networks, and the health check a deploy waits for.
import { fileURLToPath } from "node:url";
import { type ConfigDef, lazy, placeholderPattern } from "hearth";
import { fromTrustedNetworks } from "../firewall.ts";
import { postgresqlSocket, postgresqlUnit } from "../postgresql.ts";
import type { App } from "./app.ts";

const varLib = "/var/lib/";

/** Where a secret file of an app is on its host (`secrets.files`; `env` is the environment file). */
export const secretPath = (app: string, name: string) => `/run/hearth/secrets/${app}/${name}`;
/** Where a container finds its secret files. */
export const containerSecrets = "/run/secrets";

export function account(app: App): ConfigDef {
  const uid = app.spec.uid ?? null;
  return {
    users: { [app.user]: { uid, description: app.title } },
    groups: { [app.user]: { gid: uid } },
  };
}

export function stateAndFiles(app: App): ConfigDef {
  return {
    directories: Object.fromEntries(
      app.state.map((s) => [s.path, { user: app.user, group: app.user, mode: "0750" }]),
    ),
    files: lazy(() =>
      Object.fromEntries(
        plainFiles(app, false).map(([path, text]) => [path, { text, group: app.user, mode: "0640" }]),
      ),
    ),
    // a file holding a secret's placeholder is a template: the host writes it with the value in
    // place, on its tmpfs, and links it where the app reads it
    secretTemplates: lazy(() =>
      Object.fromEntries(
        plainFiles(app, true).map(([path, content]) => [
          `${app.name}${path}`,
          { content, path, owner: app.user, mode: "0400", restartUnits: [`${app.unit}.service`] },
        ]),
      ),
    ),
  };
}

const plainFiles = (app: App, withSecrets: boolean) =>
  Object.entries(app.files).filter(([, text]) => hasPlaceholder(text) === withSecrets);
const hasPlaceholder = (text: string) => new RegExp(placeholderPattern.source).test(text);

export function secrets(app: App): ConfigDef {
  const s = app.spec.secrets;
  if (!s) return {};
  const keys = { ...(s.env ? { env: s.env } : {}), ...s.files };
  return {
    secrets: Object.fromEntries(
      Object.entries(keys).map(([name, key]) => [
        `${app.name}/${name}`,
        { sopsFile: fileURLToPath(s.file), key, owner: app.user, restartUnits: [`${app.unit}.service`] },
      ]),
    ),
  };
}

const envFiles = (app: App) => (app.spec.secrets?.env ? [secretPath(app.name, "env")] : []);
const secretMounts = (app: App) =>
  Object.keys(app.spec.secrets?.files ?? {}).map(
    (name) => `${secretPath(app.name, name)}:${containerSecrets}/${name}:ro`,
  );

export function native(app: App): ConfigDef {
  const spec = app.native!;
  const underVarLib = app.state.filter((s) => s.path.startsWith(varLib));
  const elsewhere = app.state.filter((s) => !s.path.startsWith(varLib));
  const after = ["network-online.target", ...(app.spec.database ? [`${postgresqlUnit}.service`] : [])];
  return {
    packages: typeof spec.package === "string" ? [spec.package] : [...spec.package],
    systemd: {
      services: {
        [app.unit]: {
          Unit: {
            Description: `${app.title}: ${app.spec.description}`,
            Wants: "network-online.target",
            After: after,
          },
          Service: {
            ExecStart: lazy(() => [app.exec]),
            User: app.user,
            Group: app.user,
            // systemd creates and owns what the app keeps under /var/lib; other state paths are
            // made writable through the read-only system.
            StateDirectory:
              underVarLib.length > 0 ? underVarLib.map((s) => s.path.slice(varLib.length)) : null,
            ReadWritePaths: elsewhere.map((s) => s.path),
            Environment: lazy(() => ({ ...app.environment })),
            EnvironmentFile: envFiles(app),
            Restart: "on-failure",
          },
          Install: { WantedBy: "multi-user.target" },
          restartTriggers: lazy(() => Object.values(app.files)),
        },
      },
    },
  };
}

export function container(app: App): ConfigDef {
  const c = () => app.container!;
  const uid = app.spec.uid;
  if (uid === undefined) {
    throw new Error(
      `mkService (${app.id}): a container app needs a fixed \`uid\` (its files on the host carry it).`,
    );
  }
  return {
    containers: {
      [app.name]: {
        image: lazy(() => c().image),
        user: lazy(() => c().user ?? `${uid}:${uid}`),
        environment: lazy(() => ({ TZ: app.config.mySystem.timezone, ...c().environment })),
        environmentFiles: envFiles(app),
        volumes: lazy(() => [
          "/etc/localtime:/etc/localtime:ro",
          ...app.state.filter((s) => s.mount !== null).map((s) => `${s.path}:${s.mount}`),
          ...(app.spec.database ? [`${postgresqlSocket}:${postgresqlSocket}`] : []),
          ...secretMounts(app),
          ...(c().volumes ?? []),
        ]),
        ports: lazy(() => [
          `${app.cfg.port}:${c().port ?? app.spec.port}`,
          ...(app.spec.ports?.tcp ?? []).map((p) => `${p}:${p}`),
          ...(app.spec.ports?.udp ?? []).map((p) => `${p}:${p}/udp`),
        ]),
        cmd: lazy(() => [...(c().cmd ?? [])]),
        devices: lazy(() => [...(c().devices ?? [])]),
        readOnly: lazy(() => c().readOnly ?? false),
        tmpfs: lazy(() => [...(c().tmpfs ?? [])]),
        capabilities: lazy(() => ({
          ALL: false,
          ...Object.fromEntries((c().capabilities ?? []).map((k) => [k, true])),
        })),
      },
    },
    systemd: {
      services: {
        [app.unit]: {
          Unit: app.spec.database ? { After: `${postgresqlUnit}.service` } : {},
          restartTriggers: lazy(() => Object.values(app.files)),
        },
      },
    },
  };
}

/** The app's ports, open to the lab's networks (proxies on other hosts reach it there too). */
export function firewall(app: App): ConfigDef {
  return {
    firewall: {
      rules: {
        [app.name]: {
          ...fromTrustedNetworks(app.config, () => [app.cfg.port, ...(app.spec.ports?.tcp ?? [])]),
          udp: [...(app.spec.ports?.udp ?? [])],
        },
      },
    },
  };
}

/** What a deploy waits for: the app answers on its port (HTTP apps: with the expected status). */
export function healthCheck(app: App): ConfigDef {
  const monitor = app.spec.monitor ?? {};
  return {
    checks: {
      [app.name]: app.proxied
        ? {
            http: {
              url: lazy(() => `http://127.0.0.1:${app.cfg.port}${monitor.path ?? "/"}`),
              status: monitor.status ?? 200,
            },
          }
        : { tcp: { port: lazy(() => app.cfg.port) } },
    },
  };
}

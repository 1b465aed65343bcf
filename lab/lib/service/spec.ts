// What an app module says to mkService: its name, port, how it runs (a Debian package or a
// container), its state, route, health, metrics, secrets and database, and its own options.
// Nothing here mentions `Config`: mkService's result registers the app's option types, which
// `Config` is made of (docs/modules.md, "Types").
import type { Module, ModuleArgs, ValueTree } from "hearth";
import type { ConfigDef, Wrap } from "hearth";
import type { RouteAuth, RouteTimeouts } from "../proxy-route.ts";
import type { DatabaseOptions, StandardOptions } from "./options.ts";

export const categories = [
  "infrastructure",
  "monitoring",
  "media",
  "productivity",
  "networking",
  "development",
  "storage",
  "search",
] as const;
export type Category = (typeof categories)[number];

/** The host an app runs on, as the app's own specs may read it. */
export interface HostView {
  readonly name: string;
  readonly domain: string;
  readonly internalDomain: string;
  readonly timezone: string;
}

/** The app's options: the standard ones, a database's when it has one, and its own. */
export type AppOptions<O, DB extends boolean> = StandardOptions &
  (DB extends true ? DatabaseOptions : {}) &
  O;

/** What the app's spec functions get: its option values and its host. */
export interface SpecArgs<O, DB extends boolean = false> {
  readonly cfg: ValueTree<AppOptions<O, DB>>;
  readonly host: HostView;
  /**
   * The placeholder of one of the app's `secrets.files` (or `"env"`): a configuration file that
   * holds one is written by the host with the value in its place, and never holds it before.
   */
  readonly secret: (name: string) => string;
}

/** A value, or a function of the app's options and host giving it. */
export type Given<T, O, DB extends boolean = false> = T | ((args: SpecArgs<O, DB>) => T);

/** A native app: a Debian package's program in a unit of hearth's, hardened. */
export interface NativeSpec<O, DB extends boolean = false> {
  /** The Debian package(s) providing the program. */
  readonly package: string | readonly string[];
  /**
   * The unit's name (default: the app's). Naming it as the package's own unit makes hearth's unit
   * replace Debian's (/etc/systemd/system wins over /lib/systemd/system), so one instance runs.
   */
  readonly unit?: string;
  /** The command line (ExecStart). */
  readonly exec: Given<string, O, DB>;
  readonly environment?: Given<Readonly<Record<string, string>>, O, DB>;
}

/** An app in a podman container, run as the app's own user. */
export interface ContainerSpec {
  /** The image, pinned by digest (lab/overlays/images.ts). */
  readonly image: string;
  /** The port the app listens on inside the container (default: the app's port). */
  readonly port?: number;
  readonly environment?: Readonly<Record<string, string>>;
  /** More volumes, `host:container[:options]` (state volumes come from `state`). */
  readonly volumes?: readonly string[];
  readonly cmd?: readonly string[];
  readonly devices?: readonly string[];
  /** A read-only root file system, with `tmpfs` paths writable. */
  readonly readOnly?: boolean;
  readonly tmpfs?: readonly string[];
  /** Capabilities given back after every other is dropped. */
  readonly capabilities?: readonly string[];
  /** Run the container as this user instead of the app's (`0:0` for images that drop privileges themselves). */
  readonly user?: string;
}

/** How the reverse proxy serves the app (false: the app speaks no HTTP and has no route). */
export interface ProxySpec {
  readonly websockets?: boolean;
  readonly maxBodySize?: string;
  readonly timeouts?: Partial<RouteTimeouts>;
  readonly auth?: Partial<RouteAuth>;
}

/** An app's id, `<category>/<app>`: its options are `mySystem.<category>.<app>`. */
export type AppId = `${Category}/${string}`;
export type CategoryOf<Id> = Id extends `${infer C extends Category}/${string}` ? C : never;
export type AppOf<Id> = Id extends `${Category}/${infer A}` ? A : never;

export interface ServiceSpec<O, DB extends boolean> {
  /** The app's name on the dashboard (default: the app's, capitalised). */
  readonly title?: string;
  readonly description: string;
  /** The dashboard icon (default: `<app>.png` from dashboard-icons). */
  readonly icon?: string;
  /** The port the app listens on, on the host (an option; this is its default). */
  readonly port: number;
  /** The default subdomain (default: the app's name). */
  readonly subdomain?: string;
  /** The app's user (and group), which owns its state (default: the app's name). */
  readonly user?: string;
  /** The app user's fixed uid (and its group's gid): containers need one, their files carry it. */
  readonly uid?: number;
  readonly native?: NativeSpec<O, DB>;
  readonly container?: Given<ContainerSpec, O, DB>;
  /**
   * Paths that hold the app's state: created for the app's user, backed up. For a container,
   * `host:container` mounts them (`/var/lib/jellyfin:/config`).
   */
  readonly state?: readonly string[];
  /** Configuration files on the host (path → text), readable by the app; a change restarts it. */
  readonly files?: Given<Readonly<Record<string, string>>, O, DB>;
  readonly proxy?: false | ProxySpec;
  /** More routes to the app (by name): another subdomain to another of its ports. */
  readonly routes?: Readonly<
    Record<string, ProxySpec & { readonly subdomain: string; readonly port: number }>
  >;
  /** The health endpoint (default `/`) and the status it answers. */
  readonly monitor?: { readonly path?: string; readonly status?: number };
  /** Where the app serves Prometheus metrics (it gets `prometheus` on by default). */
  readonly metrics?: { readonly path?: string; readonly port?: number };
  /**
   * Secrets from the app's co-located SOPS file: `env`, the key of an environment file the app
   * starts with; `files`, name → key of files at `secretPath(app, name)` (in a container:
   * `/run/secrets/<name>`). A changed secret restarts the app.
   */
  readonly secrets?: {
    readonly file: URL;
    readonly env?: string;
    readonly files?: Readonly<Record<string, string>>;
  };
  /** A PostgreSQL database named after the app, owned by its user (`database.host` creates it). */
  readonly database?: DB;
  /** Other ports the app listens on, opened to the lab's networks. */
  readonly ports?: { readonly tcp?: readonly number[]; readonly udp?: readonly number[] };
  /** The app's own options (declarations only). */
  readonly options?: O;
}

/** What app specifics get: the module arguments and the app's option values. */
export type SpecificsArgs<O, DB extends boolean> = ModuleArgs & {
  readonly cfg: ValueTree<AppOptions<O, DB>>;
};

/** What mkService gives back: the app's option declarations (to register) and its module. */
export interface Service<C extends Category, A extends string, O, DB extends boolean> {
  readonly options: { readonly mySystem: { readonly [K in C]: { readonly [L in A]: AppOptions<O, DB> } } };
  /**
   * The app's module. `specifics` (optional) adds what is the app's own, with the whole
   * configuration at hand; it applies only while the app is enabled.
   */
  module(specifics?: (args: SpecificsArgs<O, DB>) => Wrap<ConfigDef>): Module;
}

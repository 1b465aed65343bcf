// One app as mkService's parts see it: its spec resolved against its option values, with the
// names everything else derives from (its id in the registry, its user, its unit, its state).
import { type Config, secretPlaceholder } from "hearth";
import { LabError } from "../errors.ts";
import type { LabArgs } from "../nodes.ts";
import { hostNameOf } from "../nodes.ts";
import type { Category, ContainerSpec, Given, HostView, NativeSpec, ServiceSpec, SpecArgs } from "./spec.ts";

/** The standard option values (and a database's) as mkService reads them. */
export interface AppValues {
  readonly enable: boolean;
  readonly subdomain: string;
  readonly port: number;
  readonly expose: "internal" | "public";
  readonly addToHomepage: boolean;
  readonly addToDNS: boolean;
  readonly monitor: boolean;
  readonly prometheus: boolean;
  readonly backup: boolean;
  readonly url: string | null;
  readonly database?: { readonly host: string };
}

export interface StateDir {
  /** On the host. */
  readonly path: string;
  /** Inside the container, for containers. */
  readonly mount: string | null;
}

export type AnySpec = ServiceSpec<unknown, boolean>;

/** An app being evaluated on one host. */
export class App {
  readonly id: string;
  readonly user: string;
  readonly unit: string;
  readonly state: readonly StateDir[];
  #exec: string | undefined;
  #environment: Readonly<Record<string, string>> | undefined;
  #container: ContainerSpec | undefined;
  #files: Readonly<Record<string, string>> | undefined;

  constructor(
    readonly category: Category,
    readonly name: string,
    readonly spec: AnySpec,
    readonly args: LabArgs,
  ) {
    this.id = `${category}/${name}`;
    this.user = spec.user ?? name;
    this.unit = spec.container ? `podman-${name}` : (spec.native?.unit ?? name);
    this.state = (spec.state ?? []).map((s) => {
      const [path, mount] = s.split(":");
      return { path: path!, mount: mount ?? null };
    });
  }

  get config(): Config {
    return this.args.config;
  }
  get cfg(): AppValues {
    const m = this.config.mySystem as unknown as Record<string, Record<string, AppValues>>;
    return m[this.category]![this.name]!;
  }
  get hostName(): string {
    return hostNameOf(this.args);
  }
  get host(): HostView {
    const m = this.config.mySystem;
    return { name: this.hostName, domain: m.domain, internalDomain: m.internalDomain, timezone: m.timezone };
  }
  /** The app's name where the reverse proxy serves it. */
  get fqdn(): string {
    return `${this.cfg.subdomain}.${this.config.mySystem.domain}`;
  }
  /** The host's own name on the lab's internal domain. */
  get hostFqdn(): string {
    return `${this.hostName}.${this.config.mySystem.internalDomain}`;
  }
  get proxied(): boolean {
    return this.spec.proxy !== false;
  }
  get title(): string {
    return this.spec.title ?? this.name.charAt(0).toUpperCase() + this.name.slice(1);
  }

  #given<T>(g: Given<T, unknown, boolean> | undefined): T | undefined {
    if (typeof g !== "function") return g;
    const secret = (name: string) => {
      const declared = name === "env" ? this.spec.secrets?.env : this.spec.secrets?.files?.[name];
      if (declared === undefined) throw new LabError(`${this.name} has no secret \`${name}' (secrets.files)`);
      return secretPlaceholder(`${this.name}/${name}`);
    };
    return (g as (a: SpecArgs<unknown, boolean>) => T)({ cfg: this.cfg as never, host: this.host, secret });
  }
  get native(): NativeSpec<unknown, boolean> | undefined {
    return this.spec.native;
  }
  get exec(): string {
    return (this.#exec ??= this.#given(this.spec.native?.exec)!);
  }
  get environment(): Readonly<Record<string, string>> {
    return (this.#environment ??= this.#given(this.spec.native?.environment) ?? {});
  }
  get container(): ContainerSpec | undefined {
    return (this.#container ??= this.#given(this.spec.container));
  }
  get files(): Readonly<Record<string, string>> {
    return (this.#files ??= this.#given(this.spec.files) ?? {});
  }
}

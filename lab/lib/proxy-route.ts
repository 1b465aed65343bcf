// A reverse-proxy route, whichever proxy serves it (the seed's mkTraefikLabels, made a plain value
// the registry carries): the name it answers, its upstream, WebSockets, body size, timeouts, auth
// and exposure. mkTraefikLabels turns one into Traefik's container labels, for labs that run Traefik.
import { callerOf } from "hearth";
import { LabError, where } from "./errors.ts";

export type Exposure = "internal" | "public";

export interface RouteUpstream {
  /** The lab host running the upstream; null when `address` is outside the lab. */
  readonly host: string | null;
  /** An explicit address; null: loopback on the proxy's own host, else the host's address. */
  readonly address: string | null;
  readonly port: number;
  readonly scheme: "http" | "https";
}

export interface RouteTimeouts {
  readonly connect: number | null;
  readonly read: number | null;
  readonly send: number | null;
}

export interface RouteAuth {
  readonly basicAuthFile: string | null;
  readonly forwardAuth: string | null;
}

/** A route as the registry holds it (`mySystem.registry.routes.<who>`). */
export interface ProxyRoute {
  readonly app: string | null;
  readonly host: string;
  readonly upstream: RouteUpstream;
  readonly expose: Exposure;
  readonly websockets: boolean;
  readonly maxBodySize: string | null;
  readonly timeouts: RouteTimeouts;
  readonly auth: RouteAuth;
  readonly definedAt: string[];
}

export interface ProxyRouteSpec {
  /** The name the route answers (`jellyfin.example.org`). */
  host: string;
  upstream: { host?: string | null; address?: string | null; port: number; scheme?: "http" | "https" };
  /** The app reached ("media/jellyfin"): `hearth check` verifies the upstream host runs it. */
  app?: string | null;
  expose?: Exposure;
  websockets?: boolean;
  maxBodySize?: string | null;
  timeouts?: Partial<RouteTimeouts>;
  auth?: Partial<RouteAuth>;
  definedAt?: readonly string[];
}

const hostName = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const bodySize = /^[0-9]+[kmg]?$/;

/** A complete route from its spec; a malformed name or body size is an error saying which. */
export function mkProxyRoute(spec: ProxyRouteSpec): ProxyRoute {
  if (!hostName.test(spec.host)) {
    throw new LabError(`mkProxyRoute: "${spec.host}" is not a fully qualified host name (app.example.org).`);
  }
  if (spec.maxBodySize != null && !bodySize.test(spec.maxBodySize)) {
    throw new Error(
      `mkProxyRoute (${spec.host}): maxBodySize "${spec.maxBodySize}" is not a size (512m, 0).`,
    );
  }
  if (spec.auth?.basicAuthFile && spec.auth.forwardAuth) {
    throw new LabError(`mkProxyRoute (${spec.host}): choose basicAuthFile or forwardAuth, not both.`);
  }
  return {
    app: spec.app ?? null,
    host: spec.host,
    upstream: {
      host: spec.upstream.host ?? null,
      address: spec.upstream.address ?? null,
      port: spec.upstream.port,
      scheme: spec.upstream.scheme ?? "http",
    },
    expose: spec.expose ?? "internal",
    websockets: spec.websockets ?? false,
    maxBodySize: spec.maxBodySize ?? null,
    timeouts: { connect: null, read: null, send: null, ...spec.timeouts },
    auth: { basicAuthFile: null, forwardAuth: null, ...spec.auth },
    // Where the route was written, for messages (conflicts, the public-exposure summary).
    definedAt: [...(spec.definedAt ?? [where(callerOf(mkProxyRoute))])],
  };
}

export interface TraefikOptions {
  /** The entrypoint routers listen on. */
  entrypoint?: string;
  /** The middleware (from Traefik's file provider) that lets only the lab's networks in. */
  internalMiddleware?: string;
  /** The port inside the container, when it differs from the route's upstream port. */
  containerPort?: number;
}

/**
 * Traefik's labels for a route (docker/podman provider): a router on the route's name with TLS,
 * the internal-only middleware unless the route is public, body limit and auth middlewares, and
 * the service's port and scheme. Timeouts are a serversTransport matter in Traefik (file
 * provider), so they have no label.
 */
export function mkTraefikLabels(name: string, route: ProxyRoute, options: TraefikOptions = {}) {
  const router = `traefik.http.routers.${name}`;
  const middleware = (m: string) => `traefik.http.middlewares.${name}-${m}`;
  const labels: Record<string, string> = {
    "traefik.enable": "true",
    [`${router}.rule`]: `Host(\`${route.host}\`)`,
    [`${router}.entrypoints`]: options.entrypoint ?? "websecure",
    [`${router}.tls`]: "true",
    [`${router}.service`]: name,
    [`traefik.http.services.${name}.loadbalancer.server.port`]: String(
      options.containerPort ?? route.upstream.port,
    ),
    [`traefik.http.services.${name}.loadbalancer.server.scheme`]: route.upstream.scheme,
  };
  const middlewares: string[] = [];
  if (route.expose === "internal") middlewares.push(options.internalMiddleware ?? "local-ip-only@file");
  if (route.maxBodySize != null && route.maxBodySize !== "0") {
    labels[`${middleware("body")}.buffering.maxRequestBodyBytes`] = String(bytes(route.maxBodySize));
    middlewares.push(`${name}-body`);
  }
  if (route.auth.basicAuthFile) {
    labels[`${middleware("auth")}.basicauth.usersfile`] = route.auth.basicAuthFile;
    middlewares.push(`${name}-auth`);
  }
  if (route.auth.forwardAuth) {
    labels[`${middleware("auth")}.forwardauth.address`] = route.auth.forwardAuth;
    middlewares.push(`${name}-auth`);
  }
  if (middlewares.length > 0) labels[`${router}.middlewares`] = middlewares.join(",");
  return labels;
}

/** "512m" → bytes (k, m, g are powers of 1024, as nginx reads them). */
export function bytes(size: string): number {
  const m = /^([0-9]+)([kmg]?)$/.exec(size);
  if (!m) throw new Error(`"${size}" is not a size (512m, 0).`);
  return Number(m[1]) * 1024 ** ["", "k", "m", "g"].indexOf(m[2]!);
}

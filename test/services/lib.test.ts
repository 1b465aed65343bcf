/**
 * The lab's library helpers: existsOrDefault and firstOrDefault (the seed's, typed), mkProxyRoute
 * (a complete route, or an error saying what is wrong), mkTraefikLabels (Traefik's labels for a
 * route), sizes, and the YAML writer (what it writes reads back as the same value).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parse } from "yaml";
import {
  bytes,
  existsOrDefault,
  firstOrDefault,
  mkProxyRoute,
  mkTraefikLabels,
} from "../../lab/lib/index.ts";
import { toYaml, type YamlValue } from "../../lab/lib/yaml.ts";

describe("existsOrDefault and firstOrDefault", () => {
  test("existsOrDefault: the set's own attribute when it has it, else the fallback", () => {
    const set = { port: 8096, host: null, missing: undefined };
    assert.equal(existsOrDefault("port", set, 80), 8096);
    assert.equal(existsOrDefault("host", set, "localhost"), null, "an attribute that is null exists");
    assert.equal(existsOrDefault("missing", set, 1), 1);
    assert.equal(existsOrDefault("nope", set, "x"), "x");
    assert.equal(
      existsOrDefault("toString", set, "own only"),
      "own only",
      "inherited attributes do not count",
    );
  });

  test("firstOrDefault: the first unless it is null or undefined", () => {
    assert.equal(firstOrDefault("a", "b"), "a");
    assert.equal(firstOrDefault(null, "b"), "b");
    assert.equal(firstOrDefault(undefined, 0), 0);
    assert.equal(firstOrDefault(0, 1), 0, "0 is a value");
    assert.equal(firstOrDefault("", "x"), "", "so is the empty string");
  });
});

describe("mkProxyRoute", () => {
  test("fills every field, and records where it was written", () => {
    const r = mkProxyRoute({ host: "app.example.org", upstream: { port: 8080 } });
    assert.deepEqual(
      { ...r, definedAt: [] },
      {
        app: null,
        host: "app.example.org",
        upstream: { host: null, address: null, port: 8080, scheme: "http" },
        expose: "internal",
        websockets: false,
        maxBodySize: null,
        timeouts: { connect: null, read: null, send: null },
        auth: { basicAuthFile: null, forwardAuth: null },
        definedAt: [],
      },
    );
    assert.match(r.definedAt[0]!, /^test\/services\/lib\.test\.ts:\d+$/);
  });

  test("refuses a name that is not a host name, a size that is not a size, two kinds of auth", () => {
    assert.throws(
      () => mkProxyRoute({ host: "app", upstream: { port: 1 } }),
      /"app" is not a fully qualified host name/,
    );
    assert.throws(
      () => mkProxyRoute({ host: "a.example.org", upstream: { port: 1 }, maxBodySize: "lots" }),
      /maxBodySize "lots" is not a size/,
    );
    assert.throws(
      () =>
        mkProxyRoute({
          host: "a.example.org",
          upstream: { port: 1 },
          auth: { basicAuthFile: "/x", forwardAuth: "http://auth" },
        }),
      /choose basicAuthFile or forwardAuth, not both/,
    );
  });

  test("sizes are read as nginx reads them", () => {
    assert.equal(bytes("0"), 0);
    assert.equal(bytes("512"), 512);
    assert.equal(bytes("64k"), 65536);
    assert.equal(bytes("512m"), 512 * 1024 ** 2);
    assert.equal(bytes("1g"), 1024 ** 3);
  });
});

describe("mkTraefikLabels", () => {
  test("an internal route: a TLS router on the name, the internal-only middleware, the service's port", () => {
    const r = mkProxyRoute({ host: "jellyfin.example.org", upstream: { port: 8096 }, websockets: true });
    assert.deepEqual(mkTraefikLabels("jellyfin", r), {
      "traefik.enable": "true",
      "traefik.http.routers.jellyfin.rule": "Host(`jellyfin.example.org`)",
      "traefik.http.routers.jellyfin.entrypoints": "websecure",
      "traefik.http.routers.jellyfin.tls": "true",
      "traefik.http.routers.jellyfin.service": "jellyfin",
      "traefik.http.routers.jellyfin.middlewares": "local-ip-only@file",
      "traefik.http.services.jellyfin.loadbalancer.server.port": "8096",
      "traefik.http.services.jellyfin.loadbalancer.server.scheme": "http",
    });
  });

  test("a public route with a body limit and forward auth, on another entrypoint and container port", () => {
    const r = mkProxyRoute({
      host: "git.example.org",
      upstream: { port: 3000, scheme: "https" },
      expose: "public",
      maxBodySize: "512m",
      auth: { forwardAuth: "http://authelia:9091/api/verify" },
    });
    const labels = mkTraefikLabels("git", r, { entrypoint: "public", containerPort: 3001 });
    assert.equal(labels["traefik.http.routers.git.entrypoints"], "public");
    assert.equal(labels["traefik.http.routers.git.middlewares"], "git-body,git-auth");
    assert.equal(
      labels["traefik.http.middlewares.git-body.buffering.maxRequestBodyBytes"],
      String(512 * 1024 ** 2),
    );
    assert.equal(
      labels["traefik.http.middlewares.git-auth.forwardauth.address"],
      "http://authelia:9091/api/verify",
    );
    assert.equal(labels["traefik.http.services.git.loadbalancer.server.port"], "3001");
    assert.equal(labels["traefik.http.services.git.loadbalancer.server.scheme"], "https");
  });
});

describe("toYaml", () => {
  test("what it writes reads back as the same value, quoting only what needs it", () => {
    const value: YamlValue[] = [
      {
        Media: [
          {
            Jellyfin: {
              href: "https://jellyfin.example.org",
              icon: "jellyfin.png",
              description: "Media: movies",
            },
          },
        ],
      },
      { "Lab #1": [{ yes: [{ abbr: "no", n: 3, t: true, e: "", z: null, list: [], map: {} }] }] },
      "1.5",
      "-dash",
      " padded ",
    ];
    const text = toYaml(value);
    assert.deepEqual(parse(text), value);
    assert.match(text, /href: https:\/\/jellyfin\.example\.org\n/);
    assert.match(text, /description: "Media: movies"\n/);
  });
});

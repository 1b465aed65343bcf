// A Caddyfile for a ProxyModel (Caddy replaces nginx with one option): the same sites, with the
// certificates the ACME provider issues (Caddy's own certificate management stays off), HTTP
// redirected to HTTPS, unknown names refused, internal sites limited to the lab's ranges, basic
// auth from the routes' htpasswd secrets.
import { bytes } from "../../../lib/proxy-route.ts";
import { accountsOf } from "./caddy-accounts.ts";
import { header, type ProxyModel, type Vhost } from "./model.ts";

export const caddyPaths = { config: "/etc/hearth/caddy/Caddyfile" } as const;

const indent = (lines: readonly string[]) => lines.map((l) => (l === "" ? l : `\t${l}`));
const block = (head: string, body: readonly string[]) => [`${head} {`, ...indent(body), "}"];

function reverseProxy(v: Vhost): string[] {
  const t = v.timeouts;
  const transport = [
    ...(t.connect !== null ? [`dial_timeout ${t.connect}s`] : []),
    ...(t.read !== null ? [`read_timeout ${t.read}s`] : []),
    ...(t.send !== null ? [`write_timeout ${t.send}s`] : []),
  ];
  const target = v.upstream.replace(/^http:\/\//, "");
  return transport.length > 0
    ? block(`reverse_proxy ${target}`, block("transport http", transport))
    : [`reverse_proxy ${target}`];
}

function forwardAuth(url: string): string[] {
  const u = new URL(url);
  return block(`forward_auth ${u.protocol}//${u.host}`, [`uri ${u.pathname}${u.search}`]);
}

/** The accounts come from the route's htpasswd secret, written where the site imports them (caddy-accounts.ts). */
const basicAuth = (v: Vhost) => block(`basicauth bcrypt "${v.name}"`, [`import ${accountsOf(v)}`]);

// Caddy runs a site's directives in its own fixed order (authentication before `respond`), so an
// internal site would ask the internet for a password before refusing it: `route` keeps the
// order written here, outsiders refused first.
function site(v: Vhost, m: ProxyModel): string[] {
  const internal = v.expose === "internal";
  return block(v.name, [
    `tls ${v.certificate.cert} ${v.certificate.key}`,
    ...(internal
      ? ["# internal: the lab's networks only", `@outside not remote_ip ${m.internalRanges.join(" ")}`]
      : ["# public: exposed to the internet"]),
    ...block("route", [
      ...(internal ? ["respond @outside 403"] : []),
      ...(v.maxBodySize !== null && v.maxBodySize !== "0"
        ? block("request_body", [`max_size ${bytes(v.maxBodySize)}`])
        : []),
      ...(v.auth.basicAuthFile ? basicAuth(v) : []),
      ...(v.auth.forwardAuth ? forwardAuth(v.auth.forwardAuth) : []),
      ...reverseProxy(v),
    ]),
  ]);
}

export function renderCaddyfile(m: ProxyModel): string {
  const names = m.vhosts.map((v) => v.name);
  const redirect = block("handle", ["redir https://{host}{uri} 308"]);
  return [
    header("#").trimEnd(),
    ...block("", [
      `http_port ${m.httpPort}`,
      `https_port ${m.httpsPort}`,
      // Certificates come from the ACME provider; the redirects are the sites' below.
      "auto_https disable_redirects",
    ]).map((l, i) => (i === 0 ? "{" : l)),
    "",
    "# Unknown names: no answer on HTTP (HTTPS has no certificate for them: no handshake).",
    ...block("http://", ["abort"]),
    ...(names.length > 0
      ? [
          "",
          "# Known names: to HTTPS (and the ACME HTTP-01 challenges, when certificates use them).",
          ...block(
            names.map((n) => `http://${n}`).join(", "),
            m.acmeWebroot
              ? [
                  ...block("handle /.well-known/acme-challenge/*", [
                    `root * ${m.acmeWebroot}`,
                    "file_server",
                  ]),
                  ...redirect,
                ]
              : redirect,
          ),
        ]
      : []),
    ...m.vhosts.flatMap((v) => ["", `# ${v.name} → ${v.upstream}`, ...site(v, m)]),
    "",
  ].join("\n");
}

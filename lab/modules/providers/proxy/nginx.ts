// nginx.conf for a ProxyModel: a server per route (TLS, HTTP/2, its upstream, WebSocket upgrade,
// body size, timeouts, auth, the internal ranges for internal routes), HTTP redirected to HTTPS,
// and default servers that refuse unknown names (444 on HTTP, no TLS handshake on HTTPS).
import { header, type ProxyModel, type Vhost } from "./model.ts";

/** Where nginx keeps what it writes (its unit's RuntimeDirectory, CacheDirectory, LogsDirectory). */
export const nginxPaths = {
  config: "/etc/hearth/nginx/nginx.conf",
  pid: "/run/nginx/nginx.pid",
  cache: "/var/cache/nginx",
  logs: "/var/log/nginx",
} as const;

const indent = (lines: readonly string[], by = "  ") => lines.map((l) => (l === "" ? l : by + l));
const block = (head: string, body: readonly string[]) => [`${head} {`, ...indent(body), "}"];

const proxyHeaders = [
  "proxy_set_header Host $host;",
  "proxy_set_header X-Real-IP $remote_addr;",
  "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
  "proxy_set_header X-Forwarded-Proto $scheme;",
  "proxy_set_header X-Forwarded-Host $host;",
];

function listen(port: number, extra: string): string[] {
  return [`listen ${port}${extra};`, `listen [::]:${port}${extra};`];
}

function location(v: Vhost): string[] {
  const t = v.timeouts;
  return block("location /", [
    `proxy_pass ${v.upstream};`,
    "proxy_http_version 1.1;",
    ...proxyHeaders,
    ...(v.websockets
      ? ["proxy_set_header Upgrade $http_upgrade;", "proxy_set_header Connection $connection_upgrade;"]
      : ['proxy_set_header Connection "";']),
    ...(t.connect !== null ? [`proxy_connect_timeout ${t.connect}s;`] : []),
    ...(t.read !== null ? [`proxy_read_timeout ${t.read}s;`] : []),
    ...(t.send !== null ? [`proxy_send_timeout ${t.send}s;`] : []),
    ...(v.maxBodySize === "0" ? ["proxy_request_buffering off;"] : []),
    ...(v.auth.basicAuthFile
      ? [`auth_basic "${v.name}";`, `auth_basic_user_file ${v.auth.basicAuthFile};`]
      : []),
    ...(v.auth.forwardAuth ? ["auth_request /.hearth-auth;"] : []),
  ]);
}

function forwardAuth(url: string): string[] {
  return block("location = /.hearth-auth", [
    "internal;",
    `proxy_pass ${url};`,
    "proxy_pass_request_body off;",
    'proxy_set_header Content-Length "";',
    "proxy_set_header X-Original-URI $request_uri;",
    "proxy_set_header X-Original-Method $request_method;",
    ...proxyHeaders,
  ]);
}

function server(v: Vhost, m: ProxyModel): string[] {
  return block("server", [
    ...listen(m.httpsPort, " ssl http2"),
    `server_name ${v.name};`,
    `ssl_certificate ${v.certificate.cert};`,
    `ssl_certificate_key ${v.certificate.key};`,
    ...(v.expose === "internal"
      ? [`# internal: the lab's networks only`, ...m.internalRanges.map((r) => `allow ${r};`), "deny all;"]
      : ["# public: exposed to the internet"]),
    ...(v.maxBodySize !== null ? [`client_max_body_size ${v.maxBodySize};`] : []),
    ...(v.auth.forwardAuth ? forwardAuth(v.auth.forwardAuth) : []),
    ...location(v),
  ]);
}

export function renderNginx(m: ProxyModel): string {
  const names = m.vhosts.map((v) => v.name);
  const http = [
    "include /etc/nginx/mime.types;",
    "default_type application/octet-stream;",
    `access_log ${nginxPaths.logs}/access.log;`,
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(
      (t) => `${t}_temp_path ${nginxPaths.cache}/${t.replace("client_", "")};`,
    ),
    "sendfile on;",
    "tcp_nopush on;",
    "server_tokens off;",
    "ssl_protocols TLSv1.2 TLSv1.3;",
    "ssl_prefer_server_ciphers off;",
    "ssl_session_cache shared:SSL:10m;",
    "ssl_session_timeout 1d;",
    ...block("map $http_upgrade $connection_upgrade", ["default upgrade;", "'' close;"]),
    "",
    "# Unknown names: no answer on HTTP, no TLS handshake on HTTPS.",
    ...block("server", [...listen(m.httpPort, " default_server"), "return 444;"]),
    ...block("server", [...listen(m.httpsPort, " ssl default_server"), "ssl_reject_handshake on;"]),
    ...(names.length > 0
      ? [
          "",
          "# Known names: to HTTPS (and the ACME HTTP-01 challenges, when certificates use them).",
          ...block("server", [
            ...listen(m.httpPort, ""),
            `server_name ${names.join(" ")};`,
            ...(m.acmeWebroot
              ? block("location /.well-known/acme-challenge/", [`root ${m.acmeWebroot};`])
              : []),
            ...block("location /", ["return 301 https://$host$request_uri;"]),
          ]),
        ]
      : []),
    ...m.vhosts.flatMap((v) => ["", `# ${v.name} → ${v.upstream}`, ...server(v, m)]),
  ];
  return [
    header("#").trimEnd(),
    "user www-data;",
    "worker_processes auto;",
    `pid ${nginxPaths.pid};`,
    "error_log stderr warn;",
    ...block("events", ["worker_connections 1024;"]),
    ...block("http", http),
    "",
  ].join("\n");
}

/**
 * The reverse-proxy provider: the nginx configuration of every host of the example lab (golden
 * files, and `nginx -t` in the host's own Debian root with its certificates in place), every
 * route feature (auth, timeouts, body size, WebSockets, exposure, HTTP-01), and the same routes
 * as a Caddyfile checked by `caddy validate`.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { mkProxyRoute } from "../../lab/lib/index.ts";
import { certificatePaths } from "../../lab/modules/providers/acme/lego.ts";
import { verifyUnits } from "../host/helpers.ts";
import { domainOf } from "../../lab/modules/providers/proxy/index.ts";
import { defineModule, lazy } from "../../src/modules/index.ts";
import {
  assertGolden,
  exampleLab,
  fileOf,
  generationOf,
  HostRoot,
  needs,
  repoRoot,
  run,
  selfSigned,
} from "./helpers.ts";

const nginxConf = "/etc/hearth/nginx/nginx.conf";
// What systemd creates for the nginx unit (RuntimeDirectory=, CacheDirectory=, LogsDirectory=).
const nginxTest = `mkdir -p /run/nginx /var/cache/nginx /var/log/nginx && nginx -t -q -c ${nginxConf}`;
const caddyfile = "/etc/hearth/caddy/Caddyfile";
const scratch = mkdtempSync(join(tmpdir(), "hearth-proxy-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Self-signed certificates where a proxy configuration reads them, for every domain it serves. */
function certificates(text: string): Record<string, string> {
  const domains = [...new Set([...text.matchAll(/\/var\/lib\/acme\/live\/([^/]+)\//g)].map((m) => m[1]!))];
  return Object.fromEntries(
    domains.flatMap((d) => {
      const pem = selfSigned(scratch, d);
      const paths = certificatePaths(d);
      return [
        [paths.cert, pem.cert],
        [paths.key, pem.key],
      ];
    }),
  );
}

/** Runs `script` in the host's root, with its generation and certificates for its proxy. */
async function inRoot(
  lab: Awaited<ReturnType<typeof exampleLab>>,
  host: string,
  conf: string,
  script: string,
) {
  const text = fileOf(lab, host, conf);
  const root = await HostRoot.create(generationOf(lab, host), certificates(text));
  try {
    return root.exec(script);
  } finally {
    root.remove();
  }
}

const everyFeature = defineModule({
  config: ({ config }: any) => ({
    mySystem: {
      registry: {
        routes: {
          "test/basic": lazy(() =>
            mkProxyRoute({
              host: `basic.${config.mySystem.domain}`,
              upstream: { host: "shodan", port: 9911 },
              auth: { basicAuthFile: "/run/hearth/secrets/test/htpasswd" },
            }),
          ),
          "test/forward": lazy(() =>
            mkProxyRoute({
              host: `forward.${config.mySystem.domain}`,
              upstream: { address: "10.8.20.99", port: 9912, scheme: "https" },
              auth: { forwardAuth: "http://127.0.0.1:9091/api/verify?rd=https://auth.example.org" },
              timeouts: { connect: 5, read: 600, send: 600 },
              maxBodySize: "0",
              websockets: true,
              expose: "public",
            }),
          ),
          "test/other-domain": lazy(() =>
            mkProxyRoute({
              host: "wiki.example.net",
              upstream: { host: "daedalus", port: 9913 },
              maxBodySize: "64m",
            }),
          ),
        },
      },
    },
  }),
});

describe("nginx, for every host of the example lab", async () => {
  const lab = await exampleLab();
  for (const host of lab.hostNames()) {
    test(`${host}: the configuration is as it was (golden) and nginx -t accepts it`, {
      skip: needs("openssl"),
    }, async () => {
      const text = fileOf(lab, host, nginxConf);
      assertGolden(`${host}${nginxConf}`, text);
      const r = await inRoot(lab, host, nginxConf, nginxTest);
      assert.equal(r.code, 0, `${host}: nginx -t: ${r.stderr}`);
    });
  }

  test("every route of a host has its server, with its upstream and its certificate", () => {
    for (const host of lab.hostNames()) {
      const text = fileOf(lab, host, nginxConf);
      const routes = lab.host(host).config.mySystem.registry.routes as Record<string, { host: string }>;
      for (const r of Object.values(routes)) {
        const server = text.split(`# ${r.host} → `)[1]?.split("\n  }\n")[0] ?? "";
        assert.match(
          server,
          new RegExp(`server_name ${r.host.replaceAll(".", "\\.")};`),
          `${host}: ${r.host}`,
        );
        assert.match(
          server,
          new RegExp(`ssl_certificate /var/lib/acme/live/${domainOf(r.host)}/fullchain.pem;`),
        );
      }
    }
  });

  test("unknown names get no answer: 444 on HTTP, no TLS handshake on HTTPS; HTTP goes to HTTPS", () => {
    const text = fileOf(lab, "daedalus", nginxConf);
    assert.match(text, /listen 80 default_server;\n\s+listen \[::\]:80 default_server;\n\s+return 444;/);
    assert.match(
      text,
      /listen 443 ssl default_server;\n\s+listen \[::\]:443 ssl default_server;\n\s+ssl_reject_handshake on;/,
    );
    assert.match(
      text,
      /server_name [a-z0-9. -]*jellyfin\.example\.org[a-z0-9. -]*;\n\s+location \/ \{\n\s+return 301 https:\/\/\$host\$request_uri;/,
    );
  });

  test("internal routes answer the lab's ranges only; public ones everyone", () => {
    const daedalus = fileOf(lab, "daedalus", nginxConf);
    assert.match(
      daedalus.split("# jellyfin.example.org")[1]!,
      /allow 10\.8\.10\.0\/24;\n\s+allow 10\.8\.20\.0\/24;\n\s+allow 10\.8\.40\.0\/24;\n\s+allow 127\.0\.0\.0\/8;\n\s+allow ::1;\n\s+deny all;/,
    );
    const xerxes = fileOf(lab, "xerxes", nginxConf);
    assert.match(xerxes, /# public: exposed to the internet/);
    assert.doesNotMatch(xerxes, /deny all;/);
    // The public route reaches daedalus at its address (over the VPN), not on loopback.
    assert.match(xerxes, /proxy_pass http:\/\/10\.8\.20\.10:3000;/);
  });
});

describe("every route feature", async () => {
  const lab = await exampleLab({ shodan: [everyFeature] });

  test("nginx: basic and forward auth, timeouts, no body limit, WebSockets, another domain; nginx -t accepts it", {
    skip: needs("openssl"),
  }, async () => {
    const text = fileOf(lab, "shodan", nginxConf);
    const basic = text.split("# basic.example.org")[1]!.split("\n  }\n")[0]!;
    assert.match(
      basic,
      /auth_basic "basic\.example\.org";\n\s+auth_basic_user_file \/run\/hearth\/secrets\/test\/htpasswd;/,
    );
    const forward = text.split("# forward.example.org")[1]!.split("\n  }\n")[0]!;
    assert.match(forward, /proxy_pass https:\/\/10\.8\.20\.99:9912;/);
    assert.match(
      forward,
      /location = \/\.hearth-auth \{\n\s+internal;\n\s+proxy_pass http:\/\/127\.0\.0\.1:9091\/api\/verify/,
    );
    assert.match(forward, /auth_request \/\.hearth-auth;/);
    assert.match(
      forward,
      /proxy_connect_timeout 5s;\n\s+proxy_read_timeout 600s;\n\s+proxy_send_timeout 600s;/,
    );
    assert.match(forward, /client_max_body_size 0;/);
    assert.match(forward, /proxy_request_buffering off;/);
    assert.match(forward, /proxy_set_header Upgrade \$http_upgrade;/);
    assert.match(text, /ssl_certificate \/var\/lib\/acme\/live\/example\.net\/fullchain\.pem;/);
    // The htpasswd file is a secret on the host; here, an empty one stands where it will be.
    const htpasswd = { "/run/hearth/secrets/test/htpasswd": "ops:$apr1$abcdefgh$0123456789abcdefghijkl\n" };
    const root = await HostRoot.create(generationOf(lab, "shodan"), {
      ...certificates(text),
      ...htpasswd,
    });
    try {
      const r = root.exec(nginxTest);
      assert.equal(r.code, 0, r.stderr);
    } finally {
      root.remove();
    }
  });

  test("each domain gets its own certificate, requested from the ACME provider", () => {
    const certs = lab.host("shodan").config.mySystem.security.acme.certificates as Record<
      string,
      { served: string[]; reloadUnits: string[] }
    >;
    assert.deepEqual(Object.keys(certs).sort(), ["example.net", "example.org"]);
    assert.deepEqual(certs["example.net"]!.served, ["wiki.example.net"]);
    assert.deepEqual(certs["example.org"]!.reloadUnits, ["nginx.service"]);
  });

  test("HTTP-01: nginx serves the challenges on port 80, lego writes them there", async () => {
    const http = await exampleLab({
      "*": [defineModule({ mySystem: { security: { acme: { challenge: "http-01" } } } })],
    });
    const text = fileOf(http, "daedalus", nginxConf);
    assert.match(text, /location \/\.well-known\/acme-challenge\/ \{\n\s+root \/var\/lib\/acme\/webroot;/);
    const script = fileOf(http, "daedalus", "/etc/hearth/acme/example.org.sh");
    assert.match(script, /--http \\\n\s+--http\.webroot \/var\/lib\/acme\/webroot/);
    // HTTP-01 cannot prove a wildcard: each served name is certified.
    assert.match(script, /--domains 'forgejo\.example\.org'/);
    assert.doesNotMatch(script, /\*\./);
  });
});

describe("Caddy instead of nginx (one option)", async () => {
  const caddy = defineModule({ mySystem: { proxy: { server: "caddy" } } });
  const lab = await exampleLab({ "*": [caddy], shodan: [everyFeatureButBasic()] });

  test("the same routes as a Caddyfile (golden), which caddy validate accepts", {
    skip: needs("openssl"),
  }, async () => {
    const text = fileOf(lab, "shodan", caddyfile);
    assertGolden(`shodan${caddyfile}`, text);
    assert.match(
      text,
      /^victoriametrics\.example\.org \{\n\ttls \/var\/lib\/acme\/live\/example\.org\/fullchain\.pem/m,
    );
    assert.match(
      text,
      /@outside not remote_ip 10\.8\.10\.0\/24 10\.8\.20\.0\/24 10\.8\.40\.0\/24 127\.0\.0\.0\/8 ::1\n\troute \{\n\t\trespond @outside 403/,
    );
    assert.match(text, /forward_auth http:\/\/127\.0\.0\.1:9091 \{\n\t\t\turi \/api\/verify/);
    assert.match(
      text,
      /reverse_proxy https:\/\/10\.8\.20\.99:9912 \{\n\t\t\ttransport http \{\n\t\t\t\tdial_timeout 5s/,
    );
    assert.match(text, /^http:\/\/ \{\n\tabort\n\}/m);
    assert.equal(lab.host("shodan").config.systemd.services.nginx, undefined, "nginx is gone");
    const r = await inRoot(
      lab,
      "shodan",
      caddyfile,
      `caddy validate --config ${caddyfile} --adapter caddyfile`,
    );
    assert.equal(r.code, 0, `caddy validate: ${r.stdout}${r.stderr}`);
  });
});

describe("basic auth with Caddy: the route's htpasswd secret as Caddy's accounts", async () => {
  const caddy = defineModule({ mySystem: { proxy: { server: "caddy" } } });
  const lab = await exampleLab({ "*": [caddy], shodan: [everyFeature] });
  const accountsScript = "/etc/hearth/caddy/basic-auth.sh";
  const accounts = "/run/caddy-accounts/basic.example.org";
  // bcrypt's published test vector (password "U*U"), and the same hash as `htpasswd -B` writes it.
  const vector = "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW";
  const htpasswd = (text: string) => ({ "/run/hearth/secrets/test/htpasswd": text });

  test("the site imports the accounts the script writes as root before Caddy starts or reloads", () => {
    const text = fileOf(lab, "shodan", caddyfile);
    assert.match(
      text,
      /^basic\.example\.org \{\n(?:\t.*\n)*?\t\tbasicauth bcrypt "basic\.example\.org" \{\n\t\t\timport \/run\/caddy-accounts\/basic\.example\.org\n\t\t\}/m,
    );
    const service = lab.host("shodan").config.systemd.services.caddy.Service;
    assert.deepEqual(service.ExecStartPre, [`+/bin/sh ${accountsScript} start`]);
    assert.equal(service.ExecReload[0], `+/bin/sh ${accountsScript} reload`);
    const script = fileOf(lab, "shodan", accountsScript);
    assert.match(
      script,
      /^accounts '\/run\/hearth\/secrets\/test\/htpasswd' '\/run\/caddy-accounts\/basic\.example\.org'$/m,
    );
    // Hosts without basic auth get neither the script nor the step.
    const daedalus = lab.host("daedalus").config;
    assert.equal(daedalus.files[accountsScript], undefined);
    assert.deepEqual(daedalus.systemd.services.caddy.Service.ExecStartPre, []);
  });

  test("internal sites refuse outsiders before anything else (Caddy's own order would ask them for a password)", () => {
    const text = fileOf(lab, "shodan", caddyfile);
    const basic = text.split("\nbasic.example.org {\n")[1]!.split("\n}\n")[0]!;
    assert.match(
      basic,
      /\n\t@outside not remote_ip [^\n]+\n\troute \{\n\t\trespond @outside 403\n\t\tbasicauth /,
    );
  });

  test("systemd-analyze verify accepts the caddy unit with its root steps", {
    skip: needs("unshare"),
  }, async () => {
    const r = await verifyUnits(generationOf(lab, "shodan"));
    assert.equal(r.stderr, "", `systemd-analyze verify warned:\n${r.stderr}`);
    assert.equal(r.code, 0);
  });

  test("a secret that does not reload Caddy is a warning (a changed password would wait)", async () => {
    const secret = (units: string[]) =>
      defineModule({
        secrets: {
          "test/htpasswd": {
            sopsFile: join(repoRoot, "lab/modules/applications/productivity/radicale/secrets.sops.yaml"),
            key: "services/radicale/htpasswd",
            reloadUnits: units,
          },
        },
      });
    const warned = (await exampleLab({ "*": [caddy], shodan: [everyFeature, secret([])] })).check("shodan");
    assert.ok(warned.ok, warned.errors.join("\n"));
    assert.match(
      warned.warnings.join("\n"),
      /basic auth of basic\.example\.org: Caddy reads the accounts of the secret `test\/htpasswd' \(\/run\/hearth\/secrets\/test\/htpasswd\) when it starts or reloads; give the secret `reloadUnits: \["caddy\.service"\]', or a changed password waits/,
    );
    for (const units of [["caddy.service"], ["caddy"]]) {
      const reloading = (await exampleLab({ "*": [caddy], shodan: [everyFeature, secret(units)] })).check(
        "shodan",
      );
      assert.ok(reloading.ok, reloading.errors.join("\n"));
      assert.doesNotMatch(reloading.warnings.join("\n"), /basic auth of/);
    }
  });

  describe("the accounts script, run in the host's root", { skip: needs("openssl") }, () => {
    let root: HostRoot;
    const secret = "/run/hearth/secrets/test/htpasswd";
    before(async () => {
      const text = fileOf(lab, "shodan", caddyfile);
      root = await HostRoot.create(generationOf(lab, "shodan"), certificates(text));
    });
    after(() => root?.remove());
    const withSecret = (text: string, mode: string) =>
      root.exec(
        `mkdir -p ${secret.slice(0, secret.lastIndexOf("/"))} && printf '%s' '${text}' > ${secret} && /bin/sh ${accountsScript} ${mode}`,
      );
    const written = () => root.exec(`cat ${accounts}`).stdout;

    // Each: the htpasswd, and on standard error what is wrong with it (nothing: the accounts).
    const table: [string, string, RegExp | string][] = [
      [
        "bcrypt, $2y$ as htpasswd -B writes it",
        `ops:${vector}\nops2:${vector.replace("$2a$", "$2y$")}\n`,
        "ops ops2",
      ],
      [
        "CRLF lines, a comment, a blank line, no newline at the end",
        `# operators\r\n\r\nops:${vector}\r\nops2:${vector}`,
        "ops ops2",
      ],
      [
        "an MD5 (apr1) entry",
        `ops:${vector}\nold:$apr1$abcdefgh$0123456789abcdefghijkl\n`,
        /htpasswd:2: the password of old is not a bcrypt hash: Caddy checks bcrypt only \(make it with htpasswd -B\)/,
      ],
      ["a name listed twice", `ops:${vector}\nops:${vector}\n`, /htpasswd:2: ops is listed twice/],
      ["a line without a colon", `ops${vector}\n`, /htpasswd:1: not a `user:hash' line/],
      [
        "a name Caddy's accounts cannot take",
        `o ps:${vector}\n`,
        /htpasswd:1: the name `o ps' is not one Caddy's accounts take here/,
      ],
      ["no accounts", "# nobody yet\n", /no accounts: Caddy would refuse every request/],
    ];
    for (const [name, text, expected] of table) {
      test(`${name}: ${typeof expected === "string" ? "its accounts" : "a reload fails, naming the line; the accounts stay"}`, () => {
        const good = withSecret(`ops:${vector}\n`, "start");
        assert.equal(good.code, 0, good.stderr);
        const before = written();
        const r = withSecret(text, "reload");
        if (typeof expected === "string") {
          assert.equal(r.code, 0, r.stderr);
          const lines = written().trimEnd().split("\n");
          assert.deepEqual(
            lines.map((l) => l.split(" ")[0]),
            expected.split(" "),
          );
          // The hash, base64-encoded, as Caddy 2.6 reads it.
          assert.equal(Buffer.from(lines[0]!.split(" ")[1]!, "base64").toString(), vector);
          return;
        }
        assert.equal(r.code, 1);
        assert.match(r.stderr, expected);
        assert.match(r.stderr, /not reloaded: Caddy keeps the accounts it has/);
        assert.doesNotMatch(r.stderr, /every request is refused/);
        assert.equal(written(), before);
      });
    }

    test("a start with a broken htpasswd locks that site alone (an account no password matches)", () => {
      const r = withSecret(`old:$apr1$abcdefgh$0123456789abcdefghijkl\n`, "start");
      assert.equal(r.code, 0, r.stderr);
      assert.match(
        r.stderr,
        /^basic\.example\.org: every request is refused until its htpasswd secret is fixed$/m,
      );
      assert.match(written(), /^locked-[0-9a-f]{16} [A-Za-z0-9+/=]+\n$/);
      const two = withSecret(`old:x\n`, "start");
      assert.notEqual(written(), two.stdout, "a new random account each time");
    });

    test("the accounts are root's, readable by the caddy group only, in a folder that is root's", () => {
      assert.equal(withSecret(`ops:${vector}\n`, "start").code, 0);
      const r = root.exec(`stat -c '%U:%G %a' /run/caddy-accounts ${accounts}`);
      assert.equal(r.stdout, "root:caddy 750\nroot:caddy 640\n", r.stderr);
    });
  });

  describe("run for real, as the caddy user", { skip: needs("ip", "curl", "openssl", "setpriv") }, () => {
    const ns = `hearth-caddy-${process.pid}`;
    const inside = "10.8.20.5"; // one of the lab's networks
    const outside = "192.0.2.7"; // TEST-NET-1: the internet
    let root: HostRoot;
    before(async () => {
      const text = fileOf(lab, "shodan", caddyfile);
      root = await HostRoot.create(generationOf(lab, "shodan"), {
        ...certificates(text),
        ...htpasswd(`# the lab's operators\nops:${vector}\nops2:${vector.replace("$2a$", "$2y$")}`),
      });
      for (const args of [
        ["netns", "add", ns],
        ["-n", ns, "link", "set", "lo", "up"],
        ...[inside, outside].map((a) => ["-n", ns, "addr", "add", `${a}/32`, "dev", "lo"]),
      ]) {
        const r = run("ip", args);
        assert.equal(r.code, 0, r.stderr);
      }
      // The unit's steps as systemd runs them: ExecStartPre as root, then Caddy as the caddy user
      // with the one capability it has; the route's upstream (shodan:9911) answering beside it.
      const started = root.exec(
        [
          "set -e",
          `/bin/sh ${accountsScript} start`,
          // Owners as the activation sets them from the manifest (the acme group's keys).
          `chgrp caddy ${caddyfile} /var/lib/acme/live/*/key.pem && chmod 0640 /var/lib/acme/live/*/key.pem`,
          'caddy respond --listen 127.0.0.1:9911 "upstream reached" >/tmp/upstream.log 2>&1 & echo $! >/tmp/upstream.pid',
          "mkdir -p /var/lib/caddy && chown caddy:caddy /var/lib/caddy",
          "XDG_DATA_HOME=/var/lib/caddy XDG_CONFIG_HOME=/var/lib/caddy/config setpriv --reuid caddy --regid caddy --init-groups --inh-caps +net_bind_service --ambient-caps +net_bind_service " +
            `caddy run --config ${caddyfile} --adapter caddyfile >/tmp/caddy.log 2>&1 & echo $! >/tmp/caddy.pid`,
          "for i in $(seq 50); do grep -q 'serving initial configuration' /tmp/caddy.log && exit 0; sleep 0.1; done",
          "cat /tmp/caddy.log >&2; exit 1",
        ].join("\n"),
        ["ip", "netns", "exec", ns],
      );
      assert.equal(started.code, 0, started.stderr);
    });
    after(() => {
      root?.exec("kill $(cat /tmp/caddy.pid /tmp/upstream.pid) 2>/dev/null; sleep 0.2");
      run("ip", ["netns", "del", ns]);
      root?.remove();
    });

    const get = (from: string, ...auth: string[]) =>
      run("ip", [
        "netns",
        "exec",
        ns,
        "curl",
        "-sk",
        "--interface",
        from,
        "--resolve",
        `basic.example.org:443:${inside}`,
        "-w",
        " %{http_code}",
        ...auth,
        "https://basic.example.org/",
      ]).stdout;

    test("from the lab: no password, or a wrong one, 401; each account of the secret reaches the app", () => {
      assert.match(get(inside), / 401$/);
      assert.match(get(inside, "-u", "ops:U*V"), / 401$/);
      assert.equal(get(inside, "-u", "ops:U*U"), "upstream reached 200");
      assert.equal(get(inside, "-u", "ops2:U*U"), "upstream reached 200");
      assert.match(get(inside, "-u", "nobody:U*U"), / 401$/);
    });

    test("from the internet: 403, with or without the password (never asked for it)", () => {
      assert.match(get(outside), / 403$/);
      assert.match(get(outside, "-u", "ops:U*U"), / 403$/);
    });
  });
});

function everyFeatureButBasic() {
  return defineModule({
    config: ({ config }: any) => ({
      mySystem: {
        registry: {
          routes: {
            "test/forward": lazy(() =>
              mkProxyRoute({
                host: `forward.${config.mySystem.domain}`,
                upstream: { address: "10.8.20.99", port: 9912, scheme: "https" },
                auth: { forwardAuth: "http://127.0.0.1:9091/api/verify" },
                timeouts: { connect: 5, read: 600 },
                maxBodySize: "512m",
                expose: "public",
              }),
            ),
          },
        },
      },
    }),
  });
}

/**
 * The whole path of a request, for real, in a network namespace of the test's own: the example
 * lab's ACME script gets a wildcard certificate for the lab's domain from pebble (Let's Encrypt's
 * test CA) with lego over DNS-01 (the DNS provider being lego's `exec`, which sets the TXT record
 * on pebble's DNS server; its settings come from where the `acme/env` secret is decrypted); then
 * the generated nginx serves an app of the host (VictoriaMetrics, run by its unit's command line)
 * with that certificate. A client from the lab's networks is served; one from outside is refused;
 * unknown names get nothing. Everything of the host runs in its own Debian root.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import type { Generation } from "../../src/host/index.ts";
import { defineModule } from "../../src/modules/index.ts";
import { exampleLab, generationOf, HostRoot, needs, run, selfSigned } from "./helpers.ts";

const ns = `hearth-acme-${process.pid}`;
const shodan = "10.8.20.11";
const inside = "10.8.20.5"; // in 10.8.20.0/24, one of the lab's networks
const outside = "192.0.2.7"; // TEST-NET-1: the internet

/** The example lab's ACME settings, pointed at pebble (the rest of the lab is unchanged). */
const pebbleAcme = defineModule({
  mySystem: {
    security: {
      acme: {
        server: "https://127.0.0.1:14000/dir",
        dnsProvider: "exec",
        dnsResolver: "127.0.0.1:8053",
        // pebble's DNS server is the only one: no authoritative servers to wait for.
        dnsPropagationCheck: false,
      },
    },
  },
});

/** lego's `exec` DNS provider: `hook.sh present|cleanup <fqdn> <value>` → pebble-challtestsrv. */
const hook = `#!/bin/sh
case "$1" in
  present) curl -fsS -d "{\\"host\\":\\"$2\\",\\"value\\":\\"$3\\"}" http://127.0.0.1:8055/set-txt ;;
  cleanup) curl -fsS -d "{\\"host\\":\\"$2\\"}" http://127.0.0.1:8055/clear-txt ;;
esac
`;

/** A directive of a generated unit (the first line of it). */
function directive(g: Generation, unit: string, name: string): string {
  const file = g.files.find((f) => f.path === `units/${unit}`);
  assert.ok(file, `no unit ${unit}`);
  const line = file.content
    .toString("utf8")
    .split("\n")
    .find((l) => l.startsWith(`${name}=`));
  assert.ok(line, `${unit} has no ${name}=`);
  return line.slice(name.length + 1);
}

describe("a wildcard certificate from pebble, and an app served with it", {
  skip: needs("ip", "curl", "openssl", "pebble", "pebble-challtestsrv"),
}, () => {
  const dir = mkdtempSync(join(tmpdir(), "hearth-acme-"));
  const started: ChildProcess[] = [];
  let root: HostRoot;
  let g: Generation;

  const inNs = (command: string, args: readonly string[]) =>
    run("ip", ["netns", "exec", ns, command, ...args]);
  const background = (command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) => {
    const child = spawn("ip", ["netns", "exec", ns, command, ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout!.on("data", (d) => (log += d));
    child.stderr!.on("data", (d) => (log += d));
    started.push(child);
    return () => log;
  };
  /** Waits until `curl args` succeeds in the namespace. */
  const waitFor = async (what: string, args: readonly string[], logs: () => string) => {
    for (let i = 0; i < 100; i++) {
      if (inNs("curl", ["-s", "-o", "/dev/null", "--max-time", "1", ...args]).code === 0) return;
      await sleep(100);
    }
    assert.fail(`${what} did not come up:\n${logs()}`);
  };
  /** A request from `source` to `name` at shodan's address; returns curl's exit code and output. */
  const request = (source: string, url: string, ...extra: string[]) => {
    const name = new URL(url).hostname;
    const port = url.startsWith("https") ? 443 : 80;
    return inNs("curl", [
      "-sS",
      "--max-time",
      "5",
      "--interface",
      source,
      "--cacert",
      join(dir, "pebble-root.pem"),
      "--resolve",
      `${name}:${port}:${shodan}`,
      "-w",
      "\n%{http_code}",
      ...extra,
      url,
    ]);
  };

  before(async () => {
    const lab = await exampleLab({ "*": [pebbleAcme] });
    g = generationOf(lab, "shodan");
    for (const args of [
      ["netns", "add", ns],
      ["-n", ns, "link", "set", "lo", "up"],
      ...[shodan, inside, outside].map((a) => ["-n", ns, "addr", "add", `${a}/32`, "dev", "lo"]),
    ]) {
      const r = run("ip", args);
      assert.equal(r.code, 0, r.stderr);
    }
    // pebble's own HTTPS certificate (lego is told to trust it).
    const tls = selfSigned(dir, "localhost", "DNS:localhost,IP:127.0.0.1");
    writeFileSync(join(dir, "cert.pem"), tls.cert);
    writeFileSync(join(dir, "key.pem"), tls.key);
    writeFileSync(
      join(dir, "pebble.json"),
      JSON.stringify({
        pebble: {
          listenAddress: "127.0.0.1:14000",
          managementListenAddress: "127.0.0.1:15000",
          certificate: join(dir, "cert.pem"),
          privateKey: join(dir, "key.pem"),
          httpPort: 5002,
          tlsPort: 5001,
          ocspResponderURL: "",
          externalAccountBindingRequired: false,
        },
      }),
    );
    const dns = background("pebble-challtestsrv", [
      ...["-dns01", "127.0.0.1:8053", "-http01", "", "-https01", "", "-tlsalpn01", ""],
      ...["-management", "127.0.0.1:8055"],
    ]);
    const pebble = background(
      "pebble",
      ["-config", join(dir, "pebble.json"), "-dnsserver", "127.0.0.1:8053"],
      {
        PEBBLE_VA_NOSLEEP: "1",
      },
    );
    await waitFor("pebble", ["-k", "https://127.0.0.1:14000/dir"], () => dns() + pebble());
    // Where the host decrypts the acme/env secret: the DNS provider's settings.
    const secret = directive(g, "acme-example.org.service", "EnvironmentFile");
    root = await HostRoot.create(g, {
      [secret]: [
        "EXEC_PATH=/etc/hearth-test/hook.sh",
        "EXEC_SEQUENCE_INTERVAL=1",
        "EXEC_PROPAGATION_TIMEOUT=20",
        "EXEC_POLLING_INTERVAL=1",
        "LEGO_CA_CERTIFICATES=/etc/hearth-test/pebble-tls.pem",
        "",
      ].join("\n"),
      "/etc/hearth-test/hook.sh": hook,
      "/etc/hearth-test/pebble-tls.pem": tls.cert,
    });
    run("chmod", ["0755", join(root.merged, "etc/hearth-test/hook.sh")]);
  });

  after(async () => {
    for (const child of started) child.kill("SIGTERM");
    await sleep(200);
    for (const child of started) if (child.exitCode === null) child.kill("SIGKILL");
    run("ip", ["netns", "del", ns]);
    root?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the generated ACME unit's command gets *.example.org and example.org from pebble over DNS-01", () => {
    const secret = directive(g, "acme-example.org.service", "EnvironmentFile");
    const command = directive(g, "acme-example.org.service", "ExecStart");
    // As systemd runs the unit: its StateDirectory=, its environment file, its command line.
    const r = inNs("chroot", [
      root.merged,
      "/bin/sh",
      "-c",
      `mkdir -p /var/lib/acme && set -a && . ${secret} && set +a && ${command}`,
    ]);
    assert.equal(r.code, 0, `lego failed:\n${r.stdout}${r.stderr}`);
    const cert = join(root.merged, "var/lib/acme/live/example.org/fullchain.pem");
    const text = run("openssl", ["x509", "-in", cert, "-noout", "-issuer", "-ext", "subjectAltName"]);
    assert.match(text.stdout, /issuer=CN ?= ?Pebble Intermediate CA/);
    assert.match(text.stdout, /DNS:\*\.example\.org/);
    assert.match(text.stdout, /DNS:example\.org/);
    // The CA's root, for the clients below.
    const roots = inNs("curl", ["-sk", "https://127.0.0.1:15000/roots/0"]);
    assert.equal(roots.code, 0, roots.stderr);
    writeFileSync(join(dir, "pebble-root.pem"), roots.stdout);
  });

  test("nginx serves VictoriaMetrics with it to the lab's networks and refuses the internet", async () => {
    const vm = background("chroot", [
      root.merged,
      "/bin/sh",
      "-c",
      `mkdir -p /var/lib/victoriametrics && exec ${directive(g, "victoria-metrics.service", "ExecStart")}`,
    ]);
    const nginxStart = directive(g, "nginx.service", "ExecStart");
    const nginx = background("chroot", [
      root.merged,
      "/bin/sh",
      "-c",
      `mkdir -p /run/nginx /var/cache/nginx /var/log/nginx && exec ${nginxStart}`,
    ]);
    await waitFor("VictoriaMetrics", [`http://127.0.0.1:8428/health`], vm);
    await waitFor(
      "nginx",
      [
        "-k",
        "--resolve",
        `victoriametrics.example.org:443:${shodan}`,
        "https://victoriametrics.example.org/",
      ],
      nginx,
    );
    assert.ok(readFileSync(join(dir, "pebble-root.pem"), "utf8").includes("BEGIN CERTIFICATE"));

    const served = request(inside, "https://victoriametrics.example.org/health");
    assert.equal(served.code, 0, served.stderr);
    assert.equal(served.stdout, "OK\n200", "a client of the lab is served, over the CA's certificate");

    const refused = request(outside, "https://victoriametrics.example.org/health");
    assert.equal(refused.code, 0, refused.stderr);
    assert.match(refused.stdout, /\n403$/, "a client from the internet is refused");

    const redirect = request(inside, "http://victoriametrics.example.org/health");
    assert.match(redirect.stdout, /\n301$/, "HTTP goes to HTTPS");
    const unknownTls = request(inside, "https://unknown.example.org/");
    assert.equal(unknownTls.code, 35, `an unknown name gets no TLS handshake: ${unknownTls.stderr}`);
    const unknownHttp = request(inside, "http://unknown.example.org/");
    assert.equal(unknownHttp.code, 52, `an unknown name gets no HTTP answer: ${unknownHttp.stderr}`);
  });
});

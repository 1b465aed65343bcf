/**
 * The example lab on real systemd hosts: `hearth test` deploys xerxes (the VPS: nginx with its
 * stand-in certificate until ACME issues one, the firewall, the node exporter; then Caddy in
 * nginx's place) and shodan (its
 * native apps: PostgreSQL, MariaDB, Redis, VictoriaMetrics, Alertmanager, Radicale, Mosquitto and
 * dnsmasq behind nginx, in hearth's hardened units, several replacing Debian's own) into test
 * hosts, and every health check passes. shodan's container apps are turned off in the copy: their
 * images come from registries, which test hosts cannot reach. The lab's secrets are replaced by test
 * values with the same key paths, encrypted for a key of the test's own. On shodan, a backup job runs
 * as its timer would start it, and what it saved is restored.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { attach } from "../../src/testbed/index.ts";
import { copyLab, hearth, testSecrets } from "../cli/helpers.ts";

const skip = process.getuid?.() !== 0 ? "needs root: test hosts are systemd-nspawn containers" : false;

interface Report {
  ok: boolean;
  outcome: { status: string; reason?: string };
  checks: { name: string; ok: boolean; detail: string }[];
  afterReboot?: { current: string; checks: { name: string; ok: boolean; detail: string }[] };
}

describe("the example lab in test hosts", { skip, timeout: 900_000 }, () => {
  const lab = copyLab();
  const containers = ["homepage", "miniflux", '"code-server"', "searxng", "whoogle", "gatus"];
  before(async () => {
    process.env.SOPS_AGE_KEY = await testSecrets(lab.dir);
    for (const app of containers) {
      lab.edit("lab/hosts/shodan/services.ts", `${app}: { enable: true }`, `${app}: { enable: false }`);
    }
  });
  after(async () => {
    await hearth(["test", "shodan", "--down", "--lab", lab.dir]);
    lab.remove();
  });

  const run = async (host: string, ...more: string[]): Promise<Report> => {
    const r = await hearth(["test", host, "--json", "--lab", lab.dir, ...more]);
    const report = JSON.parse(r.out || "{}") as Report;
    assert.equal(r.code, 0, `${report.outcome?.reason ?? ""}\n${r.err}`);
    return report;
  };

  test("xerxes deploys and answers its checks, and again after a reboot", async () => {
    const report = await run("xerxes", "--reboot");
    assert.equal(report.outcome.status, "deployed");
    const expected = [
      ["node-exporter", true],
      ["proxy-http", true],
      ["proxy-https", true],
      ["ssh", true],
    ];
    assert.deepEqual(
      report.checks.map((c) => [c.name, c.ok]),
      expected,
    );
    assert.deepEqual(
      report.afterReboot!.checks.map((c) => [c.name, c.ok]),
      expected,
    );
  });

  test("xerxes with Caddy in place of nginx deploys and answers the same checks", async () => {
    lab.edit(
      "lab/hosts/xerxes/index.ts",
      'mySystem: { network: { address: "10.8.40.1" } }',
      'mySystem: { network: { address: "10.8.40.1" }, proxy: { server: "caddy" } }',
    );
    const report = await run("xerxes");
    assert.equal(report.outcome.status, "deployed");
    assert.deepEqual(
      report.checks.filter((c) => !c.ok),
      [],
    );
    assert.ok(report.checks.some((c) => c.name === "proxy-https"));
  });

  test("shodan's native apps deploy and answer their checks, and again after a reboot", async () => {
    const report = await run("shodan", "--keep", "--reboot");
    assert.equal(report.outcome.status, "deployed");
    // its databases, their apps' passwords and every secret come back after a reboot too
    assert.deepEqual(
      report.afterReboot!.checks.filter((c) => !c.ok),
      [],
    );
    assert.deepEqual(
      report.afterReboot!.checks.map((c) => c.name),
      report.checks.map((c) => c.name),
    );
    const names = report.checks.map((c) => c.name);
    for (const app of ["postgresql", "mariadb", "redis", "victoriametrics", "alertmanager", "radicale"]) {
      assert.ok(names.includes(app), `${app} is checked (${names})`);
    }
    for (const check of ["mosquitto", "dnsmasq", "proxy-http", "proxy-https"])
      assert.ok(names.includes(check));
    assert.deepEqual(
      report.checks.filter((c) => !c.ok),
      [],
    );
    // smartd cannot run in a container (ConditionVirtualization=no): skipped, not failed
    assert.match(
      report.checks.find((c) => c.name === "smartd")!.detail,
      /skipped: its conditions are not met/,
    );
  });

  test("on shodan, an app's backup job makes a snapshot its data comes back from", async () => {
    const [host] = attach(`test-shodan-${process.pid}`).hosts;
    const sh = async (command: string) => {
      const r = await host!.ssh(command);
      assert.equal(r.code, 0, `${command}: ${r.stderr}`);
      return r.stdout;
    };
    await sh(
      "echo 'BEGIN:VCALENDAR' > /var/lib/radicale/cal.ics && chown radicale: /var/lib/radicale/cal.ics",
    );
    // as its timer would: the unit, its user, its credential, its repository created on first run
    await sh("systemctl start restic-backups-productivity-radicale.service");
    const restic =
      "restic --no-cache -r /var/backups/restic/productivity-radicale --password-file /run/hearth/secrets/backups/password";
    const snapshots = JSON.parse(await sh(`${restic} snapshots --json`)) as { tags: string[] }[];
    assert.deepEqual(
      snapshots.map((s) => s.tags),
      [["productivity-radicale"]],
    );
    await sh(`${restic} restore latest --target /tmp/restored`);
    assert.equal(await sh("cat /tmp/restored/var/lib/radicale/cal.ics"), "BEGIN:VCALENDAR\n");
  });
});

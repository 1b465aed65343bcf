/**
 * Deploying the fixture lab's host `alpha` into one booted test host, scenario after scenario on
 * the same host (each starts from where the previous left it). Every assertion is about what the
 * host really has afterwards: files, unit states and PIDs, `current`, services answering.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { TestHost, Testbed } from "../../src/testbed/index.ts";
import { hearth } from "../cli/helpers.ts";
import {
  bootHosts,
  current,
  type FixtureLab,
  fixtureLab,
  hearthOn,
  mainPids,
  sh,
  sha256,
} from "./helpers.ts";

const units = ["fixture-web.service", "fixture-svc-1.service", "fixture-svc-2.service"];

describe("deploying one host", { timeout: 300_000 }, () => {
  let tb: Testbed;
  let host: TestHost;
  let lab: FixtureLab;
  const deploy = (...args: string[]) => hearthOn(tb, lab, ["deploy", "alpha", "--json", ...args]);
  const outcome = (out: string) => JSON.parse(out).hosts[0];

  before(async () => {
    lab = fixtureLab();
    tb = await bootHosts("deploy-one", ["alpha"]);
    host = tb.host("alpha");
  });
  after(async () => {
    await tb?.down();
    lab?.remove();
  });

  test("1. a first deploy installs files and units, starts the services, and records generation 1", async () => {
    const r = await deploy();
    assert.equal(r.code, 0, r.err + r.out);
    const o = outcome(r.out);
    assert.equal(o.status, "deployed");
    assert.equal(o.after.number, 1);
    assert.equal(await current(host), `1-${o.after.hash}`);
    assert.equal(await sh(host, "cat /etc/fixture/www/index.html"), "hello from hearth\n");
    assert.equal(await sh(host, `systemctl is-active ${units.join(" ")}`), "active\nactive\nactive\n");
    assert.equal(await sh(host, "curl -fsS http://127.0.0.1:8080/"), "hello from hearth\n");
    // reachable from the runner too, and enabled for the next boot
    assert.equal(await (await fetch(`http://${host.address}:8080/`)).text(), "hello from hearth\n");
    assert.equal(
      await sh(host, "systemctl is-enabled fixture-web.service hearth-boot.service"),
      "enabled\nenabled\n",
    );
    assert.deepEqual(
      o.plan.units.start,
      ["fixture-svc-1.service", "fixture-svc-2.service", "fixture-web.service"],
      "the plan said what would start",
    );
  });

  test("2. a no-op redeploy transfers nothing and restarts nothing", async () => {
    const pids = await mainPids(host, units);
    const store = await sh(
      host,
      "ls -l --time-style=+%s.%N /var/lib/hearth/store /var/lib/hearth/generations",
    );
    const r = await deploy();
    assert.equal(r.code, 0, r.err);
    const o = outcome(r.out);
    assert.equal(o.status, "up-to-date");
    assert.deepEqual(o.transfer, { files: 0, bytes: 0 });
    assert.deepEqual(await mainPids(host, units), pids);
    assert.equal(
      await sh(host, "ls -l --time-style=+%s.%N /var/lib/hearth/store /var/lib/hearth/generations"),
      store,
    );
    const plan = await hearthOn(tb, lab, ["plan", "alpha"]);
    assert.equal(plan.code, 0, plan.err);
    assert.match(plan.out, /up to date: nothing to do/);
  });

  test("3. a changed config restarts exactly the units it affects", async () => {
    lab.set("alpha", { versions: { "svc-1": 2 } });
    const plan = await hearthOn(tb, lab, ["plan", "alpha"]);
    assert.equal(plan.code, 3, plan.err);
    assert.match(
      plan.out,
      /~ \/etc\/fixture\/svc-1\/index.html \(content\)\n {6}@@ -1 \+1 @@\n {6}-version 1\n {6}\+version 2\n/,
    );
    assert.match(plan.out, /restart +fixture-svc-1.service\n/);
    const pids = await mainPids(host, units);
    const r = await deploy();
    assert.equal(r.code, 0, r.err);
    const o = outcome(r.out);
    assert.deepEqual(o.plan.units.restart, ["fixture-svc-1.service"]);
    assert.deepEqual(o.plan.units.start, []);
    const now = await mainPids(host, units);
    assert.notEqual(now["fixture-svc-1.service"], pids["fixture-svc-1.service"]);
    assert.equal(now["fixture-web.service"], pids["fixture-web.service"]);
    assert.equal(now["fixture-svc-2.service"], pids["fixture-svc-2.service"]);
    assert.equal(await sh(host, "curl -fsS http://127.0.0.1:9001/"), "version 2\n");
    assert.equal(await current(host), `2-${o.after.hash}`);
    assert.equal(o.transfer.files, 2, "only the new config and the new manifest are sent");
  });

  test("4. a unit that fails to start rolls the host back by itself", async () => {
    const before = await current(host);
    lab.set("alpha", { versions: { "svc-1": 3 }, brokenUnit: true });
    const r = await deploy();
    assert.equal(r.code, 1);
    const o = outcome(r.out);
    assert.equal(o.status, "rolled-back");
    assert.match(o.reason, /fixture-broken.service failed:[\s\S]*fails on purpose/);
    assert.equal(await current(host), before);
    assert.equal(await sh(host, "cat /etc/fixture/svc-1/index.html"), "version 2\n");
    assert.equal(await sh(host, "curl -fsS http://127.0.0.1:9001/"), "version 2\n");
    assert.equal(await sh(host, `systemctl is-active ${units.join(" ")}`), "active\nactive\nactive\n");
    assert.equal((await host.ssh("test -e /etc/systemd/system/fixture-broken.service")).code, 1);
    assert.equal(await sh(host, "systemctl list-units --failed --no-legend --plain | wc -l"), "0\n");
    assert.equal((await host.ssh("test -e /var/lib/hearth/journal.json")).code, 1);
  });

  test("5. a failing health check rolls the host back", async () => {
    const before = await current(host);
    lab.set("alpha", { versions: { "svc-1": 3 }, failingCheck: true });
    const r = await deploy();
    assert.equal(r.code, 1);
    const o = outcome(r.out);
    assert.equal(o.status, "rolled-back");
    assert.match(o.reason, /health check failed: never: http:\/\/127.0.0.1:8080\/ answered without/);
    assert.equal(await current(host), before);
    assert.equal(await sh(host, "curl -fsS http://127.0.0.1:9001/"), "version 2\n");
  });

  test("packages: present ones cost nothing; a missing one on a host without a mirror fails clearly", async () => {
    // nodejs is in the test host's image: declaring it is a no-op
    lab.set("alpha", { versions: { "svc-1": 2 }, extraPackages: ["nodejs"] });
    const present = await deploy();
    assert.equal(present.code, 0, present.err + present.out);
    assert.deepEqual(outcome(present.out).plan.packages.install, []);
    const good = await current(host);
    lab.set("alpha", { versions: { "svc-1": 2 }, extraPackages: ["cowsay"] });
    const missing = await deploy();
    assert.equal(missing.code, 1);
    const o = outcome(missing.out);
    assert.deepEqual(o.plan.packages.install, ["cowsay"]);
    assert.equal(o.status, "rolled-back");
    assert.match(
      o.reason,
      /packages cowsay are not installed and apt-get could not install them \(is a package mirror reachable\?\)/,
    );
    assert.equal(await current(host), good);
    assert.equal((await host.ssh("dpkg-query -W cowsay")).code, 1);
  });

  test("10. a file hearth does not own is never overwritten unless adopted, and comes back when dropped", async () => {
    const path = "/etc/fixture/adopt.conf";
    await sh(host, `printf 'original\\n' > ${path} && chmod 0640 ${path}`);
    const stat = await sh(host, `stat -c '%a %Y %s' ${path}`);
    const before = await current(host);
    lab.set("alpha", { versions: { "svc-1": 2 }, files: { [path]: "managed by hearth\n" } });
    const refused = await deploy();
    assert.equal(refused.code, 1);
    const o = outcome(refused.out);
    assert.equal(o.status, "refused");
    assert.deepEqual(
      o.plan.conflicts.map((c: { path: string }) => c.path),
      [path],
    );
    assert.match(o.plan.conflicts[0].reason, /--adopt \/etc\/fixture\/adopt.conf/);
    assert.equal(await sh(host, `cat ${path}`), "original\n");
    assert.equal(await sh(host, `stat -c '%a %Y %s' ${path}`), stat);
    assert.equal(await current(host), before);

    const adopted = await deploy("--adopt", path);
    assert.equal(adopted.code, 0, adopted.err + adopted.out);
    assert.equal(await sh(host, `cat ${path}`), "managed by hearth\n");
    assert.equal(await sh(host, `cat /var/lib/hearth/backups${path}`), "original\n");

    lab.set("alpha", { versions: { "svc-1": 2 } });
    const dropped = await deploy();
    assert.equal(dropped.code, 0, dropped.err);
    assert.equal(await sh(host, `cat ${path}; stat -c %a ${path}`), "original\n640\n");
    assert.equal((await host.ssh(`test -e /var/lib/hearth/backups${path}`)).code, 1);
  });

  test("11. a corrupted generation (hash mismatch) is refused and changes nothing", async () => {
    const before = await current(host);
    // svc-2's config is part of every generation: corrupt the host's stored copy of it
    const blob = `/var/lib/hearth/store/${sha256("version 1\n")}`;
    await sh(host, `printf tampered >> ${blob}`);
    lab.set("alpha", { versions: { "svc-1": 2 }, message: "after corruption" });
    const r = await deploy();
    assert.equal(r.code, 1);
    const o = outcome(r.out);
    assert.equal(o.status, "refused");
    assert.match(o.reason, /corrupt \(sha256 mismatch\)/);
    assert.equal(await current(host), before);
    assert.equal(await sh(host, "curl -fsS http://127.0.0.1:8080/"), "hello from hearth\n");
    // the corrupt copy was dropped: the next deploy sends it again and succeeds
    const again = await deploy();
    assert.equal(again.code, 0, again.err + again.out);
    assert.equal(await sh(host, "curl -fsS http://127.0.0.1:8080/"), "after corruption\n");
    assert.equal(await sh(host, `sha256sum < ${blob}`), `${sha256("version 1\n")}  -\n`);
  });

  test("generations, rollback and gc", async () => {
    const list = await hearthOn(tb, lab, ["generations", "alpha", "--json"]);
    assert.equal(list.code, 0, list.err);
    const gens = JSON.parse(list.out) as { number: number; hash: string; current: boolean }[];
    const now = gens.find((g) => g.current)!;
    assert.equal(await current(host), `${now.number}-${now.hash}`);
    // the generation confirmed before the current one: the page before the corruption test
    const previous = gens.find((g) => g.number === 2)!;

    const back = await hearthOn(tb, lab, ["rollback", "alpha"]);
    assert.equal(back.code, 0, back.err + back.out);
    assert.equal(await current(host), `${previous.number}-${previous.hash}`);
    assert.equal(await sh(host, "curl -fsS http://127.0.0.1:8080/"), "hello from hearth\n");

    const forth = await hearthOn(tb, lab, ["rollback", "alpha", "--to", String(now.number)]);
    assert.equal(forth.code, 0, forth.err + forth.out);
    assert.equal(await sh(host, "curl -fsS http://127.0.0.1:8080/"), "after corruption\n");

    const gc = await hearthOn(tb, lab, ["gc", "alpha", "--keep", "2"]);
    assert.equal(gc.code, 0, gc.err);
    const left = (await sh(host, "ls /var/lib/hearth/generations")).trim().split("\n");
    assert.equal(left.length, 2);
    assert.ok(left.includes(`${now.number}-${now.hash}`), "gc keeps the current generation");
  });

  test("secrets reach the host's tmpfs only, and restart only their units when they change", async () => {
    const { encryptData, sshPublicKeyToAgeRecipient } = await import("../../src/secrets/index.ts");
    const { readFileSync } = await import("node:fs");
    const recipient = sshPublicKeyToAgeRecipient(
      readFileSync(join(host.dir, "upper/etc/ssh/ssh_host_ed25519_key.pub"), "utf8"),
    );
    const canary = `CANARY-${sha256(String(Math.random())).slice(0, 24)}`;
    const write = async (value: string) =>
      writeFileSync(
        join(lab.dir, "lab/secrets.sops.yaml"),
        await encryptData(
          { fixture: { token: `TOKEN=${value}` } },
          { recipients: [recipient], file: join(lab.dir, "lab/secrets.sops.yaml") },
        ),
      );
    await write(`${canary}-1`);
    lab.set("alpha", { versions: { "svc-1": 2 }, message: "after corruption", secrets: true });
    const first = await deploy();
    assert.equal(first.code, 0, first.err + first.out);
    assert.equal(await sh(host, "cat /run/hearth/secrets/fixture/token"), `TOKEN=${canary}-1`);
    assert.equal(await sh(host, "stat -c '%a %U %G' /run/hearth/secrets/fixture/token"), "400 root root\n");
    assert.equal(await sh(host, "findmnt -n -o FSTYPE -T /run/hearth/secrets/fixture/token"), "tmpfs\n");
    // a template: the value in place of its placeholder, reached through a link into the tmpfs
    const conf = (n: number) => `[fixture]\nTOKEN=${canary}-${n}\nmessage = after corruption\n`;
    assert.equal(await sh(host, "cat /etc/fixture/secret.conf"), conf(1));
    assert.equal(await sh(host, "readlink /etc/fixture/secret.conf"), "/run/hearth/secrets/fixture/conf\n");
    assert.equal(await sh(host, "stat -L -c '%a %U %G' /etc/fixture/secret.conf"), "440 nobody nogroup\n");
    // its owner reads it (a service running as its own user), and another user does not
    assert.equal(
      await sh(host, "setpriv --reuid=nobody --regid=nogroup --clear-groups cat /etc/fixture/secret.conf"),
      conf(1),
    );
    assert.notEqual(
      (await host.ssh("setpriv --reuid=daemon --regid=daemon --clear-groups cat /etc/fixture/secret.conf"))
        .code,
      0,
    );

    const pids = await mainPids(host, units);
    const same = await deploy();
    assert.equal(outcome(same.out).status, "up-to-date");
    assert.deepEqual(await mainPids(host, units), pids, "an unchanged secret restarts nothing");

    await write(`${canary}-2`);
    const planned = await hearthOn(tb, lab, ["plan", "alpha"]);
    assert.equal(planned.code, 3, planned.err);
    assert.match(planned.out, /secrets: ~ fixture\/token \(encrypted file\)/);
    const built = join(lab.dir, "result");
    const build = await hearth(["build", "alpha", "--out", built, "--lab", lab.dir]);
    assert.equal(build.code, 0, build.err);
    const changed = await deploy();
    assert.equal(changed.code, 0, changed.err);
    const after = await mainPids(host, units);
    assert.notEqual(after["fixture-web.service"], pids["fixture-web.service"], "its restartUnits restart");
    assert.equal(after["fixture-svc-1.service"], pids["fixture-svc-1.service"]);
    assert.equal(await sh(host, "cat /run/hearth/secrets/fixture/token"), `TOKEN=${canary}-2`);
    assert.equal(await sh(host, "cat /etc/fixture/secret.conf"), conf(2));

    // after a reboot (tmpfs empty), hearth-boot.service decrypts them before the services start:
    // fixture-web reads its EnvironmentFile from there and would fail without it
    await host.stop();
    await host.start();
    assert.equal(await sh(host, "cat /run/hearth/secrets/fixture/token"), `TOKEN=${canary}-2`);
    assert.equal(await sh(host, "cat /etc/fixture/secret.conf"), conf(2));
    assert.equal(
      await sh(host, "systemctl is-active hearth-boot.service fixture-web.service"),
      "active\nactive\n",
    );

    // nowhere but the tmpfs: not in the host's generations or store, not in anything printed
    const onHost = await host.ssh(`grep -rlF ${canary} /var/lib/hearth /etc /var/log /tmp`);
    assert.equal(onHost.stdout, "");
    for (const r of [first, same, planned, build, changed]) assert.ok(!(r.out + r.err).includes(canary));
    const { execFileSync } = await import("node:child_process");
    const local = (() => {
      try {
        return execFileSync("grep", ["-rlF", canary, lab.dir], { encoding: "utf8" });
      } catch {
        return "";
      }
    })();
    assert.equal(local, "");
  });

  test("rolling back a host to no generation takes away everything hearth put there", async () => {
    const r = await hearthOn(tb, lab, ["rollback", "alpha", "--to", "0"]);
    assert.equal(r.code, 0, r.err + r.out);
    assert.match(r.out, /alpha: now on generation 0 \(no generation\)/);
    assert.equal((await host.ssh("test -e /var/lib/hearth/current")).code, 1);
    // hearth made /etc/fixture and its folders: only the host's own adopt.conf (given back by
    // test 10) keeps it there; the distribution's folders stay
    assert.equal(await sh(host, "ls -A /etc/fixture"), "adopt.conf\n");
    assert.equal(await sh(host, "ls /etc/systemd/system | grep -c -e fixture -e hearth-boot || true"), "0\n");
    assert.equal((await host.ssh("test -d /etc/systemd/system/multi-user.target.wants")).code, 0);
    assert.equal(await sh(host, "systemctl list-units --all --no-legend --plain 'fixture-*' | wc -l"), "0\n");
    assert.equal(await sh(host, "ls -A /run/hearth/secrets/ | wc -l"), "0\n");
  });
});

/**
 * Faults during a deploy, on one booted test host: a generation that cuts SSH off, the link
 * dropped mid-transfer, the agent killed mid-activation (recovered by the next run, and at boot),
 * two deploys at once. After each, the host is on the old or the new generation, never a mix.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { TestHost, Testbed } from "../../src/testbed/index.ts";
import { bootHosts, current, type FixtureLab, fixtureLab, hearthOn, sh, sha256 } from "./helpers.ts";

describe("faults during a deploy", { timeout: 300_000 }, () => {
  let tb: Testbed;
  let host: TestHost;
  let lab: FixtureLab;
  const deploy = (opts: Parameters<typeof hearthOn>[3] = {}) =>
    hearthOn(tb, lab, ["deploy", "alpha", "--json"], opts);
  const outcome = (out: string) => JSON.parse(out).hosts[0];
  const served = () => sh(host, "curl -fsS http://127.0.0.1:8080/");

  before(async () => {
    lab = fixtureLab();
    tb = await bootHosts("deploy-faults", ["alpha"]);
    host = tb.host("alpha");
    const first = await deploy();
    assert.equal(first.code, 0, first.err + first.out);
  });
  after(async () => {
    await tb?.down();
    lab?.remove();
  });

  test("6. a generation that cuts SSH off is rolled back by the host itself, which is reachable again", async () => {
    const before = await current(host);
    lab.set("alpha", { blockSsh: true, message: "behind a wall" });
    const started = Date.now();
    const r = await hearthOn(tb, lab, ["deploy", "alpha", "--json", "--confirm-timeout", "5"], {
      extra: ["--ssh-option", "ConnectTimeout=3"],
    });
    assert.equal(r.code, 1, r.out);
    const o = outcome(r.out);
    assert.equal(o.status, "rolled-back");
    assert.match(o.reason, /no confirmation from the deployer within 5 s; the host rolled back by itself/);
    assert.ok(Date.now() - started < 60_000);
    // a new SSH login works again, the firewall is gone, the old page is back
    assert.equal((await host.ssh("true")).code, 0);
    assert.equal(await current(host), before);
    assert.doesNotMatch(await sh(host, "nft list tables"), /hearth/);
    assert.equal(await served(), "hello from hearth\n");
  });

  test("7. the link dropped mid-transfer changes nothing on the host; the next deploy succeeds", async () => {
    const before = await current(host);
    const generations = await sh(host, "ls /var/lib/hearth/generations");
    const big = randomBytes(16 * 1024 * 1024);
    writeFileSync(join(lab.dir, "lab/big.bin"), big);
    lab.set("alpha", { bigFile: "big.bin", message: "with a big file" });
    const port = await host.bridgePort();
    // 16 MiB at 16 Mbit/s: eight seconds to cut the link in
    await host.inNetns([
      "tc",
      "qdisc",
      "add",
      "dev",
      port,
      "root",
      "tbf",
      "rate",
      "16mbit",
      "burst",
      "64kb",
      "latency",
      "500ms",
    ]);
    let cut: Promise<void> | null = null;
    const r = await deploy({
      onErr: (line) => {
        if (!cut && line.includes("copying"))
          cut = new Promise((ok) => setTimeout(ok, 1000)).then(() => host.cutLink());
      },
    });
    await cut;
    await host.restoreLink();
    await host.inNetns(["tc", "qdisc", "del", "dev", port, "root"]);
    assert.equal(r.code, 1, r.out);
    const o = outcome(r.out);
    assert.equal(o.status, "failed");
    assert.match(
      o.reason,
      /the connection was lost while copying \d+ file\(s\)[\s\S]*; nothing changed on the host/,
    );
    assert.equal(await current(host), before);
    assert.equal((await host.ssh("test -e /srv/fixture/big.bin")).code, 1);
    assert.equal(await sh(host, "ls /var/lib/hearth/generations"), generations);
    assert.equal(await served(), "hello from hearth\n");

    const again = await deploy();
    assert.equal(again.code, 0, again.err + again.out);
    assert.equal(await sh(host, "sha256sum < /srv/fixture/big.bin"), `${sha256(big)}  -\n`);
    assert.equal(await served(), "with a big file\n");
  });

  test("8. the agent killed mid-activation: the next run recovers, and so does a boot", async () => {
    const good = await current(host);
    const kill = (line: string, state: { done: boolean }) => {
      if (state.done || !line.includes("activating: units")) return;
      state.done = true;
      void host.exec(["pkill", "-KILL", "-f", "^/usr/bin/node /var/lib/hearth/agents/.*\\.mjs activate"]);
    };
    lab.set("alpha", { slowStart: 4, message: "killed" });
    const s1 = { done: false };
    const killed = await deploy({ onErr: (l) => kill(l, s1) });
    assert.equal(killed.code, 1, killed.out);
    assert.match(outcome(killed.out).reason, /killed or crashed/);
    // cut short: the journal says so, and the page already is the new one (files come before units)
    assert.equal((await host.ssh("test -e /var/lib/hearth/journal.json")).code, 0);
    assert.equal(await sh(host, "cat /etc/fixture/www/index.html"), "killed\n");
    assert.equal(await current(host), good);

    // the next run goes back to the last good generation first, then deploys
    lab.set("alpha", { message: "recovered" });
    const next = await deploy();
    assert.equal(next.code, 0, next.err + next.out);
    const o = outcome(next.out);
    assert.ok(o.plan.recovering, "the plan says the host recovers first");
    assert.equal(await served(), "recovered\n");
    assert.equal((await host.ssh("test -e /var/lib/hearth/journal.json")).code, 1);
    const recovered = await current(host);

    // killed again, then the host loses power: it comes up on the last confirmed generation
    lab.set("alpha", { slowStart: 4, message: "killed again" });
    const s2 = { done: false };
    const again = await deploy({ onErr: (l) => kill(l, s2) });
    assert.equal(again.code, 1);
    assert.equal(await sh(host, "cat /etc/fixture/www/index.html"), "killed again\n");
    await host.crash();
    await host.start();
    assert.equal((await host.ssh("test -e /var/lib/hearth/journal.json")).code, 1);
    assert.equal(await current(host), recovered);
    assert.equal(await sh(host, "cat /etc/fixture/www/index.html"), "recovered\n");
    assert.doesNotMatch(await sh(host, "cat /etc/systemd/system/fixture-web.service"), /sleep/);
    assert.equal(
      await sh(host, "systemctl is-active hearth-boot.service fixture-web.service"),
      "active\nactive\n",
    );
    assert.equal(await served(), "recovered\n");
  });

  test("9. two deploys at once: one activates, the other waits a little, then is refused", async () => {
    const other = fixtureLab();
    try {
      // activations that take longer than the few seconds a second deploy waits for the first
      lab.set("alpha", { slowStart: 5, message: "from the first" });
      other.set("alpha", { slowStart: 5, message: "from the second" });
      const [a, b] = await Promise.all([
        hearthOn(tb, lab, ["deploy", "alpha", "--json"]),
        hearthOn(tb, other, ["deploy", "alpha", "--json"]),
      ]);
      const results = [a, b].map((r) => outcome(r.out));
      const statuses = results.map((o) => o.status).sort();
      assert.deepEqual(statuses, ["deployed", "refused"], JSON.stringify(results.map((o) => o.reason)));
      const winner = results.find((o) => o.status === "deployed");
      const loser = results.find((o) => o.status === "refused");
      assert.match(loser.reason, /another deploy/);
      assert.equal(await current(host), `${winner.after.number}-${winner.after.hash}`);
      assert.equal(await served(), winner === results[0] ? "from the first\n" : "from the second\n");
    } finally {
      other.remove();
    }
  });
});

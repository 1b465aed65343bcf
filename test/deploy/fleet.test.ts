/**
 * Three hosts at once: a parallel first deploy with its summary, selection by tag, the plan of
 * several hosts, bootstrap, and scenario 12: one host fails, so the two that succeeded go back to
 * the generation they ran before (and, with a failure budget, they stay).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Testbed } from "../../src/testbed/index.ts";
import { bootHosts, current, type FixtureLab, fixtureLab, hearthOn, sh } from "./helpers.ts";

const hosts = ["alpha", "beta", "gamma"];

describe("deploying three hosts", { timeout: 300_000 }, () => {
  let tb: Testbed;
  let lab: FixtureLab;
  const served = (h: string) => sh(tb.host(h), "curl -fsS http://127.0.0.1:8080/");
  const generations = async () => Promise.all(hosts.map((h) => current(tb.host(h))));

  before(async () => {
    lab = fixtureLab();
    tb = await bootHosts("deploy-fleet", hosts);
  });
  after(async () => {
    await tb?.down();
    lab?.remove();
  });

  test("bootstrap checks a host and records its SSH host key", async () => {
    const r = await hearthOn(tb, lab, ["bootstrap", "alpha", "--json"]);
    assert.equal(r.code, 0, r.err);
    const report = JSON.parse(r.out);
    assert.equal(report.sudo, false);
    assert.match(report.node, /^v(1[89]|[2-9]\d)\./);
    const pub = await sh(tb.host("alpha"), "cut -d' ' -f1,2 /etc/ssh/ssh_host_ed25519_key.pub");
    assert.equal(report.hostKey, pub.trim());
    assert.match(report.ageRecipient, /^age1[0-9a-z]{58}$/);
  });

  test("a first deploy of every host, in parallel, ends with a summary table", async () => {
    const r = await hearthOn(tb, lab, ["deploy", "--all", "--parallel", "3"]);
    assert.equal(r.code, 0, r.err + r.out);
    for (const h of hosts) {
      assert.match(r.out, new RegExp(`^${h} +deployed +— +1 \\([0-9a-f]{12}\\) +6 / `, "m"));
      assert.equal(await served(h), "hello from hearth\n");
    }
    assert.deepEqual(
      (await generations()).map((g) => g.split("-")[0]),
      ["1", "1", "1"],
    );
  });

  test("a plan of the hosts tagged `rest` exits 3 when one of them would change", async () => {
    lab.set("beta", { message: "beta two" });
    const r = await hearthOn(tb, lab, ["plan", "@rest"]);
    assert.equal(r.code, 3, r.err);
    assert.match(
      r.out,
      /^beta .*\n {2}files:\n {4}~ \/etc\/fixture\/www\/index.html \(content\)\n {6}@@ -1 \+1 @@\n {6}-hello from hearth\n {6}\+beta two\n/m,
    );
    assert.match(r.out, /^gamma .*\n {2}up to date: nothing to do\n/m);
    assert.doesNotMatch(r.out, /^alpha/m);
  });

  test("12. one host of three fails: the other two go back to what they ran before", async () => {
    const before = await generations();
    lab.set("alpha", { message: "alpha two" });
    lab.set("beta", { message: "beta two", brokenUnit: true });
    lab.set("gamma", { message: "gamma two" });
    const r = await hearthOn(tb, lab, ["deploy", "--all", "--json"]);
    assert.equal(r.code, 1, r.out);
    const byHost = Object.fromEntries(JSON.parse(r.out).hosts.map((o: { host: string }) => [o.host, o]));
    assert.equal(byHost.beta.status, "rolled-back");
    assert.equal(byHost.alpha.status, "reverted", byHost.alpha.reason);
    assert.equal(byHost.gamma.status, "reverted", byHost.gamma.reason);
    assert.deepEqual(await generations(), before);
    for (const h of hosts) assert.equal(await served(h), "hello from hearth\n");
    assert.equal((await tb.host("beta").ssh("test -e /etc/systemd/system/fixture-broken.service")).code, 1);
  });

  test("within the failure budget, the hosts that succeeded keep their new generation", async () => {
    const r = await hearthOn(tb, lab, ["deploy", "--all", "--json", "--failure-budget", "1"]);
    assert.equal(r.code, 1, r.out);
    const statuses = JSON.parse(r.out).hosts.map((o: { status: string }) => o.status);
    assert.deepEqual(statuses, ["deployed", "rolled-back", "deployed"], r.out);
    assert.equal(await served("alpha"), "alpha two\n");
    assert.equal(await served("beta"), "hello from hearth\n");
    assert.equal(await served("gamma"), "gamma two\n");
  });
});

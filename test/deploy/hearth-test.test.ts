/** `hearth test <host>`: a disposable test host, the host's generation deployed into it, every check reported. */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { labs } from "../../src/testbed/index.ts";
import { hearth } from "../cli/helpers.ts";
import { fixtureLab } from "./helpers.ts";

describe("hearth test", { timeout: 180_000 }, () => {
  const lab = fixtureLab();
  after(() => lab.remove());

  test("deploys the host into a fresh test host and reports every health check", async () => {
    const r = await hearth(["test", "alpha", "--json", "--lab", lab.dir]);
    assert.equal(r.code, 0, r.err + r.out);
    const report = JSON.parse(r.out);
    assert.equal(report.outcome.status, "deployed");
    assert.deepEqual(
      report.checks.map((c: { name: string; ok: boolean }) => [c.name, c.ok]),
      [
        ["svc-1", true],
        ["svc-2", true],
        ["web", true],
      ],
    );
    assert.ok(
      !labs().some((l) => l.state.lab === `test-alpha-${process.pid}`),
      "the test host is gone afterwards",
    );
  });

  test("--reboot: the generation comes back by itself after the test host reboots", async () => {
    const r = await hearth(["test", "gamma", "--reboot", "--json", "--lab", lab.dir]);
    assert.equal(r.code, 0, r.err + r.out);
    const report = JSON.parse(r.out);
    assert.equal(report.outcome.status, "deployed");
    assert.match(report.afterReboot.current, new RegExp(`1-${report.outcome.after.hash}$`));
    assert.deepEqual(
      report.afterReboot.checks.map((c: { name: string; ok: boolean }) => [c.name, c.ok]),
      [
        ["svc-1", true],
        ["svc-2", true],
        ["web", true],
      ],
    );
  });

  test("a generation whose checks fail is reported as failing (exit 1), naming the check", async () => {
    lab.set("beta", { failingCheck: true });
    const r = await hearth(["test", "beta", "--lab", lab.dir]);
    assert.equal(r.code, 1, r.err + r.out);
    assert.match(
      r.out,
      /✗ beta: rolled-back — health check failed: never: http:\/\/127\.0\.0\.1:8080\/ answered without/,
    );
  });
});

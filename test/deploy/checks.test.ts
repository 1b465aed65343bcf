/** Health checks as a table: unit states in, results out (no host needed). */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { runChecks } from "../../src/deploy/checks.ts";

describe("unit checks", () => {
  const cases: [state: string, ok: boolean, detail: string][] = [
    ["active", true, "passed"],
    ["skipped", true, "smartmontools.service is skipped: its conditions are not met on this host"],
    ["failed", false, "smartmontools.service is failed"],
    ["inactive", false, "smartmontools.service is inactive"],
  ];
  for (const [state, ok, detail] of cases) {
    test(`a unit that is ${state}`, async () => {
      const [r] = await runChecks(
        [{ name: "smartd", timeoutSeconds: 1, unit: "smartmontools.service" }],
        (units) => Object.fromEntries(units.map((u) => [u, state])),
        0.01,
      );
      assert.deepEqual(r, { name: "smartd", ok, detail });
    });
  }
});

/**
 * The module system against real Nix: 1850 small module sets, each written for hearth and for Nix,
 * with what Nix 2.8 and nixpkgs' `lib.evalModules` gave (recorded 2026-11-26, nine rounds; see
 * docs/modules.md, "Checked against Nix"). hearth must give the same value, or fail where Nix
 * fails, for the same reason (the kind recorded after reading both messages), with an error of
 * its own (a message for the user, never a crash such as a stack overflow). The cases where
 * hearth differs on purpose are in docs/modules.md, not here.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalJson } from "../../src/modules/index.ts";
import { round1 } from "./nix-parity/round1.ts";
import { round2 } from "./nix-parity/round2.ts";
import { round3 } from "./nix-parity/round3.ts";
import { round4 } from "./nix-parity/round4.ts";
import { round5 } from "./nix-parity/round5.ts";
import { round6 } from "./nix-parity/round6.ts";
import { round7 } from "./nix-parity/round7.ts";
import { round8 } from "./nix-parity/round8.ts";
import { round9 } from "./nix-parity/round9.ts";
import { failed, runScenario, type Scenario } from "./nix-parity/scenario.ts";

const rounds: [string, Scenario[], boolean][] = [
  ["round 1", round1, false],
  ["round 2", round2, true],
  ["round 3", round3, false],
  ["round 4", round4, false],
  ["round 5", round5, false],
  ["round 6", round6, false],
  ["round 7", round7, false],
  ["round 8", round8, false],
  ["round 9", round9, false],
];

for (const [round, scenarios, runReadsEvaluation] of rounds) {
  for (const s of scenarios) {
    test(`as Nix, ${round}: ${s.name}`, () => {
      const printed = runScenario(s, runReadsEvaluation);
      assert.equal(printed.length, 1, "a case prints once");
      const out = printed[0]!;
      if (s.nix === failed) {
        assert.ok("error" in out, `Nix fails here; hearth gave ${"json" in out ? out.json : ""}`);
        const e = out.error as { userFacing?: boolean; message?: string; kind?: string };
        assert.equal(e.userFacing, true, `not an error for the user: ${e.message}`);
        assert.equal(e.kind, s.kind, `another reason than Nix's: ${e.message}`);
        // User code's errors are wrapped with the option they were computing: look inside too.
        for (let c: any = e; c; c = c.cause)
          assert.ok(!(c instanceof RangeError), `a crash, not an error of hearth's: ${c.message}`);
      } else {
        if ("error" in out) throw out.error;
        assert.equal(out.json, canonicalJson(s.nix));
      }
    });
  }
}

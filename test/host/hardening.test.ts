/**
 * The hardening baseline: on every service hearth generates, relaxed one directive at a time or
 * dropped by `hardened = false`, and what it is worth by `systemd-analyze security`.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { hardeningBaseline } from "../../src/host/index.ts";
import { defineModule, mkDefault } from "../../src/modules/index.ts";
import { fileText, realiseHost } from "./helpers.ts";

const unit = (service: object, extra: object = {}) =>
  fileText(
    realiseHost([
      defineModule({
        systemd: { services: { app: { Service: { ExecStart: "/usr/bin/env", ...service }, ...extra } } },
      } as never),
    ]),
    "units/app.service",
  );

/** `systemd-analyze security --offline=true`: the unit's exposure, 0 (safe) to 10. */
function exposure(text: string): number {
  const dir = mkdtempSync(join(tmpdir(), "hearth-security-"));
  try {
    writeFileSync(join(dir, "app.service"), text);
    const r = spawnSync("systemd-analyze", ["security", "--offline=true", join(dir, "app.service")], {
      encoding: "utf8",
    });
    const m = /Overall exposure level for app\.service: ([\d.]+)/.exec(r.stdout);
    assert.ok(m, `systemd-analyze security printed no score:\n${r.stdout}${r.stderr}`);
    return Number(m[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("hardening baseline", () => {
  test("every generated service carries it, as a dynamic user when it names none", () => {
    const text = unit({});
    assert.match(text, /^DynamicUser=yes$/m);
    for (const key of Object.keys(hardeningBaseline)) assert.match(text, new RegExp(`^${key}=`, "m"), key);
    assert.match(text, /^ProtectSystem=strict$/m);
    assert.match(text, /^CapabilityBoundingSet=$/m);
    assert.match(text, /^SystemCallFilter=~@privileged @resources$/m);
  });

  test("a service relaxes one directive by defining it, at any priority; the rest stays", () => {
    const text = unit({ MemoryDenyWriteExecute: false, ProtectHome: mkDefault("read-only"), User: "nobody" });
    assert.match(text, /^MemoryDenyWriteExecute=no$/m);
    assert.match(text, /^ProtectHome=read-only$/m);
    assert.match(text, /^User=nobody$/m);
    assert.doesNotMatch(text, /DynamicUser/);
    assert.match(text, /^NoNewPrivileges=yes$/m);
  });

  test("hardened = false drops it", () => {
    const text = unit({}, { hardened: false });
    for (const key of Object.keys(hardeningBaseline))
      assert.doesNotMatch(text, new RegExp(`^${key}=`, "m"), key);
  });

  test("systemd-analyze rates a service with the baseline OK, one without it UNSAFE", () => {
    const hardened = exposure(unit({}));
    const bare = exposure(unit({}, { hardened: false }));
    assert.ok(hardened <= 2, `exposure with the baseline: ${hardened}`);
    assert.ok(bare >= 9, `exposure without: ${bare}`);
  });
});

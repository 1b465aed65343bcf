/**
 * systemd units: how each kind of directive is written, drop-ins and mount names, and the real
 * `systemd-analyze verify` on every unit of the example lab, each host against a Debian root
 * with exactly its packages (so a unit running a program the host does not install fails).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { hostGeneration } from "../../src/cli/host-generation.ts";
import { Lab, loadLab } from "../../src/lab/index.ts";
import { defineModule } from "../../src/modules/index.ts";
import { repoRoot } from "../cli/helpers.ts";
import { fileText, realiseHost, rootOnly, verifyUnits } from "./helpers.ts";

describe("unit files", () => {
  const g = realiseHost([
    defineModule({
      systemd: {
        services: {
          demo: {
            Unit: { Description: "A demo", After: ["network.target", "time-sync.target"] },
            Service: {
              ExecStart: "/usr/bin/env",
              Environment: { GREETING: 'say "hi" at 100%', A: "1" },
              CapabilityBoundingSet: ["CAP_NET_BIND_SERVICE"],
              AmbientCapabilities: [],
              MemoryDenyWriteExecute: false,
              StateDirectory: ["demo"],
              User: "nobody",
            },
            Install: { WantedBy: "multi-user.target" },
            restartTriggers: ["config v1"],
          },
          ssh: { dropIn: true, reloadTriggers: ["Port 22"], restartIfChanged: false },
        },
        timers: { demo: { Timer: { OnCalendar: ["daily", "*-*-* 12:00:00"], Persistent: true } } },
        mounts: { "/mnt/nas data": { Mount: { What: "nas:/export", Type: "nfs4", Options: "ro" } } },
      },
    }),
  ]);
  const demo = fileText(g, "units/demo.service");

  test("directives are written as their kind says", () => {
    assert.match(demo, /^\[Unit\]\nDescription=A demo\nAfter=network.target\nAfter=time-sync.target\n/m);
    assert.match(demo, /^ExecStart=\/usr\/bin\/env$/m);
    // env: one quoted assignment per variable, sorted, `%` escaped (it would start a specifier).
    assert.match(demo, /^Environment="A=1"\nEnvironment="GREETING=say \\"hi\\" at 100%%"$/m);
    // words: one line; an empty list is an empty assignment (no ambient capabilities at all).
    assert.match(demo, /^CapabilityBoundingSet=CAP_NET_BIND_SERVICE$/m);
    assert.match(demo, /^AmbientCapabilities=$/m);
    assert.match(demo, /^StateDirectory=demo$/m);
    assert.match(demo, /^MemoryDenyWriteExecute=no$/m);
    assert.match(demo, /^\[Install\]\nWantedBy=multi-user.target\n$/m);
    const timer = fileText(g, "units/demo.timer");
    assert.match(timer, /^\[Timer\]\nOnCalendar=daily\nOnCalendar=\*-\*-\* 12:00:00\nPersistent=yes\n$/m);
  });

  test("mounts are named after their escaped mount point; drop-ins go beside the package's unit", () => {
    const mount = fileText(g, "units/mnt-nas\\x20data.mount");
    assert.match(mount, /^\[Mount\]\nWhere=\/mnt\/nas data\nWhat=nas:\/export\nType=nfs4\nOptions=ro\n$/m);
    const dropIn = g.manifest.units.find((u) => u.name === "ssh.service")!;
    assert.equal(dropIn.file, "units/ssh.service.d/hearth.conf");
    assert.equal(dropIn.dropIn, true);
    assert.doesNotMatch(fileText(g, dropIn.file), /NoNewPrivileges/, "drop-ins get no baseline");
  });

  test("the manifest says what restarts or reloads a unit", () => {
    const d = g.manifest.units.find((u) => u.name === "demo.service")!;
    assert.deepEqual(d.wantedBy, ["multi-user.target"]);
    assert.match(d.restartTriggers!, /^[0-9a-f]{64}$/);
    assert.equal(d.reloadTriggers, null);
    const ssh = g.manifest.units.find((u) => u.name === "ssh.service")!;
    assert.equal(ssh.restartIfChanged, false);
    assert.match(ssh.reloadTriggers!, /^[0-9a-f]{64}$/);
    const changed = realiseHost([
      defineModule({ systemd: { services: { ssh: { dropIn: true, reloadTriggers: ["Port 2222"] } } } }),
    ]);
    assert.notEqual(changed.manifest.units[0]!.reloadTriggers, ssh.reloadTriggers);
  });
});

describe("systemd-analyze verify", () => {
  test("every unit of the example lab verifies, each host on a root with its own packages", {
    skip: rootOnly,
  }, async () => {
    const lab = new Lab(repoRoot, await loadLab(repoRoot));
    for (const name of lab.hostNames()) {
      const { generation, errors } = hostGeneration(lab, name);
      assert.ok(generation, errors.join("\n"));
      const r = await verifyUnits(generation);
      assert.equal(r.stderr, "", `${name}: systemd-analyze verify warned:\n${r.stderr}`);
      assert.equal(r.code, 0, `${name}: ${r.stdout}`);
    }
  });

  test("a unit running a program the host does not install fails", { skip: rootOnly }, async () => {
    const g = realiseHost([
      defineModule({
        systemd: {
          services: {
            metrics: {
              Service: { ExecStart: "/usr/bin/victoria-metrics" },
              Install: { WantedBy: "multi-user.target" },
            },
          },
        },
      }),
    ]);
    const r = await verifyUnits(g, []);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /Command \/usr\/bin\/victoria-metrics is not executable/);
  });
});

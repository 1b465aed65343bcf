/**
 * The planner, pyinfra-style: tables of "these facts and this generation give exactly these
 * actions", no host involved. Also the diff and the redaction a plan prints.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Manifest, ManifestUnit } from "../../src/host/realise/manifest.ts";
import { sha256 } from "../../src/host/realise/manifest.ts";
import { emptyManifest } from "../../src/deploy/plan/entries.ts";
import { bootUnitText, hostEntries } from "../../src/deploy/plan/entries.ts";
import type { Facts } from "../../src/deploy/plan/facts.ts";
import { idealFacts } from "../../src/deploy/plan/ideal-host.ts";
import { plan } from "../../src/deploy/plan/plan.ts";
import { redact } from "../../src/deploy/plan/redact.ts";
import { unifiedDiff } from "../../src/deploy/plan/diff.ts";

const unit = (name: string, o: Partial<ManifestUnit> = {}): ManifestUnit => ({
  name,
  file: `units/${name}${o.dropIn ? ".d/hearth.conf" : ""}`,
  sha256: sha256(name),
  dropIn: false,
  wantedBy: ["multi-user.target"],
  requiredBy: [],
  restartTriggers: null,
  reloadTriggers: null,
  restartIfChanged: true,
  stopIfRemoved: true,
  ...o,
});

const file = (path: string, text: string, mode = "0644") => ({
  path,
  sha256: sha256(text),
  mode,
  user: "root",
  group: "root",
});

function manifest(o: Partial<Manifest>, hash = "1".repeat(64)): Manifest {
  return { ...emptyManifest("h"), hash, ...o };
}

/** Facts of a host that runs `m` exactly as deployed (every path present, enabled units running). */
function running(m: Manifest | null, o: Partial<Facts> = {}): Facts {
  const facts = idealFacts("h", m);
  return { ...facts, bootId: "b", current: facts.current && { ...facts.current, number: 1 }, ...o };
}

const two = "2".repeat(64);

describe("plan: units", () => {
  const base = manifest({
    files: [file("/etc/a.conf", "a1")],
    units: [
      unit("a.service", { restartTriggers: sha256("a1") }),
      unit("b.service"),
      unit("fw.service", {
        restartIfChanged: false,
        reloadTriggers: sha256("rules 1"),
        wantedBy: ["sysinit.target"],
      }),
      unit("ssh.service", {
        dropIn: true,
        restartIfChanged: false,
        reloadTriggers: sha256("sshd 1"),
        wantedBy: [],
      }),
      unit("job.service", { wantedBy: [] }),
    ],
  });
  const cases: {
    name: string;
    to: (m: Manifest) => Manifest;
    facts?: (f: Facts) => Facts;
    expect: Record<string, string[]>;
  }[] = [
    { name: "the same generation: nothing", to: (m) => m, expect: {} },
    {
      name: "restart triggers changed: restart that unit only",
      to: (m) => ({
        ...m,
        hash: two,
        units: m.units.map((u) => (u.name === "a.service" ? { ...u, restartTriggers: sha256("a2") } : u)),
      }),
      expect: { restart: ["a.service"] },
    },
    {
      name: "unit file changed: update and restart",
      to: (m) => ({
        ...m,
        hash: two,
        units: m.units.map((u) => (u.name === "b.service" ? { ...u, sha256: sha256("b2") } : u)),
      }),
      expect: { update: ["b.service"], restart: ["b.service"] },
    },
    {
      name: "not restartIfChanged, reload triggers changed: reload",
      to: (m) => ({
        ...m,
        hash: two,
        units: m.units.map((u) =>
          u.name === "fw.service" ? { ...u, reloadTriggers: sha256("rules 2") } : u,
        ),
      }),
      expect: { reload: ["fw.service"] },
    },
    {
      name: "a drop-in's reload triggers changed: reload the distribution's unit",
      to: (m) => ({
        ...m,
        hash: two,
        units: m.units.map((u) => (u.dropIn ? { ...u, reloadTriggers: sha256("sshd 2") } : u)),
      }),
      expect: { reload: ["ssh.service"] },
    },
    {
      name: "a unit removed: stop it; a drop-in removed: restart its unit",
      to: (m) => ({ ...m, hash: two, units: m.units.filter((u) => u.name !== "b.service" && !u.dropIn) }),
      expect: { remove: ["b.service", "ssh.service"], stop: ["b.service"], restart: ["ssh.service"] },
    },
    {
      name: "a unit of hearth's becomes the distribution's with a drop-in: restarted, not stopped",
      to: (m) => ({
        ...m,
        hash: two,
        units: m.units.map((u) =>
          u.name === "b.service" ? unit("b.service", { dropIn: true, wantedBy: [] }) : u,
        ),
      }),
      expect: { install: ["b.service"], remove: ["b.service"], restart: ["b.service"] },
    },
    {
      name: "a changed unit nothing enables (a timer's job) is not running as deployed: updated only",
      to: (m) => ({
        ...m,
        hash: two,
        units: m.units.map((u) => (u.name === "job.service" ? { ...u, sha256: sha256("job 2") } : u)),
      }),
      expect: { update: ["job.service"] },
    },
    {
      name: "a new wanted unit starts; a new unwanted one is only installed",
      to: (m) => ({
        ...m,
        hash: two,
        units: [...m.units, unit("c.service"), unit("d.service", { wantedBy: [] })],
      }),
      expect: { install: ["c.service", "d.service"], start: ["c.service"] },
    },
    {
      name: "a changed unit that is not running: a wanted one starts, an unwanted one is left",
      to: (m) => ({
        ...m,
        hash: two,
        units: m.units.map((u) =>
          u.name === "b.service" || u.name === "job.service" ? { ...u, sha256: sha256(`${u.name} 2`) } : u,
        ),
      }),
      facts: (f) => ({
        ...f,
        units: {
          ...f.units,
          "b.service": { active: "inactive", sub: "dead" },
          "job.service": { active: "inactive", sub: "dead" },
        },
      }),
      expect: { update: ["b.service", "job.service"], start: ["b.service"] },
    },
    {
      name: "a unit file changed on the host since the deploy: rewritten and restarted",
      to: (m) => m,
      facts: (f) => ({
        ...f,
        paths: {
          ...f.paths,
          "/etc/systemd/system/b.service": {
            ...f.paths["/etc/systemd/system/b.service"]!,
            sha256: sha256("edited"),
          },
        },
      }),
      expect: { update: ["b.service"], restart: ["b.service"] },
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const facts = (c.facts ?? ((f) => f))(running(base));
      const p = plan({ facts, to: c.to(base) });
      const got = Object.fromEntries(
        (["install", "update", "remove", "stop", "restart", "reload", "start"] as const)
          .map((k) => [k, p.units[k]])
          .filter(([, v]) => (v as string[]).length > 0),
      );
      assert.deepEqual(got, c.expect);
    });
  }
});

describe("plan: files", () => {
  const base = manifest({ files: [file("/etc/a.conf", "a1"), file("/etc/b.conf", "b1")], units: [] });

  test("first deploy: every path is added, hearth's boot unit with them", () => {
    const p = plan({ facts: running(null), to: base });
    assert.deepEqual(
      p.files.add.map((w) => w.path),
      [
        "/etc/a.conf",
        "/etc/b.conf",
        "/etc/systemd/system/hearth-boot.service",
        "/etc/systemd/system/sysinit.target.wants/hearth-boot.service",
      ],
    );
    assert.equal(p.upToDate, false);
    assert.ok(hostEntries(base).some((e) => e.content === bootUnitText));
  });

  test("a host that runs the generation as deployed is up to date", () => {
    const p = plan({ facts: running(base), to: base });
    assert.equal(p.upToDate, true);
  });

  test("content, mode and owner differences are named", () => {
    const to = manifest(
      { files: [file("/etc/a.conf", "a2"), { ...file("/etc/b.conf", "b1", "0600"), user: "www-data" }] },
      two,
    );
    const p = plan({ facts: running(base), to });
    assert.deepEqual(
      p.files.change.map((w) => [w.path, w.what]),
      [
        ["/etc/a.conf", ["content"]],
        ["/etc/b.conf", ["mode", "owner"]],
      ],
    );
  });

  test("a managed file edited on the host is drift, and is put back", () => {
    const facts = running(base);
    const edited = {
      ...facts,
      paths: {
        ...facts.paths,
        "/etc/a.conf": { ...facts.paths["/etc/a.conf"]!, sha256: sha256("hand edit") },
      },
    };
    const p = plan({ facts: edited, to: base });
    assert.deepEqual(
      p.files.change.map((w) => [w.path, w.drift]),
      [["/etc/a.conf", true]],
    );
    assert.equal(p.upToDate, false);
  });

  test("a path that exists and hearth does not own is a conflict, unless adopted", () => {
    const to = manifest({ files: [...base.files, file("/etc/sudoers", "mine")] }, two);
    const facts = running(base);
    const withFile = {
      ...facts,
      paths: {
        ...facts.paths,
        "/etc/sudoers": {
          type: "file" as const,
          sha256: sha256("distro"),
          mode: "0440",
          user: "root",
          group: "root",
        },
      },
    };
    const refused = plan({ facts: withFile, to });
    assert.deepEqual(
      refused.conflicts.map((c) => c.path),
      ["/etc/sudoers"],
    );
    assert.match(refused.conflicts[0]!.reason, /--adopt \/etc\/sudoers/);
    const adopted = plan({ facts: withFile, to, adopt: new Set(["/etc/sudoers"]) });
    assert.deepEqual(adopted.conflicts, []);
    assert.deepEqual(
      adopted.files.change.map((w) => [w.path, w.adopt]),
      [["/etc/sudoers", true]],
    );
  });

  test("a dropped path is removed; an adopted one is put back", () => {
    const to = manifest({ files: [file("/etc/a.conf", "a1")] }, two);
    const facts = { ...running(base), backups: ["/etc/b.conf"] };
    const p = plan({ facts, to });
    assert.deepEqual(p.files.remove, [{ path: "/etc/b.conf", role: "file", restore: true }]);
  });

  test("going back to no generation removes everything hearth put there", () => {
    const p = plan({ facts: running(base), to: emptyManifest("h") });
    assert.deepEqual(p.files.add, []);
    assert.equal(p.files.remove.length, hostEntries(base).length);
  });
});

describe("plan: accounts, packages, secrets", () => {
  test("missing users, groups, memberships and packages; dropped packages stay", () => {
    const to = manifest({
      users: [
        {
          name: "ops",
          uid: null,
          group: "ops",
          extraGroups: ["sudo"],
          description: "",
          system: false,
          home: "/home/ops",
          createHome: true,
          shell: "/bin/sh",
        },
      ],
      groups: [{ name: "ops", gid: null, system: true, members: ["backup"] }],
      packages: ["jq", "nftables"],
    });
    const facts = running(manifest({ packages: ["curl"] }), {
      packages: { jq: true, nftables: false },
      users: { backup: { groups: ["backup"] } },
    });
    const p = plan({ facts, to });
    assert.deepEqual(p.users.add, ["ops"]);
    assert.deepEqual(p.groups.add, ["ops"]);
    assert.deepEqual(p.users.groups, [{ user: "backup", add: ["ops"] }]);
    assert.deepEqual(p.packages, { install: ["nftables"], dropped: ["curl"] });
  });

  test("secrets are compared by name: values are never known to the plan", () => {
    const s = {
      name: "db",
      source: "secrets/s.yaml",
      sha256: sha256("enc1"),
      format: "yaml",
      key: "db",
      path: "/run/hearth/secrets/db",
      owner: "root",
      group: "root",
      mode: "0400",
      restartUnits: ["app.service"],
      reloadUnits: [],
    };
    const from = manifest({ secrets: [s] });
    const to = manifest(
      {
        secrets: [
          { ...s, sha256: sha256("enc2"), mode: "0440" },
          { ...s, name: "new", restartUnits: [] },
        ],
      },
      two,
    );
    const p = plan({ facts: running(from), to });
    assert.deepEqual(p.secrets.add, ["new"]);
    assert.deepEqual(p.secrets.change, [{ name: "db", what: ["encrypted file", "mode"] }]);
    assert.deepEqual(p.secrets.restartIfChanged, ["app.service"]);
  });

  test("templates are listed with the secrets; one written elsewhere is a link into the tmpfs", () => {
    const t = {
      name: "app/config",
      content: "password = <hearth-secret:db>\n",
      secrets: ["db"],
      path: "/etc/app/config.ini",
      owner: "root",
      group: "root",
      mode: "0400",
      restartUnits: ["app.service"],
      reloadUnits: [],
    };
    const from = manifest({ templates: [t] });
    const to = manifest({ templates: [{ ...t, content: "password = <hearth-secret:db>\nport = 1\n" }] }, two);
    const p = plan({ facts: running(from), to });
    assert.deepEqual(p.secrets.change, [{ name: "template app/config", what: ["content"] }]);
    assert.deepEqual(p.secrets.restartIfChanged, ["app.service"]);
    const first = plan({ facts: running(null), to });
    assert.deepEqual(first.secrets.add, ["template app/config"]);
    assert.ok(
      first.files.add.some((e) => e.path === "/etc/app/config.ini" && e.role === "secret-link"),
      JSON.stringify(first.files.add),
    );
  });
});

describe("plan output", () => {
  test("diffs are unified, three lines of context", () => {
    const before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    assert.equal(
      unifiedDiff(before, before.replace("5", "five")),
      "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n",
    );
    assert.equal(unifiedDiff("a\n", "a\n"), "");
  });

  test("credentials in diffs are redacted", () => {
    const diff = unifiedDiff("user=a\npassword = old\n", "user=a\npassword = new\nAPI_KEY: k\n");
    const shown = redact(diff);
    assert.doesNotMatch(shown, /old|new\b|: k/);
    assert.match(shown, /-password = <redacted>\n\+password = <redacted>\n\+API_KEY: <redacted>/);
    assert.equal(
      redact("-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\nok"),
      "<redacted> (private key)\nok",
    );
  });
});

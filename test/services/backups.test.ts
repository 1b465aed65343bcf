/**
 * The `backup` option through to restic (the backups provider on): every app of the example lab with state (or a database)
 * gets a job of its own (mkRestic), run as the owner of its data, its database dumped first; and
 * a job's generated commands, run in its host's Debian root, make a snapshot a real restic lists.
 */
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import type { Generation } from "../../src/host/index.ts";
import { defineModule } from "../../src/modules/index.ts";
import { fileText } from "../host/helpers.ts";
import { exampleLab, generationOf, HostRoot, rootOnly } from "./helpers.ts";

/** Every value of a directive in a generated unit, in order. */
const directives = (g: Generation, unit: string, name: string) =>
  fileText(g, `units/${unit}`)
    .split("\n")
    .filter((l) => l.startsWith(`${name}=`))
    .map((l) => l.slice(name.length + 1));

describe("backups of the example lab", async () => {
  const lab = await exampleLab({ "*": [defineModule({ mySystem: { backups: { enable: true } } })] });

  test("one job per app with state or a database, on the app's host, as the app's user", () => {
    const jobs = Object.fromEntries(
      lab.hostNames().map((h) => [
        h,
        Object.keys(lab.host(h).config.systemd.timers)
          .filter((t) => t.startsWith("restic-backups-"))
          .sort(),
      ]),
    );
    assert.deepEqual(jobs.daedalus, [
      "restic-backups-development-forgejo",
      "restic-backups-infrastructure-postgresql",
      "restic-backups-media-jellyfin",
      "restic-backups-media-navidrome",
      "restic-backups-storage-minio",
      "restic-backups-storage-syncthing",
    ]);
    assert.ok(jobs.shodan!.includes("restic-backups-productivity-miniflux"), "a database is state");
    assert.deepEqual(jobs.xerxes, []);
    const g = generationOf(lab, "daedalus");
    const forgejo = "restic-backups-development-forgejo.service";
    assert.deepEqual(directives(g, forgejo, "User"), ["forgejo"]);
    assert.ok(
      directives(g, forgejo, "ExecStartPre").some((l) => l.includes("pg_dump") && l.endsWith(" forgejo")),
      "its database is dumped first",
    );
    assert.deepEqual(directives(g, forgejo, "LoadCredential"), [
      "password:/run/hearth/secrets/backups/password",
    ]);
  });

  test("a job's commands make a snapshot of the app's state that restic lists", {
    skip: rootOnly,
  }, async () => {
    const g = generationOf(lab, "daedalus");
    const unit = "restic-backups-media-jellyfin.service";
    const root = await HostRoot.create(g, { "/run/credentials/job/password": "test-password\n" });
    try {
      mkdirSync(join(root.merged, "var/lib/jellyfin"), { recursive: true });
      mkdirSync(join(root.merged, "var/cache/jellyfin"), { recursive: true });
      writeFileSync(join(root.merged, "var/lib/jellyfin/library.db"), "jellyfin's state\n");
      // As systemd runs the unit: its environment, its credentials folder, its commands in order.
      const env = [
        ...directives(g, unit, "Environment").map((e) => e.replace(/^"(.*)"$/, "$1")),
        "CREDENTIALS_DIRECTORY=/run/credentials/job",
      ];
      const commands = ["ExecStartPre", "ExecStart", "ExecStartPost"].flatMap((d) => directives(g, unit, d));
      const script = [
        "set -e",
        ...env.map((e) => `export ${e}`),
        `mkdir -p /var/backups/restic/media-jellyfin /var/cache/restic-backups-media-jellyfin`,
        ...commands,
        "/usr/bin/restic --password-file=$CREDENTIALS_DIRECTORY/password --no-cache snapshots --json",
      ].join("\n");
      const r = root.exec(script);
      assert.equal(r.code, 0, r.stderr);
      const snapshots = JSON.parse(r.stdout.trim().split("\n").pop()!) as {
        tags: string[];
        paths: string[];
      }[];
      assert.equal(snapshots.length, 1);
      assert.deepEqual(snapshots[0]!.tags, ["media-jellyfin"]);
      assert.deepEqual(snapshots[0]!.paths.sort(), ["/var/cache/jellyfin", "/var/lib/jellyfin"]);
    } finally {
      root.remove();
    }
  });
});

/**
 * The database provider: what the PostgreSQL hosts of the example lab make of the databases apps
 * registered (golden files), run against a real PostgreSQL: the script creates each database with
 * its owner (twice: it is idempotent), and the server accepts the client authentication file.
 */
import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { postgresqlHba as hbaFile } from "../../lab/lib/provider-files.ts";
import { assertGolden, exampleLab, fileOf, run } from "./helpers.ts";

const sqlFile = "/etc/hearth/postgresql/databases.sql";
const bin = "/usr/lib/postgresql/15/bin";
const skip =
  process.getuid?.() !== 0 || run("test", ["-x", `${bin}/postgres`]).code !== 0
    ? "needs root and PostgreSQL 15"
    : false;

describe("PostgreSQL databases of the example lab", async () => {
  const lab = await exampleLab();

  test("each PostgreSQL host creates the databases registered for it, and only those (golden)", () => {
    for (const host of ["daedalus", "shodan"]) {
      assertGolden(`${host}${hbaFile}`, fileOf(lab, host, hbaFile));
      assertGolden(`${host}${sqlFile}`, fileOf(lab, host, sqlFile));
    }
    assert.match(fileOf(lab, "daedalus", sqlFile), /CREATE DATABASE "forgejo" OWNER "forgejo"/);
    assert.doesNotMatch(fileOf(lab, "daedalus", sqlFile), /miniflux/);
    assert.match(fileOf(lab, "shodan", hbaFile), /^local miniflux miniflux peer$/m);
    assert.equal(lab.host("xerxes").config.files[hbaFile], undefined);
  });

  describe("on a real server", { skip }, () => {
    const dir = mkdtempSync(join(tmpdir(), "hearth-pg-"));
    const as = (cmd: string) => run("su", ["postgres", "-s", "/bin/sh", "-c", cmd]);
    before(() => {
      chmodSync(dir, 0o777);
      writeFileSync(join(dir, "pg_hba.conf"), fileOf(lab, "shodan", hbaFile));
      writeFileSync(join(dir, "databases.sql"), fileOf(lab, "shodan", sqlFile));
      const init = as(`${bin}/initdb -D ${dir}/data -U postgres --no-sync -E UTF8 >/dev/null`);
      assert.equal(init.code, 0, init.stderr);
      const start = as(
        `${bin}/pg_ctl -D ${dir}/data -l ${dir}/pg.log -w -o "-p 15432 -k ${dir} -c listen_addresses='' -c fsync=off -c hba_file=${dir}/pg_hba.conf" start`,
      );
      assert.equal(start.code, 0, start.stderr + start.stdout);
    });
    after(() => {
      as(`${bin}/pg_ctl -D ${dir}/data -m fast -w stop`);
      rmSync(dir, { recursive: true, force: true });
    });

    test("the script creates miniflux owned by miniflux, and running it again changes nothing", () => {
      for (let i = 0; i < 2; i++) {
        const r = as(`psql --no-psqlrc -h ${dir} -p 15432 -d postgres -f ${dir}/databases.sql`);
        assert.equal(r.code, 0, r.stderr);
      }
      const owners = as(
        `psql --no-psqlrc -At -h ${dir} -p 15432 -d postgres -c "SELECT datname, pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'miniflux'"`,
      );
      assert.equal(owners.stdout, "miniflux|miniflux\n", owners.stderr);
    });

    test("the server loaded the client authentication file without complaint", () => {
      const r = as(
        `psql --no-psqlrc -At -h ${dir} -p 15432 -d postgres -c "SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL"`,
      );
      assert.equal(r.stdout, "0\n", r.stderr);
      const rules = as(
        `psql --no-psqlrc -At -h ${dir} -p 15432 -d postgres -c "SELECT database[1], user_name[1], auth_method FROM pg_hba_file_rules ORDER BY line_number"`,
      );
      assert.equal(rules.stdout, "all|postgres|peer\nminiflux|miniflux|peer\n");
    });
  });
});

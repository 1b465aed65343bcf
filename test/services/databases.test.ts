/**
 * The database provider: what the PostgreSQL hosts of the example lab make of the databases apps
 * registered (golden files), run against a real PostgreSQL: the script creates each database with
 * its owner (twice: it is idempotent), and the server accepts the client authentication file. An
 * app whose database is on another host logs in over the network with its password, which the
 * database host decrypts from the app's secret and the script sets.
 */
import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { mkService } from "../../lab/lib/index.ts";
import { postgresqlHba as hbaFile } from "../../lab/lib/provider-files.ts";
import { defineModule, type Module, toPlain } from "../../src/modules/index.ts";
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

describe("a database on another host than its app", async () => {
  const secretsFile = new URL(
    "../../lab/modules/applications/productivity/miniflux/secrets.sops.yaml",
    import.meta.url,
  );
  const spec = {
    description: "A ledger",
    port: 7075,
    native: { package: "python3", exec: "/usr/bin/python3 -m http.server 7075" },
    database: true,
  } as const;
  const ledger = mkService("productivity/ledger", {
    ...spec,
    secrets: { file: secretsFile, files: { database: "services/miniflux/env" } },
  });
  const enable = (app: { module: () => Module }) =>
    defineModule({
      imports: [app.module()],
      mySystem: { productivity: { ledger: { enable: true, database: { host: "daedalus" } } } },
    } as never);
  const lab = await exampleLab({ shodan: [enable(ledger)] });

  test("the database host has the owner's password as a secret, and the script sets it from there", () => {
    const secret = toPlain(lab.host("daedalus").config.secrets["postgresql/ledger"]) as Record<
      string,
      unknown
    >;
    assert.deepEqual(
      [secret.sopsFile, secret.key, secret.owner, secret.path, secret.restartUnits],
      [
        fileURLToPath(secretsFile),
        "services/miniflux/env",
        "postgres",
        "/run/hearth/secrets/postgresql/ledger",
        ["postgresql-databases.service"],
      ],
    );
    assert.match(fileOf(lab, "daedalus", hbaFile), /^host ledger ledger 10\.8\.20\.11\/32 scram-sha-256$/m);
    const sql = fileOf(lab, "daedalus", sqlFile);
    assert.match(sql, /^\\set password `cat \/run\/hearth\/secrets\/postgresql\/ledger`$/m);
    assert.match(sql, /^ALTER ROLE "ledger" PASSWORD :'password';$/m);
    assert.equal(lab.host("shodan").config.secrets["postgresql/ledger"], undefined);
  });

  test("without a `database' secret the app is refused, saying what to give", async () => {
    const bare = mkService("productivity/ledger", spec);
    const broken = await exampleLab({ shodan: [enable(bare)] });
    const check = broken.check("shodan");
    assert.equal(check.ok, false);
    assert.match(
      check.errors.join("\n"),
      /productivity\/ledger on shodan wants its database on daedalus, another host \([^)]*test\/services\/databases\.test\.ts:\d+[^)]*\): its owner logs in there with a password, so give the app a secret `database' \(secrets\.files\.database\)\./,
    );
  });

  describe("on a real server", { skip }, () => {
    const dir = mkdtempSync(join(tmpdir(), "hearth-pg-remote-"));
    const as = (cmd: string) => run("su", ["postgres", "-s", "/bin/sh", "-c", cmd]);
    const password = `it's "quoted" \\ and $dollars`;
    before(() => {
      chmodSync(dir, 0o777);
      // the app's host is this machine's loopback here, and the secret a file of the test's
      const hba = fileOf(lab, "daedalus", hbaFile).replace("10.8.20.11/32", "127.0.0.1/32");
      writeFileSync(join(dir, "pg_hba.conf"), hba);
      writeFileSync(
        join(dir, "databases.sql"),
        fileOf(lab, "daedalus", sqlFile).replace("/run/hearth/secrets/postgresql/ledger", `${dir}/password`),
      );
      writeFileSync(join(dir, "password"), `${password}\n`, { mode: 0o644 });
      const init = as(`${bin}/initdb -D ${dir}/data -U postgres --no-sync -E UTF8 >/dev/null`);
      assert.equal(init.code, 0, init.stderr);
      const start = as(
        `${bin}/pg_ctl -D ${dir}/data -l ${dir}/pg.log -w -o "-p 15433 -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c hba_file=${dir}/pg_hba.conf" start`,
      );
      assert.equal(start.code, 0, start.stderr + start.stdout);
      const script = as(`psql --no-psqlrc -h ${dir} -p 15433 -d postgres -f ${dir}/databases.sql`);
      assert.equal(script.code, 0, script.stderr);
    });
    after(() => {
      as(`${bin}/pg_ctl -D ${dir}/data -m fast -w stop`);
      rmSync(dir, { recursive: true, force: true });
    });

    const login = (pw: string) =>
      run("env", [
        `PGPASSWORD=${pw}`,
        "psql",
        "--no-psqlrc",
        "-At",
        "-h",
        "127.0.0.1",
        "-p",
        "15433",
        "-U",
        "ledger",
        "-d",
        "ledger",
        "-c",
        "SELECT current_user",
      ]);

    test("the owner logs in over the network with the secret's value, and with nothing else", () => {
      const ok = login(password);
      assert.equal(ok.stdout, "ledger\n", ok.stderr);
      const wrong = login("not the password");
      assert.notEqual(wrong.code, 0);
      assert.match(wrong.stderr, /password authentication failed for user "ledger"/);
    });
  });
});

/**
 * mkService: what one app spec becomes on its host: the app's user, state and files, a hardened
 * unit running a Debian package's program or a podman container, its secrets (restarting it on
 * change), its firewall opening and health check, its registrations; nothing while it is
 * disabled; clear errors for a spec that cannot work.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mkOption, types } from "hearth";
import { mkService } from "../../lab/lib/index.ts";
import { images } from "../../lab/overlays/images.ts";
import { defineModule, toPlain } from "../../src/modules/index.ts";
import { fileText } from "../host/helpers.ts";
import { exampleLab, generationOf } from "./helpers.ts";

const secretsFile = new URL(
  "../../lab/modules/applications/productivity/miniflux/secrets.sops.yaml",
  import.meta.url,
);

const notes = mkService("productivity/notes", {
  description: "Notes",
  port: 7070,
  native: {
    package: "python3",
    exec: ({ cfg }) => `/usr/bin/python3 -m http.server ${cfg.port} -d /var/lib/notes`,
  },
  state: ["/var/lib/notes", "/srv/notes"],
  files: ({ cfg }) => ({ "/etc/hearth/notes.conf": `greeting = ${cfg.greeting}\n` }),
  secrets: { file: secretsFile, env: "services/miniflux/env" },
  metrics: { path: "/stats" },
  options: { greeting: mkOption({ type: types.str, default: "hello", description: "What it says." }) },
});

const board = mkService("productivity/board", {
  description: "A board",
  port: 7080,
  uid: 4242,
  container: ({ cfg }) => ({ image: images.whoogle, port: 5000, environment: { GREETING: cfg.greeting } }),
  state: ["/var/lib/board:/data"],
  secrets: { file: secretsFile, files: { token: "services/miniflux/env" } },
  files: ({ secret }) => ({ "/etc/hearth/board.ini": `[api]\ntoken = ${secret("token")}\n` }),
  database: true,
  proxy: { websockets: true },
  ports: { udp: [7081] },
  options: { greeting: mkOption({ type: types.str, default: "hi", description: "What it says." }) },
});

const enableBoth = defineModule({
  imports: [
    notes.module(({ cfg }) => ({ files: { "/etc/motd": { text: `notes say ${cfg.greeting}` } } })),
    board.module(),
  ],
  mySystem: { productivity: { notes: { enable: true }, board: { enable: true } } } as never,
});

describe("mkService", async () => {
  const lab = await exampleLab({ shodan: [enableBoth] });
  const g = generationOf(lab, "shodan");
  const config = lab.host("shodan").config;

  test("a native app: its package, user, state, files, and a hardened unit running the program", () => {
    assert.ok(g.manifest.packages.includes("python3"));
    assert.ok(g.manifest.users.some((u) => u.name === "notes"));
    assert.deepEqual(toPlain(config.directories["/srv/notes"]), {
      mode: "0750",
      user: "notes",
      group: "notes",
    });
    const unit = fileText(g, "units/notes.service");
    assert.match(unit, /^ExecStart=\/usr\/bin\/python3 -m http\.server 7070 -d \/var\/lib\/notes$/m);
    assert.match(unit, /^User=notes$/m);
    assert.match(unit, /^StateDirectory=notes$/m);
    assert.match(unit, /^ReadWritePaths=\/srv\/notes$/m);
    assert.match(unit, /^EnvironmentFile=\/run\/hearth\/secrets\/notes\/env$/m);
    assert.match(unit, /^NoNewPrivileges=yes$/m);
    assert.match(unit, /^ProtectSystem=strict$/m);
    assert.doesNotMatch(unit, /DynamicUser=yes/);
    const file = g.manifest.files.find((f) => f.path === "/etc/hearth/notes.conf") as Record<string, string>;
    assert.deepEqual([file.mode, file.user, file.group], ["0640", "root", "notes"]);
    assert.ok(
      g.manifest.units.find((u) => u.name === "notes.service")!.restartTriggers,
      "its files restart it",
    );
    assert.deepEqual(toPlain(config.secrets["notes/env"].restartUnits), ["notes.service"]);
  });

  test("a container app: its uid, state and secret volumes, database socket, ports", () => {
    const c = toPlain(config.containers.board) as Record<string, any>;
    assert.equal(c.user, "4242:4242");
    assert.deepEqual(c.volumes, [
      "/etc/localtime:/etc/localtime:ro",
      "/var/lib/board:/data",
      "/run/postgresql:/run/postgresql",
      "/run/hearth/secrets/board/token:/run/secrets/token:ro",
    ]);
    assert.deepEqual(c.ports, ["7080:5000", "7081:7081/udp"]);
    assert.deepEqual(c.environment, { TZ: "Europe/Berlin", GREETING: "hi" });
    assert.deepEqual(c.capabilities, { ALL: false });
    assert.match(fileText(g, "units/podman-board.service"), /^After=postgresql@15-main\.service$/m);
    assert.equal(config.users.board.uid, 4242);
    assert.equal(config.groups.board.gid, 4242);
    assert.deepEqual(toPlain(config.secrets["board/token"].restartUnits), ["podman-board.service"]);
  });

  test("a file holding a secret is a template the host fills in, never a file of the generation", () => {
    assert.ok(!g.manifest.files.some((f) => f.path === "/etc/hearth/board.ini"));
    assert.deepEqual(g.manifest.templates, [
      {
        name: "board/etc/hearth/board.ini",
        content: "[api]\ntoken = <hearth-secret:board/token>\n",
        secrets: ["board/token"],
        path: "/etc/hearth/board.ini",
        owner: "board",
        group: "root",
        mode: "0400",
        restartUnits: ["podman-board.service"],
        reloadUnits: [],
      },
    ]);
  });

  test("its ports are open to the lab's networks, and a deploy waits for it to answer", () => {
    assert.deepEqual(toPlain(config.firewall.rules.board), {
      tcp: [7080],
      udp: [7081],
      interfaces: [],
      sources: ["10.8.10.0/24", "10.8.20.0/24", "10.8.40.0/24"],
    });
    assert.deepEqual(toPlain(config.checks.board.http), {
      url: "http://127.0.0.1:7080/",
      status: 200,
      body: null,
    });
  });

  test("its wants: route, DNS, dashboard, health check, metrics, backup, database, ports", () => {
    const r = toPlain(config.mySystem.registry) as Record<string, Record<string, any>>;
    assert.equal(r.routes!["productivity/board"].host, "board.example.org");
    assert.equal(r.routes!["productivity/board"].websockets, true);
    assert.equal(r.routes!["productivity/notes"].upstream.port, 7070);
    assert.match(
      r.dnsRecords!["productivity/notes"].definedAt.join(" "),
      /test\/services\/mkservice\.test\.ts:\d+/,
    );
    assert.deepEqual(r.scrapeTargets!["productivity/notes"], {
      job: "notes",
      targets: ["shodan.l.example.org:7070"],
      path: "/stats",
      scheme: "http",
      interval: null,
    });
    assert.equal(r.scrapeTargets!["productivity/board"], undefined, "no metrics, no scrape target");
    assert.deepEqual(r.backups!["productivity/board"], {
      paths: ["/var/lib/board"],
      exclude: [],
      user: "board",
      databases: ["board"],
    });
    assert.equal(r.databases!["productivity/board"].host, "shodan");
    assert.deepEqual(r.ports!["productivity/board"].tcp, [7080]);
  });

  test("the app's specifics apply while it is enabled, and nothing of it exists otherwise", async () => {
    assert.equal(config.files["/etc/motd"].text, "notes say hello");
    const off = await exampleLab({
      shodan: [defineModule({ imports: [notes.module(() => ({ files: { "/etc/motd": { text: "on" } } }))] })],
    });
    const c = off.host("shodan").config;
    assert.equal(c.files["/etc/motd"], undefined);
    assert.equal(c.users.notes, undefined);
    assert.equal(c.systemd.services.notes, undefined);
    assert.equal(c.mySystem.registry.routes["productivity/notes"], undefined);
    assert.equal(
      c.mySystem.productivity.notes.url,
      "https://notes.example.org",
      "its options exist, computed",
    );
  });

  test("a spec that cannot work is refused, saying why", () => {
    assert.throws(
      () =>
        mkService("nowhere/app" as never, {
          description: "x",
          port: 1,
          native: { package: "x", exec: "/x" },
        }),
      /test\/services\/mkservice\.test\.ts:\d+: mkService\("nowhere\/app"\): not <category>\/<app>/,
    );
    assert.throws(
      () =>
        mkService("media/both", {
          description: "x",
          port: 1,
          native: { package: "x", exec: "/x" },
          container: { image: images.whoogle },
        }),
      /give exactly one of `native` and `container`/,
    );
  });

  test("a placeholder of a secret the app does not have is refused, naming it", async () => {
    const typo = mkService("productivity/typo", {
      description: "x",
      port: 7095,
      native: { package: "python3", exec: "/usr/bin/python3" },
      secrets: { file: secretsFile, files: { token: "services/miniflux/env" } },
      files: ({ secret }) => ({ "/etc/hearth/typo.ini": `token = ${secret("tokn")}\n` }),
    });
    const broken = await exampleLab({
      shodan: [
        defineModule({
          imports: [typo.module()],
          mySystem: { productivity: { typo: { enable: true } } } as never,
        }),
      ],
    });
    const check = broken.check("shodan");
    assert.equal(check.ok, false);
    assert.match(check.errors.join("\n"), /typo has no secret `tokn' \(secrets\.files\)/);
  });

  test("a container app without a fixed uid is refused", () => {
    assert.throws(
      () => mkService("media/bare", { description: "x", port: 7090, container: { image: images.whoogle } }),
      (e: Error & { userFacing?: boolean }) =>
        e.userFacing === true &&
        /mkService\("media\/bare"\): a container app needs a fixed `uid`/.test(e.message),
    );
  });
});

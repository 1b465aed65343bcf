/** check, eval, options and explain on the example lab, and on a copy of it broken three ways. */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { copyLab, hearth, lineOf, repoRoot } from "./helpers.ts";

describe("the example lab", () => {
  test("check passes (types and every host)", async () => {
    const r = await hearth(["check"]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /✓ daedalus\n✓ shodan\n✓ xerxes\n/);
    assert.match(r.out, /3 hosts evaluated, types checked/);
  });

  test("check --json", async () => {
    const r = await hearth(["check", "--json", "--no-typecheck"]);
    assert.equal(r.code, 0);
    const j = JSON.parse(r.out);
    assert.equal(j.ok, true);
    assert.deepEqual(
      j.hosts.map((h: { name: string }) => h.name),
      ["daedalus", "shodan", "xerxes"],
    );
  });

  test("eval prints the whole configuration, or one option, as text or JSON", async () => {
    const all = await hearth(["eval", "daedalus", "--json"]);
    assert.equal(all.code, 0, all.err);
    const config = JSON.parse(all.out);
    assert.equal(config.mySystem.media.jellyfin.url, "https://jellyfin.example.org");
    assert.equal(config._module, undefined);
    const one = await hearth(["eval", "daedalus", "mySystem.media.jellyfin.port"]);
    assert.equal(one.out, "8096\n");
    const sub = await hearth(["eval", "daedalus", "mySystem.media"]);
    // Names sorted, as Nix lists them.
    assert.match(
      sub.out,
      /^jellyfin:\n {2}addToDNS: true\n {2}addToHomepage: true\n {2}backup: true\n {2}enable: true\n/,
    );
  });

  test("eval of a missing host or path is a user error (exit 1)", async () => {
    const host = await hearth(["eval", "nope"]);
    assert.equal(host.code, 1);
    assert.match(host.err, /There is no host `nope' in this lab. Hosts: daedalus, shodan, xerxes/);
    const path = await hearth(["eval", "daedalus", "mySystem.nope"]);
    assert.equal(path.code, 1);
    assert.match(path.err, /`mySystem.nope' does not exist/);
  });

  // A misspelt name is answered with the nearest ones, by every command that takes a name.
  const misspelt: [string, string[], RegExp][] = [
    ["a host", ["eval", "shodn"], /There is no host `shodn' in this lab. Did you mean `shodan'\? Hosts: /],
    ["a host to build", ["build", "xerxs"], /There is no host `xerxs' in this lab. Did you mean `xerxes'\?/],
    [
      "a path to eval",
      ["eval", "shodan", "mySystem.proxy.servr"],
      /`mySystem.proxy.servr' does not exist in the configuration of shodan. Did you mean `mySystem.proxy.server'\?/,
    ],
    [
      "a namespace to explain",
      ["explain", "shodan", "mySystem.proxi.server"],
      /No option `mySystem.proxi.server' is declared for shodan. Did you mean `mySystem.proxy'\?/,
    ],
    [
      "an option prefix",
      ["options", "mySystem.proxy.serv"],
      /No option is `mySystem.proxy.serv' or below it. Did you mean `mySystem.proxy.server'\?/,
    ],
    ["no path at all", ["options", "."], /`.' is not an option path/],
    // The right name in the wrong place: where it is declared.
    [
      "an app under another category (explain)",
      ["explain", "shodan", "mySystem.services.gatus.enable"],
      /No option `mySystem.services.gatus.enable' is declared for shodan. Did you mean `mySystem.monitoring.gatus.enable'\?/,
    ],
    [
      "an app without its category (eval)",
      ["eval", "shodan", "mySystem.gatus"],
      /`mySystem.gatus' does not exist in the configuration of shodan. Did you mean `mySystem.monitoring.gatus'\?/,
    ],
    [
      "a namespace without the one it lives in (eval)",
      ["eval", "shodan", "networking"],
      /`networking' does not exist in the configuration of shodan. Did you mean `mySystem.networking'\?/,
    ],
    [
      "an app under another category with a misspelt category (eval)",
      ["eval", "shodan", "mySystem.servics.gatus"],
      /Did you mean `mySystem.monitoring.gatus', `mySystem.services' or `mySystem.metrics'\?/,
    ],
    [
      "an app under another category (options)",
      ["options", "mySystem.services.gatus"],
      /No option is `mySystem.services.gatus' or below it. Did you mean `mySystem.monitoring.gatus'\?/,
    ],
  ];
  // Inside an option's value, names are an attribute set's: no option is suggested for them.
  for (const args of [
    ["eval", "shodan", "systemd.services.jellyfin"],
    ["eval", "shodan", "mySystem.registry.routes.gatus"],
    ["options", "users.jellyfin"],
  ]) {
    test(`a name inside an option's value gets no place elsewhere: ${args.join(" ")}`, async () => {
      const r = await hearth(args);
      assert.equal(r.code, 1, r.err);
      assert.doesNotMatch(r.err, /Did you mean `mySystem/);
    });
  }
  for (const [what, args, message] of misspelt) {
    test(`a misspelt name gets the nearest ones: ${what}`, async () => {
      const r = await hearth(args);
      assert.equal(r.code, 1, r.err);
      assert.match(r.err, message);
    });
  }

  test("a reader that stops early (`hearth options | head`) ends the command quietly", async () => {
    const child = spawn(process.execPath, [join(repoRoot, "bin", "hearth.mjs"), "options"], {
      cwd: repoRoot,
    });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.stdout.once("data", () => child.stdout.destroy());
    const [code] = (await once(child, "exit")) as [number];
    assert.equal(code, 0, err);
    assert.doesNotMatch(err, /EPIPE|Error/);
  });

  test("options lists every option and writes docs/options.md", async () => {
    const r = await hearth(["options", "--json"]);
    assert.equal(r.code, 0, r.err);
    const docs = JSON.parse(r.out) as {
      path: string;
      type: string;
      default?: string;
      declarations: string[];
    }[];
    const port = docs.find((d) => d.path === "mySystem.media.jellyfin.port")!;
    assert.equal(port.default, "8096");
    assert.match(port.type, /16 bit unsigned integer/);
    assert.match(port.declarations[0]!, /^lab\/modules\/applications\/media\/jellyfin\/index\.ts:\d+$/);
    assert.ok(!docs.some((d) => d.path.startsWith("_module.check")), "internal options are hidden");
    const markdown = readFileSync(join(repoRoot, "docs", "options.md"), "utf8");
    assert.match(markdown, /## `mySystem\.media\.jellyfin\.port`/);
    const prefixed = await hearth(["options", "mySystem.media"]);
    assert.match(prefixed.out, /mySystem\.media\.jellyfin\.enable/);
    assert.doesNotMatch(prefixed.out, /mySystem\.domain/);
  });

  test("explain shows the value, the type, the declaration and every definition with its priority", async () => {
    const r = await hearth(["explain", "daedalus", "mySystem.purpose", "--json"]);
    assert.equal(r.code, 0, r.err);
    const e = JSON.parse(r.out);
    assert.equal(e.value, "Network Attached Storage");
    assert.equal(e.type, "string");
    assert.match(e.declarations[0], /lab\/modules\/system\/system\/index\.ts:\d+/);
    const winners = e.definitions.filter((d: { wins: boolean }) => d.wins);
    assert.equal(winners.length, 1);
    assert.match(winners[0].location, /lab\/hosts\/daedalus\/index\.ts:\d+/);
    assert.ok(e.definitions.some((d: { priority: number; wins: boolean }) => d.priority === 1500 && !d.wins));
    const text = await hearth(["explain", "daedalus", "mySystem.purpose"]);
    assert.match(text.out, /✓ lab\/hosts\/daedalus\/index\.ts:\d+ {2}\[plain 100\]/);
  });

  test("explain shows a definition's lazy parts as the values they compute", async () => {
    // openssh.ts defines `allowedTCPPorts: [lazy(() => cfg.port)]`.
    const r = await hearth(["explain", "shodan", "firewall.allowedTCPPorts", "--json"]);
    assert.equal(r.code, 0, r.err);
    const e = JSON.parse(r.out);
    const ssh = e.definitions.find((d: { location: string }) => /openssh\.ts:\d+$/.test(d.location));
    assert.equal(ssh?.value, "[22]");
    assert.doesNotMatch(r.out, /thunk/);
  });

  test("explain of an undeclared option", async () => {
    const r = await hearth(["explain", "daedalus", "mySystem.nothing"]);
    assert.equal(r.code, 1);
    assert.match(r.err, /No option `mySystem.nothing' is declared for daedalus/);
  });
});

describe("a copy of the example lab, broken three ways", () => {
  let lab: ReturnType<typeof copyLab>;
  before(() => {
    lab = copyLab();
    // 1. A value of the wrong type.
    lab.edit(
      "lab/hosts/daedalus/services.ts",
      "jellyfin: { enable: true }",
      'jellyfin: { enable: true, port: "8096x" }',
    );
    // 2. A misspelt option.
    lab.edit("lab/global.ts", "timezone:", "timezoen:");
    // 3. Two modules defining one value differently.
    lab.edit("lab/hosts/daedalus/services.ts", "mySystem: {", 'mySystem: {\n    purpose: "Storage",');
  });
  after(() => lab.remove());

  test("check fails (exit 1), and every message names file, line and option", async () => {
    const r = await hearth(["check"], lab.dir);
    assert.equal(r.code, 1);
    // The type checker names the file and line of each mistake.
    assert.match(
      r.err,
      new RegExp(
        `lab/hosts/daedalus/services\\.ts\\(${lineOf(lab.dir, "lab/hosts/daedalus/services.ts", "8096x")},\\d+\\): error TS2322`,
      ),
    );
    assert.match(
      r.err,
      new RegExp(
        `lab/global\\.ts\\(${lineOf(lab.dir, "lab/global.ts", "timezoen")},\\d+\\): error TS2353.*'timezoen'`,
      ),
    );
    // Evaluation: the undeclared option, where it is, and what was meant.
    assert.match(r.err, /The option `mySystem\.timezoen' does not exist/);
    assert.match(r.err, new RegExp(`In \`lab/global\\.ts:${lineOf(lab.dir, "lab/global.ts", "timezoen")}'`));
    assert.match(r.err, /Did you mean `mySystem\.timezone'\?/);
    // The wrong type, and the conflict: every mistake is reported, not only the first.
    assert.match(r.err, /A definition for option `mySystem\.media\.jellyfin\.port' is not of type/);
    assert.match(
      r.err,
      new RegExp(
        `In \`lab/hosts/daedalus/services\\.ts:${lineOf(lab.dir, "lab/hosts/daedalus/services.ts", "8096x")}': "8096x"`,
      ),
    );
    assert.match(r.err, /The option `mySystem\.purpose' has conflicting definition values/);
  });

  test("eval reports the wrong type with its file and line", async () => {
    lab.edit("lab/global.ts", "timezoen:", "timezone:");
    const r = await hearth(["eval", "daedalus", "mySystem.media.jellyfin.port"], lab.dir);
    assert.equal(r.code, 1);
    assert.match(
      r.err,
      /A definition for option `mySystem\.media\.jellyfin\.port' is not of type `16 bit unsigned integer/,
    );
    assert.match(
      r.err,
      new RegExp(
        `In \`lab/hosts/daedalus/services\\.ts:${lineOf(lab.dir, "lab/hosts/daedalus/services.ts", "8096x")}': "8096x"`,
      ),
    );
  });

  test("eval reports the conflict with both definitions' files and lines", async () => {
    const r = await hearth(["eval", "daedalus", "mySystem.purpose"], lab.dir);
    assert.equal(r.code, 1);
    assert.match(r.err, /The option `mySystem\.purpose' has conflicting definition values/);
    assert.match(
      r.err,
      new RegExp(
        `lab/hosts/daedalus/services\\.ts:${lineOf(lab.dir, "lab/hosts/daedalus/services.ts", "Storage")}': "Storage"`,
      ),
    );
    assert.match(
      r.err,
      new RegExp(
        `lab/hosts/daedalus/index\\.ts:${lineOf(lab.dir, "lab/hosts/daedalus/index.ts", "Network Attached")}': "Network Attached Storage"`,
      ),
    );
  });

  test("explain shows the conflicting definitions and the error", async () => {
    const r = await hearth(["explain", "daedalus", "mySystem.purpose"], lab.dir);
    assert.equal(r.code, 1);
    assert.match(r.out, /error: The option `mySystem\.purpose' has conflicting definition values/);
    assert.match(r.out, /lab\/hosts\/daedalus\/services\.ts:\d+ {2}\[plain 100\]/);
  });
});

describe("a copy of the example lab whose shodan enables its monitoring apps under another category", () => {
  let lab: ReturnType<typeof copyLab>;
  before(() => {
    lab = copyLab();
    // The apps exist, but under mySystem.monitoring; daedalus and xerxes read shodan's configuration.
    lab.edit("lab/hosts/shodan/services.ts", "monitoring: {", "services: {");
  });
  after(() => lab.remove());

  test("check names where each app is declared, and prints shodan's errors once, under shodan", async () => {
    const r = await hearth(["check", "--no-typecheck"], lab.dir);
    assert.equal(r.code, 1);
    const line = lineOf(lab.dir, "lab/hosts/shodan/services.ts", "gatus:");
    assert.match(
      r.err,
      new RegExp(
        `The option \`mySystem\\.services\\.gatus' does not exist\\. Definition values:\n {2}- In \`lab/hosts/shodan/services\\.ts:${line}'`,
      ),
    );
    assert.match(r.err, /Did you mean `mySystem\.monitoring\.gatus'\?/);
    // The hosts that read shodan's configuration fail too, and point to shodan's errors.
    const section = (host: string) => r.err.split(/^✗ /m).find((s) => s.startsWith(`${host}\n`)) ?? "";
    for (const host of ["daedalus", "xerxes"]) {
      assert.equal(
        section(host),
        `${host}\n  Met reading the configuration of shodan (through nodes): the error shown under shodan.\n`,
      );
    }
    assert.equal(r.err.match(/`mySystem\.services\.gatus' does not exist/g)?.length, 1);
  });

  test("build and eval of a host reading shodan say the error is shodan's", async () => {
    for (const args of [
      ["build", "daedalus", "--out", join(lab.dir, "result")],
      ["eval", "daedalus"],
    ]) {
      const r = await hearth(args, lab.dir);
      assert.equal(r.code, 1, args.join(" "));
      assert.match(
        r.err,
        /Met reading the configuration of shodan \(through nodes\):\n {0,2}The option `mySystem\.services\.victoriametrics' does not exist/,
        args.join(" "),
      );
    }
    // Every host built: shodan's errors in full once, under shodan.
    const all = await hearth(["build", "--out", join(lab.dir, "result")], lab.dir);
    assert.equal(all.code, 1);
    assert.match(
      all.err,
      /✗ daedalus\n {2}Met reading the configuration of shodan \(through nodes\): the error shown under shodan\.\n/,
    );
    assert.equal(all.err.match(/`mySystem\.services\.gatus' does not exist/g)?.length, 1);
  });
});

describe("a copy of the example lab whose hosts' module functions read each other", () => {
  let lab: ReturnType<typeof copyLab>;
  before(() => {
    lab = copyLab();
    // Each host's imports depend on the other's configuration: collecting one needs the other's.
    for (const [host, other] of [
      ["shodan", "xerxes"],
      ["xerxes", "shodan"],
    ]) {
      const file = `lab/hosts/${host}/index.ts`;
      lab.edit(file, "export default defineModule({", "export default defineModule(({ nodes }: any) => ({");
      lab.edit(
        file,
        "  imports: [hardware, services],",
        `  imports: nodes.${other}.config.mySystem.purpose === "x" ? [] : [hardware, services],`,
      );
      lab.edit(file, "\n});", "\n}));");
    }
  });
  after(() => lab.remove());

  test("check reports the cycle between the hosts with both reads' lines, not a stack overflow", async () => {
    const r = await hearth(["check", "--no-typecheck"], lab.dir);
    assert.equal(r.code, 1);
    const at = (host: string) =>
      `lab/hosts/${host}/index\\.ts:${lineOf(lab.dir, `lab/hosts/${host}/index.ts`, "imports:")}`;
    assert.match(
      r.err,
      new RegExp(
        `✗ shodan\n {2}Infinite recursion between hosts: collecting the modules of \`shodan' reads another host's configuration \\(through \`nodes\\.<host>\\.config'\\), which needs the modules of \`shodan' \\(shodan → xerxes → shodan\\)\\. Read at ${at("shodan")}, ${at("xerxes")}\\.`,
      ),
    );
    assert.match(r.err, /✗ xerxes\n {2}Infinite recursion between hosts: collecting the modules of `xerxes'/);
    assert.doesNotMatch(r.err, /Maximum call stack|internal error/);
  });
});

describe("a copy of the example lab whose hosts' options are a cycle between them", () => {
  let lab: ReturnType<typeof copyLab>;
  before(() => {
    lab = copyLab();
    // Each host's purpose is the other's, read eagerly: no value can satisfy both.
    for (const [host, other, purpose] of [
      ["shodan", "xerxes", '  mySystem: { purpose: "Homelab", network:'],
      ["xerxes", "shodan", "  mySystem: { network:"],
    ] as const) {
      const file = `lab/hosts/${host}/index.ts`;
      lab.edit(
        file,
        "  imports: [hardware, services],",
        "  imports: [hardware, services],\n  config: ({ nodes }: any) => ({",
      );
      lab.edit(
        file,
        purpose,
        `  mySystem: { purpose: \`next to \${nodes.${other}.config.mySystem.purpose}\`, network:`,
      );
      lab.edit(file, "\n});", "\n  }),\n});");
    }
  });
  after(() => lab.remove());

  test("check names both hosts of the cycle, and prints it once, under the first", async () => {
    const r = await hearth(["check", "--no-typecheck"], lab.dir);
    assert.equal(r.code, 1, r.out);
    assert.match(
      r.err,
      /✗ shodan\n {2}Infinite recursion between hosts: `shodan' and `xerxes' \(this configuration, the configurations it reads/,
    );
    for (const host of ["daedalus", "xerxes"])
      assert.match(
        r.err,
        new RegExp(
          `✗ ${host}\n {2}Met reading the configuration of shodan \\(through nodes\\): the error shown under shodan\\.\n`,
        ),
      );
    assert.equal(r.err.match(/Infinite recursion/g)?.length, 1);
    assert.doesNotMatch(r.err, /Maximum call stack|internal error/);
  });
});

describe("a lab edited between two commands", () => {
  let lab: ReturnType<typeof copyLab>;
  before(() => {
    lab = copyLab();
  });
  after(() => lab.remove());

  test("each command sees the files as they are now (bundle and type-check caches)", async () => {
    const port = ["eval", "daedalus", "mySystem.media.jellyfin.port"];
    assert.equal((await hearth(port, lab.dir)).out, "8096\n");
    // Same size, same folder: only the content tells the change.
    lab.edit(
      "lab/hosts/daedalus/services.ts",
      "jellyfin: { enable: true }",
      "jellyfin: { enable: true, port: 8097 }",
    );
    assert.equal((await hearth(port, lab.dir)).out, "8097\n");
    lab.edit("lab/hosts/daedalus/services.ts", "port: 8097", 'port: "8097"');
    for (let i = 0; i < 2; i++) {
      const r = await hearth(["check"], lab.dir);
      assert.equal(r.code, 1, `check ${i + 1} must fail`);
      assert.match(r.err, /lab\/hosts\/daedalus\/services\.ts\(\d+,\d+\): error TS2322/);
    }
    lab.edit("lab/hosts/daedalus/services.ts", 'port: "8097"', "port: 8097");
    const fixed = await hearth(["check"], lab.dir);
    assert.equal(fixed.code, 0, fixed.err);
  });

  test("a copy of the lab, caches included, is its own lab", async () => {
    const copy = `${lab.dir}-copy`;
    cpSync(lab.dir, copy, { recursive: true });
    try {
      const services = join(copy, "lab/hosts/daedalus/services.ts");
      writeFileSync(services, readFileSync(services, "utf8").replace("port: 8097", "port: 8098"));
      const port = ["eval", "daedalus", "mySystem.media.jellyfin.port"];
      assert.equal((await hearth(port, copy)).out, "8098\n");
      assert.equal((await hearth(port, lab.dir)).out, "8097\n");
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

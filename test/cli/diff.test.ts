/**
 * `hearth diff`: what deploying the lab would change on hosts running earlier generations, from a
 * `hearth build` folder or the lab at a git revision, with the deploy's own planner.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { copyLab, hearth, repoRoot } from "./helpers.ts";

/** Disables an app on shodan: its route, DNS name, dashboard entry, health check and container go. */
const disableWhoogle = (lab: ReturnType<typeof copyLab>) =>
  lab.edit("lab/hosts/shodan/services.ts", "whoogle: { enable: true }", "whoogle: { enable: false }");

/** What the change does to shodan, as the plan prints it. */
function assertWhoogleGone(out: string): void {
  assert.match(out, /^daedalus: no change \([0-9a-f]{12}\)$/m);
  assert.match(out, /^xerxes: no change \([0-9a-f]{12}\)$/m);
  const shodan = out.split(/^shodan /m)[1]!.split(/^xerxes/m)[0]!;
  assert.match(shodan, /^ {4}~ \/etc\/hearth\/nginx\/nginx\.conf \(content\)$/m);
  assert.match(shodan, /^ {6}- {2}# whoogle\.example\.org → http:\/\/127\.0\.0\.1:5000$/m);
  assert.match(shodan, /^ {6}-address=\/whoogle\.example\.org\/10\.8\.20\.11$/m);
  assert.match(shodan, /^ {4}stop {4}podman-whoogle\.service$/m);
  assert.match(shodan, /^ {4}reload {2}hearth-firewall\.service, nginx\.service$/m);
  assert.match(shodan, /^ {2}containers: - whoogle$/m);
  // Not changes: the checks every deploy runs, units restarted only if secrets differ on a host.
  assert.doesNotMatch(shodan, /health checks|restarted if their secrets/);
}

describe("hearth diff against a build folder", () => {
  let lab: ReturnType<typeof copyLab>;
  before(async () => {
    lab = copyLab();
    const r = await hearth(["build", "--out", "before"], lab.dir);
    assert.equal(r.code, 0, r.err);
  });
  after(() => lab.remove());

  test("the lab as built: no change on any host (exit 0)", async () => {
    const r = await hearth(["diff", "--against", "before"], lab.dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.match(/: no change \(/g)?.length, 3, r.out);
  });

  test("an app disabled: the files, units and container it takes away, with diffs (exit 3)", async () => {
    disableWhoogle(lab);
    const r = await hearth(["diff", "--against", "before"], lab.dir);
    assert.equal(r.code, 3, r.err);
    assert.match(r.out, /^shodan \(against before\/\): [0-9a-f]{12} → [0-9a-f]{12}$/m);
    assertWhoogleGone(r.out);
    const quiet = await hearth(["diff", "shodan", "--against", "before", "--no-diff"], lab.dir);
    assert.equal(quiet.code, 3);
    assert.doesNotMatch(quiet.out, /whoogle\.example\.org → /);
    assert.doesNotMatch(quiet.out, /daedalus/);
  });

  test("a host the build does not have: everything is added", async () => {
    rmSync(join(lab.dir, "before", "xerxes"), { recursive: true });
    const r = await hearth(["diff", "xerxes", "--against", "before", "--json"], lab.dir);
    assert.equal(r.code, 3, r.err);
    const j = JSON.parse(r.out);
    const xerxes = j.hosts[0];
    assert.equal(xerxes.from, null);
    assert.ok(xerxes.plan.files.add.some((w: { path: string }) => w.path === "/etc/hostname"));
    assert.ok(xerxes.plan.units.start.includes("nginx.service"), xerxes.plan.units.start.join(" "));
    assert.ok(xerxes.plan.packages.install.includes("nginx"));
  });

  test("neither a folder nor a revision: a user error (exit 1)", async () => {
    const r = await hearth(["diff", "--against", "no-such-thing"], lab.dir);
    assert.equal(r.code, 1);
    assert.match(
      r.err,
      /`no-such-thing' is neither a folder \(the output of `hearth build'\) nor a git revision of /,
    );
  });
});

describe("hearth diff on what only a host's facts would tell", () => {
  let lab: ReturnType<typeof copyLab>;
  const shodan = "lab/hosts/shodan/index.ts";
  before(async () => {
    lab = copyLab();
    // A Debian account (www-data) as a member of a declared group.
    lab.edit(shodan, "  hostKey:", '  groups: { logs: { members: ["www-data"] } },\n  hostKey:');
    const r = await hearth(["build", "--out", "before"], lab.dir);
    assert.equal(r.code, 0, r.err);
  });
  after(() => lab.remove());

  test("a Debian account in a declared group, as deployed: no change", async () => {
    const r = await hearth(["diff", "shodan", "--against", "before"], lab.dir);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /^shodan: no change/);
  });

  test("a new drop-in on a unit the distribution runs restarts it", async () => {
    lab.edit(
      shodan,
      "  hostKey:",
      "  systemd: { services: { cron: { dropIn: true, Service: { Nice: 5 } } } },\n  hostKey:",
    );
    const r = await hearth(["diff", "shodan", "--against", "before"], lab.dir);
    assert.equal(r.code, 3, r.err);
    assert.match(r.out, /^ {4}install cron\.service$/m);
    assert.match(r.out, /^ {4}restart cron\.service$/m);
  });

  test("a folder that holds no generation is not taken for an empty build", async () => {
    const r = await hearth(["diff", "--against", "lab"], lab.dir);
    assert.equal(r.code, 1);
    assert.match(
      r.err,
      /lab holds no generation \(<host>\/manifest\.json\): it is not a folder `hearth build' wrote/,
    );
  });
});

describe("hearth diff against a git revision", () => {
  let lab: ReturnType<typeof copyLab>;
  const git = (...args: string[]) => {
    const r = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], {
      cwd: lab.dir,
      encoding: "utf8",
    });
    assert.equal(r.status, 0, r.stderr);
  };
  before(() => {
    lab = copyLab();
    git("init", "-q");
    git("add", "-A");
    git("commit", "-qm", "the lab");
  });
  after(() => lab.remove());

  test("several diffs at once extracting the same commit each get it whole", async () => {
    disableWhoogle(lab);
    const runs = await Promise.all(
      [1, 2, 3].map(async () => {
        const child = spawn(process.execPath, [join(repoRoot, "bin", "hearth.mjs"), "diff"], {
          cwd: lab.dir,
          env: { ...process.env, NO_COLOR: "1" },
        });
        let out = "";
        let err = "";
        child.stdout.on("data", (d) => (out += d));
        child.stderr.on("data", (d) => (err += d));
        const [code] = await once(child, "close");
        return { code, out, err };
      }),
    );
    for (const r of runs) {
      assert.equal(r.code, 3, r.err);
      assertWhoogleGone(r.out);
    }
  });

  test("HEAD by default: the lab's uncommitted change, as a deploy would make it", async () => {
    const r = await hearth(["diff"], lab.dir);
    assert.equal(r.code, 3, r.err);
    assert.match(r.out, /^shodan \(against HEAD \([0-9a-f]{12}\)\): [0-9a-f]{12} → [0-9a-f]{12}$/m);
    assertWhoogleGone(r.out);
    const j = JSON.parse((await hearth(["diff", "shodan", "--json"], lab.dir)).out);
    assert.equal(j.changed, true);
    assert.deepEqual(j.hosts[0].plan.containers.remove, ["whoogle"]);
    git("commit", "-qam", "whoogle off");
  });

  test("a host broken at the revision: its errors named there, the others still compared", async () => {
    lab.edit("lab/hosts/xerxes/index.ts", "  hostKey:", "  mySystem: { nope: 1 },\n  hostKey:");
    git("commit", "-qam", "xerxes broken");
    lab.edit("lab/hosts/xerxes/index.ts", "  mySystem: { nope: 1 },\n", "");
    const r = await hearth(["diff"], lab.dir);
    assert.equal(r.code, 1, r.out);
    // Every host reads xerxes (through nodes): its error is printed once, under xerxes.
    assert.match(
      r.err,
      /✗ xerxes at HEAD \([0-9a-f]{12}\)\n {2}The option `mySystem\.nope' does not exist\. Definition values:\n {2}- In `HEAD:lab\/hosts\/xerxes\/index\.ts:\d+'/,
    );
    assert.match(
      r.err,
      /✗ daedalus at HEAD \([0-9a-f]{12}\)\n {2}Met reading the configuration of xerxes \(through nodes\): the error shown under xerxes\./,
    );
    assert.equal(r.err.match(/does not exist/g)?.length, 1);
    git("commit", "-qam", "xerxes mended");
  });

  test("committed, it is HEAD: no change; the earlier commit gives the same diff", async () => {
    const now = await hearth(["diff"], lab.dir);
    assert.equal(now.code, 0, now.out + now.err);
    const r = await hearth(["diff", "--against", "HEAD~3"], lab.dir);
    assert.equal(r.code, 3, r.err);
    assertWhoogleGone(r.out);
    // Each revision's files extracted once, under .hearth/diff/, ignored by git: the lab, broken, mended.
    const trees = readdirSync(join(lab.dir, ".hearth", "diff"));
    assert.equal(trees.filter((n) => /^[0-9a-f]+$/.test(n)).length, 3, trees.join(" "));
    assert.deepEqual(
      trees.filter((n) => n.startsWith(".")),
      [],
      "no partial extraction left",
    );
    assert.equal(readFileSync(join(lab.dir, ".hearth", ".gitignore"), "utf8"), "*\n");
  });
});

describe("hearth diff against a revision whose lab does not load", () => {
  let lab: ReturnType<typeof copyLab>;
  before(() => {
    lab = copyLab();
    const git = (...args: string[]) =>
      spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], { cwd: lab.dir });
    git("init", "-q");
    lab.edit("lab/hosts/shodan/index.ts", 'purpose: "Homelab",', 'purpose: "Homelab" network');
    git("add", "-A");
    git("commit", "-qm", "a syntax error");
    lab.edit("lab/hosts/shodan/index.ts", 'purpose: "Homelab" network', 'purpose: "Homelab",');
  });
  after(() => lab.remove());

  test("says so, naming the revision and the file's line (exit 1)", async () => {
    const r = await hearth(["diff"], lab.dir);
    assert.equal(r.code, 1);
    assert.match(
      r.err,
      /^At HEAD, the lab does not load: HEAD:lab\/hosts\/shodan\/index\.ts:\d+:\d+: Expected "\}" but found "network"$/m,
    );
    assert.doesNotMatch(r.err, /\.hearth\/diff/);
  });
});

describe("hearth diff of a lab in a folder of its repository", () => {
  let lab: ReturnType<typeof copyLab>;
  const infra = () => join(lab.dir, "infra");
  const secrets = "lab/modules/providers/backups/secrets.sops.yaml";
  before(() => {
    lab = copyLab();
    mkdirSync(infra());
    for (const f of ["hearth.config.ts", "lab", "deployments"])
      renameSync(join(lab.dir, f), join(infra(), f));
    const git = (...args: string[]) =>
      spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], { cwd: lab.dir });
    git("init", "-q");
    // At HEAD~1, xerxes' options mistaken (a message naming a file relative to the lab); at HEAD,
    // a secrets file gone (a message naming it by its absolute path).
    const xerxes = join(infra(), "lab/hosts/xerxes/index.ts");
    const text = readFileSync(xerxes, "utf8");
    writeFileSync(xerxes, text.replace("  hostKey:", "  mySystem: { nope: 1 },\n  hostKey:"));
    git("add", "-A");
    git("commit", "-qm", "xerxes broken");
    writeFileSync(xerxes, text);
    const kept = readFileSync(join(infra(), secrets));
    rmSync(join(infra(), secrets));
    git("commit", "-qam", "xerxes mended, a secrets file gone");
    writeFileSync(join(infra(), secrets), kept);
  });
  after(() => lab.remove());

  test("the revision's files are named with the lab's folder, as git names them", async () => {
    const xerxes = await hearth(["diff", "xerxes", "--against", "HEAD~1"], infra());
    assert.equal(xerxes.code, 1, xerxes.out);
    assert.match(xerxes.err, /- In `HEAD~1:infra\/lab\/hosts\/xerxes\/index\.ts:\d+': 1/);
    const shodan = await hearth(["diff", "shodan"], infra());
    assert.equal(shodan.code, 1, shodan.out);
    assert.match(shodan.err, /HEAD:infra\/lab\/modules\/providers\/backups\/secrets\.sops\.yaml/);
    for (const r of [xerxes, shodan]) assert.doesNotMatch(r.err, /\.hearth\/diff/);
  });
});

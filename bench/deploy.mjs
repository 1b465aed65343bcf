#!/usr/bin/env node
// Speed of `hearth deploy` on booted test hosts (issue 5): a host with 20 services (a config file
// and a hardened unit each, test/fixtures/deploy-lab with `services: 20`), deployed by the
// `hearth` command as a user runs it (whole processes: Node start-up, loading and building the lab,
// SSH, activation, health checks, confirmation over a new connection).
//
//   node --import tsx bench/deploy.mjs [--runs N]      (as root: it boots test hosts)
//
// Measured: the first deploy; a no-op redeploy; a one-file change (one service restarted); the
// same change on three hosts at once, against one host. "warm" runs reuse the SSH master
// connection the previous run left (ControlPersist, the default); "cold" runs open a new one.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { up } from "../src/testbed/index.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { runs: { type: "string" } } });
const runs = Number(values.runs ?? 5);
const hosts = ["alpha", "beta", "gamma"];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const lab = mkdtempSync(join(tmpdir(), "hearth-bench-deploy-"));
cpSync(join(root, "test/fixtures/deploy-lab"), lab, {
  recursive: true,
  filter: (src) => !src.includes("/.hearth"),
});
mkdirSync(join(lab, "lab/settings"), { recursive: true });
let version = 1;
const settings = (names, v) => {
  for (const h of names) {
    writeFileSync(
      join(lab, `lab/settings/${h}.json`),
      JSON.stringify({ web: false, services: 20, versions: { "svc-7": v } }),
    );
  }
};
settings(hosts, version);

const tb = await up({ lab: "bench-deploy", names: hosts, packages: ["busybox", "nftables", "nodejs"] });
const targets = tb.hosts.flatMap((h) => ["--target", `${h.name}=root@${h.address}`]);

/** One `hearth deploy`; returns seconds and the outcomes. */
function deploy(names, extra = []) {
  const argv = [
    join(root, "bin/hearth.mjs"),
    "deploy",
    ...names,
    "--json",
    "--lab",
    lab,
    "--ssh-config",
    tb.sshConfigFile,
    ...targets,
    ...extra,
  ];
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { cwd: lab, encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`hearth deploy ${names.join(" ")} failed:\n${r.stdout}${r.stderr}`);
  return { seconds, outcomes: JSON.parse(r.stdout).hosts };
}

function expect(outcomes, status, restarted) {
  for (const o of outcomes) {
    if (o.status !== status) throw new Error(`${o.host}: ${o.status}, expected ${status}`);
    if (restarted && JSON.stringify(o.plan.units.restart) !== JSON.stringify(restarted))
      throw new Error(`${o.host}: restarted ${o.plan.units.restart}, expected ${restarted}`);
  }
}

const rows = [];
const measure = (name, target, f) => {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(f());
  rows.push({ name, median: median(times), min: Math.min(...times), max: Math.max(...times), target });
  return median(times);
};

try {
  const first = deploy(["alpha"]);
  expect(first.outcomes, "deployed");
  rows.push({
    name: "first deploy, 1 host (20 services)",
    median: first.seconds,
    min: first.seconds,
    max: first.seconds,
    target: null,
  });
  deploy(["beta", "gamma"]); // the other two hosts get their first generation too

  measure("no-op redeploy, 1 host (warm SSH master)", 1, () => {
    const r = deploy(["alpha"]);
    expect(r.outcomes, "up-to-date");
    return r.seconds;
  });
  measure("no-op redeploy, 1 host (new SSH connection)", null, () => {
    const r = deploy(["alpha"], ["--ssh-persist", "0"]);
    expect(r.outcomes, "up-to-date");
    return r.seconds;
  });
  const one = measure("one-file change, 1 host (1 service restarted)", 3, () => {
    settings(["alpha"], ++version);
    const r = deploy(["alpha"]);
    expect(r.outcomes, "deployed", ["fixture-svc-7.service"]);
    return r.seconds;
  });
  const three = measure("one-file change, 3 hosts in parallel", null, () => {
    settings(hosts, ++version);
    const r = deploy(hosts);
    expect(r.outcomes, "deployed", ["fixture-svc-7.service"]);
    return r.seconds;
  });
  rows.at(-1).target = `${(1.5 * one).toFixed(2)} (1.5 × one host)`;
  rows.push({ name: "3 hosts / 1 host", median: three / one, min: null, max: null, target: 1.5 });
} finally {
  await tb.down();
  rmSync(lab, { recursive: true, force: true });
}

const f = (x) => (x === null ? "—" : x.toFixed(2));
console.log(`| deploy (host with 20 services) | median s (${runs} runs) | min s | max s | target s |`);
console.log("| --- | --- | --- | --- | --- |");
for (const r of rows)
  console.log(`| ${r.name} | ${f(r.median)} | ${f(r.min)} | ${f(r.max)} | ${r.target ?? "—"} |`);

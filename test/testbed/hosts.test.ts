// Test hosts for real: two Debian hosts booted by systemd in systemd-nspawn, on a private bridge,
// driven over SSH with the system OpenSSH client.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Testbed, TestHost } from "../../src/testbed/handle.ts";
import { up } from "../../src/testbed/hosts.ts";
import { ensureImage } from "../../src/testbed/image.ts";
import { hostCgroupDirs } from "../../src/testbed/cgroup.ts";
import { leaderPid } from "../../src/testbed/machine.ts";
import { isAlive, type ProcessId } from "../../src/testbed/proc.ts";
import { run } from "../../src/testbed/run.ts";
import { type LabState, readLab } from "../../src/testbed/state.ts";

const skip =
  process.getuid?.() !== 0
    ? "needs root: test hosts use network namespaces, mounts and systemd-nspawn"
    : false;

/** Everything of a lab that must be gone after down(). */
function leftovers(s: LabState, nspawns: readonly ProcessId[]): string[] {
  const found: string[] = [];
  for (const p of nspawns) if (isAlive(p)) found.push(`process ${p.pid}`);
  for (const pid of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    let cmdline = "";
    let mounts = "";
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      mounts = readFileSync(`/proc/${pid}/mountinfo`, "utf8"); // every mount namespace, not only ours
    } catch {
      continue; // exited meanwhile
    }
    if (cmdline.includes(s.dir) || cmdline.includes(`--machine=${s.lab}-`))
      found.push(`process ${pid}: ${cmdline}`);
    if (mounts.includes(s.dir)) found.push(`mount of ${s.dir} in the namespace of ${pid}`);
  }
  if (existsSync(`/run/netns/${s.netns}`)) found.push(`netns ${s.netns}`);
  if (existsSync(`/sys/class/net/${s.runnerIf}`)) found.push(`interface ${s.runnerIf}`);
  if (existsSync(s.dir)) found.push(`directory ${s.dir}`);
  for (const cg of s.hosts.flatMap((h) => h.cgroups)) if (existsSync(cg)) found.push(`cgroup ${cg}`);
  return found;
}

const nspawnsOf = (s: LabState): ProcessId[] => s.hosts.flatMap((h) => (h.nspawn ? [h.nspawn] : []));

describe("test hosts", { skip }, () => {
  let tb: Testbed;
  let a: TestHost;
  let b: TestHost;
  let image: string;

  before(async () => {
    image = await ensureImage();
    tb = await up({ count: 2, image, names: ["alpha", "beta"] });
    [a, b] = tb.hosts as [TestHost, TestHost];
  });
  after(async () => {
    await tb?.down();
  });

  test("each host runs systemd as PID 1, has finished booting, and has its own identity", async () => {
    const ids = new Set<string>();
    for (const h of [a, b]) {
      const r = await h.ssh("cat /proc/1/comm; systemctl is-system-running; hostname; cat /etc/machine-id");
      assert.equal(r.code, 0, r.stderr);
      const [comm, state, hostname, machineId] = r.stdout.trim().split("\n");
      assert.equal(comm, "systemd");
      assert.match(state!, /^(running|degraded)$/);
      assert.equal(hostname, h.name);
      assert.match(machineId!, /^[0-9a-f]{32}$/);
      ids.add(machineId!);
    }
    assert.equal(ids.size, 2);
    // each host in cgroups of its own: shared ones make concurrent boots fail with 219/CGROUP
    const cgroupOfPid1 = (h: TestHost) => {
      const leader = leaderPid(readLab(tb.lab)!.hosts.find((x) => x.name === h.name)!);
      return readFileSync(`/proc/${leader}/cgroup`, "utf8").match(/^0::(.*)$/m)?.[1];
    };
    assert.match(cgroupOfPid1(a)!, new RegExp(`/hearth-testbed/${tb.lab}-alpha/payload/init\\.scope$`));
    assert.notEqual(cgroupOfPid1(a), cgroupOfPid1(b));
  });

  test("the system ssh client works with the handle's options and the lab's ssh_config", async () => {
    const direct = await run("ssh", [...a.sshArgs, a.destination, "id -un"]);
    assert.deepEqual([direct.code, direct.stdout], [0, "root\n"], direct.stderr);
    const byName = await run("ssh", ["-F", tb.sshConfigFile, b.name, "hostname"]);
    assert.deepEqual([byName.code, byName.stdout], [0, `${b.name}\n`], byName.stderr);
    // known_hosts is pre-seeded and checking is strict: a wrong host key is refused
    const known = readFileSync(a.knownHostsFile, "utf8");
    assert.match(known, new RegExp(`^${a.address.replaceAll(".", "\\.")} ssh-ed25519 `, "m"));
    const swapped = await run("ssh", [
      ...a.sshArgs,
      "-o",
      `HostKeyAlias=${b.address}`,
      a.destination,
      "true",
    ]);
    assert.equal(swapped.code, 255);
    assert.match(swapped.stderr, /HOST IDENTIFICATION HAS CHANGED|Host key verification failed/);
  });

  test("host A reaches host B over the bridge, by address and by name, and nothing else", async () => {
    const r = await a.ssh(
      `ping -c1 -W2 ${b.address} >/dev/null && timeout 3 bash -c '</dev/tcp/${b.address}/22' && echo ok`,
    );
    assert.deepEqual([r.code, r.stdout], [0, "ok\n"], r.stderr);
    const byName = await a.ssh(`getent hosts ${b.name}`);
    assert.equal(byName.stdout.trim().split(/\s+/).join(" "), `${b.address} ${b.name}`);
    // no way out: no default route, and a name lookup fails at once instead of timing out
    const route = await a.ssh("ip route show default");
    assert.equal(route.stdout.trim(), "", "test hosts must have no default route");
    const started = Date.now();
    assert.equal((await a.ssh("getent hosts deb.debian.org")).code, 2);
    assert.ok(Date.now() - started < 2000, "a DNS lookup should fail fast");
  });

  test("a file written on A is on neither B nor the cached image", async () => {
    const path = "/var/lib/hearth-probe/written-on-a";
    const w = await a.ssh(`mkdir -p /var/lib/hearth-probe && echo hello > ${path} && cat ${path}`);
    assert.deepEqual([w.code, w.stdout], [0, "hello\n"], w.stderr);
    const onB = await b.ssh(`test -e ${path}`);
    assert.equal(onB.code, 1);
    assert.ok(!existsSync(join(image, path)), "the cached image was written to");
    assert.equal(readFileSync(join(a.dir, "upper", path), "utf8"), "hello\n");
    assert.equal(readFileSync(join(image, "etc/machine-id"), "utf8"), "");
    assert.ok(!existsSync(join(image, "root/.ssh/authorized_keys")));
  });

  test("a unit is started and stopped with systemctl over SSH", async () => {
    const unit = "[Unit]\nDescription=hearth probe\n[Service]\nExecStart=/bin/sleep infinity\n";
    const install = await a.ssh(
      "cat > /etc/systemd/system/hearth-probe.service && systemctl daemon-reload && systemctl is-active hearth-probe",
      { input: unit },
    );
    assert.deepEqual([install.code, install.stdout], [3, "inactive\n"], install.stderr);
    const started = await a.ssh(
      "systemctl start hearth-probe && systemctl is-active hearth-probe && systemctl show -p MainPID --value hearth-probe",
    );
    const [state, mainPid] = started.stdout.trim().split("\n");
    assert.equal(started.code, 0, started.stderr);
    assert.equal(state, "active");
    assert.ok(Number(mainPid) > 1);
    // the same unit and process, seen without SSH through the host's namespaces
    const seen = await a.exec(["sh", "-c", `systemctl is-active hearth-probe && cat /proc/${mainPid}/comm`]);
    assert.equal(seen.stdout, "active\nsleep\n");
    const stopped = await a.ssh("systemctl stop hearth-probe; systemctl is-active hearth-probe");
    assert.equal(stopped.stdout.trim(), "inactive");
    assert.equal((await b.ssh("systemctl cat hearth-probe")).code, 1, "the unit exists on A only");
  });

  test("cutting A's link makes SSH to A fail, from the runner and from B; restoring it heals", async () => {
    await a.cutLink();
    try {
      const [cut, fromB, inside] = await Promise.all([
        a.ssh("true", { options: ["ConnectTimeout=1"] }),
        b.ssh(`timeout 1 bash -c '</dev/tcp/${a.address}/22'`),
        a.exec(["systemctl", "is-system-running"]), // the host itself is fine, only unreachable
      ]);
      assert.equal(cut.code, 255);
      assert.match(cut.stderr, /timed out/);
      assert.notEqual(fromB.code, 0);
      assert.equal(inside.stdout.trim(), "running");
    } finally {
      await a.restoreLink();
    }
    const back = await a.ssh("echo back");
    assert.deepEqual([back.code, back.stdout], [0, "back\n"], back.stderr);
  });

  test("a host halted and booted again keeps its disk and comes back on SSH", async () => {
    await b.ssh("echo persisted > /root/marker");
    await b.stop();
    assert.equal(b.isRunning(), false);
    for (const cg of readLab(tb.lab)!.hosts.find((h) => h.name === b.name)!.cgroups)
      assert.ok(!existsSync(cg), cg);
    assert.equal((await b.ssh("true", { options: ["ConnectTimeout=1"] })).code, 255);
    await b.start();
    const r = await b.ssh("cat /root/marker; systemctl is-system-running");
    assert.deepEqual([r.code, r.stdout], [0, "persisted\nrunning\n"], r.stderr);
  });

  test("down() leaves no process, mount, netns, interface or directory behind", async () => {
    const s = readLab(tb.lab)!;
    const nspawns = nspawnsOf(s);
    assert.equal(nspawns.length, 2);
    assert.ok(existsSync(`/run/netns/${s.netns}`) && existsSync(s.dir), "the lab should exist before down()");
    await tb.down();
    assert.deepEqual(leftovers(s, nspawns), []);
    const routes = await run("ip", ["route", "show", `${s.subnet}.0/24`]);
    assert.equal(routes.stdout.trim(), "");
    await tb.down(); // idempotent
  });
});

/** Runs the fixture; resolves with the lab state it printed and how it ended. */
function runFixture(lab: string, image: string, how: "kill" | "exit" | "sigterm") {
  const fixture = fileURLToPath(new URL("./fixtures/crash-after-up.ts", import.meta.url));
  return new Promise<{ state: LabState; code: number | null; signal: string | null }>((resolve, reject) => {
    const p = spawn(process.execPath, ["--import", "tsx", fixture, lab, image, how], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    p.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    p.on("error", reject);
    p.on("close", (code, signal) => resolve({ state: JSON.parse(out) as LabState, code, signal }));
  });
}

describe("a run that ends without down()", { skip }, () => {
  test("killed (SIGKILL): its leftovers are removed by the next up() of the same lab", async () => {
    const image = await ensureImage();
    const lab = "tbcrash";
    const { state: stale, signal } = await runFixture(lab, image, "kill");
    assert.equal(signal, "SIGKILL");
    const staleNspawns = nspawnsOf(stale);
    assert.equal(staleNspawns.length, 1);
    assert.ok(isAlive(staleNspawns[0]!), "the killed run's host should still run");

    const tb = await up({ lab, image, count: 1 });
    try {
      assert.ok(!isAlive(staleNspawns[0]!), "the stale host should be gone");
      const r = await tb.hosts[0]!.ssh("systemctl is-system-running");
      assert.equal(r.stdout.trim(), "running");
    } finally {
      await tb.down();
    }
    assert.deepEqual(leftovers(stale, staleNspawns), []);
  });

  test("exiting or terminated (SIGTERM): it removes its lab itself", async () => {
    const image = await ensureImage();
    const [exited, terminated] = await Promise.all([
      runFixture("tbexit", image, "exit"),
      runFixture("tbterm", image, "sigterm"),
    ]);
    assert.equal(exited.code, 0);
    assert.equal(terminated.signal, "SIGTERM");
    for (const { state } of [exited, terminated]) {
      assert.equal(nspawnsOf(state).length, 1);
      assert.deepEqual(leftovers(state, nspawnsOf(state)), []);
    }
  });
});

describe("a lab whose host does not boot", { skip }, () => {
  test("up() rejects with the host's console and leaves nothing behind", async () => {
    // A root that passes for an OS tree but whose init cannot be executed.
    const root = mkdtempSync(join(tmpdir(), "hearth-badroot-"));
    try {
      for (const d of ["lib/systemd", "usr/lib", "etc/ssh", "etc/systemd/network", "root"]) {
        mkdirSync(join(root, d), { recursive: true });
      }
      writeFileSync(join(root, "usr/lib/os-release"), "ID=debian\n");
      writeFileSync(join(root, "lib/systemd/systemd"), "not an executable\n");
      const lab = "tbbadboot";
      await assert.rejects(up({ lab, image: root, count: 1, readyTimeoutMs: 20_000 }), (e: Error) => {
        assert.match(e.message, /test host th1 exited during boot/);
        assert.match(
          e.message,
          /execv\(.*\) failed|Permission denied|Exec format error/i,
          "the console is quoted",
        );
        return true;
      });
      assert.equal(readLab(lab), null);
      assert.ok(!existsSync(`/run/netns/hearth-${lab}`));
      for (const cg of hostCgroupDirs(`${lab}-th1`)) assert.ok(!existsSync(cg), cg);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

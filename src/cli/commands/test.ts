/**
 * `hearth test <host>`: like a NixOS VM test, on any Linux with systemd-nspawn: boots a disposable
 * Debian test host (its image carries the generation's packages, built once and cached), deploys
 * the host's generation into it exactly as `hearth deploy` does (magic rollback included), runs
 * every health check and reports, then removes the test host (`--keep` leaves it up, `--down`
 * removes the ones kept). `--reboot` then halts and boots the test host and runs the checks again:
 * the generation must come back by itself (enabled units, secrets rewritten at boot).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deployHost } from "../../deploy/host-deploy.ts";
import { Ssh } from "../../deploy/ssh.ts";
import { secretsForTestHost } from "../../deploy/test-secrets.ts";
import { agentPath, currentLink } from "../../deploy/layout.ts";
import { generationBlobs } from "../../deploy/generation.ts";
import type { CheckResult } from "../../deploy/checks.ts";
import { down, ensureImage, labs, up } from "../../testbed/index.ts";
import { noSuchHost } from "../../lab/host-names.ts";
import { type Command, UserError } from "../command.ts";
import { buildAll, deployer, newDeployId, seconds } from "../deploy-context.ts";
import { Progress } from "../deploy-output.ts";
import { labOption, openLab } from "../lab-context.ts";
import { style } from "../output.ts";

/** The test labs of a host: one per run, so two `hearth test` of the same host may run side by side. */
const testLabPrefix = (host: string) => `test-${host.slice(0, 18)}-`.replace(/-+/g, "-");

/** The generation may forbid root logins; the test host keeps the runner's key working. */
const testSshd =
  "# hearth test: the runner logs in as root with its key, whatever the generation says\nPermitRootLogin prohibit-password\n";

export const testCommand: Command = {
  name: "test",
  summary: "Boot a disposable test host, deploy a host's generation into it, run its health checks, report.",
  usage: "hearth test <host> [--reboot] [--keep | --down] [--confirm-timeout S] [--json] [--lab DIR]",
  options: {
    ...labOption,
    reboot: { type: "boolean" },
    keep: { type: "boolean" },
    down: { type: "boolean" },
    json: { type: "boolean" },
    "confirm-timeout": { type: "string" },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UserError("usage: hearth test <host>");
    if (process.getuid?.() !== 0)
      throw new UserError("hearth test boots systemd-nspawn test hosts: run it as root");
    const lab = await openLab(values, io.cwd);
    const name = positionals[0]!;
    if (!lab.hostNames().includes(name)) {
      throw new UserError(noSuchHost(name, lab.hostNames()));
    }
    if (values.down) {
      const kept = labs().filter((l) => l.state.lab.startsWith(testLabPrefix(name)));
      for (const l of kept) await down(l.state.lab);
      io.out(`${name}: ${kept.length} kept test host(s) removed\n`);
      return 0;
    }
    let generation = buildAll(lab, [name]).get(name)!;
    const s = style(io.isTTY);
    const progress = new Progress(io, [name]);
    progress.update(name, "preparing the test host image");
    const image = await ensureImage({ packages: [...new Set([...generation.manifest.packages, "nodejs"])] });
    progress.update(name, "booting a test host");
    const tb = await up({
      lab: `${testLabPrefix(name)}${process.pid}`,
      names: [/^[a-z]/.test(name) ? name : `h${name}`.slice(0, 31)],
      image,
      detached: values.keep === true,
    });
    try {
      const host = tb.hosts[0]!;
      // No reload: the image's sshd already lets the runner in, and the drop-in (read first, so it
      // wins) takes effect when the generation reloads sshd with its own configuration. Reloading
      // here raced the deployer's first connection (sshd re-executes itself: "connection refused").
      const sshd = await host.ssh(["sh", "-c", "cat > /etc/ssh/sshd_config.d/00-hearth-test.conf"], {
        input: testSshd,
      });
      if (sshd.code !== 0) throw new Error(`preparing the test host's sshd: ${sshd.stderr}`);
      generation = await secretsForTestHost(
        generation,
        readFileSync(join(host.dir, "upper/etc/ssh/ssh_host_ed25519_key.pub"), "utf8"),
      );
      const connect = () =>
        new Ssh(
          {
            host: name,
            user: "root",
            address: host.address,
            port: host.port,
            options: [],
            configFile: tb.sshConfigFile,
          },
          0,
        );
      const ssh = connect();
      const outcome = await deployHost(
        { ssh, generation, confirmTimeout: seconds(values, "confirm-timeout", 30) },
        {
          deployId: newDeployId(),
          by: deployer(),
          dryRun: false,
          adopt: "all", // a fresh test host: the distribution's files are replaced
          progress: (h, t) => progress.update(h, t),
          onPlan: () => {},
        },
      );
      const { agentSha } = generationBlobs(generation);
      const checksOn = async (over: Ssh) => {
        const r = await over.run(["node", agentPath(agentSha), "checks"]);
        return JSON.parse(r.stdout || "[]") as CheckResult[];
      };
      // When the host's systemd started (clock ticks since the kernel booted): a test host is a
      // container, so the kernel's boot id stays the same across its reboots.
      const systemdStart = async (over: Ssh) =>
        (await over.run(["cat", "/proc/1/stat"])).stdout.replace(/^.*\) /s, "").split(" ")[19];
      let checks: CheckResult[] = [];
      if (outcome.status === "deployed") checks = await checksOn(ssh);
      const startedBefore = values.reboot ? await systemdStart(ssh) : undefined;
      await ssh.close();
      let ok = outcome.status === "deployed" && checks.every((c) => c.ok);
      let afterReboot: { current: string; checks: CheckResult[] } | undefined;
      if (ok && values.reboot) {
        progress.update(name, "rebooting the test host");
        await host.stop();
        await host.start();
        progress.update(name, "checking after the reboot");
        const again = connect();
        try {
          if ((await systemdStart(again)) === startedBefore) throw new Error("the test host did not reboot");
          const current = (await again.run(["readlink", currentLink])).stdout.trim();
          afterReboot = { current, checks: await checksOn(again) };
        } finally {
          await again.close();
        }
        ok = afterReboot.current.endsWith(generation.manifest.hash) && afterReboot.checks.every((c) => c.ok);
      }
      const report = (list: CheckResult[], indent: string) => {
        for (const c of list)
          io.out(`${indent}${c.ok ? s.green("✓") : s.red("✗")} ${c.name}${c.ok ? "" : `: ${c.detail}`}\n`);
      };
      if (values.json) {
        io.out(
          `${JSON.stringify({ ok, host: name, testHost: host.address, outcome, checks, afterReboot }, null, 2)}\n`,
        );
      } else {
        io.out(
          `${ok ? s.green("✓") : s.red("✗")} ${name}: ${outcome.status}${outcome.reason ? ` — ${outcome.reason}` : ""}\n`,
        );
        report(checks, "  ");
        if (afterReboot) {
          io.out(`  after a reboot: ${afterReboot.current}\n`);
          report(afterReboot.checks, "    ");
        }
        if (values.keep)
          io.out(
            `  test host kept: ssh -F ${tb.sshConfigFile} ${host.name}  (${currentLink}); remove it with hearth test ${name} --down\n`,
          );
      }
      return ok ? 0 : 1;
    } finally {
      if (!values.keep) await tb.down();
    }
  },
};

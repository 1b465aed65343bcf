/**
 * Containers for real: the fixture host `alpha` runs a container `web` whose image a registry on
 * the runner serves (Debian's docker-registry, over HTTP on the lab bridge), pulled by digest
 * when hearth's unit starts. Test hosts are themselves containers (systemd-nspawn on an overlay
 * root, on a machine with hybrid cgroups), which is what the host options `podman.cgroups`,
 * `podman.keyring`, `podman.storageDriver` and `podman.insecureRegistries` are for.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { TestHost, Testbed } from "../../src/testbed/index.ts";
import { freePort } from "../free-port.ts";
import { type FixtureLab, fixtureLab, fixturePackages, hearthOn, sh } from "./helpers.ts";
import { up } from "../../src/testbed/index.ts";

const registryBinary = "/usr/bin/docker-registry";
const hasRegistry = spawnSync(registryBinary, ["--version"]).status === 0;

describe("containers on a host", {
  timeout: 420_000,
  skip: !hasRegistry && `${registryBinary} missing`,
}, () => {
  let tb: Testbed;
  let host: TestHost;
  let lab: FixtureLab;
  let registry: ChildProcess | undefined;
  let registryDir: string;
  let registryAddress: string;
  const deploy = () => hearthOn(tb, lab, ["deploy", "alpha", "--json"]);
  const outcome = (out: string) => JSON.parse(out).hosts[0];
  /** What went wrong with the container's unit, for a failing assertion's message. */
  const journal = async () =>
    (
      await host.ssh(
        "journalctl --no-pager -u podman-web.service | grep -E -m 40 -i 'error|failed|stop|start|pull'",
      )
    ).stdout;
  const page = async () =>
    (await fetch(`http://${host.address}:8090/`, { signal: AbortSignal.timeout(10_000) })).text();

  /**
   * Builds an image on the test host (its busybox with the libraries it links, and a page, in a
   * scratch storage that the deployed container never sees) and pushes it; returns
   * `<registry>/hearth/web@sha256:…`.
   */
  async function pushImage(text: string): Promise<string> {
    const name = `${registryAddress}/hearth/web`;
    const store = "--root=/var/tmp/build-store --runroot=/run/build-store --storage-driver=vfs";
    await sh(
      host,
      `set -e; rm -rf /var/tmp/rootfs; mkdir -p /var/tmp/rootfs/bin /var/tmp/rootfs/www
       cp -L --parents /bin/busybox $(ldd /bin/busybox | grep -o '/[^ ]*') /var/tmp/rootfs/; printf '%s\\n' '${text}' >/var/tmp/rootfs/www/index.html
       tar -C /var/tmp/rootfs -c . | podman ${store} import - ${name}:build >/dev/null
       podman ${store} push --tls-verify=false --digestfile=/var/tmp/digest ${name}:build
       podman ${store} rmi --all --force >/dev/null`,
    );
    return `${name}@${(await sh(host, "cat /var/tmp/digest")).trim()}`;
  }

  before(async () => {
    lab = fixtureLab();
    tb = await up({
      lab: `containers-${process.pid}`,
      names: ["alpha"],
      packages: [...fixturePackages, "podman"],
    });
    host = tb.host("alpha");
    registryDir = mkdtempSync(join(tmpdir(), "hearth-registry-"));
    // Not 5000: Debian's docker-registry package runs its own service there on machines with systemd.
    registryAddress = `${tb.runnerAddress}:${await freePort(tb.runnerAddress)}`;
    writeFileSync(
      join(registryDir, "config.yml"),
      `version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: ${registryDir}/data\nhttp:\n  addr: ${registryAddress}\n`,
    );
    const started = spawn(registryBinary, ["serve", join(registryDir, "config.yml")], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    registry = started;
    let stderr = "";
    started.stderr!.on("data", (d) => (stderr += d));
    for (let i = 0; ; i++) {
      if (started.exitCode !== null) throw new Error(`the registry exited: ${stderr}`);
      const ok = await fetch(`http://${registryAddress}/v2/`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (i > 50) throw new Error(`the registry did not answer: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  after(async () => {
    if (registry && registry.exitCode === null) {
      registry.kill();
      await once(registry, "exit");
    }
    await tb?.down();
    lab?.remove();
    if (registryDir) rmSync(registryDir, { recursive: true, force: true });
  });

  test("a container is pulled by digest from the lab's registry, started by its unit, and answers", async () => {
    const image = await pushImage("served from a container, v1");
    lab.set("alpha", { container: { image, registry: registryAddress } });
    const r = await deploy();
    assert.equal(r.code, 0, r.err + (await journal()));
    assert.equal(outcome(r.out).status, "deployed");
    assert.equal(await sh(host, "systemctl is-active podman-web.service"), "active\n");
    assert.equal(await page(), "served from a container, v1\n");
    // The image that runs is the one the generation names, and it came from the registry.
    assert.equal(
      (await sh(host, "podman inspect --format '{{.ImageDigest}}' web")).trim(),
      image.split("@")[1],
    );
    assert.match(await sh(host, "cat /etc/containers/storage.conf"), /driver = "vfs"/);
    assert.match(
      await sh(host, "cat /etc/containers/registries.conf.d/50-hearth.conf"),
      new RegExp(`location = "${registryAddress}"\\s+insecure = true`),
    );
  });

  test("a new digest replaces the container; removing it stops the unit and the container", async () => {
    const before = (await sh(host, "podman inspect --format '{{.Id}}' web")).trim();
    const image = await pushImage("served from a container, v2");
    lab.set("alpha", { container: { image, registry: registryAddress } });
    let r = await deploy();
    assert.equal(r.code, 0, r.err + (await journal()));
    assert.equal(await page(), "served from a container, v2\n");
    assert.notEqual((await sh(host, "podman inspect --format '{{.Id}}' web")).trim(), before);

    // The container goes, and hearth's podman settings with it: it is stopped first, under the
    // settings it ran with (stopped after them, podman could not find it, and systemd would
    // kill it only when TimeoutStopSec ran out, two minutes later).
    lab.set("alpha", {});
    const since = (await sh(host, "date +%s")).trim();
    r = await deploy();
    assert.equal(r.code, 0, r.err + r.out);
    assert.equal(
      (
        await host.ssh(
          `journalctl --no-pager --since=@${since} -u podman-web.service | grep -E 'timed out|level=error'`,
        )
      ).stdout,
      "",
    );
    assert.equal((await host.ssh("systemctl is-active podman-web.service")).stdout, "inactive\n");
    // Nothing of the container runs any more (its monitor, conmon, names it), hearth's podman
    // files are gone, and its port is closed: no forward outlived the container.
    assert.equal((await host.ssh("pgrep -f '[c]onmon .*-n web '")).stdout, "");
    assert.equal(
      (await host.ssh("ls /etc/containers/storage.conf /etc/containers/*.d/50-hearth.conf 2>/dev/null"))
        .stdout,
      "",
    );
    await assert.rejects(page(), (e: Error) => (e.cause as { code?: string })?.code === "ECONNREFUSED");
  });
});

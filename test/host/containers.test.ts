/**
 * Container units and podman's configuration as a generation writes them (the same units run for
 * real in test/deploy/containers.test.ts, on a test host with a registry).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { defineModule } from "../../src/modules/index.ts";
import { evalHost, fileText, realiseHost } from "./helpers.ts";

const image = `registry.lab.internal:5000/web@sha256:${"a".repeat(64)}`;
const container = defineModule({ containers: { web: { image, ports: ["8090:8080"] } } });
const generation = (podman?: object) =>
  realiseHost([container, ...(podman ? [defineModule({ podman })] : [])]);
const paths = (g: ReturnType<typeof realiseHost>) => g.files.map((f) => f.path);

describe("container units", () => {
  test("a unit starts its container after clearing a stale container-id file, in the host's mount namespace", () => {
    const unit = fileText(generation(), "units/podman-web.service");
    assert.match(unit, /^ExecStartPre=\/usr\/bin\/rm -f \/run\/podman-web\.ctr-id$/m);
    assert.match(unit, /^ExecStart=\/usr\/bin\/podman run --name=web .*--cgroups=no-conmon /m);
    // podman keeps each container's network namespace as a mount under /run/netns: a private
    // mount namespace would hide it from the podman that stops the container.
    for (const directive of ["ProtectSystem", "ProtectHome", "PrivateTmp", "ProtectKernelLogs"])
      assert.match(unit, new RegExp(`^${directive}=no$`, "m"), directive);
    assert.doesNotMatch(unit, /^(ReadWritePaths|ReadOnlyPaths|InaccessiblePaths|TemporaryFileSystem)=/m);
  });

  test("podman's defaults are left alone unless a host option says otherwise", () => {
    const g = generation();
    assert.deepEqual(
      paths(g).filter((p) => p.startsWith("files/etc/containers/")),
      [],
    );
  });

  test("a host that is itself a container: no cgroups, no keyring, vfs, a registry over HTTP", () => {
    const g = generation({
      cgroups: "disabled",
      keyring: false,
      storageDriver: "vfs",
      insecureRegistries: ["10.78.0.1:5000", "registry.lab.internal:5000/team", "10.78.0.1:5000"],
    });
    assert.match(fileText(g, "units/podman-web.service"), /^ExecStart=.* --cgroups=disabled /m);
    assert.match(fileText(g, "files/etc/containers/storage.conf"), /^\[storage\]\ndriver = "vfs"\n/m);
    assert.match(
      fileText(g, "files/etc/containers/containers.conf.d/50-hearth.conf"),
      /^\[containers\]\nkeyring = false\n/m,
    );
    const registries = fileText(g, "files/etc/containers/registries.conf.d/50-hearth.conf");
    // each registry once, in the order given
    assert.deepEqual(
      [...registries.matchAll(/^location = "(.*)"\ninsecure = true$/gm)].map((m) => m[1]),
      ["10.78.0.1:5000", "registry.lab.internal:5000/team"],
    );
  });

  test("a change to podman's files restarts the containers (they apply when one is created)", () => {
    const triggers = (podman?: object) =>
      generation(podman).manifest.units.find((u) => u.name === "podman-web.service")!.restartTriggers;
    assert.notEqual(triggers({ keyring: false }), triggers());
    assert.notEqual(triggers({ storageDriver: "vfs" }), triggers());
    // not the registries: they only matter to the next pull
    assert.equal(triggers({ insecureRegistries: ["10.78.0.1:5000"] }), triggers());
  });

  test("a registry written as a URL is refused when the host is evaluated, naming the option", () => {
    const podman = defineModule({ podman: { insecureRegistries: ["http://10.0.0.1:5000"] } });
    const config = evalHost([container, podman]).config as { podman: { insecureRegistries: unknown } };
    assert.throws(
      () => config.podman.insecureRegistries,
      /podman\.insecureRegistries.*http:\/\/10\.0\.0\.1:5000/s,
    );
  });
});

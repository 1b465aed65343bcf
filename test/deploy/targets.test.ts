/** Where hosts are deployed: `deployments/`, `--target`, host selection; and the SSH command lines. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { defineDeployments } from "../../src/lab/deployments.ts";
import { Ssh } from "../../src/deploy/ssh.ts";
import { parseTargetOverride, resolveTargets, selectHosts } from "../../src/deploy/targets.ts";

const deployments = defineDeployments({
  defaults: { user: "deploy", port: 2222, confirmTimeout: 45, sshOptions: ["ProxyJump=bastion"] },
  hosts: {
    alpha: { address: "alpha.lan", tags: ["home"] },
    beta: { address: "10.0.0.2", user: "root", port: 22, tags: ["home", "nas"], confirmTimeout: 90 },
    gamma: {},
  },
});
const lab = ["alpha", "beta", "gamma"];

describe("deploy targets", () => {
  test("--target parses user, address and port", () => {
    assert.deepEqual(parseTargetOverride("alpha=root@10.78.0.11"), [
      "alpha",
      { user: "root", address: "10.78.0.11", port: null },
    ]);
    assert.deepEqual(parseTargetOverride("beta=ops@host.lan:2200"), [
      "beta",
      { user: "ops", address: "host.lan", port: 2200 },
    ]);
    assert.deepEqual(parseTargetOverride("gamma=admin@[fd00::1]:22"), [
      "gamma",
      { user: "admin", address: "fd00::1", port: 22 },
    ]);
    assert.throws(() => parseTargetOverride("alpha"), /expected <host>=<user>@<address>\[:<port>\]/);
    assert.throws(() => parseTargetOverride("alpha=root@h:70000"), /70000 is not a TCP port/);
  });

  test("a host's own values win over the defaults, --target wins over both", () => {
    const t = resolveTargets(["alpha", "beta", "gamma"], lab, deployments, {
      overrides: ["beta=root@127.0.0.1:2201"],
      sshOptions: ["StrictHostKeyChecking=yes"],
    });
    assert.deepEqual(
      [...t.values()].map((x) => [x.host, x.user, x.address, x.port, x.confirmTimeout]),
      [
        ["alpha", "deploy", "alpha.lan", 2222, 45],
        ["beta", "root", "127.0.0.1", 2201, 90],
        ["gamma", "deploy", "gamma", 2222, 45],
      ],
    );
    assert.deepEqual(t.get("alpha")!.options, ["StrictHostKeyChecking=yes", "ProxyJump=bastion"]);
    assert.throws(
      () => resolveTargets(["alpha"], lab, deployments, { overrides: ["delta=root@x"], sshOptions: [] }),
      /there is no host delta in this lab/,
    );
  });

  test("hosts by name, by @tag, or all", () => {
    assert.deepEqual(selectHosts(["@home"], false, lab, deployments), ["alpha", "beta"]);
    assert.deepEqual(selectHosts(["gamma", "@nas"], false, lab, deployments), ["beta", "gamma"]);
    assert.deepEqual(selectHosts([], true, lab, deployments), lab);
    assert.throws(() => selectHosts(["@nope"], false, lab, deployments), /no host has the tag nope/);
    assert.throws(
      () => selectHosts(["delta"], false, lab, deployments),
      /There is no host `delta' in this lab/,
    );
    assert.throws(() => selectHosts([], false, lab, deployments), /name the hosts to deploy/);
  });

  test("bad deployments fail when the lab loads, naming the host and the field", () => {
    assert.throws(
      () => defineDeployments({ hosts: { alpha: { port: 0, user: "Root", tags: ["A B"] } }, parallel: 0 }),
      /hosts\.alpha\.port: 0 is not a TCP port; hosts\.alpha\.user: 'Root' is not a user name; hosts\.alpha\.tags: 'A B' is not a tag name; parallel: 0/,
    );
  });

  test("ssh: the user's options first (the first value wins), a fresh connection bypasses the master", () => {
    const t = resolveTargets(["alpha"], lab, deployments, {
      overrides: [],
      sshOptions: ["ControlPath=/mine"],
    }).get("alpha")!;
    const ssh = new Ssh(t, 0);
    const shared = ssh.args(false);
    const fresh = ssh.args(true);
    const options = (args: string[]) => args.filter((_, i) => args[i - 1] === "-o");
    assert.equal(options(shared)[0], "ControlPath=/mine");
    assert.ok(options(shared).includes("ControlMaster=auto"));
    // the confirmation's own connection: these two come before anything the user says
    assert.deepEqual(options(fresh).slice(0, 2), ["ControlMaster=no", "ControlPath=none"]);
    assert.deepEqual(shared.slice(-3), ["-p", "2222", "deploy@alpha.lan"]);
  });
});

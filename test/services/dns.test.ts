/**
 * The DNS provider: dnsmasq's configuration on the lab's DNS host (golden), `dnsmasq --test`, and
 * the real dnsmasq answering in a network namespace of the test's own: every host under the
 * internal domain, every app at the host whose proxy serves it, nothing else of the internal
 * domain.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { dnsmasqConfig } from "../../lab/lib/provider-files.ts";
import { assertGolden, exampleLab, fileOf, generationOf, HostRoot, needs, run } from "./helpers.ts";

describe("dnsmasq on the example lab's DNS host", async () => {
  const lab = await exampleLab();
  const text = fileOf(lab, "shodan", dnsmasqConfig);

  test("one record per host and per routed app, at the right address (golden)", () => {
    assertGolden(`shodan${dnsmasqConfig}`, text);
    assert.match(text, /^host-record=daedalus\.l\.example\.org,10\.8\.20\.10$/m);
    assert.match(text, /^host-record=xerxes\.l\.example\.org,10\.8\.40\.1$/m);
    assert.match(text, /^address=\/jellyfin\.example\.org\/10\.8\.20\.10$/m);
    assert.match(text, /^address=\/git\.example\.org\/10\.8\.40\.1$/m);
    assert.match(text, /^local=\/l\.example\.org\/$/m);
    for (const host of ["daedalus", "xerxes"]) {
      assert.equal(
        lab.host(host).config.files[dnsmasqConfig],
        undefined,
        `only the DNS host has it, not ${host}`,
      );
    }
  });

  describe("run for real", { skip: needs("ip") }, () => {
    const ns = `hearth-dns-${process.pid}`;
    let root: HostRoot;
    before(async () => {
      root = await HostRoot.create(generationOf(lab, "shodan"));
      for (const args of [
        ["netns", "add", ns],
        ["-n", ns, "link", "set", "lo", "up"],
        ["-n", ns, "addr", "add", "10.8.20.11/32", "dev", "lo"],
      ]) {
        const r = run("ip", args);
        assert.equal(r.code, 0, r.stderr);
      }
    });
    after(() => {
      run("ip", ["netns", "del", ns]);
      root?.remove();
    });

    test("dnsmasq --test accepts the configuration", () => {
      const r = root.exec(`dnsmasq --test --conf-file=${dnsmasqConfig}`);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /syntax check OK/);
    });

    test("dnsmasq answers the lab's names", () => {
      const r = root.exec(
        [
          `dnsmasq --keep-in-foreground --conf-file=${dnsmasqConfig} & pid=$!`,
          "sleep 0.3",
          "for name in daedalus.l.example.org jellyfin.example.org git.example.org home.example.org nasdb.l.example.org; do",
          '  echo "$name $(dig +short +time=1 +tries=1 @10.8.20.11 "$name")"',
          "done",
          'echo "nope.l.example.org $(dig +time=1 +tries=1 @10.8.20.11 nope.l.example.org | grep -o "status: [A-Z]*")"',
          'kill "$pid"',
        ].join("\n"),
        ["ip", "netns", "exec", ns],
      );
      assert.equal(
        r.stdout,
        [
          "daedalus.l.example.org 10.8.20.10",
          "jellyfin.example.org 10.8.20.10",
          "git.example.org 10.8.40.1",
          "home.example.org 10.8.20.11",
          "nasdb.l.example.org 10.8.20.10",
          "nope.l.example.org status: NXDOMAIN",
          "",
        ].join("\n"),
        r.stderr,
      );
    });
  });
});

/** The firewall: rules by port, interface and source, rendered as nftables and checked by `nft -c`. */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { defineModule } from "../../src/modules/index.ts";
import { fileText, nftCheck, realiseHost, rootOnly } from "./helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "hearth-nft-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function ruleset(firewall: object): string {
  const g = realiseHost([defineModule({ firewall: { enable: true, ...firewall } } as never)], dir, "fw");
  return fileText(g, "files/etc/hearth/firewall.nft");
}

const check = (text: string) => {
  const file = join(dir, `r-${Math.random().toString(36).slice(2)}.nft`);
  writeFileSync(file, text);
  return nftCheck(file);
};

describe("firewall", () => {
  const text = ruleset({
    allowedTCPPorts: [22],
    allowedUDPPorts: [51820],
    rules: {
      jellyfin: { tcp: [8096], sources: ["10.8.10.0/24", "fd00::/8"] },
      dns: { tcp: [53], udp: [53], interfaces: ["podman0", "wg0"] },
      torrents: { tcp: ["6881-6889"] },
    },
    logRefused: true,
  });

  test("renders one inet table that drops what no rule accepts", () => {
    assert.match(text, /^table inet hearth\ndelete table inet hearth\n/m);
    assert.match(text, /type filter hook input priority filter; policy drop;/);
    assert.match(text, /^\t\ttcp dport 22 accept comment "allowed"$/m);
    assert.match(text, /^\t\tudp dport 51820 accept comment "allowed"$/m);
    // IPv4 and IPv6 sources need a rule each.
    assert.match(text, /^\t\tip saddr 10\.8\.10\.0\/24 tcp dport 8096 accept comment "jellyfin"$/m);
    assert.match(text, /^\t\tip6 saddr fd00::\/8 tcp dport 8096 accept comment "jellyfin"$/m);
    assert.match(text, /^\t\tiifname \{ "podman0", "wg0" \} udp dport 53 accept comment "dns"$/m);
    assert.match(text, /^\t\ttcp dport 6881-6889 accept comment "torrents"$/m);
    assert.match(text, /icmp type echo-request accept/);
    assert.match(text, /log prefix "hearth refused: "/);
  });

  test("nft accepts the ruleset", { skip: rootOnly }, () => {
    const r = check(text);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, "");
  });

  test("nft refuses a broken rule, naming its line", { skip: rootOnly }, () => {
    const r = check(ruleset({ extraInputRules: "tcp dport 25 acept" }));
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /syntax error/);
  });

  test("the firewall unit loads the ruleset before the network, and reloads it when it changes", () => {
    const g = realiseHost([defineModule({ firewall: { enable: true, allowedTCPPorts: [22] } })], dir, "fw");
    const unit = fileText(g, "units/hearth-firewall.service");
    assert.match(unit, /^ExecStart=\/usr\/sbin\/nft -f \/etc\/hearth\/firewall\.nft$/m);
    assert.match(unit, /^Before=network-pre\.target$/m);
    assert.match(unit, /^CapabilityBoundingSet=CAP_NET_ADMIN$/m);
    const entry = g.manifest.units.find((u) => u.name === "hearth-firewall.service")!;
    assert.equal(entry.restartIfChanged, false);
    assert.ok(entry.reloadTriggers);
    assert.ok(g.manifest.packages.includes("nftables"));
    const off = realiseHost([defineModule({})], dir, "fw");
    assert.ok(!off.manifest.units.some((u) => u.name === "hearth-firewall.service"));
  });
});

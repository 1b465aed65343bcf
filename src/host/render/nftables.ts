/**
 * The firewall as an nftables ruleset: one `inet hearth` table with an input chain that drops what
 * no rule accepts. Loading the file replaces that table atomically (the file creates it, deletes
 * it and defines it in one transaction), and leaves every other table alone (podman's, a VPN's).
 */
export interface FirewallRule {
  readonly name: string;
  readonly tcp: readonly (number | string)[];
  readonly udp: readonly (number | string)[];
  /** Interfaces the rule applies to; empty: every interface. */
  readonly interfaces: readonly string[];
  /** Source ranges (CIDR) the rule accepts; empty: any source. */
  readonly sources: readonly string[];
}

export interface Ruleset {
  readonly host: string;
  readonly allowPing: boolean;
  readonly logRefused: boolean;
  readonly rules: readonly FirewallRule[];
  readonly extraInputRules: string;
}

export const firewallTable = "hearth";

const set = (items: readonly string[]) => (items.length === 1 ? items[0]! : `{ ${items.join(", ")} }`);
const quoted = (s: string) => `"${s}"`;

function ruleLines(rule: FirewallRule): string[] {
  const iface = rule.interfaces.length > 0 ? `iifname ${set(rule.interfaces.map(quoted))} ` : "";
  const v4 = rule.sources.filter((s) => !s.includes(":"));
  const v6 = rule.sources.filter((s) => s.includes(":"));
  const sources =
    rule.sources.length === 0
      ? [""]
      : [...(v4.length ? [`ip saddr ${set(v4)} `] : []), ...(v6.length ? [`ip6 saddr ${set(v6)} `] : [])];
  const out: string[] = [];
  for (const [proto, ports] of [
    ["tcp", rule.tcp],
    ["udp", rule.udp],
  ] as const) {
    if (ports.length === 0) continue;
    for (const source of sources) {
      out.push(
        `${iface}${source}${proto} dport ${set(ports.map(String))} accept comment ${quoted(rule.name)}`,
      );
    }
  }
  return out;
}

export function renderRuleset(r: Ruleset): string {
  const body = [
    `iifname "lo" accept`,
    "ct state vmap { invalid : drop, established : accept, related : accept }",
    // IPv6 does not work without neighbour discovery.
    "icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert, nd-router-advert, mld-listener-query } accept",
    ...(r.allowPing ? ["icmp type echo-request accept", "icmpv6 type echo-request accept"] : []),
    ...r.rules.flatMap(ruleLines),
    ...r.extraInputRules
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== ""),
    ...(r.logRefused ? [`limit rate 10/minute log prefix "hearth refused: " level info`] : []),
  ];
  return [
    "#!/usr/sbin/nft -f",
    `# The firewall of ${r.host}, written by hearth: loading it replaces the table inet ${firewallTable}.`,
    `table inet ${firewallTable}`,
    `delete table inet ${firewallTable}`,
    "",
    `table inet ${firewallTable} {`,
    "\tchain input {",
    "\t\ttype filter hook input priority filter; policy drop;",
    ...body.map((l) => `\t\t${l}`),
    "\t}",
    "}",
    "",
  ].join("\n");
}

/**
 * `firewall`: what the host accepts from the network: TCP/UDP ports, for every interface and
 * source or for some, everything else dropped. Rendered as an nftables ruleset
 * (/etc/hearth/firewall.nft) loaded by the `hearth-firewall` unit before the network comes up,
 * and reloaded (not restarted: no open window) when it changes.
 */
import { defineModule, lazy, mkIf, mkOption, types } from "../modules/index.ts";
import { renderRuleset } from "./render/nftables.ts";

export const rulesetPath = "/etc/hearth/firewall.nft";
const nft = "/usr/sbin/nft";

const portOrRange = types.either(types.port, types.strMatching("[0-9]{1,5}-[0-9]{1,5}"));
const ports = (proto: string) =>
  mkOption({
    type: types.listOf(portOrRange),
    default: [],
    description: `${proto} ports (or ranges, "8000-8100") accepted.`,
  });

const ruleType = types.submodule({
  options: {
    tcp: ports("TCP"),
    udp: ports("UDP"),
    interfaces: mkOption({
      type: types.listOf(types.strMatching("[A-Za-z0-9_.:@-]{1,15}")),
      default: [],
      description: "Interfaces the rule applies to (empty: every interface).",
    }),
    sources: mkOption({
      type: types.listOf(types.strMatching("([0-9.]+|[0-9a-fA-F:]+)(/[0-9]{1,3})?")),
      default: [],
      description: "Source addresses or ranges accepted (empty: any source).",
    }),
  },
});

const options = {
  firewall: {
    enable: mkOption({ type: types.bool, default: false, description: "Whether hearth manages a firewall." }),
    allowedTCPPorts: ports("TCP"),
    allowedUDPPorts: ports("UDP"),
    rules: mkOption({
      type: types.attrsOf(ruleType),
      default: {},
      example: { jellyfin: { tcp: [8096], sources: ["192.168.1.0/24"] } },
      description: "Accepted traffic by name (the name is the nftables rule's comment).",
    }),
    allowPing: mkOption({ type: types.bool, default: true, description: "Answer ICMP echo requests." }),
    logRefused: mkOption({
      type: types.bool,
      default: false,
      description: "Log dropped packets (rate limited) to the kernel log.",
    }),
    extraInputRules: mkOption({
      type: types.lines,
      default: "",
      description: "nftables rules added to the input chain before everything else is dropped.",
    }),
  },
};

declare module "../modules/typing.ts" {
  interface Modules {
    "host/firewall": typeof options;
  }
}

export const firewallModule = defineModule({
  options,
  config: ({ config, hostName }) => {
    const cfg = config.firewall;
    const ruleset = () =>
      renderRuleset({
        host: String(hostName ?? "this host"),
        allowPing: cfg.allowPing,
        logRefused: cfg.logRefused,
        extraInputRules: cfg.extraInputRules,
        rules: [
          ...(cfg.allowedTCPPorts.length || cfg.allowedUDPPorts.length
            ? [
                {
                  name: "allowed",
                  tcp: cfg.allowedTCPPorts,
                  udp: cfg.allowedUDPPorts,
                  interfaces: [],
                  sources: [],
                },
              ]
            : []),
          ...Object.entries(cfg.rules).map(([name, r]) => ({ name, ...r })),
        ],
      });
    return mkIf(() => cfg.enable, {
      packages: ["nftables"],
      files: { [rulesetPath]: { text: lazy(ruleset) } },
      systemd: {
        services: {
          "hearth-firewall": {
            Unit: {
              Description: "hearth firewall (nftables)",
              // As Debian's nftables.service: up before any interface, down only at shutdown.
              DefaultDependencies: false,
              Wants: ["network-pre.target"],
              Before: ["network-pre.target", "shutdown.target"],
              Conflicts: ["shutdown.target"],
            },
            Service: {
              Type: "oneshot",
              RemainAfterExit: true,
              ExecStart: [`${nft} -f ${rulesetPath}`],
              ExecReload: [`${nft} -f ${rulesetPath}`],
              ExecStop: [`${nft} delete table inet hearth`],
              // Relaxed from the baseline: nft runs as root and needs netlink and CAP_NET_ADMIN;
              // nf_tables may have to load kernel modules for a new rule.
              DynamicUser: false,
              CapabilityBoundingSet: ["CAP_NET_ADMIN"],
              RestrictAddressFamilies: ["AF_UNIX", "AF_NETLINK"],
              ProtectKernelModules: false,
            },
            Install: { WantedBy: ["sysinit.target"] },
            restartIfChanged: false,
            reloadTriggers: [lazy(ruleset)],
          },
        },
      },
    });
  },
});

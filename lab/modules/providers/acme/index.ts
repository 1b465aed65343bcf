// The ACME provider: one certificate per domain the host's proxy serves (a wildcard through
// DNS-01, the seed's way, with the DNS provider's token from the `acme/env` secret; or the
// served names through HTTP-01), issued and renewed daily by lego, and a self-signed stand-in
// until the first issuance. The proxy asks for certificates in
// `mySystem.security.acme.certificates`; the account settings are the security module's.
import { defineModule, lazy, mkIf, mkMerge, mkOption, types } from "hearth";
import { certificateNames, legoScript, selfSignedScript, webroot } from "./lego.ts";

const options = {
  mySystem: {
    security: {
      acme: {
        challenge: mkOption({
          type: types.enum(["dns-01", "http-01"]),
          default: "dns-01",
          description:
            "How the CA checks the names: dns-01 (a TXT record through `dnsProvider`; wildcards) or http-01 (a file the proxy serves on port 80; each name).",
        }),
        dnsPropagationCheck: mkOption({
          type: types.bool,
          default: true,
          description:
            "Wait until every authoritative server has the TXT record (off for split-horizon setups).",
        }),
        certificates: mkOption({
          type: types.attrsOf(
            types.submodule({
              options: {
                served: mkOption({
                  type: types.listOf(types.str),
                  default: [],
                  description: "The names served under the domain (what HTTP-01 certifies).",
                }),
                reloadUnits: mkOption({
                  type: types.listOf(types.str),
                  default: [],
                  description: "Units reloaded when the certificate is renewed.",
                }),
              },
            }),
          ),
          default: {},
          description: "Certificates the host needs, by domain (the proxy asks for the domains it serves).",
        }),
      },
    },
  },
};

declare module "hearth" {
  interface Modules {
    "providers/acme": typeof options;
  }
}

const unitSafe = (domain: string) => domain.replaceAll("*", "_");
export const selfSignedUnit = (domain: string) => `acme-selfsigned-${unitSafe(domain)}`;
const scriptOf = (domain: string) => `/etc/hearth/acme/${domain}.sh`;
const selfSignedScriptOf = (domain: string) => `/etc/hearth/acme/${domain}-selfsigned.sh`;

export default defineModule({
  options,
  config: ({ config }) => {
    const acme = config.mySystem.security.acme;
    const domains = () => Object.keys(acme.certificates).sort();
    const names = (d: string) => certificateNames(d, acme.challenge, acme.certificates[d]!.served);
    const script = (d: string) =>
      legoScript({
        domain: d,
        names: names(d),
        email: acme.email,
        server: acme.server,
        challenge: acme.challenge,
        dnsProvider: acme.dnsProvider,
        dnsResolver: acme.dnsResolver,
        dnsPropagationCheck: acme.dnsPropagationCheck,
      });
    // The account and certificates belong to `acme`; the proxies read them through its group.
    const sandbox = {
      User: "acme",
      Group: "acme",
      StateDirectory: ["acme"],
      StateDirectoryMode: "0750",
      UMask: "0022",
    };
    const needed = () => domains().length > 0;
    // Without ACME (acme.enable = false) the self-signed certificates stay.
    const issued = <T extends object>(entries: T): T | {} => (acme.enable ? entries : {});
    const files = (d: string) => ({
      ...issued({ [scriptOf(d)]: { text: script(d), mode: "0755" } }),
      [selfSignedScriptOf(d)]: { text: selfSignedScript(d, names(d)), mode: "0755" },
    });
    const services = (d: string) => ({
      [selfSignedUnit(d)]: {
        Unit: { Description: `A self-signed certificate for ${d} until the ACME CA issues one` },
        Service: {
          Type: "oneshot" as const,
          RemainAfterExit: true,
          ExecStart: [`/bin/sh ${selfSignedScriptOf(d)}`],
          ...sandbox,
        },
        restartTriggers: [selfSignedScript(d, names(d))],
      },
      ...issued({
        [`acme-${unitSafe(d)}`]: {
          Unit: {
            Description: `Issue or renew the certificate for ${d} (ACME, lego)`,
            Wants: ["network-online.target"],
            After: ["network-online.target", `${selfSignedUnit(d)}.service`],
          },
          Service: {
            Type: "oneshot" as const,
            ExecStart: [`/bin/sh ${scriptOf(d)}`],
            // The DNS provider's credentials (CLOUDFLARE_DNS_API_TOKEN=…), for DNS-01.
            EnvironmentFile: acme.challenge === "dns-01" ? [config.secrets["acme/env"]!.path] : [],
            ReadWritePaths: acme.challenge === "http-01" ? [webroot] : [],
            // `+`: with full privileges, to reload the proxy that reads the new certificate.
            ExecStartPost: acme.certificates[d]!.reloadUnits.map(
              (u) => `+/bin/systemctl try-reload-or-restart ${u}`,
            ),
            ...sandbox,
          },
          restartTriggers: [script(d)],
        },
      }),
    });
    const timers = (d: string) =>
      issued({
        [`acme-${unitSafe(d)}`]: {
          Unit: { Description: `Renew the certificate for ${d} daily` },
          Timer: { OnCalendar: ["daily"], RandomizedDelaySec: "1h", Persistent: true, OnActiveSec: ["1min"] },
          Install: { WantedBy: ["timers.target"] },
        },
      });
    return {
      packages: lazy(() => (needed() ? ["lego", "openssl"] : [])),
      users: mkIf(needed, { acme: { description: "ACME certificates" } }),
      directories: mkIf(() => needed() && acme.challenge === "http-01", {
        [webroot]: { user: "acme", group: "acme" },
      }),
      files: lazy(() => mkMerge(domains().map(files))),
      systemd: {
        services: lazy(() => mkMerge(domains().map(services))),
        timers: lazy(() => mkMerge(domains().map(timers))),
      },
    };
  },
});

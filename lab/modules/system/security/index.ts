// The security baseline: the firewall on, the lab's trusted networks, and the ACME account the
// reverse proxy will get certificates with (the seed's security/acme: DNS-01 through Cloudflare,
// its token a secret every host can read).
import { fileURLToPath } from "node:url";
import { defineModule, lazy, mkDefault, mkIf, mkMerge, mkOption, types } from "hearth";

const options = {
  mySystem: {
    security: {
      trustedNetworks: mkOption({
        type: types.listOf(types.str),
        default: ["10.8.10.0/24", "10.8.20.0/24"],
        description:
          "The lab's own networks: services that are not public accept connections from these only.",
      }),
      acme: {
        enable: mkOption({
          type: types.bool,
          default: true,
          description: "Whether the host gets certificates from an ACME CA.",
        }),
        email: mkOption({
          type: types.str,
          defaultText: "admin@<mySystem.domain>",
          description: "The ACME account's contact address.",
        }),
        server: mkOption({
          type: types.str,
          default: "https://acme-v02.api.letsencrypt.org/directory",
          description: "The ACME directory URL.",
        }),
        dnsProvider: mkOption({
          type: types.str,
          default: "cloudflare",
          description: "The DNS-01 provider.",
        }),
        dnsResolver: mkOption({
          type: types.str,
          default: "1.1.1.1:53",
          description: "The resolver used to see the DNS-01 records.",
        }),
      },
    },
  },
};

declare module "hearth" {
  interface Modules {
    "system/security": typeof options;
  }
}

export default defineModule({
  options,
  config: ({ config }) => {
    const acme = config.mySystem.security.acme;
    return mkMerge([
      {
        firewall: { enable: mkDefault(true) },
        mySystem: { security: { acme: { email: mkDefault(lazy(() => `admin@${config.mySystem.domain}`)) } } },
      },
      mkIf(() => acme.enable, {
        secrets: {
          "acme/env": {
            sopsFile: fileURLToPath(new URL("./secrets.sops.yaml", import.meta.url)),
            key: "security/acme/env",
          },
        },
      }),
    ]);
  },
});

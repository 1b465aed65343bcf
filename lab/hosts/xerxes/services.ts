// What xerxes runs: the VPS is the lab's door to the internet. Its proxy serves daedalus' Forgejo
// publicly (over the VPN), and the lab's DNS sends git.<domain> here.
import { defineModule, lazy } from "hearth";
import { mkProxyRoute } from "../../lib/index.ts";
import type { Nodes } from "../../lib/nodes.ts";

export default defineModule({
  config: ({ config, nodes }) => ({
    mySystem: {
      services: { openssh: { permitRootLogin: "no" } },
      registry: {
        routes: {
          "public/git": lazy(() =>
            mkProxyRoute({
              app: "development/forgejo",
              host: `git.${config.mySystem.domain}`,
              upstream: {
                host: "daedalus",
                port: (nodes as Nodes).daedalus!.config.mySystem.development.forgejo.port,
              },
              expose: "public",
              maxBodySize: "512m",
            }),
          ),
        },
        dnsRecords: { "public/git": { name: lazy(() => `git.${config.mySystem.domain}`), host: "xerxes" } },
      },
    },
  }),
});

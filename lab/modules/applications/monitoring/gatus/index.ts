// Gatus, the lab's health dashboard: it checks every endpoint any host registered (the health
// provider writes its configuration, lab/modules/providers/health), keeps their history in SQLite,
// serves its own metrics, and alerts over ntfy when asked to, with the token from its secret.
import { mkOption, types } from "hearth";
import { images } from "../../../../overlays/images.ts";
import { mkService } from "../../../../lib/index.ts";
import { gatusConfig } from "../../../../lib/provider-files.ts";

const gatus = mkService("monitoring/gatus", {
  description: "Health checks of the lab",
  port: 8080,
  subdomain: "status",
  uid: 577,
  container: {
    image: images.gatus,
    port: 8080,
    volumes: [`${gatusConfig}:/config/config.yaml:ro`],
    // ICMP checks of the lab's hosts
    capabilities: ["NET_RAW"],
  },
  state: ["/var/lib/gatus:/data"],
  // NTFY_TOKEN, the ntfy access token alerts are posted with (empty for an open topic)
  secrets: { file: new URL("./secrets.sops.yaml", import.meta.url), env: "services/gatus/env" },
  monitor: { path: "/health" },
  metrics: {},
  options: {
    ntfy: mkOption({
      type: types.nullOr(
        types.submodule({
          options: {
            url: mkOption({ type: types.str, default: "https://ntfy.sh", description: "The ntfy server." }),
            topic: mkOption({ type: types.nonEmptyStr, description: "The topic alerts are posted to." }),
            priority: mkOption({
              type: types.ints.between(1, 5),
              default: 3,
              description: "ntfy's priority of an alert.",
            }),
          },
        }),
      ),
      default: null,
      description:
        "Where an endpoint failing 3 checks in a row (and its recovery) is announced; null: nowhere.",
    }),
  },
});

declare module "hearth" {
  interface Modules {
    "monitoring/gatus": typeof gatus.options;
  }
}

export default gatus.module();

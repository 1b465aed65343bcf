// Homepage, the lab's dashboard; the dashboard provider writes its configuration
// (lab/modules/providers/dashboard) from every app's registration.
import { images } from "../../../../overlays/images.ts";
import { mkService } from "../../../../lib/index.ts";
import { homepageConfigDir } from "../../../../lib/provider-files.ts";

const generated = ["services", "settings", "bookmarks"].map(
  (f) => `${homepageConfigDir}/${f}.yaml:/app/config/${f}.yaml:ro`,
);

const homepage = mkService("infrastructure/homepage", {
  description: "The lab's dashboard",
  port: 3010,
  subdomain: "home",
  uid: 570,
  container: ({ cfg, host }) => ({
    image: images.homepage,
    port: 3000,
    volumes: generated,
    environment: { HOMEPAGE_ALLOWED_HOSTS: `${cfg.subdomain}.${host.domain}` },
  }),
  state: ["/var/lib/homepage:/app/config"],
  monitor: { path: "/api/healthcheck" },
});

declare module "hearth" {
  interface Modules {
    "infrastructure/homepage": typeof homepage.options;
  }
}

export default homepage.module();

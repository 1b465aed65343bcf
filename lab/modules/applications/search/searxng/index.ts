// SearXNG, the metasearch engine, its settings from hearth and its secret key from a secret (the
// seed had it in the code).
import { images } from "../../../../overlays/images.ts";
import { mkService } from "../../../../lib/index.ts";

const settings = "/etc/hearth/searxng/settings.yml";

const searxng = mkService("search/searxng", {
  title: "SearXNG",
  description: "Metasearch engine",
  port: 8084,
  uid: 575,
  container: { image: images.searxng, port: 8080, volumes: [`${settings}:/etc/searxng/settings.yml:ro`] },
  files: ({ cfg }) => ({
    [settings]: JSON.stringify({
      use_default_settings: true,
      server: { base_url: `${cfg.url}/`, limiter: false, image_proxy: true },
      search: { safe_search: 1, formats: ["html", "json"] },
    }),
  }),
  secrets: { file: new URL("./secrets.sops.yaml", import.meta.url), env: "services/searxng/env" },
  monitor: { path: "/healthz" },
});

declare module "hearth" {
  interface Modules {
    "search/searxng": typeof searxng.options;
  }
}

export default searxng.module();

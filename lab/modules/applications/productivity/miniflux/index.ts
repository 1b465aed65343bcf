// Miniflux, the feed reader, with its database on PostgreSQL (reached over the socket as its own
// user) and its first admin from a secret.
import { images } from "../../../../overlays/images.ts";
import { mkService } from "../../../../lib/index.ts";

const miniflux = mkService("productivity/miniflux", {
  description: "Feed reader",
  port: 8072,
  uid: 571,
  container: ({ cfg }) => ({
    image: images.miniflux,
    port: 8080,
    environment: {
      DATABASE_URL: "user=miniflux dbname=miniflux host=/run/postgresql sslmode=disable",
      RUN_MIGRATIONS: "1",
      CREATE_ADMIN: "1",
      BASE_URL: cfg.url ?? "",
      METRICS_COLLECTOR: "1",
      METRICS_ALLOWED_NETWORKS: "0.0.0.0/0",
    },
    readOnly: true,
  }),
  database: true,
  secrets: { file: new URL("./secrets.sops.yaml", import.meta.url), env: "services/miniflux/env" },
  monitor: { path: "/healthcheck" },
  metrics: {},
});

declare module "hearth" {
  interface Modules {
    "productivity/miniflux": typeof miniflux.options;
  }
}

export default miniflux.module();

// MinIO, S3-compatible object storage: the console at <subdomain>, the S3 API at s3.<domain>.
import { mkOption, types } from "hearth";
import { images } from "../../../../overlays/images.ts";
import { mkService } from "../../../../lib/index.ts";

const minio = mkService("storage/minio", {
  title: "MinIO",
  description: "Object storage (S3)",
  port: 9001,
  uid: 574,
  container: ({ cfg, host }) => ({
    image: images.minio,
    cmd: ["server", "/data", "--console-address", `:9001`],
    volumes: [`${cfg.dataDir}:/data`],
    environment: {
      MINIO_SERVER_URL: `https://s3.${host.domain}`,
      MINIO_BROWSER_REDIRECT_URL: cfg.url ?? "",
      MINIO_PROMETHEUS_AUTH_TYPE: "public",
    },
  }),
  state: ["/var/lib/minio:/root/.minio"],
  secrets: { file: new URL("./secrets.sops.yaml", import.meta.url), env: "services/minio/env" },
  proxy: { websockets: true, maxBodySize: "0" },
  routes: { s3: { subdomain: "s3", port: 9000, maxBodySize: "0", timeouts: { read: 300, send: 300 } } },
  metrics: { port: 9000, path: "/minio/v2/metrics/cluster" },
  ports: { tcp: [9000] },
  options: {
    dataDir: mkOption({ type: types.path, default: "/tank/minio", description: "Where the buckets are." }),
  },
});

declare module "hearth" {
  interface Modules {
    "storage/minio": typeof minio.options;
  }
}

export default minio.module(({ cfg }) => ({
  directories: { [cfg.dataDir]: { user: "minio", group: "minio", mode: "0750" } },
}));

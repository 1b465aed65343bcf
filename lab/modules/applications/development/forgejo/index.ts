// Forgejo, the git forge: the rootless image, its database on PostgreSQL, SSH on its own port.
import { images } from "../../../../overlays/images.ts";
import { mkService } from "../../../../lib/index.ts";

const forgejo = mkService("development/forgejo", {
  description: "Git forge",
  port: 3000,
  uid: 572,
  container: ({ cfg }) => ({
    image: images.forgejo,
    environment: {
      FORGEJO__server__ROOT_URL: `${cfg.url}/`,
      FORGEJO__server__SSH_PORT: "2222",
      FORGEJO__database__DB_TYPE: "postgres",
      FORGEJO__database__HOST: "/run/postgresql",
      FORGEJO__database__NAME: "forgejo",
      FORGEJO__database__USER: "forgejo",
      FORGEJO__metrics__ENABLED: "true",
      FORGEJO__service__DISABLE_REGISTRATION: "true",
    },
  }),
  state: ["/var/lib/forgejo/data:/var/lib/gitea", "/var/lib/forgejo/config:/etc/gitea"],
  database: true,
  proxy: { maxBodySize: "512m" },
  monitor: { path: "/api/healthz" },
  metrics: {},
  ports: { tcp: [2222] },
});

declare module "hearth" {
  interface Modules {
    "development/forgejo": typeof forgejo.options;
  }
}

export default forgejo.module();

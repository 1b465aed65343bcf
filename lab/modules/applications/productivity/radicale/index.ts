// Radicale, calendars and contacts (CalDAV, CardDAV), its users in an htpasswd secret.
import { mkService, secretPath } from "../../../../lib/index.ts";

const conf = "/etc/hearth/radicale/config";

const radicale = mkService("productivity/radicale", {
  description: "Calendars and contacts",
  port: 5232,
  native: { package: "radicale", exec: `/usr/bin/radicale --config ${conf}` },
  state: ["/var/lib/radicale"],
  files: ({ cfg }) => ({
    [conf]: [
      "[server]",
      `hosts = 0.0.0.0:${cfg.port}`,
      "[auth]",
      "type = htpasswd",
      `htpasswd_filename = ${secretPath("radicale", "users")}`,
      "htpasswd_encryption = bcrypt",
      "[storage]",
      "filesystem_folder = /var/lib/radicale/collections",
      "",
    ].join("\n"),
  }),
  secrets: {
    file: new URL("./secrets.sops.yaml", import.meta.url),
    files: { users: "services/radicale/htpasswd" },
  },
  monitor: { path: "/.web/" },
});

declare module "hearth" {
  interface Modules {
    "productivity/radicale": typeof radicale.options;
  }
}

export default radicale.module();

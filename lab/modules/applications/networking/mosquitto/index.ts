// Mosquitto, the MQTT broker, its users (hashed passwords) from a secret.
import { mkService, secretPath } from "../../../../lib/index.ts";

const conf = "/etc/hearth/mosquitto.conf";

const mosquitto = mkService("networking/mosquitto", {
  description: "MQTT broker",
  port: 1883,
  subdomain: "mqtt",
  native: { package: "mosquitto", exec: `/usr/sbin/mosquitto -c ${conf}` },
  state: ["/var/lib/mosquitto"],
  files: ({ cfg }) => ({
    [conf]: [
      `listener ${cfg.port}`,
      "allow_anonymous false",
      `password_file ${secretPath("mosquitto", "passwords")}`,
      "persistence true",
      "persistence_location /var/lib/mosquitto/",
      "log_dest stderr",
      "",
    ].join("\n"),
  }),
  secrets: {
    file: new URL("./secrets.sops.yaml", import.meta.url),
    files: { passwords: "services/mosquitto/passwords" },
  },
  proxy: false,
});

declare module "hearth" {
  interface Modules {
    "networking/mosquitto": typeof mosquitto.options;
  }
}

export default mosquitto.module();

// Redis, the key-value store apps share (the seed's archived redis module), as Debian runs it.
import { mkOption, types } from "hearth";
import { mkService } from "../../../../lib/index.ts";

const redis = mkService("infrastructure/redis", {
  description: "Key-value store",
  port: 6379,
  native: {
    package: "redis-server",
    unit: "redis-server",
    exec: ({ cfg }) =>
      `/usr/bin/redis-server --port ${cfg.port} --dir /var/lib/redis --maxmemory ${cfg.maxMemory} --supervised systemd --daemonize no`,
  },
  state: ["/var/lib/redis"],
  proxy: false,
  options: {
    maxMemory: mkOption({ type: types.str, default: "256mb", description: "Memory Redis may use for data." }),
  },
});

declare module "hearth" {
  interface Modules {
    "infrastructure/redis": typeof redis.options;
  }
}

export default redis.module(() => ({
  systemd: { services: { "redis-server": { Service: { Type: "notify" } } } },
}));

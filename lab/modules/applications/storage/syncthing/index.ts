// Syncthing, file synchronisation: Debian's program, its configuration in its state, the synced
// folders under `syncPath`.
import { mkOption, types } from "hearth";
import { mkService } from "../../../../lib/index.ts";

const syncthing = mkService("storage/syncthing", {
  description: "File synchronisation",
  port: 8384,
  native: {
    package: "syncthing",
    exec: ({ cfg }) =>
      `/usr/bin/syncthing serve --no-browser --no-restart --home=/var/lib/syncthing --gui-address=0.0.0.0:${cfg.port}`,
    environment: { STNODEFAULTFOLDER: "1" },
  },
  state: ["/var/lib/syncthing"],
  monitor: { path: "/rest/noauth/health" },
  ports: { tcp: [22000], udp: [22000, 21027] },
  options: {
    syncPath: mkOption({
      type: types.path,
      default: "/tank/sync",
      description: "Where synced folders live.",
    }),
  },
});

declare module "hearth" {
  interface Modules {
    "storage/syncthing": typeof syncthing.options;
  }
}

export default syncthing.module(({ cfg }) => ({
  directories: { [cfg.syncPath]: { user: "syncthing", group: "syncthing", mode: "0750" } },
  systemd: { services: { syncthing: { Service: { ReadWritePaths: [cfg.syncPath] } } } },
}));

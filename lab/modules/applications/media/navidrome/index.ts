// Navidrome, the music server, in a container reading the music library.
import { mkOption, types } from "hearth";
import { images } from "../../../../overlays/images.ts";
import { mkService } from "../../../../lib/index.ts";

const navidrome = mkService("media/navidrome", {
  description: "Music server",
  port: 4533,
  uid: 569,
  container: ({ cfg }) => ({
    image: images.navidrome,
    volumes: [`${cfg.musicDir}:/music:ro`],
    environment: { ND_MUSICFOLDER: "/music", ND_DATAFOLDER: "/data", ND_PROMETHEUS_ENABLED: "true" },
    readOnly: true,
    tmpfs: ["/tmp"],
  }),
  state: ["/var/lib/navidrome:/data"],
  monitor: { path: "/ping" },
  metrics: {},
  options: {
    musicDir: mkOption({
      type: types.path,
      default: "/tank/media/music",
      description: "The music library (read only).",
    }),
  },
});

declare module "hearth" {
  interface Modules {
    "media/navidrome": typeof navidrome.options;
  }
}

export default navidrome.module();

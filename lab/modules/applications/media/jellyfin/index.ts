// Jellyfin, the media server, in a container with the GPU for transcoding.
import { mkOption, types } from "hearth";
import { mkService } from "../../../../lib/index.ts";
import { images } from "../../../../overlays/images.ts";

const jellyfin = mkService("media/jellyfin", {
  description: "Media server",
  port: 8096,
  uid: 568,
  container: ({ cfg }) => ({
    image: images.jellyfin,
    volumes: [`${cfg.mediaDir}:/media:ro`],
    devices: ["/dev/dri"],
    readOnly: true,
    tmpfs: ["/tmp"],
  }),
  state: ["/var/lib/jellyfin:/config", "/var/cache/jellyfin:/cache"],
  proxy: { websockets: true },
  monitor: { path: "/health" },
  options: {
    mediaDir: mkOption({
      type: types.path,
      default: "/tank/media",
      description: "The media library (read only).",
    }),
  },
});

declare module "hearth" {
  interface Modules {
    "media/jellyfin": typeof jellyfin.options;
  }
}

export default jellyfin.module();

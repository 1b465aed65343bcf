// Jellyfin, the media server, in a container. (Issue 6 gives every app its wiring through mkService.)
import { defineModule, lazy, mkEnableOption, mkIf, mkMerge, mkOption, types } from "hearth";
import { fromTrustedNetworks } from "../../../../lib/firewall.ts";
import { images } from "../../../../overlays/images.ts";

const options = {
  mySystem: {
    media: {
      jellyfin: {
        enable: mkEnableOption("Jellyfin, the media server"),
        port: mkOption({ type: types.port, default: 8096, description: "The port Jellyfin listens on." }),
        subdomain: mkOption({
          type: types.str,
          default: "jellyfin",
          description: "Jellyfin is served at <subdomain>.<domain>.",
        }),
        url: mkOption({
          type: types.str,
          readOnly: true,
          description: "Where Jellyfin is reached (computed).",
          defaultText: "https://<subdomain>.<domain>",
        }),
        mediaDir: mkOption({
          type: types.path,
          default: "/tank/media",
          description: "The media library (read only).",
        }),
      },
    },
  },
};

declare module "hearth" {
  interface Modules {
    "media/jellyfin": typeof options;
  }
}

// The seed's shared app account (kah, 568), so files keep their owner across apps and hosts.
const uid = 568;
const state = "/var/lib/jellyfin";
const cache = "/var/cache/jellyfin";

export default defineModule({
  options,
  config: ({ config }) => {
    const cfg = config.mySystem.media.jellyfin;
    return mkMerge([
      { mySystem: { media: { jellyfin: { url: `https://${cfg.subdomain}.${config.mySystem.domain}` } } } },
      mkIf(() => cfg.enable, {
        users: { jellyfin: { uid, extraGroups: ["video", "render"] } },
        groups: { jellyfin: { gid: uid } },
        directories: {
          [state]: { user: "jellyfin", group: "jellyfin", mode: "0750" },
          [cache]: { user: "jellyfin", group: "jellyfin", mode: "0750" },
        },
        containers: {
          jellyfin: {
            image: images.jellyfin,
            user: `${uid}:${uid}`,
            environment: lazy(() => ({ TZ: config.mySystem.timezone })),
            volumes: lazy(() => [`${state}:/config`, `${cache}:/cache`, `${cfg.mediaDir}:/media:ro`]),
            ports: lazy(() => [`${cfg.port}:8096`]),
            devices: ["/dev/dri"],
            capabilities: { ALL: false },
            readOnly: true,
            tmpfs: ["/tmp"],
            healthCheck: { command: "curl -fsS http://127.0.0.1:8096/health" },
          },
        },
        firewall: { rules: { jellyfin: fromTrustedNetworks(config, () => [cfg.port]) } },
        checks: {
          jellyfin: { http: { url: lazy(() => `http://127.0.0.1:${cfg.port}/health`), body: "Healthy" } },
        },
      }),
    ]);
  },
});

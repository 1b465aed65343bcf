// Jellyfin, the media server. (Issue 6 gives every app its wiring through mkService.)
import { defineModule, mkEnableOption, mkOption, types } from "hearth";

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
      },
    },
  },
};

declare module "hearth" {
  interface Modules {
    "media/jellyfin": typeof options;
  }
}

export default defineModule({
  options,
  config: ({ config }) => {
    const cfg = config.mySystem.media.jellyfin;
    return {
      mySystem: { media: { jellyfin: { url: `https://${cfg.subdomain}.${config.mySystem.domain}` } } },
    };
  },
});

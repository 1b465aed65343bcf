// Whoogle, Google results without the tracking.
import { images } from "../../../../overlays/images.ts";
import { mkService } from "../../../../lib/index.ts";

const whoogle = mkService("search/whoogle", {
  description: "Private search",
  port: 5000,
  uid: 576,
  container: {
    image: images.whoogle,
    environment: { WHOOGLE_CONFIG_DISABLE: "1", WHOOGLE_CONFIG_THEME: "system" },
    readOnly: true,
    tmpfs: ["/tmp", "/whoogle/app/static/build"],
  },
  monitor: { path: "/healthz" },
});

declare module "hearth" {
  interface Modules {
    "search/whoogle": typeof whoogle.options;
  }
}

export default whoogle.module();

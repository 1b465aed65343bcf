// The host's identity: what every other module builds on (the seed's nixos/modules/nixos/system).
import { defineModule, mkOption, types } from "hearth";

const options = {
  mySystem: {
    purpose: mkOption({
      type: types.str,
      default: "Production",
      description: "What the host is for (shown on the dashboard).",
    }),
    domain: mkOption({
      type: types.str,
      example: "example.org",
      description: "The lab's public domain: apps are served at <subdomain>.<domain>.",
    }),
    internalDomain: mkOption({
      type: types.str,
      example: "l.example.org",
      description: "The lab's internal domain: every host gets a name under it.",
    }),
    timezone: mkOption({ type: types.str, default: "Etc/UTC", description: "The host's time zone." }),
  },
};

declare module "hearth" {
  interface Modules {
    "system/system": typeof options;
  }
}

export default defineModule({ options });

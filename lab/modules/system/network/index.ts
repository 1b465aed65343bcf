// The host's place on the lab's network: its address, which the lab's DNS server gives its names
// (and its apps' names, when its proxy serves them), and where proxies on other hosts reach it.
import { defineModule, mkOption, types } from "hearth";

const options = {
  mySystem: {
    network: {
      address: mkOption({
        type: types.strMatching("[0-9]{1,3}(\\.[0-9]{1,3}){3}"),
        example: "10.8.20.10",
        description: "The host's IPv4 address on the lab's network (LAN or VPN).",
      }),
    },
  },
};

declare module "hearth" {
  interface Modules {
    "system/network": typeof options;
  }
}

export default defineModule({ options });

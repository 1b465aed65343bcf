// What xerxes runs: the public entry point (the reverse proxy comes with the service catalog).
import { defineModule } from "hearth";

export default defineModule({
  firewall: { rules: { web: { tcp: [80, 443] } } },
  mySystem: { services: { openssh: { permitRootLogin: "no" } } },
});

// shodan: apps and monitoring.
import { defineModule } from "hearth";
import hardware from "./hardware.ts";
import services from "./services.ts";

export default defineModule({
  imports: [hardware, services],
  mySystem: { purpose: "Homelab", network: { address: "10.8.20.11" } },
  hostKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICQd2iS0a0D2U0h9rVAka0lgxqUz7Tq7xKJjcb0O67Ne root@shodan",
});

// xerxes: the VPS, facing the internet.
import { defineModule } from "hearth";
import hardware from "./hardware.ts";
import services from "./services.ts";

export default defineModule({
  imports: [hardware, services],
  mySystem: { network: { address: "10.8.40.1" } },
  hostKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG8O0doli26vy56F6LhDvG9sJh4joCweAqwBn77FLF5S root@xerxes",
});

// daedalus: the NAS and media box.
import { defineModule } from "hearth";
import hardware from "./hardware.ts";
import services from "./services.ts";

export default defineModule({
  imports: [hardware, services],
  mySystem: { purpose: "Network Attached Storage", network: { address: "10.8.20.10" } },
  hostKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINEQ4y5XViUN00kVlygwQukuZduZhcD7GAWHHFSbzfAS root@daedalus",
});

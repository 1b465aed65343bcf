// Applied to every host (the seed's nixos/global.nix).
import { defineModule } from "hearth";

export default defineModule({
  mySystem: {
    domain: "example.org",
    internalDomain: "l.example.org",
    timezone: "Europe/Berlin",
  },
});

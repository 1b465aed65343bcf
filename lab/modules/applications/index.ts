// Every application module, by category (the seed's nixos/modules/applications/default.nix).
import { defineModule } from "hearth";
import media from "./media/index.ts";
import monitoring from "./monitoring/index.ts";

export default defineModule({ imports: [media, monitoring] });

// Every application module, by category (the seed's nixos/modules/applications/default.nix).
import { defineModule } from "hearth";
import development from "./development/index.ts";
import infrastructure from "./infrastructure/index.ts";
import media from "./media/index.ts";
import monitoring from "./monitoring/index.ts";
import networking from "./networking/index.ts";
import productivity from "./productivity/index.ts";
import search from "./search/index.ts";
import storage from "./storage/index.ts";

export default defineModule({
  imports: [infrastructure, monitoring, media, productivity, networking, development, storage, search],
});

import { defineModule } from "hearth";
import jellyfin from "./jellyfin/index.ts";
import navidrome from "./navidrome/index.ts";

export default defineModule({ imports: [jellyfin, navidrome] });

import { defineModule } from "hearth";
import jellyfin from "./jellyfin/index.ts";

export default defineModule({ imports: [jellyfin] });

import { defineModule } from "hearth";
import miniflux from "./miniflux/index.ts";
import radicale from "./radicale/index.ts";

export default defineModule({ imports: [miniflux, radicale] });

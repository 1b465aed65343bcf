import { defineModule } from "hearth";
import searxng from "./searxng/index.ts";
import whoogle from "./whoogle/index.ts";

export default defineModule({ imports: [searxng, whoogle] });

import { defineModule } from "hearth";
import victoriametrics from "./victoriametrics/index.ts";

export default defineModule({ imports: [victoriametrics] });

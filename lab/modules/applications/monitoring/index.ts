import { defineModule } from "hearth";
import alertmanager from "./alertmanager/index.ts";
import gatus from "./gatus/index.ts";
import victoriametrics from "./victoriametrics/index.ts";

export default defineModule({ imports: [alertmanager, gatus, victoriametrics] });

// Every module of the lab: system modules and applications. Every host imports them all (through
// lab/global.ts) and enables what it runs.
import { defineModule } from "hearth";
import applications from "./applications/index.ts";
import system from "./system/index.ts";

export default defineModule({ imports: [system, applications] });

// Every module of the lab: system modules, the registry, its providers and the applications.
// Every host imports them all (through lab/global.ts) and enables what it runs.
import { defineModule } from "hearth";
import applications from "./applications/index.ts";
import providers from "./providers/index.ts";
import registry from "./registry/index.ts";
import system from "./system/index.ts";

export default defineModule({ imports: [system, registry, providers, applications] });

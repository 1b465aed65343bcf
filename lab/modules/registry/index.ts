// The registry: what apps want from the lab (lab/modules/registry/options.ts), and the checks
// that span hosts (two apps on one name, a route to a host that does not run its app…).
import { defineModule } from "hearth";
import conflicts from "./conflicts.ts";
import exposure from "./exposure.ts";
import { registryOptions } from "./options.ts";

declare module "hearth" {
  interface Modules {
    registry: typeof registryOptions;
  }
}

export default defineModule({ options: registryOptions, imports: [conflicts, exposure] });

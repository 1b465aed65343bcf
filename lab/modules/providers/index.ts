// The providers: modules that serve what apps register (lab/modules/registry), each on the host
// that runs its server, reading every host's registry through `nodes` where the concern is
// lab-wide. Swapping a provider never touches an app module.
import { defineModule } from "hearth";
import acme from "./acme/index.ts";
import backups from "./backups/index.ts";
import dashboard from "./dashboard/index.ts";
import databases from "./databases/index.ts";
import dns from "./dns/index.ts";
import health from "./health/index.ts";
import metrics from "./metrics/index.ts";
import proxy from "./proxy/index.ts";

export default defineModule({ imports: [acme, proxy, dns, dashboard, databases, backups, metrics, health] });

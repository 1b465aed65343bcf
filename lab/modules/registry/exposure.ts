// Everything this host exposes to the internet (routes with expose = "public"), summed up as a
// warning: `hearth check` lists it, so exposure is always said out loud.
import { defineModule, lazy } from "hearth";

export default defineModule({
  config: ({ config, hostName }) => ({
    warnings: lazy(() => {
      const routes = config.mySystem.registry.routes;
      const lines = Object.keys(routes)
        .sort()
        .filter((id) => routes[id]!.expose === "public")
        .map((id) => {
          const r = routes[id]!;
          const at = r.definedAt.length > 0 ? ` (${r.definedAt.join(", ")})` : "";
          return `  https://${r.host} → ${r.app ?? id} on ${r.upstream.host ?? r.upstream.address}:${r.upstream.port}${at}`;
        });
      if (lines.length === 0) return [];
      return [
        `public exposure: ${String(hostName)} serves ${lines.length} route(s) to the internet:\n${lines.join("\n")}`,
      ];
    }),
  }),
});

// Basic auth with Caddy. Caddy reads no htpasswd file: it checks the bcrypt hashes its
// configuration lists (base64-encoded in Caddy 2.6, Debian 12's). A route's htpasswd is a secret,
// decrypted on the host only, so caddy-accounts.sh, run as root before Caddy starts or reloads,
// turns each into the accounts the route's site imports. What Caddy cannot check (another kind of
// hash: it would take it and match no password), a name listed twice, a missing file: a reload
// fails (Caddy keeps what it serves, the deploy sees it); a start locks that site alone (an
// account no password matches) so that every other site still comes up.
import { readFileSync } from "node:fs";
import { shellQuote } from "../../../lib/shell.ts";
import { header, type ProxyModel, type Vhost } from "./model.ts";

export const caddyAccounts = {
  script: "/etc/hearth/caddy/basic-auth.sh",
  /** Root's, readable by the caddy group (the script makes it). */
  dir: "/run/caddy-accounts",
} as const;

/** The accounts a site with basic auth imports (`*` of a wildcard name would be a glob to `import`). */
export const accountsOf = (v: Vhost) => `${caddyAccounts.dir}/${v.name.replaceAll("*", "_")}`;

const script = readFileSync(new URL("./caddy-accounts.sh", import.meta.url), "utf8");
const routesLine = "# (each route's accounts)\n";
if (!script.includes(routesLine)) throw new Error(`caddy-accounts.sh lacks the line ${routesLine}`);

/** The script (its argument: `start` or `reload`), or null when no route has basic auth. */
export function renderAccountsScript(m: ProxyModel): string | null {
  const routes = m.vhosts.filter((v) => v.auth.basicAuthFile !== null);
  if (routes.length === 0) return null;
  const calls = routes.map(
    (v) => `accounts ${shellQuote(v.auth.basicAuthFile!)} ${shellQuote(accountsOf(v))}\n`,
  );
  return `#!/bin/sh\n${header("#")}${script.replace(routesLine, () => calls.join(""))}`;
}

// Basic auth with Caddy. Caddy reads no htpasswd file: it checks the bcrypt hashes its
// configuration lists (base64-encoded in Caddy 2.6, Debian 12's). A route's htpasswd is a secret,
// decrypted on the host only, so this script, run as root before Caddy starts or reloads, turns
// each into the accounts the route's site imports. An entry that is not bcrypt ($apr1$, {SHA}) is
// refused: Caddy would accept it and then match no password.
import { header, type ProxyModel, type Vhost } from "./model.ts";

export const caddyAccounts = {
  script: "/etc/hearth/caddy/basic-auth.sh",
  /** Inside the caddy unit's RuntimeDirectory: gone when Caddy stops. */
  dir: "/run/caddy/basic-auth",
} as const;

/** The accounts a site with basic auth imports. */
export const accountsOf = (v: Vhost) => `${caddyAccounts.dir}/${v.name}`;

const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/** The script, or null when no route has basic auth. */
export function renderAccountsScript(m: ProxyModel): string | null {
  const routes = m.vhosts.filter((v) => v.auth.basicAuthFile !== null);
  if (routes.length === 0) return null;
  return [
    "#!/bin/sh",
    header("#").trimEnd(),
    "set -eu",
    "",
    "# accounts HTPASSWD OUT: each `user:hash' line of HTPASSWD as a Caddy account in OUT.",
    "accounts() {",
    '  [ -r "$1" ] || { echo "$1: no such file (the htpasswd secret of a route)" >&2; exit 1; }',
    "  n=0",
    '  : >"$2.new"',
    '  while IFS= read -r line || [ -n "$line" ]; do',
    "    n=$((n + 1))",
    '    case $line in "" | "#"*) continue ;; esac',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the shell's own ${…} expansion
    "    user=${line%%:*}",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the shell's own ${…} expansion
    "    hash=${line#*:}",
    "    case $user in",
    '      "" | *[!A-Za-z0-9._@+-]*)',
    "        echo \"$1:$n: the name \\`$user' is not one Caddy's accounts take here (letters, digits and . _ @ + -)\" >&2",
    "        exit 1 ;;",
    "    esac",
    "    case $hash in",
    "      '$2a$'* | '$2b$'* | '$2y$'*) ;;",
    "      *)",
    '        echo "$1:$n: the password of $user is not a bcrypt hash: Caddy checks bcrypt only (make it with htpasswd -B)" >&2',
    "        exit 1 ;;",
    "    esac",
    '    printf \'%s %s\\n\' "$user" "$(printf %s "$hash" | base64 -w 0)" >>"$2.new"',
    '  done <"$1"',
    '  [ -s "$2.new" ] || { echo "$1: no accounts: Caddy would refuse every request" >&2; exit 1; }',
    '  chgrp caddy "$2.new"',
    '  mv "$2.new" "$2"',
    "}",
    "",
    "umask 027",
    `install -d -m 0750 -g caddy ${caddyAccounts.dir}`,
    ...routes.map((v) => `accounts ${quote(v.auth.basicAuthFile!)} ${quote(accountsOf(v))}`),
    "",
  ].join("\n");
}

# Run as root before Caddy starts (`start`) or reloads (`reload`): each route's htpasswd secret
# becomes the accounts its site imports (see caddy-accounts.ts).
set -eu
mode=${1:-start}
dir=/run/caddy-accounts
umask 077
# /run is root's: the folder is made by root, and Caddy cannot put a link in its place.
install -d -o root -g caddy -m 0750 "$dir"
failed=0
moves=""
cr=$(printf '\r')

random() { od -An -N64 -tx1 /dev/urandom | tr -d ' \n' | cut -c "1-$1"; }

# convert HTPASSWD: each `user:hash' line of HTPASSWD as a Caddy account, on standard output.
convert() {
  [ -r "$1" ] || { echo "$1: no such file (the route's htpasswd secret)" >&2; return 1; }
  n=0
  seen=" "
  while IFS= read -r line || [ -n "$line" ]; do
    n=$((n + 1))
    line=${line%"$cr"}
    case $line in "" | "#"*) continue ;; esac
    case $line in *:*) ;; *) echo "$1:$n: not a \`user:hash' line" >&2; return 1 ;; esac
    user=${line%%:*}
    hash=${line#*:}
    case $user in
      "" | *[!A-Za-z0-9._@+-]*)
        echo "$1:$n: the name \`$user' is not one Caddy's accounts take here (letters, digits and . _ @ + -)" >&2
        return 1 ;;
    esac
    case $seen in *" $user "*) echo "$1:$n: $user is listed twice" >&2; return 1 ;; esac
    seen="$seen$user "
    # shellcheck disable=SC2016 # the hashes' own prefixes
    case $hash in
      '$2a$'* | '$2b$'* | '$2y$'*) ;;
      *)
        echo "$1:$n: the password of $user is not a bcrypt hash: Caddy checks bcrypt only (make it with htpasswd -B)" >&2
        return 1 ;;
    esac
    printf '%s %s\n' "$user" "$(printf %s "$hash" | base64 -w 0)"
  done <"$1"
  [ "$seen" != " " ] || { echo "$1: no accounts: Caddy would refuse every request" >&2; return 1; }
}

# accounts HTPASSWD OUT: OUT's new content, written beside it (moved in place at the end).
accounts() {
  new=$(mktemp "$dir/.new.XXXXXX")
  if ! convert "$1" >"$new"; then
    failed=1
    [ "$mode" = reload ] || echo "${2##*/}: every request is refused until its htpasswd secret is fixed" >&2
    # A random name and a random bcrypt-shaped hash: no password matches it.
    # shellcheck disable=SC2016 # bcrypt's prefix
    printf 'locked-%s %s\n' "$(random 16)" "$(printf '$2a$10$%s' "$(random 53)" | base64 -w 0)" >"$new"
  fi
  chgrp caddy "$new"
  chmod 0640 "$new"
  moves="$moves $new:$2"
}

# (each route's accounts)

if [ "$failed" = 1 ] && [ "$mode" = reload ]; then
  for m in $moves; do rm -f "${m%%:*}"; done
  echo "not reloaded: Caddy keeps the accounts it has" >&2
  exit 1
fi
for m in $moves; do mv -f "${m%%:*}" "${m#*:}"; done

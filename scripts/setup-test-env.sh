#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh Debian machine (run as root, or with sudo):
# the Debian packages listed in scripts/apt-packages.txt and the npm dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
mapfile -t pkgs < <(sed 's/#.*//' scripts/apt-packages.txt | xargs -n1 2>/dev/null | sort -u)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  # Daemons in Debian packages start on install (through their init scripts when systemd is not
  # PID 1); tests start the ones they need themselves, on their own ports.
  policy=/usr/sbin/policy-rc.d
  created=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
    $SUDO chmod +x "$policy"
    created=1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  [ -z "$created" ] || $SUDO rm -f "$policy"
fi
# `npm ci` refuses lock files without the other platforms' optional packages (rust-just's are not all
# published on this registry), so install from the lock file with `npm install`.
npm install --no-audit --no-fund

#!/usr/bin/env bash
# build-image.sh OUT [--base BASE_ROOT] [PACKAGE...]
#
# Builds the root file system of a hearth test host (Debian bookworm booted by systemd-nspawn) into
# OUT, which must not exist yet.
#   without --base: debootstrap minbase + systemd, sshd and the few tools the tests use (~70 s);
#   with --base:    copy BASE_ROOT and apt-get install PACKAGE... into the copy; test hosts have no
#                   route to a mirror, so every package a generation declares must be baked in here.
# Extra PACKAGEs without --base are passed to debootstrap --include instead.
# Normally run through src/testbed/image.ts (ensureImage), which adds the cache key, a lock and the
# build-into-a-temp-dir-then-rename step; this script only builds.
set -euo pipefail

usage() { echo "usage: $0 OUT [--base BASE_ROOT] [PACKAGE...]" >&2; exit 2; }
[ $# -ge 1 ] || usage
OUT=$1; shift
BASE=""
if [ "${1:-}" = --base ]; then
  [ $# -ge 2 ] || usage
  BASE=$2; shift 2
fi
PACKAGES=("$@")
for p in "${PACKAGES[@]}"; do
  [[ $p =~ ^[a-z0-9][a-z0-9+.-]+$ ]] || { echo "not a Debian package name: $p" >&2; exit 2; }
done
[ ! -e "$OUT" ] || { echo "$OUT already exists" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "must run as root (debootstrap, chroot)" >&2; exit 1; }

# The same mirror apt uses on this machine: it is the only one the network reaches.
mirror() {
  local m
  m=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$m" ] || m=$(awk '$1=="deb" && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  echo "${m:-http://deb.debian.org/debian}"
}

# Host identity must not be baked in: each test host gets its own machine-id at boot and its own
# SSH host key from the test harness (or from ssh-keygen -A in the unit drop-in below).
scrub_identity() {
  : >"$OUT/etc/machine-id"
  rm -f "$OUT/var/lib/dbus/machine-id" "$OUT"/etc/ssh/ssh_host_*
  rm -f "$OUT"/var/cache/apt/archives/*.deb "$OUT"/var/cache/apt/*.bin
  rm -rf "$OUT"/var/lib/apt/lists/*
}

# Test hosts reach no DNS server. Without nameserver lines glibc asks 127.0.0.1 and fails at once,
# where the builder's resolv.conf (copied by debootstrap) would make every lookup wait for timeouts.
# The harness lists the lab's hosts in each host's /etc/hosts.
no_dns() {
  rm -f "$OUT/etc/resolv.conf"
  printf '# hearth test host: no DNS server; lab hosts are in /etc/hosts\n' >"$OUT/etc/resolv.conf"
}

# Runs apt-get inside the root with /proc mounted in a private mount namespace (the mount vanishes
# with the process, even on a crash) and a policy-rc.d that keeps the runner's sysv scripts from
# starting daemons on this machine.
install_packages() {
  printf '#!/bin/sh\nexit 101\n' >"$OUT/usr/sbin/policy-rc.d"
  chmod +x "$OUT/usr/sbin/policy-rc.d"
  cp --remove-destination /etc/resolv.conf "$OUT/etc/resolv.conf"
  unshare --mount --propagation private -- bash -euo pipefail -c '
    mount -t proc proc "$1/proc"
    shift
    export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
    chroot "$0" apt-get update -qq
    chroot "$0" apt-get install -y -qq --no-install-recommends "$@"
  ' "$OUT" "$OUT" "${PACKAGES[@]}"
  rm -f "$OUT/usr/sbin/policy-rc.d"
}

if [ -n "$BASE" ]; then
  [ -x "$BASE/lib/systemd/systemd" ] || { echo "$BASE is not a test-host root" >&2; exit 1; }
  cp -a --reflink=auto "$BASE" "$OUT"
  [ ${#PACKAGES[@]} -eq 0 ] || install_packages
  scrub_identity
  no_dns
  exit 0
fi

include=systemd,systemd-sysv,dbus,openssh-server,iproute2,iputils-ping,procps,curl,ca-certificates
for p in "${PACKAGES[@]}"; do include="$include,$p"; done
debootstrap --variant=minbase --include="$include" bookworm "$OUT" "$(mirror)"
scrub_identity
no_dns

# sshd: one ed25519 host key, pre-seeded per host by the harness (generated at start if missing).
# Debian's `ssh-keygen -A` would also make RSA and ECDSA keys at every first boot: 1.3 s of CPU,
# the longest step of a test host's boot.
mkdir -p "$OUT/etc/systemd/system/ssh.service.d" "$OUT/etc/ssh/sshd_config.d"
cat >"$OUT/etc/systemd/system/ssh.service.d/hostkeys.conf" <<'UNIT'
[Service]
ExecStartPre=
ExecStartPre=/bin/sh -c "test -s /etc/ssh/ssh_host_ed25519_key || exec ssh-keygen -q -t ed25519 -N '' -f /etc/ssh/ssh_host_ed25519_key"
ExecStartPre=/usr/sbin/sshd -t
UNIT
printf 'HostKey /etc/ssh/ssh_host_ed25519_key\n' >"$OUT/etc/ssh/sshd_config.d/10-hearth-testbed.conf"
# The harness writes a static host0 address for systemd-networkd; nothing may reach a mirror or run
# periodic maintenance in the middle of a test.
chroot "$OUT" systemctl enable systemd-networkd.service
chroot "$OUT" systemctl mask apt-daily.timer apt-daily-upgrade.timer e2scrub_all.timer
install -d -m 700 "$OUT/root/.ssh"

// Flags a host whose newest installed kernel is not the one running, hourly and at boot
// (Debian's convention: /run/reboot-required, read by motd and monitoring). The seed's
// reboot-required-check.nix.
import { defineModule, mkIf, mkOption, types } from "hearth";

const options = {
  mySystem: {
    services: {
      rebootRequiredCheck: {
        enable: mkOption({
          type: types.bool,
          default: true,
          description: "Whether to check for pending reboots.",
        }),
      },
    },
  },
};

declare module "hearth" {
  interface Modules {
    "system/services/reboot-required": typeof options;
  }
}

const script = "/etc/hearth/reboot-required-check.sh";

export default defineModule({
  options,
  config: ({ config }) =>
    mkIf(() => config.mySystem.services.rebootRequiredCheck.enable, {
      files: {
        [script]: {
          mode: "0755",
          text: [
            "#!/bin/sh",
            "# The newest kernel in /boot; a reboot is required when it is not the running one.",
            "set -eu",
            'newest=$(ls /boot/vmlinuz-* 2>/dev/null | sed "s|^/boot/vmlinuz-||" | sort -V | tail -n 1)',
            'if [ -n "$newest" ] && [ "$newest" != "$(uname -r)" ]; then',
            '  echo "kernel $newest is installed, $(uname -r) is running" > /run/reboot-required',
            "else",
            "  rm -f /run/reboot-required",
            "fi",
            "",
          ].join("\n"),
        },
      },
      systemd: {
        services: {
          "reboot-required-check": {
            Unit: { Description: "Check whether the host needs a reboot" },
            Service: {
              Type: "oneshot",
              ExecStart: `/bin/sh ${script}`,
              // Relaxed from the baseline: root writes /run/reboot-required.
              DynamicUser: false,
              ReadWritePaths: "/run",
              PrivateNetwork: true,
              RestrictAddressFamilies: ["AF_UNIX"],
            },
          },
        },
        timers: {
          "reboot-required-check": {
            Unit: { Description: "Check hourly whether the host needs a reboot" },
            Timer: { OnBootSec: "5min", OnUnitActiveSec: "1h" },
            Install: { WantedBy: "timers.target" },
          },
        },
      },
    }),
});

// The host's identity and base: hostname, time zone, locale, the operator's account with their
// SSH keys, sudo, journald limits (the seed's nixos/modules/nixos/system).
import { defineModule, lazy, mkDefault, mkOption, types } from "hearth";

const options = {
  mySystem: {
    purpose: mkOption({
      type: types.str,
      default: "Production",
      description: "What the host is for (shown on the dashboard).",
    }),
    domain: mkOption({
      type: types.str,
      example: "example.org",
      description: "The lab's public domain: apps are served at <subdomain>.<domain>.",
    }),
    internalDomain: mkOption({
      type: types.str,
      example: "l.example.org",
      description: "The lab's internal domain: every host gets a name under it.",
    }),
    timezone: mkOption({ type: types.str, default: "Etc/UTC", description: "The host's time zone." }),
    locale: mkOption({ type: types.str, default: "en_US.UTF-8", description: "The system locale (LANG)." }),
    operator: {
      name: mkOption({ type: types.str, default: "operator", description: "The operator's account." }),
      description: mkOption({ type: types.str, default: "Lab operator", description: "Their full name." }),
      sshKeys: mkOption({
        type: types.listOf(types.str),
        default: [],
        description: "SSH public keys that log in as the operator (root logins are refused).",
      }),
    },
    sudo: {
      needsPassword: mkOption({
        type: types.bool,
        default: false,
        description: "Whether members of `sudo` must type a password (the operator has none: keys only).",
      }),
    },
    journald: {
      maxUse: mkOption({ type: types.str, default: "1G", description: "Disk space the journal may use." }),
      maxRetention: mkOption({
        type: types.str,
        default: "3month",
        description: "How long entries are kept.",
      }),
    },
  },
};

declare module "hearth" {
  interface Modules {
    "system/system": typeof options;
  }
}

const localeGen = "/etc/locale.gen";

export default defineModule({
  options,
  config: ({ config, hostName }) => {
    const cfg = config.mySystem;
    const journald = () =>
      `[Journal]\nSystemMaxUse=${cfg.journald.maxUse}\nMaxRetentionSec=${cfg.journald.maxRetention}\n`;
    const locales = () => `${cfg.locale} ${cfg.locale.split(".")[1] ?? "UTF-8"}\n`;
    return {
      packages: ["locales", "sudo"],
      files: {
        "/etc/hostname": { text: `${String(hostName)}\n` },
        "/etc/timezone": { text: lazy(() => `${cfg.timezone}\n`) },
        "/etc/localtime": { symlink: lazy(() => `/usr/share/zoneinfo/${cfg.timezone}`) },
        [localeGen]: { text: lazy(locales) },
        "/etc/default/locale": { text: lazy(() => `LANG=${cfg.locale}\n`) },
        "/etc/sudoers.d/hearth": {
          mode: "0440",
          text: lazy(() => `%sudo ALL=(ALL:ALL) ${cfg.sudo.needsPassword ? "" : "NOPASSWD: "}ALL\n`),
        },
        "/etc/systemd/journald.conf.d/hearth.conf": { text: lazy(journald) },
      },
      users: lazy(() => ({
        [cfg.operator.name]: {
          system: false,
          description: cfg.operator.description,
          home: `/home/${cfg.operator.name}`,
          createHome: true,
          shell: mkDefault("/bin/bash"),
          extraGroups: ["sudo", "adm", "systemd-journal"],
          sshAuthorizedKeys: cfg.operator.sshKeys,
        },
      })),
      systemd: {
        services: {
          // Debian's journald picks its new limits up on restart.
          "systemd-journald": { dropIn: true, restartTriggers: [lazy(journald)] },
          // Compiles the locales /etc/locale.gen lists, again whenever the list changes.
          "hearth-locale-gen": {
            Unit: { Description: "Generate the locales of /etc/locale.gen", ConditionPathExists: localeGen },
            Service: {
              Type: "oneshot",
              RemainAfterExit: true,
              ExecStart: "/usr/sbin/locale-gen",
              // Relaxed from the baseline: root writes the compiled locales under /usr.
              DynamicUser: false,
              ReadWritePaths: "/usr/lib/locale",
              PrivateNetwork: true,
              UMask: "0022",
            },
            Install: { WantedBy: "multi-user.target" },
            restartTriggers: [lazy(locales)],
          },
        },
      },
    };
  },
});

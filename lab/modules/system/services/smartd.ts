// smartd watches the disks' health, where the host has disks (the seed's global smartd: a short
// self-test daily at 02:00, a long one on Saturdays at 03:00). Debian's unit runs it.
import { defineModule, lazy, mkDefault, mkIf, mkMerge, mkOption, types } from "hearth";

const options = {
  mySystem: {
    services: {
      smartd: {
        enable: mkOption({
          type: types.bool,
          defaultText: "true when mySystem.hardware.disks is not empty",
          description: "Whether to monitor the disks with smartd.",
        }),
      },
    },
    hardware: {
      disks: mkOption({
        type: types.listOf(types.path),
        default: [],
        example: ["/dev/disk/by-id/ata-WDC_WD200EDGZ_2GH1ABCD"],
        description: "The host's physical disks (none on a virtual machine).",
      }),
    },
  },
};

declare module "hearth" {
  interface Modules {
    "system/services/smartd": typeof options;
  }
}

const conf = (disks: readonly string[]) =>
  `${disks.map((d) => `${d} -a -o on -S on -s (S/../.././02|L/../../6/03) -W 4,45,55 -m root`).join("\n")}\n`;

export default defineModule({
  options,
  config: ({ config }) => {
    const disks = () => config.mySystem.hardware.disks;
    return mkMerge([
      { mySystem: { services: { smartd: { enable: mkDefault(lazy(() => disks().length > 0)) } } } },
      mkIf(() => config.mySystem.services.smartd.enable, {
        packages: ["smartmontools"],
        files: { "/etc/smartd.conf": { text: lazy(() => conf(disks())) } },
        // Debian's unit; smartd reads its configuration only when it starts.
        systemd: {
          services: { smartmontools: { dropIn: true, restartTriggers: [lazy(() => conf(disks()))] } },
        },
        checks: { smartd: { unit: "smartmontools.service" } },
      }),
    ]);
  },
});

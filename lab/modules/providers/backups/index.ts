// The backup provider: on a host with backups enabled, one restic job (mkRestic) per backup its
// apps registered, each in a repository of its own under `repository`, with the lab's restic
// password (the seed's services/restic/password). The backups issue adds remote repositories,
// checks and restores.
import { fileURLToPath } from "node:url";
import { defineModule, lazy, mkIf, mkMerge, mkOption, types } from "hearth";
import { mkRestic } from "../../../lib/restic.ts";

const options = {
  mySystem: {
    backups: {
      enable: mkOption({
        type: types.bool,
        default: false,
        description: "Whether the host backs up what its apps registered (registry.backups).",
      }),
      repository: mkOption({
        type: types.path,
        default: "/var/backups/restic",
        description: "The folder holding one restic repository per job.",
      }),
    },
  },
};

declare module "hearth" {
  interface Modules {
    "providers/backups": typeof options;
  }
}

const password = "backups/password";

export default defineModule({
  options,
  config: ({ config }) => {
    const cfg = config.mySystem.backups;
    const jobs = () =>
      Object.keys(config.mySystem.registry.backups)
        .sort()
        .map((id) => ({ name: id.replaceAll("/", "-"), ...config.mySystem.registry.backups[id]! }));
    const restic = () =>
      jobs().map((j) =>
        mkRestic({
          name: j.name,
          paths: j.paths,
          exclude: j.exclude,
          user: j.user,
          repository: `${cfg.repository}/${j.name}`,
          passwordFile: config.secrets[password]!.path,
          databases: j.databases,
        }),
      );
    return mkIf(() => cfg.enable, {
      secrets: {
        [password]: {
          sopsFile: fileURLToPath(new URL("./secrets.sops.yaml", import.meta.url)),
          key: "services/restic/password",
        },
      },
      directories: lazy(() =>
        Object.fromEntries(
          jobs().map((j) => [`${cfg.repository}/${j.name}`, { user: j.user, group: j.user, mode: "0700" }]),
        ),
      ),
      packages: lazy(() => [...new Set(restic().flatMap((r) => r.packages))]),
      systemd: {
        services: lazy(() => mkMerge(restic().map((r) => r.systemd.services))),
        timers: lazy(() => mkMerge(restic().map((r) => r.systemd.timers))),
      },
    });
  },
});

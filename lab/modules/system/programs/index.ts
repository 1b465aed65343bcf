// The operator's shell and the packages every host has (the seed's programs/shell and the
// global package list, in Debian's names).
import { defineModule, lazy, mkOption, types } from "hearth";

const shells = { bash: "/bin/bash", fish: "/usr/bin/fish", zsh: "/usr/bin/zsh" } as const;

const options = {
  mySystem: {
    programs: {
      shell: mkOption({
        type: types.enum(["bash", "fish", "zsh"]),
        default: "fish",
        description: "The operator's login shell.",
      }),
      packages: mkOption({
        type: types.listOf(types.str),
        default: ["bat", "btop", "curl", "dnsutils", "git", "jq", "parted", "rsync", "tmux", "tree", "wget"],
        description: "Packages on every host.",
      }),
    },
  },
};

declare module "hearth" {
  interface Modules {
    "system/programs": typeof options;
  }
}

export default defineModule({
  options,
  config: ({ config }) => {
    const cfg = config.mySystem.programs;
    return {
      packages: lazy(() => [...cfg.packages, ...(cfg.shell === "bash" ? [] : [cfg.shell])]),
      users: lazy(() => ({ [config.mySystem.operator.name]: { shell: shells[cfg.shell] } })),
    };
  },
});

// The system's default editor (the seed's editor module), for every login shell.
import { defineModule, lazy, mkOption, types } from "hearth";

const options = {
  mySystem: {
    editor: {
      default: mkOption({
        type: types.enum(["vim", "nano", "neovim"]),
        default: "vim",
        description: "The editor EDITOR and VISUAL name.",
      }),
    },
  },
};

declare module "hearth" {
  interface Modules {
    "system/editor": typeof options;
  }
}

const commands = { vim: "vim", nano: "nano", neovim: "nvim" } as const;

export default defineModule({
  options,
  config: ({ config }) => {
    const editor = () => config.mySystem.editor.default;
    const command = () => commands[editor()];
    return {
      packages: lazy(() => [editor()]),
      files: {
        "/etc/profile.d/hearth-editor.sh": {
          text: lazy(() => `export EDITOR=${command()} VISUAL=${command()}\n`),
        },
        "/etc/fish/conf.d/hearth-editor.fish": {
          text: lazy(() => `set -gx EDITOR ${command()}\nset -gx VISUAL ${command()}\n`),
        },
      },
    };
  },
});

// The dashboard provider: on the host running Homepage (mySystem.infrastructure.homepage), one
// entry per app of the whole lab that asked for one, grouped by category, with the lab's
// bookmarks. Homepage reads the files from its configuration folder.
import { defineModule, lazy, mkIf, mkOption, types } from "hearth";
import { fromEveryHost, type LabArgs, onSeveralHosts } from "../../../lib/nodes.ts";
import { once } from "../../../lib/once.ts";
import { homepageConfigDir } from "../../../lib/provider-files.ts";
import { categories } from "../../../lib/service/spec.ts";
import {
  bookmarksYaml,
  type DashboardEntry,
  type HomepageModel,
  servicesYaml,
  settingsYaml,
} from "./homepage.ts";

const options = {
  mySystem: {
    dashboard: {
      title: mkOption({ type: types.str, default: "Homelab", description: "The dashboard's title." }),
      bookmarks: mkOption({
        type: types.attrsOf(
          types.listOf(
            types.submodule({
              options: {
                name: mkOption({ type: types.str, description: "The bookmark's title." }),
                href: mkOption({ type: types.str, description: "Where it goes." }),
                abbr: mkOption({
                  type: types.nullOr(types.str),
                  default: null,
                  description: "Two letters shown.",
                }),
                icon: mkOption({
                  type: types.nullOr(types.str),
                  default: null,
                  description: "An icon instead.",
                }),
                description: mkOption({
                  type: types.nullOr(types.str),
                  default: null,
                  description: "A line.",
                }),
              },
            }),
          ),
        ),
        default: {},
        description: "Bookmarks on the dashboard, by group.",
      }),
    },
  },
};

declare module "hearth" {
  interface Modules {
    "providers/dashboard": typeof options;
  }
}

/** Every host's entries; an app that runs on several hosts is named with its host on each. */
function distinct(args: LabArgs): DashboardEntry[] {
  const several = onSeveralHosts(args);
  return fromEveryHost(args, (c) => Object.values(c.mySystem.registry.dashboard)).flatMap(([host, entries]) =>
    entries.map((e) => (e.app !== null && several(e.app) ? { ...e, name: `${e.name} (${host})` } : e)),
  );
}

const title = (category: string) => category.charAt(0).toUpperCase() + category.slice(1);

export default defineModule({
  options,
  config: (args) => {
    const { config } = args;
    const model = once(
      (): HomepageModel => ({
        title: config.mySystem.dashboard.title,
        groupOrder: categories.map(title),
        entries: distinct(args),
        bookmarks: config.mySystem.dashboard.bookmarks,
      }),
    );
    const rendered = {
      services: once(() => servicesYaml(model())),
      settings: once(() => settingsYaml(model())),
      bookmarks: once(() => bookmarksYaml(model())),
    };
    const file = (render: () => string) => ({
      text: lazy<string>(render),
      mode: "0644",
    });
    return mkIf(() => config.mySystem.infrastructure.homepage.enable, {
      files: {
        [`${homepageConfigDir}/services.yaml`]: file(rendered.services),
        [`${homepageConfigDir}/settings.yaml`]: file(rendered.settings),
        [`${homepageConfigDir}/bookmarks.yaml`]: file(rendered.bookmarks),
      },
      systemd: {
        services: {
          "podman-homepage": {
            restartTriggers: lazy(() => [
              servicesYaml(model()),
              settingsYaml(model()),
              bookmarksYaml(model()),
            ]),
          },
        },
      },
    });
  },
});

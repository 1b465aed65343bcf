/**
 * `systemd`: the units hearth installs, by kind (`services`, `timers`, `mounts`, `sockets`,
 * `paths`, `targets`), keyed by name (`systemd.services.jellyfin` is `jellyfin.service`; mounts are
 * keyed by their mount point, as systemd names them). Each has typed sections (`Unit`, `Service`,
 * `Install`, …) and what a deploy needs to know: what restarts or reloads it, and whether it is
 * restarted when it changes or stopped when it disappears. Every service carries the hardening
 * baseline (hardening.ts).
 */
import { defineModule, mkIf, mkOption, types } from "../modules/index.ts";
import { hardeningDefinitions } from "./hardening.ts";
import {
  installSection,
  mountSection,
  pathSection,
  serviceSection,
  socketSection,
  timerSection,
  unitSection,
} from "./unit-sections.ts";

const commonOptions = {
  enable: mkOption({ type: types.bool, default: true, description: "Whether hearth installs this unit." }),
  dropIn: mkOption({
    type: types.bool,
    default: false,
    description:
      "The unit comes from a Debian package: hearth writes these settings as a drop-in (`<unit>.d/hearth.conf`) and applies no hardening baseline.",
  }),
  restartTriggers: mkOption({
    type: types.listOf(types.str),
    default: [],
    description: "Values (e.g. a configuration file's text) whose change restarts the unit on deploy.",
  }),
  reloadTriggers: mkOption({
    type: types.listOf(types.str),
    default: [],
    description: "Values whose change reloads the unit on deploy (when nothing requires a restart).",
  }),
  restartIfChanged: mkOption({
    type: types.bool,
    default: true,
    description: "Restart the unit when it (or a restart trigger) changes; otherwise it is left running.",
  }),
  stopIfRemoved: mkOption({
    type: types.bool,
    default: true,
    description: "Stop the unit when a deploy removes it.",
  }),
  Unit: unitSection.options,
  Install: installSection.options,
};

interface ServiceView {
  readonly hardened: boolean;
  readonly dropIn: boolean;
  readonly Service: { readonly User: string | null };
}

const serviceType = types.attrsOf(
  types.submodule(({ config }: { config: ServiceView }) => ({
    options: {
      ...commonOptions,
      hardened: mkOption({
        type: types.bool,
        default: true,
        description:
          "Apply hearth's hardening baseline (relax single directives by defining them in `Service`).",
      }),
      Service: serviceSection.options,
    },
    config: {
      Service: mkIf(
        () => config.hardened && !config.dropIn,
        hardeningDefinitions(() => config.Service.User),
      ),
    },
  })),
);

const unitsOf = <S extends object>(sections: S) =>
  types.attrsOf(types.submodule({ options: { ...commonOptions, ...sections } }));

const describe = (kind: string) => `systemd ${kind} units, by name.`;

const options = {
  systemd: {
    services: mkOption({
      type: serviceType,
      default: {},
      example: {
        hello: { Service: { ExecStart: ["/usr/bin/hello"] }, Install: { WantedBy: ["multi-user.target"] } },
      },
      description: describe("service"),
    }),
    timers: mkOption({
      type: unitsOf({ Timer: timerSection.options }),
      default: {},
      example: { backup: { Timer: { OnCalendar: ["daily"], Persistent: true } } },
      description: describe("timer"),
    }),
    sockets: mkOption({
      type: unitsOf({ Socket: socketSection.options }),
      default: {},
      description: describe("socket"),
    }),
    paths: mkOption({
      type: unitsOf({ Path: pathSection.options }),
      default: {},
      description: describe("path"),
    }),
    mounts: mkOption({
      type: unitsOf({ Mount: mountSection.options }),
      default: {},
      example: { "/mnt/nas": { Mount: { What: "nas:/export", Type: "nfs4" } } },
      description: "systemd mount units, by mount point (`/mnt/nas` is `mnt-nas.mount`).",
    }),
    targets: mkOption({ type: unitsOf({}), default: {}, description: describe("target") }),
  },
};

declare module "../modules/typing.ts" {
  interface Modules {
    "host/systemd": typeof options;
  }
}

export const systemdModule = defineModule({ options });

/** The unit kinds, their option names, file suffixes and kind-specific section (name and directives). */
export const unitKinds = [
  { option: "services", suffix: "service", section: "Service", spec: serviceSection },
  { option: "timers", suffix: "timer", section: "Timer", spec: timerSection },
  { option: "sockets", suffix: "socket", section: "Socket", spec: socketSection },
  { option: "paths", suffix: "path", section: "Path", spec: pathSection },
  { option: "mounts", suffix: "mount", section: "Mount", spec: mountSection },
  { option: "targets", suffix: "target", section: null, spec: null },
] as const;

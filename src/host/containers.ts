/**
 * `containers`: OCI containers run by podman, one systemd service per container
 * (`podman-<name>.service`), as NixOS' `virtualisation.oci-containers` does. Images are pinned by
 * digest, so a generation names exactly what runs.
 *
 * The service keeps as much of the hardening baseline as a root podman allows and relaxes the
 * rest here, each for a stated reason; the container itself drops capabilities and privileges
 * through podman's own flags.
 */
import { defineModule, lazy, mkOption, types } from "../modules/index.ts";
import { cidFile, type ContainerSpec, podman, podmanRunArgs } from "./render/podman-run.ts";
import { execLine } from "./render/exec-line.ts";

const digestPinned = types.strMatching("[^@\\s]+@sha256:[0-9a-f]{64}");
const list = (description: string) => mkOption({ type: types.listOf(types.str), default: [], description });
const nullStr = (description: string) =>
  mkOption({ type: types.nullOr(types.str), default: null, description });

const containerType = types.submodule(({ name }: { name: string }) => ({
  options: {
    image: mkOption({
      type: digestPinned,
      example: "docker.io/jellyfin/jellyfin:10.10.7@sha256:…",
      description: "The image, pinned by digest (`name[:tag]@sha256:<digest>`).",
    }),
    cmd: list("Arguments after the image (the container's command)."),
    entrypoint: nullStr("Overrides the image's entrypoint."),
    environment: mkOption({
      type: types.attrsOf(types.str),
      default: {},
      description: "Environment variables (visible in the unit file: put secrets in `environmentFiles`).",
    }),
    environmentFiles: list("Files of environment variables (e.g. a secret's path)."),
    volumes: list("Volumes, `host-path:container-path[:options]`."),
    ports: list("Published ports, `[ip:]host-port:container-port[/proto]`."),
    user: nullStr("The user (and group) the container runs as, `uid[:gid]` or a name."),
    workdir: nullStr("The working directory inside the container."),
    hostname: nullStr("The container's hostname."),
    networks: list("Networks to join (`host`, `none`, or a network podman knows)."),
    capabilities: mkOption({
      type: types.attrsOf(types.bool),
      default: {},
      example: { ALL: false, NET_BIND_SERVICE: true },
      description: "Capabilities added (true) or dropped (false); `ALL: false` drops every other.",
    }),
    devices: list("Host devices given to the container (`/dev/dri`)."),
    readOnly: mkOption({ type: types.bool, default: false, description: "A read-only root file system." }),
    tmpfs: list("Paths inside the container mounted as tmpfs (with `readOnly`)."),
    noNewPrivileges: mkOption({
      type: types.bool,
      default: true,
      description: "Processes in the container cannot gain privileges (setuid binaries).",
    }),
    healthCheck: {
      command: nullStr("A command run inside the container; exit 0 means healthy."),
      interval: mkOption({ type: types.str, default: "30s", description: "Time between checks." }),
      timeout: mkOption({ type: types.str, default: "10s", description: "Time a check may take." }),
      retries: mkOption({ type: types.ints.positive, default: 3, description: "Failures before unhealthy." }),
      startPeriod: mkOption({ type: types.str, default: "0s", description: "Grace period after start." }),
    },
    dependsOn: list("Containers (names) this one needs; their services start first."),
    labels: mkOption({ type: types.attrsOf(types.str), default: {}, description: "Container labels." }),
    pull: mkOption({
      type: types.enum(["missing", "always", "never", "newer"]),
      default: "missing",
      description: "When podman pulls the image.",
    }),
    extraOptions: list("More `podman run` options."),
    autoStart: mkOption({ type: types.bool, default: true, description: "Start the container at boot." }),
    serviceName: mkOption({
      type: types.str,
      default: `podman-${name}`,
      description: "The systemd service running the container.",
    }),
  },
}));

const options = {
  containers: mkOption({
    type: types.attrsOf(containerType),
    default: {},
    description: "OCI containers run by podman, by name.",
  }),
};

declare module "../modules/typing.ts" {
  interface Modules {
    "host/containers": typeof options;
  }
}

type Container = ContainerSpec & {
  readonly dependsOn: readonly string[];
  readonly autoStart: boolean;
  readonly serviceName: string;
};

/** Host paths of the writable volumes: the service must be allowed to write them. */
const writableSources = (volumes: readonly string[]) =>
  volumes
    .map((v) => v.split(":"))
    .filter((p) => p[0]!.startsWith("/") && !(p[2] ?? "").split(",").includes("ro"))
    .map((p) => p[0]!);

const underHome = (path: string) => /^\/(home|root|run\/user)(\/|$)/.test(path);

function containerService(name: string, c: Container, all: Readonly<Record<string, Container>>) {
  const deps = c.dependsOn.map((d) => `${all[d]?.serviceName ?? `podman-${d}`}.service`);
  const sources = c.volumes.map((v) => v.split(":")[0]!);
  return {
    Unit: {
      Description: `Podman container ${name}`,
      Wants: ["network-online.target"],
      After: ["network-online.target", ...deps],
      Requires: deps,
    },
    Service: {
      Type: "notify" as const,
      NotifyAccess: "all" as const,
      Environment: { PODMAN_SYSTEMD_UNIT: `${c.serviceName}.service` },
      ExecStart: [execLine(podmanRunArgs(name, c))],
      ExecStop: [execLine([podman, "stop", "--ignore", `--cidfile=${cidFile(name)}`])],
      ExecStopPost: [execLine([podman, "rm", "--force", "--ignore", `--cidfile=${cidFile(name)}`])],
      Restart: "always" as const,
      // Pulling an image may take long; stopping gets podman's own timeout plus a margin.
      TimeoutStartSec: "15min",
      TimeoutStopSec: "120",
      // Relaxed from the baseline, because root podman sets up the container:
      DynamicUser: false, // podman runs as root (the container has its own `user`)
      CapabilityBoundingSet: null, // it hands capabilities to the container
      SystemCallFilter: [], // mount, pivot_root, setns, unshare…
      RestrictAddressFamilies: null, // netlink for the network, any family for the app
      RestrictNamespaces: false, // containers are namespaces
      RestrictSUIDSGID: false, // image layers hold setuid files
      MemoryDenyWriteExecute: false, // apps in containers may JIT
      NoNewPrivileges: c.noNewPrivileges,
      ProtectSystem: "full" as const, // /var/lib/containers and /run stay writable
      ReadWritePaths: writableSources(c.volumes).map((p) => `-${p}`),
      ProtectHome: !sources.some(underHome),
      PrivateDevices: false, // runc builds the container's /dev from the host's; `devices`
      ProtectClock: false, // it implies a device allow-list that would hide `devices`
      ProtectHostname: false, // the container sets its own hostname
      ProtectKernelTunables: false, // the network stack sets sysctls (ip_forward)
      ProtectKernelModules: false, // iptables loads its modules
      ProtectControlGroups: false, // runc writes the container's cgroup limits
      ProtectProc: "default" as const,
      ProcSubset: "all" as const,
      UMask: "0022", // image layers keep their modes
    },
    Install: { WantedBy: c.autoStart ? ["multi-user.target"] : [] },
  };
}

export const containersModule = defineModule({
  options,
  config: ({ config }) => {
    const all = () => config.containers as unknown as Readonly<Record<string, Container>>;
    return {
      packages: lazy(() => (Object.keys(all()).length > 0 ? ["podman"] : [])),
      systemd: {
        services: lazy(() =>
          Object.fromEntries(
            Object.entries(all()).map(([name, c]) => [c.serviceName, containerService(name, c, all())]),
          ),
        ),
      },
    };
  },
});

/**
 * `containers`: OCI containers run by podman, one systemd service per container
 * (`podman-<name>.service`), as NixOS' `virtualisation.oci-containers` does. Images are pinned by
 * digest, so a generation names exactly what runs.
 *
 * The service keeps as much of the hardening baseline as a root podman allows and relaxes the
 * rest here, each for a stated reason; the container itself drops capabilities and privileges
 * through podman's own flags.
 */
import { defineModule, lazy, mkOption, types, type ValueTree } from "../modules/index.ts";
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
  podman: {
    cgroups: mkOption({
      type: types.enum(["no-conmon", "disabled"]),
      default: "no-conmon",
      description:
        "podman's `--cgroups` flag: `no-conmon`, the container in a cgroup of its own (under " +
        "machine.slice) and podman's monitor in the service's; `disabled`, the container's " +
        "processes in the service's cgroup too, for hosts that are themselves containers (LXC, " +
        "systemd-nspawn), where the runtime may neither create cgroups nor load their device " +
        "filter. systemd still stops every process of the container with its service; podman's " +
        "resource limits no longer apply.",
    }),
    keyring: mkOption({
      type: types.bool,
      default: true,
      description:
        "Give each container a session keyring of its own. Off where `keyctl` is not allowed: " +
        "in systemd-nspawn, and in LXC containers without the keyctl feature (the runtime fails " +
        "with `create keyring … Operation not permitted`). Written to " +
        "/etc/containers/containers.conf.d/50-hearth.conf.",
    }),
    storageDriver: mkOption({
      type: types.nullOr(types.enum(["overlay", "vfs"])),
      default: null,
      description:
        "podman's storage driver, written to /etc/containers/storage.conf; null leaves podman's " +
        "default (overlay). `vfs` works on any root file system, including an overlay (a host " +
        "that is itself a container), at the cost of a full copy per layer. podman refuses to run " +
        "on a host whose store another driver made (`database configuration mismatch`): changing " +
        "it on a host that has run containers needs `podman system reset`, which removes every " +
        "container and image.",
    }),
    insecureRegistries: mkOption({
      // What registries.conf accepts as a location: a host, a port, a namespace; no scheme.
      type: types.listOf(types.strMatching("[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._-]+)*")),
      default: [],
      example: ["registry.lab.internal:5000"],
      description:
        "Registries podman reaches over plain HTTP (a registry on the lab's own network), as " +
        "`host[:port][/namespace]`, written to /etc/containers/registries.conf.d/50-hearth.conf. " +
        "Images stay pinned by digest, so what runs is still exactly what the generation names.",
    }),
  },
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

type Runtime = ValueTree<typeof options.podman>;

/**
 * `runtime`: the host's podman settings. The files among them apply to a container when it is
 * created, so a change restarts every container (its unit's restart trigger).
 */
function containerService(
  name: string,
  c: Container,
  all: Readonly<Record<string, Container>>,
  runtime: Runtime,
) {
  const deps = c.dependsOn.map((d) => `${all[d]?.serviceName ?? `podman-${d}`}.service`);
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
      // A start that failed after podman wrote the container id leaves the file, and podman
      // refuses to start again while it exists: every restart would fail the same way.
      ExecStartPre: [execLine(["/usr/bin/rm", "-f", cidFile(name)])],
      ExecStart: [execLine(podmanRunArgs(name, c, runtime.cgroups))],
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
      // No mount namespace of its own: podman keeps each container's network namespace as a
      // mount under /run/netns, and one made inside a private mount namespace is invisible to
      // the podman that stops the container later, which then cannot tear its network down: the
      // old port forwards stay and capture the next container's traffic (seen on a test host).
      ProtectSystem: false,
      ProtectHome: false,
      PrivateTmp: false,
      ProtectKernelLogs: false,
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
    restartTriggers: [`keyring=${runtime.keyring} storageDriver=${runtime.storageDriver}`],
  };
}

/** containers-storage.conf(5): the driver, with podman's own paths (the file replaces its defaults). */
const storageConf = (driver: string) =>
  `# Generated by hearth: podman's storage.\n[storage]\ndriver = "${driver}"\nrunroot = "/run/containers/storage"\ngraphroot = "/var/lib/containers/storage"\n`;

/** containers.conf(5): what differs from podman's defaults for every container. */
const containersConf = "# Generated by hearth: podman's container defaults.\n[containers]\nkeyring = false\n";

/**
 * containers-registries.conf.d(5): registries reached over plain HTTP (each once; the option's
 * type keeps quotes and escapes out of the TOML string).
 */
const insecureConf = (registries: readonly string[]) =>
  `# Generated by hearth: registries reached over plain HTTP.\n${[...new Set(registries)]
    .map((r) => `\n[[registry]]\nlocation = "${r}"\ninsecure = true\n`)
    .join("")}`;

export const containersModule = defineModule({
  options,
  config: ({ config }) => {
    const all = () => config.containers as unknown as Readonly<Record<string, Container>>;
    const runtime = (): Runtime => config.podman;
    return {
      packages: lazy(() => (Object.keys(all()).length > 0 ? ["podman"] : [])),
      files: lazy(() => {
        const { keyring, storageDriver, insecureRegistries } = runtime();
        return {
          ...(!keyring
            ? { "/etc/containers/containers.conf.d/50-hearth.conf": { text: containersConf } }
            : {}),
          ...(storageDriver !== null
            ? { "/etc/containers/storage.conf": { text: storageConf(storageDriver) } }
            : {}),
          ...(insecureRegistries.length > 0
            ? {
                "/etc/containers/registries.conf.d/50-hearth.conf": {
                  text: insecureConf(insecureRegistries),
                },
              }
            : {}),
        };
      }),
      systemd: {
        services: lazy(() =>
          Object.fromEntries(
            Object.entries(all()).map(([name, c]) => [
              c.serviceName,
              containerService(name, c, all(), runtime()),
            ]),
          ),
        ),
      },
    };
  },
});

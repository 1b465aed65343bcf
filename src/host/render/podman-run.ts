/**
 * The `podman run` command of a container unit, as NixOS' oci-containers (and `podman generate
 * systemd --new`) write it: the container is created when the unit starts and removed when it
 * stops, conmon tells systemd when it is up (`Type=notify`), logs go to the journal.
 */
export const podman = "/usr/bin/podman";

export interface ContainerSpec {
  readonly image: string;
  readonly cmd: readonly string[];
  readonly entrypoint: string | null;
  readonly environment: Readonly<Record<string, string>>;
  readonly environmentFiles: readonly string[];
  readonly volumes: readonly string[];
  readonly ports: readonly string[];
  readonly user: string | null;
  readonly workdir: string | null;
  readonly hostname: string | null;
  readonly networks: readonly string[];
  readonly capabilities: Readonly<Record<string, boolean>>;
  readonly devices: readonly string[];
  readonly readOnly: boolean;
  readonly tmpfs: readonly string[];
  readonly noNewPrivileges: boolean;
  readonly healthCheck: {
    readonly command: string | null;
    readonly interval: string;
    readonly timeout: string;
    readonly retries: number;
    readonly startPeriod: string;
  };
  readonly labels: Readonly<Record<string, string>>;
  readonly pull: string;
  readonly extraOptions: readonly string[];
}

export const cidFile = (name: string) => `/run/podman-${name}.ctr-id`;

const sorted = (o: Readonly<Record<string, string>>) =>
  Object.keys(o)
    .sort()
    .map((k) => `${k}=${o[k]}`);

/**
 * `cgroups`: `no-conmon` (the container in a cgroup of its own), or `disabled` (in the service's,
 * on hosts that are containers themselves: see the host option `podman.cgroups`).
 */
export function podmanRunArgs(name: string, c: ContainerSpec, cgroups = "no-conmon"): string[] {
  const caps = Object.keys(c.capabilities).sort((a, b) =>
    // Dropping ALL must come before adding single capabilities back.
    a === "ALL" ? -1 : b === "ALL" ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  const cap = (k: string) => (k === "ALL" || k.startsWith("CAP_") ? k : `CAP_${k}`);
  const h = c.healthCheck;
  return [
    podman,
    "run",
    `--name=${name}`,
    "--rm",
    "--replace",
    "--detach",
    `--cidfile=${cidFile(name)}`,
    `--cgroups=${cgroups}`,
    "--sdnotify=conmon",
    "--log-driver=journald",
    `--pull=${c.pull}`,
    ...sorted(c.environment).map((e) => `--env=${e}`),
    ...c.environmentFiles.map((f) => `--env-file=${f}`),
    ...c.volumes.map((v) => `--volume=${v}`),
    ...c.ports.map((p) => `--publish=${p}`),
    ...(c.user !== null ? [`--user=${c.user}`] : []),
    ...(c.workdir !== null ? [`--workdir=${c.workdir}`] : []),
    ...(c.hostname !== null ? [`--hostname=${c.hostname}`] : []),
    ...c.networks.map((n) => `--network=${n}`),
    ...caps.map((k) => `--cap-${c.capabilities[k] ? "add" : "drop"}=${cap(k)}`),
    ...c.devices.map((d) => `--device=${d}`),
    ...(c.readOnly ? ["--read-only"] : []),
    ...c.tmpfs.map((t) => `--tmpfs=${t}`),
    ...(c.noNewPrivileges ? ["--security-opt=no-new-privileges"] : []),
    ...(h.command !== null
      ? [
          `--health-cmd=${h.command}`,
          `--health-interval=${h.interval}`,
          `--health-timeout=${h.timeout}`,
          `--health-retries=${h.retries}`,
          `--health-start-period=${h.startPeriod}`,
        ]
      : []),
    ...sorted(c.labels).map((l) => `--label=${l}`),
    ...(c.entrypoint !== null ? [`--entrypoint=${c.entrypoint}`] : []),
    ...c.extraOptions,
    c.image,
    ...c.cmd,
  ];
}

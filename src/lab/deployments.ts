/**
 * `defineDeployments`: where each host of the lab is deployed (the seed's `deploy.nodes`): its
 * address, SSH port and user, tags to select hosts by, how long it waits for the deployer's
 * confirmation, and run-wide defaults (parallelism, failure budget). `hearth.config.ts` passes the
 * result to `defineLab({ deployments })`; every deploy command can override a host's address for
 * one run with `--target`.
 */

export interface DeploymentTarget {
  /** Host name or IP address the deployer connects to (default: the host's name). */
  readonly address?: string;
  readonly port?: number;
  /** The SSH user; anyone but root needs password-less sudo on the host. */
  readonly user?: string;
  /** Tags, for `hearth deploy @tag`. */
  readonly tags?: readonly string[];
  /** Seconds the host waits for the deployer's confirmation before it rolls back by itself. */
  readonly confirmTimeout?: number;
  /** Extra OpenSSH options (`-o` values, e.g. "ProxyJump=bastion"). */
  readonly sshOptions?: readonly string[];
}

export interface DeploymentsSpec {
  /** Values for every host that does not set its own. */
  readonly defaults?: Omit<DeploymentTarget, "address" | "tags">;
  readonly hosts?: Readonly<Record<string, DeploymentTarget>>;
  /** Hosts deployed at once (default 4). */
  readonly parallel?: number;
  /** Hosts that may fail before the run stops and rolls back the others (default 0). */
  readonly failureBudget?: number;
}

export interface Deployments {
  readonly _type: "deployments";
  readonly defaults: Omit<DeploymentTarget, "address" | "tags">;
  readonly hosts: Readonly<Record<string, DeploymentTarget>>;
  readonly parallel: number;
  readonly failureBudget: number;
}

const positiveInt = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v > 0;

/** Checks the shape eagerly, so a typo fails when the lab loads, naming the host and the field. */
export function defineDeployments(spec: DeploymentsSpec): Deployments {
  const problems: string[] = [];
  const check = (where: string, t: DeploymentTarget) => {
    if (t.port !== undefined && !(positiveInt(t.port) && t.port < 65536))
      problems.push(`${where}.port: ${t.port} is not a TCP port`);
    if (t.user !== undefined && !/^[a-z_][a-z0-9_-]*$/.test(t.user))
      problems.push(`${where}.user: '${t.user}' is not a user name`);
    if (t.confirmTimeout !== undefined && !positiveInt(t.confirmTimeout))
      problems.push(`${where}.confirmTimeout: ${t.confirmTimeout} is not a whole number of seconds > 0`);
    for (const tag of t.tags ?? [])
      if (!/^[a-z0-9][a-z0-9_-]*$/.test(tag)) problems.push(`${where}.tags: '${tag}' is not a tag name`);
  };
  check("defaults", spec.defaults ?? {});
  for (const [name, t] of Object.entries(spec.hosts ?? {})) check(`hosts.${name}`, t);
  if (spec.parallel !== undefined && !positiveInt(spec.parallel))
    problems.push(`parallel: ${spec.parallel} is not a whole number > 0`);
  if (spec.failureBudget !== undefined && !(Number.isInteger(spec.failureBudget) && spec.failureBudget >= 0))
    problems.push(`failureBudget: ${spec.failureBudget} is not a whole number ≥ 0`);
  if (problems.length > 0) {
    throw Object.assign(new Error(`deployments: ${problems.join("; ")}`), { userFacing: true });
  }
  return {
    _type: "deployments",
    defaults: spec.defaults ?? {},
    hosts: spec.hosts ?? {},
    parallel: spec.parallel ?? 4,
    failureBudget: spec.failureBudget ?? 0,
  };
}

export const noDeployments: Deployments = defineDeployments({});

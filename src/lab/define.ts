/**
 * `defineLab`: what `hearth.config.ts` exports (the seed's flake.nix): the modules every host
 * imports, and the hosts, each with its own modules.
 */
import type { Module } from "../modules/index.ts";
import { type Deployments, noDeployments } from "./deployments.ts";

export interface HostDefinition {
  /** The host's own modules (its `lab/hosts/<name>/index.ts`). */
  readonly modules: readonly Module[];
}

export interface LabDefinition {
  readonly _type: "lab";
  /** Modules every host imports (the seed's global.nix and the module tree). */
  readonly modules: readonly Module[];
  readonly hosts: Readonly<Record<string, HostDefinition>>;
  /** Extra arguments for every module, available while imports are resolved. */
  readonly specialArgs: Readonly<Record<string, unknown>>;
  /** Where each host is deployed (`deployments/`). */
  readonly deployments: Deployments;
}

export interface LabSpec {
  modules?: readonly Module[];
  /** Each host: a module, or a list of modules. */
  hosts: Record<string, Module | readonly Module[]>;
  specialArgs?: Record<string, unknown>;
  /** `defineDeployments({ … })`, usually from `deployments/index.ts`. */
  deployments?: Deployments;
}

export function defineLab(spec: LabSpec): LabDefinition {
  const hosts: Record<string, HostDefinition> = {};
  for (const [name, host] of Object.entries(spec.hosts)) {
    if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(name)) {
      throw new Error(
        `hearth.config.ts: host name "${name}" is not a valid host name (lowercase letters, digits and -).`,
      );
    }
    hosts[name] = { modules: Array.isArray(host) ? host : [host as Module] };
  }
  return {
    _type: "lab",
    modules: spec.modules ?? [],
    hosts,
    specialArgs: spec.specialArgs ?? {},
    deployments: spec.deployments ?? noDeployments,
  };
}

export const isLab = (v: unknown): v is LabDefinition =>
  typeof v === "object" && v !== null && (v as { _type?: unknown })._type === "lab";

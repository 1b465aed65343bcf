/**
 * A loaded lab: its hosts, each evaluated on demand (once), each able to read the others through
 * `nodes.<name>.config` (the monitoring host reads every host's checks; the DNS host every name).
 */
import {
  assertionsModule,
  type Evaluation,
  evalModules,
  failedAssertions,
  ModuleError,
  type Module,
  toPlain,
} from "../modules/index.ts";
import { hostModules } from "../host/index.ts";
import { sourceOf } from "../modules/collect.ts";
import type { LabDefinition } from "./define.ts";
import { noSuchHost } from "./host-names.ts";

export interface HostEvaluation {
  readonly name: string;
  readonly evaluation: Evaluation;
  readonly config: any;
}

/** The result of checking one host: every option evaluated, assertions and warnings collected. */
export interface HostCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly errors: string[];
  readonly warnings: string[];
}

export class Lab {
  readonly #hosts = new Map<string, HostEvaluation>();
  readonly nodes: Readonly<Record<string, { readonly config: any }>>;

  constructor(
    readonly root: string,
    readonly definition: LabDefinition,
  ) {
    const nodes: Record<string, { config: any }> = {};
    for (const name of this.hostNames()) {
      Object.defineProperty(nodes, name, {
        enumerable: true,
        get: () => ({ config: this.host(name).config }),
      });
    }
    this.nodes = Object.freeze(nodes);
  }

  hostNames(): string[] {
    return Object.keys(this.definition.hosts).sort();
  }

  /** The host's evaluation (its modules loaded and collected; values computed when read). */
  host(name: string): HostEvaluation {
    const known = this.#hosts.get(name);
    if (known) return known;
    const host = this.definition.hosts[name];
    if (!host) {
      throw new ModuleError("module", noSuchHost(name, this.hostNames()));
    }
    const evaluation = evalModules({
      modules: [
        assertionsModule,
        ...hostModules,
        ...(this.definition.modules as Module[]),
        ...(host.modules as Module[]),
      ],
      specialArgs: { ...this.definition.specialArgs, nodes: this.nodes, hostName: name },
    });
    const result: HostEvaluation = {
      name,
      evaluation,
      get config() {
        return evaluation.config;
      },
    };
    this.#hosts.set(name, result);
    return result;
  }

  /**
   * The files the host's modules come from, and whether they could be collected. When collecting
   * fails (a mistake in them: an error the host met there is its own), the files its modules and
   * their listed imports name (a module function's own imports are not known).
   */
  moduleFiles(name: string): { files: Set<string>; collected: boolean } {
    try {
      return {
        files: new Set(this.host(name).evaluation.modules.map((m) => m.source.file)),
        collected: true,
      };
    } catch (e) {
      if (!isUserFacing(e)) throw e;
      const host = this.definition.hosts[name];
      return { files: listedFiles([...this.definition.modules, ...(host?.modules ?? [])]), collected: false };
    }
  }

  /**
   * Evaluates every option of a host and reports every error found (each option on its own, so
   * one mistake does not hide the others), failed assertions and warnings.
   */
  check(name: string): HostCheck {
    const errors: string[] = [];
    const report = (e: unknown) => {
      if (!isUserFacing(e)) throw e;
      const message = (e as Error).message;
      if (!errors.includes(message)) errors.push(message);
    };
    let host: HostEvaluation;
    try {
      host = this.host(name);
    } catch (e) {
      report(e);
      return { name, ok: false, errors, warnings: [] };
    }
    try {
      void host.config; // definitions without options
    } catch (e) {
      report(e);
    }
    for (const option of host.evaluation.allOptions()) {
      try {
        toPlain(option.value);
      } catch (e) {
        report(e);
      }
    }
    let warnings: string[] = [];
    if (errors.length === 0) {
      const { config } = host;
      warnings = [...(config.warnings as string[])];
      for (const m of failedAssertions(config)) errors.push(`Failed assertion: ${m}`);
    }
    return { name, ok: errors.length === 0, errors, warnings };
  }
}

export const isUserFacing = (e: unknown): boolean =>
  typeof e === "object" && e !== null && (e as { userFacing?: unknown }).userFacing === true;

/** The files of modules and of what they import, as far as they are objects (not functions). */
function listedFiles(modules: readonly unknown[], out = new Set<string>()): Set<string> {
  for (const m of modules) {
    const file = sourceOf(m)?.file;
    if (file === undefined || out.has(file)) continue;
    out.add(file);
    const imports = typeof m === "object" && m !== null ? (m as { imports?: unknown }).imports : undefined;
    if (Array.isArray(imports)) listedFiles(imports, out);
  }
  return out;
}

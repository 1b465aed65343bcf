/**
 * A loaded lab: its hosts, each evaluated on demand (once), each able to read the others through
 * `nodes.<name>.config` (the monitoring host reads every host's checks; the DNS host every name).
 */
import {
  assertionsModule,
  type Evaluation,
  evalModules,
  evaluationOf,
  failedAssertions,
  ModuleError,
  type Module,
  toPlain,
} from "../modules/index.ts";
import { hostModules } from "../host/index.ts";
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
  /**
   * Errors of other hosts met reading their configuration (through `nodes`), one per host: they
   * are reported with that host, which the reader names.
   */
  readonly failingReads: { readonly host: string; readonly message: string }[];
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
   * Evaluates every option of a host and reports every error found (each option on its own, so
   * one mistake does not hide the others), failed assertions and warnings.
   */
  check(name: string): HostCheck {
    const errors: string[] = [];
    const failingReads: HostCheck["failingReads"] = [];
    const report = (e: unknown) => {
      if (!isUserFacing(e)) throw e;
      const message = (e as Error).message;
      // Another host's error, met reading its configuration: reported with that host.
      const from = this.hostOfError(e);
      if (from !== undefined && from !== name) {
        if (!failingReads.some((r) => r.host === from)) failingReads.push({ host: from, message });
        return;
      }
      if (!errors.includes(message)) errors.push(message);
    };
    const failed = () => ({ name, ok: false, errors, failingReads, warnings: [] });
    let host: HostEvaluation;
    try {
      host = this.host(name);
    } catch (e) {
      report(e);
      return failed();
    }
    try {
      void host.config; // definitions without options
    } catch (e) {
      report(e);
    }
    for (const option of host.evaluation.allOptions()) {
      // The evaluation's own (`_module`): what modules are given, such as `nodes` (every other
      // host's configuration), is checked where it is read.
      if (option.loc[0] === "_module") continue;
      try {
        toPlain(option.value);
      } catch (e) {
        report(e);
      }
    }
    checkFreeform(host, report);
    if (errors.length > 0 || failingReads.length > 0) return failed();
    const { config } = host;
    const warnings = [...(config.warnings as string[])];
    for (const m of failedAssertions(config)) errors.push(`Failed assertion: ${m}`);
    return { name, ok: errors.length === 0, errors, failingReads, warnings };
  }

  /** The host whose configuration `e` comes from (see errors.ts evaluationOf), if it is one of these. */
  hostOfError(e: unknown): string | undefined {
    const evaluation = evaluationOf(e);
    if (evaluation === undefined) return undefined;
    for (const [name, host] of this.#hosts) if (host.evaluation === evaluation) return name;
    return undefined;
  }

  /**
   * An error of host `name` as a message: one met reading another host's configuration says so
   * (`hearth build` of one host shows the other's error with where it comes from).
   */
  messageOf(name: string, e: unknown): string {
    const message = (e as Error).message;
    const from = this.hostOfError(e);
    return from !== undefined && from !== name
      ? `While reading the configuration of ${from} (through nodes.${from}):\n${message}`
      : message;
  }
}

export const isUserFacing = (e: unknown): boolean =>
  typeof e === "object" && e !== null && (e as { userFacing?: unknown }).userFacing === true;

/**
 * Values no option declares (a freeform type's), each computed as an option's value is: they are
 * not among the options, and nothing else computes them all.
 */
function checkFreeform(host: HostEvaluation, report: (e: unknown) => void): void {
  const declared = new Set<string>();
  const namespaces = new Set<string>([""]);
  for (const p of host.evaluation.optionPaths()) {
    declared.add(p.join("\u0000"));
    for (let k = 1; k < p.length; k++) namespaces.add(p.slice(0, k).join("\u0000"));
  }
  const visit = (view: Record<string, unknown>, path: readonly string[]) => {
    try {
      for (const key of Object.keys(view)) {
        const at = [...path, key].join("\u0000");
        if (declared.has(at)) continue;
        try {
          if (namespaces.has(at)) visit(view[key] as Record<string, unknown>, [...path, key]);
          else toPlain(view[key]);
        } catch (e) {
          report(e);
        }
      }
    } catch (e) {
      report(e);
    }
  };
  try {
    visit(host.config, []);
  } catch (e) {
    report(e);
  }
}

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
import { framesOutsideHearth } from "../modules/location.ts";
import { displayFile } from "../modules/origin.ts";
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

/**
 * Collecting a host's modules led back to collecting them: `hosts` ends where it starts (two names
 * alike: the way back went through another host's configuration, not its collection).
 */
function collectionCycle(hosts: readonly string[], at: readonly string[]): ModuleError {
  const first = `\`${hosts[0]}'`;
  const through = hosts.length > 2 ? ` (${hosts.join(" → ")})` : "";
  const where = at.length > 0 ? ` Read at ${at.join(", ")}.` : "";
  return new ModuleError(
    "cycle",
    `Infinite recursion between hosts: collecting the modules of ${first} reads another host's configuration (through \`nodes.<host>.config'), which needs the modules of ${first}${through}.${where}\n` +
      `A module function's body runs while its host's modules are collected, before that host's configuration exists. Read other hosts inside \`config: ({ nodes }) => …' instead, which runs once every host's modules are known.`,
  );
}

/**
 * The stack here, whole. V8 keeps its frames; they are formatted (through source maps, the costly
 * part) only when `.stack` is read, which only a cycle's message does.
 */
function captureStack(): { stack?: string } {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = Number.POSITIVE_INFINITY;
  const holder: { stack?: string } = {};
  Error.captureStackTrace(holder, captureStack);
  Error.stackTraceLimit = saved;
  return holder;
}

const framesOf = (holder: { stack?: string }) =>
  (holder.stack ?? "").split("\n").filter((l) => l.trimStart().startsWith("at "));

/**
 * Where the lab's code read the hosts on the cycle: its frames above the stack as it was when the
 * cycle's first host started collecting (`start`: the module functions reading `nodes`), outermost
 * first.
 */
function readAt(start: { stack?: string }): string[] {
  const frames = framesOf(captureStack());
  const onCycle = frames.slice(0, Math.max(0, frames.length - framesOf(start).length)).join("\n");
  const places = framesOutsideHearth(onCycle).map((l) => `${displayFile(l.file)}:${l.line}`);
  // Outermost first, in the order the hosts read each other.
  return [...new Set(places.reverse())];
}

export class Lab {
  readonly #hosts = new Map<string, HostEvaluation>();
  /** Hosts whose modules are being collected, outermost first, with the stack then (see host). */
  readonly #collecting: { name: string; stack: { stack?: string } }[] = [];
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
    // Collecting a host's modules calls its module functions; one that reads `nodes.<other>.config`
    // there collects the other host's modules first. Reading back leads here again, without end.
    const cycle = this.#collecting.findIndex((c) => c.name === name);
    if (cycle >= 0) {
      const hosts = [...this.#collecting.slice(cycle).map((c) => c.name), name];
      throw collectionCycle(hosts, readAt(this.#collecting[cycle]!.stack));
    }
    this.#collecting.push({ name, stack: captureStack() });
    let evaluation: Evaluation;
    try {
      evaluation = evalModules({
        modules: [
          assertionsModule,
          ...hostModules,
          ...(this.definition.modules as Module[]),
          ...(host.modules as Module[]),
        ],
        specialArgs: { ...this.definition.specialArgs, nodes: this.nodes, hostName: name },
        label: name,
      });
    } finally {
      this.#collecting.pop();
    }
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

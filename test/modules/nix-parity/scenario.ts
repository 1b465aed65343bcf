/**
 * A case of the comparison with Nix: modules written for hearth, and what real Nix printed for the
 * same modules written in Nix (`nix-instantiate --eval --strict --json` with nixpkgs' `lib`).
 */
import { canonicalJson, evalModules } from "../../../src/modules/index.ts";

/** Nix failed to evaluate the modules (its message is not compared: hearth words its own). */
export const failed = Symbol("Nix failed");

export interface Scenario {
  name: string;
  /** What Nix printed, as a value, or `failed`. */
  nix: unknown;
  /**
   * Where Nix fails: the kind of hearth's error (ModuleError.kind), when both fail for the same
   * reason (read from both messages; hearth words its own).
   */
  kind?: string;
  /** Evaluates the modules with `run`/`runE`, or prints with `console.log`, once. */
  run: (h: Harness) => void;
}

export interface Harness {
  /** Evaluates `modules`; prints `read` of the config (round 2: of the whole evaluation). */
  run(modules: unknown[], read?: (x: any) => unknown, specialArgs?: Record<string, unknown>): void;
  /** Evaluates `modules`; prints `read` of the whole evaluation. */
  runE(modules: unknown[], read: (evaluation: any) => unknown, specialArgs?: Record<string, unknown>): void;
  /** evalModules with these arguments (class, prefix, …); prints `read` of the whole evaluation. */
  runA(args: Record<string, unknown>, read: (evaluation: any) => unknown): void;
  console: { log(text: unknown): void };
}

/** A value made plain, or "ERR" if computing it throws (Nix's `tryEval (deepSeq v v)`). */
export function tryValue(f: () => unknown): unknown {
  try {
    return JSON.parse(canonicalJson(f()));
  } catch {
    return "ERR";
  }
}

/** What a case printed: canonical JSON, or the error it failed with. */
export type Printed = { json: string } | { error: unknown };

export function runScenario(s: Scenario, runReadsEvaluation: boolean): Printed[] {
  const printed: Printed[] = [];
  const evaluateWith = (args: Record<string, unknown>, read: (x: any) => unknown, whole: boolean) => {
    try {
      const ev = evalModules(args as any);
      printed.push({ json: canonicalJson(read(whole ? ev : ev.config)) });
    } catch (error) {
      printed.push({ error });
    }
  };
  const evaluate = (modules: unknown[], read: (x: any) => unknown, specialArgs: unknown, whole: boolean) =>
    evaluateWith({ modules, specialArgs }, read, whole);
  s.run({
    run: (modules, read, specialArgs) =>
      runReadsEvaluation
        ? evaluate(modules, read ?? ((e) => e.config), specialArgs, true)
        : evaluate(modules, read ?? ((c) => c), specialArgs, false),
    runE: (modules, read, specialArgs) => evaluate(modules, read, specialArgs, true),
    runA: (args, read) => evaluateWith(args, read, true),
    console: { log: (text) => printed.push({ json: String(text) }) },
  });
  return printed;
}

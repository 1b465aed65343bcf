/**
 * One option of one evaluation, and how its value is computed: its definitions in module order,
 * merged once when first read (NixOS' mergeDefinitions), a cycle reported as an error that names
 * the options on it. Module evaluations (eval.ts) and flat submodule elements (submodule.ts)
 * both keep their options' states this way.
 */
import { ModuleError, showDefs } from "./errors.ts";
import { isThunk } from "./lazy.ts";
import { frameShowingFile } from "./location.ts";
import { type Merged, mergeChecked, mergeDefinitions } from "./merge.ts";
import {
  type Definition,
  displayFile,
  joinPaths,
  type ModuleSource,
  type Origin,
  pathWith,
  showOrigin,
} from "./origin.ts";
import { propertyType } from "./properties.ts";
import type { MergedOption, OptionNode } from "./schema.ts";
import { showOption, showValue } from "./show.ts";

/**
 * Adds a definition from module `index`. Modules are usually computed in order, but one computed
 * early (inside another's computation) makes its definitions arrive late: they are put in module
 * order once, when the option is read (see definitionsOf).
 */
export function addDefinition(state: OptionState, def: Definition, index: number): void {
  const n = state.defs.length;
  if (n === 0) {
    // Most options have one definition: an exact-size array, not push's spare room.
    state.defs = [def];
    state.firstModule = index;
    return;
  }
  const from = (state.from ??= [state.firstModule]);
  if (from[n - 1]! > index) state.unordered = true;
  state.defs.push(def);
  from.push(index);
}

/** An option's definitions in module order (definitions of one module in the order given). */
export function definitionsOf(state: OptionState): Definition[] {
  if (state.unordered) {
    sortDefinitions(state.defs, state.from!);
    state.unordered = false;
  }
  return state.defs;
}

/**
 * Sorts the definitions by module, stably, in place. Lists defined by many modules (assertions)
 * arrive in reverse and are sorted through an index; a few definitions by insertion.
 */
function sortDefinitions(defs: Definition[], from: number[]): void {
  const n = from.length;
  if (n > 8) {
    const order: number[] = [];
    for (let i = 0; i < n; i++) order.push(i);
    order.sort((a, b) => from[a]! - from[b]! || a - b);
    const oldDefs = defs.slice();
    const oldFrom = from.slice();
    for (let i = 0; i < n; i++) {
      defs[i] = oldDefs[order[i]!]!;
      from[i] = oldFrom[order[i]!]!;
    }
    return;
  }
  for (let i = 1; i < n; i++) {
    const index = from[i]!;
    const def = defs[i]!;
    let j = i - 1;
    for (; j >= 0 && from[j]! > index; j--) {
      from[j + 1] = from[j]!;
      defs[j + 1] = defs[j]!;
    }
    from[j + 1] = index;
    defs[j + 1] = def;
  }
}

/** A request to compute the definitions again, in a better order (see #ensureStructure). */
export class Restart extends Error {
  constructor(readonly evaluation: object) {
    super("hearth: restart (internal)");
  }
}

/** An option's value: not computed yet, being computed, computed, failed. */
export const State = { Pending: 0, Running: 1, Done: 2, Failed: 3 } as const;
export type State = (typeof State)[keyof typeof State];

// Not frozen: a frozen array has its own hidden class, and code reading `defs.length` that had only
// seen plain arrays would be thrown away by V8 the first time it met this one. Never written to:
// addDefinition replaces it.
export const noDefinitions: Definition[] = [];

/** A definition pushed down from a module: its own origin (one object, not two). */
export class DefinitionAt implements Definition, Origin {
  constructor(
    readonly value: unknown,
    readonly parent: Origin,
    readonly key: string,
  ) {}
  get from(): Origin {
    return this;
  }
  get module(): ModuleSource {
    return this.parent.module;
  }
  get path(): readonly string[] {
    return pathWith(this.parent.path, this.key);
  }
  get file(): string {
    return showOrigin(this);
  }
}

/** One option of one evaluation. */
export class OptionState {
  /** Definitions in module order. */
  defs: Definition[] = noDefinitions;
  /** The index of the module of the first definition, and of each one once there are several. */
  firstModule = -1;
  from: number[] | undefined;
  /** Some definition arrived after one from a later module (see addDefinition). */
  unordered = false;
  state: State = State.Pending;
  value: unknown;
  error: unknown;
  merged: Merged<unknown> | undefined;
  /** The module whose configuration was being computed when this option was first read, if any. */
  reader = -1;
  /** ... and the option being computed then (what needed it), if any: for messages. */
  readFor: OptionState | undefined = undefined;
  /** Its definitions were read (option info: isDefined, definitions, …) before every module's were known. */
  definitionsRead = false;
  /** Its definitions are being merged (see mergedDefinitions). */
  mergingDefinitions = false;
  #loc: readonly string[] | undefined;
  constructor(
    readonly node: OptionNode,
    readonly prefix: readonly string[],
    /** The node's option, or this evaluation's own (see optionTree). */
    readonly option: MergedOption,
  ) {}
  /** The option's full path (made when needed: most options never need it). */
  get loc(): readonly string[] {
    this.#loc ??= this.prefix.length === 0 ? this.node.path : joinPaths(this.prefix, this.node.path);
    return this.#loc;
  }
}

/** Options being evaluated, across all evaluations: a repeated entry is a cycle. */
export const evaluating: OptionState[] = [];

// -------------------------------------------------------------------------------------------------
// Merging one option's definitions (for module evaluations and flat submodule elements alike)

/** The option's definitions merged (kept on the state when `keep`: option info asks again). */
export function mergedDefinitions(state: OptionState, keep = true): Merged<unknown> {
  if (state.merged) return state.merged;
  const opt = state.option;
  const sorted = definitionsOf(state);
  const defs = opt.defaultDefinition ? [opt.defaultDefinition, ...sorted] : sorted;
  if (opt.readOnly && defs.length > 1) {
    // As NixOS, the default counts as a definition.
    throw new ModuleError(
      "read-only",
      `The option \`${showOption(state.loc)}' is read-only, but it's set multiple times. Definition values:${withDefault(opt, sorted, true)}\n` +
        "A read-only option is set in one place only (its default, or one definition): remove the others.",
      state.loc,
    );
  }
  // Merging evaluates the definitions' conditions (and the lazy contents of their properties),
  // which may ask, through option info, for this option's own definitions: no value is being
  // computed to catch that cycle.
  if (state.mergingDefinitions) {
    const name = `\`${showOption(state.loc)}'`;
    throw new ModuleError(
      "cycle",
      `Infinite recursion: finding which definitions of ${name} count reads the option info of ${name} (isDefined, highestPrio, definitions): through its default, an mkIf condition, options aliased to each other, or a lazy value that must be computed to see whether it holds mkForce or mkOrder.\n` +
        `Compute that from other options; only values inside attribute sets stay uncomputed while the definitions are sorted out. Definitions of ${name}:${withDefault(opt, sorted, false)}`,
      state.loc,
    );
  }
  state.mergingDefinitions = true;
  try {
    const merged = mergeDefinitions(state.loc, opt.type, defs);
    if (keep) state.merged = merged;
    return merged;
  } finally {
    state.mergingDefinitions = false;
  }
}

/**
 * `defs` for a message, after the option's default shown as what it is (with its value, or,
 * where computing it is what failed, without).
 */
function withDefault(opt: MergedOption, defs: readonly Definition[], value: boolean): string {
  const d = opt.defaultDefinition;
  if (!d) return showDefs(defs);
  return `\n- In \`${showOrigin(d.from)}' (its default)${value ? `: ${showValue(shownDefault(d))}` : ""}${showDefs(defs)}`;
}

/** A default's value for a message, or what computing it failed with. */
function shownDefault(d: Definition): unknown {
  try {
    const content = (d.value as { content: unknown }).content;
    return isThunk(content) ? content.force() : content;
  } catch (e) {
    return `<error: ${(e as Error).message?.split("\n")[0]}>`;
  }
}

/**
 * The merged value. Most options have their default alone, or one plain definition: those are
 * merged directly; the rest go through mergeDefinitions (properties, priorities, order).
 */
export function mergedValue(state: OptionState): unknown {
  const opt = state.option;
  const defs = definitionsOf(state);
  if (!opt.readOnly) {
    const only = defs.length === 0 ? opt.defaultOnly : defs.length === 1 ? defs : undefined;
    if (only) {
      const v = only[0]!.value;
      if (propertyType(v) === undefined && !isThunk(v)) {
        // One plain definition of a simple type is the value (the usual case: no path needed).
        if (opt.type.singleValue && opt.type.check(v)) return v;
        return mergeChecked(state.loc, opt.type, only);
      }
    }
  }
  // Computed for the value only: option info (explain) computes it again when asked.
  return mergedDefinitions(state, false).value;
}

/** What an option's value is computed for: it names the option in errors from user code. */
export interface ValueContext {
  inContext(e: unknown, state: OptionState): unknown;
}

/** Computes a pending option's value once (a cycle is an error that names the options on it). */
export function computeValue(state: OptionState, context: ValueContext): unknown {
  state.state = State.Running;
  evaluating.push(state);
  try {
    const apply = state.option.apply;
    state.value = apply ? applied(state, apply) : mergedValue(state);
    state.state = State.Done;
    return state.value;
  } catch (e) {
    if (e instanceof Restart) {
      state.state = State.Pending;
      throw e;
    }
    state.state = State.Failed;
    state.error = context.inContext(withDeclarations(e, state), state);
    throw state.error;
  } finally {
    evaluating.pop();
  }
}

/** The "no value" error of an option, with where it is declared (where a default would go). */
function withDeclarations(e: unknown, state: OptionState): unknown {
  if (!(e instanceof ModuleError && e.kind === "no-value" && e.option === state.loc)) return e;
  const where = state.option.declarations.map((d) => `\`${showOrigin(d.from)}'`);
  if (where.length === 0) return e;
  return new ModuleError("no-value", `${e.message} It is declared in ${where.join(", ")}.`, e.option);
}

/**
 * What `apply` gets: the merged value or, when the definitions cannot be merged (none, a type
 * error, a conflict), a stand-in that throws that error when used. Nix is lazy: an `apply` that
 * ignores its argument (an alias, mkRenamedOptionModule, whose option is typed only loosely)
 * never merges the definitions; one that uses them fails as it should.
 */
function applied(state: OptionState, apply: (v: unknown) => unknown): unknown {
  let value: unknown;
  try {
    value = mergedValue(state);
  } catch (e) {
    if (e instanceof Restart) throw e;
    const fail = (): never => {
      throw e;
    };
    const missing = new Proxy(
      {},
      { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail },
    );
    // Given back as it is (`v => v`): the option's value is the missing one.
    const result = apply(missing);
    if (result === missing) fail();
    return result;
  }
  return apply(value);
}

/** An error from user code (a getter, an apply function), naming the option being evaluated. */
export function withContext(e: unknown, state: OptionState): unknown {
  if (e instanceof ModuleError) return e;
  return inContextOf(e, `the option \`${showOption(state.loc)}'`, definitionsOf(state), state.loc);
}

/** An error from user code while computing `what` (from `defs`), as an error that names it. */
export function inContextOf(
  e: unknown,
  what: string,
  defs: readonly Definition[],
  loc: readonly string[],
  note = "",
): unknown {
  if (e instanceof ModuleError) return e;
  if (typeof e === "object" && e !== null && (e as { userFacing?: boolean }).userFacing) return e;
  const err = e as Error;
  const wrapped = new ModuleError(
    "thrown",
    `While evaluating ${what}: ${err?.name ?? "Error"}: ${err?.message ?? String(e)}${defs.length ? `\nDefinitions:${showDefs(defs)}` : ""}${note}${userFrame(err)}`,
    loc,
  );
  (wrapped as { cause?: unknown }).cause = e;
  return wrapped;
}

/** One option on a cycle, with where it is declared (its default or apply may be what reads on). */
const step = (s: OptionState): string => {
  const declared = s.option.declarations[0];
  return `\`${showOption(s.loc)}'${declared ? ` (declared in \`${showOrigin(declared.from)}')` : ""}`;
};

/** A strict attribute set computes every value's conditions to know its names; a lazy one does not. */
const lazyAttrsHint =
  " If an element's mkIf condition reads another element, declare the option with types.lazyAttrsOf: its names are known without computing every value, as in NixOS.";

export function cycleError(state: OptionState): ModuleError {
  const start = evaluating.indexOf(state);
  const through = evaluating.slice(start);
  const name = `\`${showOption(state.loc)}'`;
  const defs = definitionsOf(state);
  const shownDefs = defs.length > 0 ? ` Definitions of ${name}:${showDefs(defs)}` : "";
  // Nothing in between: the option's own default, apply or definitions read it.
  const message =
    through.length <= 1
      ? `Infinite recursion: computing ${name} reads ${name} itself (in its default, its apply, one of its definitions or an mkIf condition on one). Compute it from other options.${state.option.type.name === "attrsOf" ? lazyAttrsHint : ""}`
      : `Infinite recursion: the value of ${name} depends on itself:\n  ${[...through, state].map(step).join("\n  → ")}\n` +
        "Break the cycle: one of these options must not read the next one.";
  return new ModuleError("cycle", message + shownDefs, state.loc);
}

/** The first stack frame outside hearth, to show where user code failed. */
function userFrame(e: Error | undefined): string {
  const frames = e?.stack?.split("\n").filter((l) => l.trimStart().startsWith("at ")) ?? [];
  const frame = frames.find(
    (l) => !/[/\\](src[/\\]modules|dist|node_modules)[/\\]/.test(l) && !l.includes("node:"),
  );
  // Its file as in the rest of the message (relative to the lab).
  return frame ? `\nThrown ${frameShowingFile(frame.trim(), displayFile)}` : "";
}

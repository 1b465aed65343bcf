/**
 * evalModules: one lazy fixed point over a list of modules, as NixOS' lib.evalModules.
 *
 * The order of work:
 * 1. collect: load every module (calling module functions) through `imports`; reading `config`
 *    now is an error, because which modules and options exist is not known yet;
 * 2. declare: merge every module's `options` into one option tree (shared between evaluations of
 *    the same modules, see schema.ts);
 * 3. define, lazily: the first time an option is read, every module's configuration is pushed
 *    down onto the options it defines (its `config` function is called then). A module may read
 *    `config` while computing its configuration: hearth evaluates what it reads without the modules
 *    still being computed, and checks afterwards that none of them defines what was read
 *    ("optimistic" evaluation: the result is exactly NixOS', or an error that says so);
 * 4. evaluate: an option's value is merged from its definitions when first read, once
 *    (state.ts: an option's state and how its value is computed).
 *
 * Submodule elements are evaluations too, made as cheaply as their type allows (submodule.ts).
 */
import { type ArgsSource, guarded, moduleArgsOf } from "./args.ts";
import { collectModules, type LoadContext, LoadedModule, moduleSourceKey, withSource } from "./collect.ts";
import { ModuleError, showDefs } from "./errors.ts";
import { definitionRounds, force, isAttrs, thunkOf } from "./lazy.ts";
import { callerOf, type SourceLocation } from "./location.ts";
import { mkOption } from "./option.ts";
import {
  childOrigin,
  Def,
  type Definition,
  joinPaths,
  pathWith,
  type ModuleSource,
  type Origin,
  showModule,
  showOrigin,
} from "./origin.ts";
import { kindOf, mergeOfNoList } from "./merge.ts";
import { propertyType } from "./properties.ts";
import {
  allOptionNodes,
  type MergedOption,
  type NamespaceNode,
  type OptionNode,
  internalOption,
  optionTree,
  type ShapeCache,
  type TreeNode,
} from "./schema.ts";
import { setAttrByPath } from "./rename.ts";
import { DefinitionsInAdvance, type Refusal } from "./in-advance.ts";
import { definedPaths, OptionPlaces, suggestions } from "./elsewhere.ts";
import { showAlternatives, showOption, showValue } from "./show.ts";
import {
  addDefinition,
  computeValue,
  cycleError,
  DefinitionAt,
  definitionsOf,
  evaluating,
  inContextOf,
  mergedDefinitions,
  OptionState,
  Restart,
  State,
  withContext,
} from "./state.ts";
import { type OptionType, types } from "./types.ts";
import { namespaceView, type ViewSource } from "./view.ts";

export interface EvalModulesArgs {
  modules: readonly unknown[];
  /** Where the evaluated configuration sits in a bigger one (submodules): prefixes option paths. */
  prefix?: readonly string[];
  /** Arguments available to every module, also while imports are being resolved. */
  specialArgs?: Record<string, unknown>;
  /** Refuse modules declaring another `_class`. */
  class?: string | null;
  /** Arguments given to module functions directly (submodules get their `name` this way). */
  moduleArgs?: Record<string, unknown>;
  /**
   * What the configuration is, for errors that concern several evaluations reading each other
   * (a lab gives each host's name).
   */
  label?: string;
}

/** An evaluated option, as `options.<path>` shows it. */
export interface OptionInfo extends MergedOption {
  readonly _type: "option";
  readonly loc: readonly string[];
  readonly value: unknown;
  readonly isDefined: boolean;
  readonly highestPrio: number;
  /** The definitions that won, after mkIf, overrides and ordering. */
  readonly definitions: readonly unknown[];
  /**
   * The definitions that won, with where each was written (`file`, as NixOS, and `from`). `file` is
   * a getter (finding a definition's line parses its file): `{ ...d }` does not copy it.
   */
  readonly definitionsWithLocations: readonly (Definition & { readonly file: string })[];
  /** Every definition written, in merge order, before mkIf and priorities (the default excluded). */
  readonly rawDefinitions: readonly Definition[];
  readonly files: readonly string[];
}

export interface Evaluation<C = any> {
  readonly config: C;
  readonly options: any;
  readonly _module: any;
  readonly modules: readonly LoadedModule[];
  /** The option at `path` (below the evaluation's prefix), or undefined if none is declared. */
  option(path: readonly string[]): OptionInfo | undefined;
  /** Every declared option, depth first. */
  allOptions(): OptionInfo[];
  /** Every declared option's path (below the evaluation's prefix), for suggestions. */
  optionPaths(): (readonly string[])[];
  /** Evaluates the same modules plus more. */
  extendModules(extra: ExtraModules): Evaluation<C>;
}

export interface ExtraModules {
  modules?: readonly unknown[];
  specialArgs?: Record<string, unknown>;
  /** Where the new evaluation sits (its options' paths), instead of this one's prefix. */
  prefix?: readonly string[];
}

/** A module's definitions: not computed yet, being computed, computed. */
const Status = { Pending: 0, Running: 1, Done: 2 } as const;
/** How to read an option lazily in a configuration function, for messages. */
const lazyForms = "`mkIf(() => …, …)`, or a getter such as `get port() { return config.… }`";

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The properties around a set of definitions being pushed down, innermost first. */
type Wrapper =
  | { readonly condition: unknown; readonly outer: Wrapper | null }
  | { readonly priority: number; readonly outer: Wrapper | null };

/** What a module whose configuration is a plain value defines on an option tree. */
interface StaticStructure {
  /** Pairs: option node, definition. */
  readonly defined: (OptionNode | Definition)[];
  readonly unmatched: { prefix: readonly string[]; def: Definition }[];
}

const internalSource: ModuleSource = { file: "<hearth module system>" };
export const rootSource: ModuleSource = { file: "<evalModules>" };

function internalOptions(root: boolean) {
  return {
    _module: {
      args: mkOption({
        type: types.lazyAttrsOf(types.raw),
        internal: !root,
        description:
          "Additional arguments passed to each module, in addition to `config`, `options`, `lib`, `name` and `specialArgs`. They are not available while imports are resolved: use specialArgs for those.",
      }),
      check: mkOption({
        type: types.bool,
        internal: true,
        default: true,
        description: "Whether to check that all option definitions have matching declarations.",
      }),
      freeformType: mkOption({
        type: types.nullOr(types.optionType),
        internal: true,
        default: null,
        description:
          "If set, definitions that have no declared option are merged with this type and become part of `config`.",
      }),
      specialArgs: mkOption({
        readOnly: true,
        internal: true,
        description: "Externally provided module arguments, available while imports are resolved.",
      }),
    },
  };
}
let internalOptionsCache:
  | [ReturnType<typeof internalOptions>, ReturnType<typeof internalOptions>]
  | undefined;
/** The `_module` options (documented at the root only), one object each so schemas can be shared. */
function internalOptionsFor(root: boolean) {
  internalOptionsCache ??= [internalOptions(true), internalOptions(false)];
  return internalOptionsCache[root ? 0 : 1];
}

const noSpecialArgs: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;
const internalModules = new WeakMap<object, [LoadedModule, LoadedModule]>();
/** The module declaring `_module`: one per specialArgs object, so its definitions are computed once. */
export function internalModule(root: boolean, specialArgs: Record<string, unknown>): LoadedModule {
  let pair = internalModules.get(specialArgs);
  if (!pair) {
    const make = (r: boolean) =>
      new LoadedModule({
        key: "hearth-internal",
        source: internalSource,
        // `_module.args` always has a definition (NixOS defines extendModules and moduleType there).
        config: { _module: { specialArgs, args: {} } },
        options: internalOptionsFor(r),
        shared: true,
      });
    pair = [make(true), make(false)];
    internalModules.set(specialArgs, pair);
  }
  return pair[root ? 0 : 1];
}

/**
 * What a submodule type of plain modules defines in every element (see submodule.ts): computed
 * once, by an evaluation of its modules (`template`), and merged around each element's own.
 */
export interface TemplateDefinitions {
  readonly tree: NamespaceNode;
  /** Definitions of the modules merged before the element's (what the type's modules import, `_module`). */
  readonly before: Map<OptionNode, Definition[]>;
  /** Definitions of the modules merged after them (the type's modules themselves, the name default). */
  readonly after: Map<OptionNode, Definition[]>;
  readonly unmatched: readonly { prefix: readonly string[]; def: Definition }[];
  readonly argsNode: OptionNode;
}

export const submoduleSource: ModuleSource = { file: "<submodule>" };
const submoduleOrigin: Origin = { module: submoduleSource, path: [] };
/**
 * Module positions of a templated element's name and type definitions: after its own. A small
 * integer (V8's 31-bit Smi): a larger number would turn every module-position field and array
 * into doubles, and V8 would throw away the optimised code that read them as integers.
 */
const afterElement = 2 ** 30 - 2;

/**
 * Evaluations that read each other (a lab's hosts, through `nodes`). While one computes its
 * structure (a round: its modules' configurations run), another may read its options and compute
 * from what is defined so far. When the first then starts over (a definition came after an option
 * was read), what the others computed from it is stale. Rather than chasing it, the outermost
 * round (the evaluation whose read started it all) goes again once it is done: every evaluation
 * that computed something in it is computed again, keeping what each learnt (definitions given in
 * advance, module order), which settles in a round or two. `owner` is the innermost open round's
 * evaluation; ticks order events: `foreign`, the last computation by another than the owner;
 * `worked`, each evaluation's last computation while a round was open.
 */
const rounds = {
  open: 0,
  tick: 0,
  owner: undefined as ModuleEvaluation<unknown> | undefined,
  foreign: 0,
  /** An evaluation read mid-round started over: the outermost round goes again. */
  again: false,
};
const worked = new Map<ModuleEvaluation<unknown>, number>();
/** Rounds of the outermost evaluation before the evaluations are taken for a cycle. */
const maxRounds = 8;

export function evalModules<C = any>(args: EvalModulesArgs): Evaluation<C> {
  return new ModuleEvaluation<C>(args, undefined, { file: "<evalModules>", location: callerOf(evalModules) });
}

export class ModuleEvaluation<C> implements Evaluation<C>, ViewSource, ArgsSource {
  readonly prefix: readonly string[];
  readonly modules: LoadedModule[];
  readonly tree: NamespaceNode;

  #collecting = true;
  #loading: ModuleSource | undefined;
  #args: Record<string, unknown> | undefined;
  #guards: { config: object; options: object } | undefined;
  readonly #states = new Map<OptionNode, OptionState>();
  #root: object | undefined;
  #namespaces: Map<NamespaceNode, object> | undefined;
  #optionsTrees: Map<NamespaceNode, object> | undefined;
  /** Per module: not started, running, done (see #ensureStructure). */
  #status: Uint8Array;
  /** Modules before this index are all started. */
  #firstPending = 0;
  /** Modules whose configuration is being computed (indexes), innermost last. */
  readonly #running: number[] = [];
  #structureComplete = false;
  #structureFailure: unknown;
  /** Learnt order: module → modules that must be done before it starts (see #computeStructure). */
  #after: Map<number, Set<number>> | undefined;
  #restart: Restart | undefined;
  /** Definitions given in advance (in-advance.ts): they outlive a restart. */
  #inAdvance: DefinitionsInAdvance | undefined;
  #unmatched: { prefix: readonly string[]; def: Definition }[] | undefined;
  /** Freeform values read while modules were computing their configuration, and by which module. */
  #freeformReads: { path: readonly string[]; reader: number; listed: boolean }[] | undefined;
  /** Modules whose `freeformType` attribute is defined (see #defineFreeformType). */
  #freeformTypeDefined: Set<number> | undefined;
  #checked = false;
  #checkFailure: ModuleError | undefined;
  #freeform: { type: OptionType | null; value: unknown } | undefined;
  /** While the freeform values merge (reading one of them then is a cycle): the options being evaluated then. */
  #mergingFreeform = -1;
  /** A freeform type is declared (a module's `freeformType`, or `_module.freeformType` defined). */
  #hasFreeform: boolean;
  /** For an element of a templated submodule type: the type's definitions. */
  readonly #template: TemplateDefinitions | undefined;
  #name: string | undefined;
  /** Options of this evaluation that differ from the tree's (declared with other defaults). */
  readonly #ownOptions: Map<OptionNode, MergedOption> | undefined;
  /** Where modules given without a file were given (extendModules keeps it for them). */
  readonly #rootSource: ModuleSource;
  /** Made by evalModules or extendModules (not an element of a submodule type: see `rounds`). */
  readonly #isRoot: boolean;
  /** The tick this round began (or went again, outermost); whether another may have read it since (see #entered). */
  #roundStart = 0;
  #readMidRound = false;

  /**
   * `collected`: the modules already collected (breadth-first, with the internal module), for
   * submodules whose types were collected once.
   */
  constructor(
    readonly spec: EvalModulesArgs,
    collected?: LoadedModule[],
    root: ModuleSource = rootSource,
    template?: TemplateDefinitions,
    shapes?: ShapeCache,
  ) {
    this.prefix = spec.prefix ?? [];
    this.#rootSource = root;
    this.#template = template;
    // Elements and templates of submodule types are given their modules or their type's shapes.
    this.#isRoot = collected === undefined && template === undefined && shapes === undefined;
    if (template) {
      // Only the element's own definitions are computed here (collected: those modules).
      this.#collecting = false;
      this.modules = collected!;
      this.#hasFreeform = false;
      this.tree = template.tree;
      this.#status = new Uint8Array(this.modules.length); // all Status.Pending (0)
      this.#name = spec.moduleArgs?.name as string | undefined;
      this.#ownOptions = undefined;
      return;
    }
    const specialArgs = spec.specialArgs ?? noSpecialArgs;
    const ctx: LoadContext = {
      args: () => this.#moduleArgs(),
      class: spec.class ?? null,
      loading: (source) => {
        this.#loading = source;
      },
    };
    this.modules = (
      collected ??
      collectModules(ctx, root, [...spec.modules, internalModule(this.prefix.length === 0, specialArgs)])
    ).reverse();
    this.#collecting = false;
    this.#hasFreeform = this.modules.some((m) => m.hasFreeformType);
    const { tree, own } = optionTree(this.modules, this.prefix, shapes);
    this.tree = tree;
    this.#ownOptions = own;
    this.#status = new Uint8Array(this.modules.length); // all Status.Pending (0)
  }

  // -------------------------------------------------------------------------------------------
  // Results

  get config(): C {
    if (rounds.open > 0) this.#entered(true);
    this.#check();
    return this.#rootConfig() as C;
  }

  get options(): any {
    if (rounds.open > 0) this.#entered(true);
    this.#check();
    return this.#optionsObject(this.tree);
  }

  get _module(): any {
    this.#check();
    return this.#rootConfig()._module;
  }

  option(path: readonly string[]): OptionInfo | undefined {
    let node: TreeNode = this.tree;
    for (const part of path) {
      if (node.kind !== "namespace") return undefined;
      const next = node.children.get(part);
      if (!next) return undefined;
      node = next;
    }
    return node.kind === "option" ? this.#optionInfo(node) : undefined;
  }

  allOptions(): OptionInfo[] {
    return allOptionNodes(this.tree).map((node) => this.#optionInfo(node));
  }

  optionPaths(): (readonly string[])[] {
    return allOptionNodes(this.tree).map((node) => node.path);
  }

  extendModules(extra: ExtraModules): Evaluation<C> {
    return this.#extend(extra, callerOf(this.extendModules));
  }

  /** `at`: where extendModules was called, the location of modules given without a file. */
  #extend(extra: ExtraModules, at: SourceLocation): Evaluation<C> {
    const source: ModuleSource = { file: "<extendModules>", location: at };
    const spec = {
      ...this.spec,
      ...(extra.prefix ? { prefix: extra.prefix } : {}),
      modules: [...this.spec.modules, ...(extra.modules ?? []).map((m) => withSource(source, m))],
      specialArgs: { ...this.spec.specialArgs, ...extra.specialArgs },
    };
    return new ModuleEvaluation<C>(spec, undefined, this.#rootSource);
  }

  // -------------------------------------------------------------------------------------------
  // Module arguments

  #moduleArgs(): Record<string, unknown> {
    this.#args ??= moduleArgsOf(this, this.spec.specialArgs ?? noSpecialArgs, this.spec.moduleArgs);
    return this.#args;
  }

  /** Module argument `config`: guarded while modules are being collected, the config after. */
  argConfig(): object {
    return this.#collecting ? this.#guard().config : this.#rootConfig();
  }

  argOptions(): object {
    return this.#collecting ? this.#guard().options : this.#optionsObject(this.tree);
  }

  /** A module argument from `_module.args` (anything not given directly). */
  argFromModuleArgs(key: string): unknown {
    // One of NixOS' own arguments (its internal module puts it in `_module.args`); it needs no
    // configuration, so module functions may take it while modules are collected (as NixOS'
    // specialisation module does).
    if (key === "extendModules" && (this.#collecting || !this.#definesArg(key))) {
      const extendModules = (extra: ExtraModules) => this.#extend(extra, callerOf(extendModules));
      return extendModules;
    }
    if (this.#collecting) throw this.#argWhileCollecting(key);
    const moduleArgs = (this.#rootConfig()._module as { args: Record<string, unknown> }).args;
    if (!(key in moduleArgs)) {
      const asking = this.#loading ?? this.modules[this.#running[this.#running.length - 1] ?? -1]?.source;
      throw new ModuleError(
        "module",
        `A module${asking ? ` (\`${showModule(asking)}')` : ""} asks for the argument \`${key}', which is not defined. Define it with \`_module.args.${key}' or pass it in specialArgs.${this.#inSubmodule()}`,
      );
    }
    return moduleArgs[key];
  }

  /** Why arguments of an outer evaluation are not there, in a submodule's evaluation. */
  #inSubmodule(): string {
    return this.prefix.length > 0
      ? ` This evaluation is \`${showOption(this.prefix)}' (a submodule's): it has its own \`_module.args'; arguments of the evaluation around it reach it only through the submodule type's specialArgs.`
      : "";
  }

  #definesArg(key: string): boolean {
    return key in (this.#rootConfig()._module as { args: Record<string, unknown> }).args;
  }

  /** Stand-ins for `config` and `options` that refuse to be read before collection is over. */
  #guard(): { config: object; options: object } {
    if (this.#guards) return this.#guards;
    const guard = (what: "config" | "options") =>
      guarded(
        (key) => {
          if (this.#collecting)
            throw this.#readWhileCollecting(`${what}${typeof key === "string" ? `.${key}` : ""}`);
        },
        () => (what === "config" ? this.#rootConfig() : this.#optionsObject(this.tree)),
      );
    this.#guards = { config: guard("config"), options: guard("options") };
    return this.#guards;
  }

  /** A module function took an argument of `_module.args` (NixOS' `{ pkgs, ... }:`). */
  #argWhileCollecting(key: string): ModuleError {
    const where = this.#loading ? ` (\`${showModule(this.#loading)}')` : "";
    return new ModuleError(
      "laziness",
      `A module function${where} takes the argument \`${key}', which comes from \`_module.args': that is part of the configuration, known only once every module is collected, and module functions run while they are.\n` +
        `Take it where the configuration is computed, \`config: ({ ${key} }) => …\`, or, if imports or option declarations need it, pass it in specialArgs.${this.#inSubmodule()}`,
    );
  }

  #readWhileCollecting(what: string): ModuleError {
    const where = this.#loading ? ` (in module \`${showModule(this.#loading)}')` : "";
    return new ModuleError(
      "laziness",
      `\`${what}' was read while modules are being collected${where}: imports and option declarations must not depend on the configuration.\n` +
        "Read it lazily instead: inside `config: ({ config }) => …`, in a condition `mkIf(() => …, …)`, in a getter `get port() { return config.… }`, or, for an option's default, `default: lazy(() => config.…)`.",
    );
  }

  // -------------------------------------------------------------------------------------------
  // The config and options objects

  #state(node: OptionNode): OptionState {
    let state = this.#states.get(node);
    if (!state) {
      state = new OptionState(node, this.prefix, this.#ownOptions?.get(node) ?? node.option);
      this.#states.set(node, state);
      if (this.#template) this.#templateDefinitions(state);
      const given = this.#inAdvance?.forOption(node);
      if (given) for (const [index, defs] of given) for (const def of defs) addDefinition(state, def, index);
    }
    return state;
  }

  /** An element of a templated type: the type's definitions around the element's own. */
  #templateDefinitions(state: OptionState): void {
    const t = this.#template!;
    for (const def of t.before.get(state.node) ?? []) addDefinition(state, def, -1);
    if (state.node === t.argsNode && this.#name !== undefined) {
      addDefinition(state, new Def({ name: this.#name }, submoduleOrigin), afterElement);
    }
    for (const def of t.after.get(state.node) ?? []) addDefinition(state, def, afterElement + 1);
  }

  /**
   * The template of a submodule type, computed from an evaluation of its modules (with
   * `internal`, the `_module` module, last of those merged before an element's definitions).
   */
  template(internal: LoadedModule): TemplateDefinitions {
    const before = new Map<OptionNode, Definition[]>();
    const after = new Map<OptionNode, Definition[]>();
    const unmatched: { prefix: readonly string[]; def: Definition }[] = [];
    let target = before;
    for (const m of this.modules) {
      const defined: (OptionNode | Definition)[] = [];
      this.#pushDown(this.tree, m.config, m, m.origin, null, defined, unmatched);
      for (let i = 0; i < defined.length; i += 2)
        pushTo(target, defined[i] as OptionNode, defined[i + 1] as Definition);
      if (m === internal) target = after;
    }
    const args = internalOption(this.tree, "args");
    return { tree: this.tree, before, after, unmatched, argsNode: args };
  }

  #rootConfig(): Record<string, any> {
    this.#root ??= namespaceView(this, this.tree, true);
    return this.#root as Record<string, any>;
  }

  /** ViewSource: the view of a nested namespace. */
  namespace(ns: NamespaceNode): object {
    this.#namespaces ??= new Map();
    let view = this.#namespaces.get(ns);
    if (!view) {
      view = namespaceView(this, ns, false);
      this.#namespaces.set(ns, view);
    }
    return view;
  }

  /** ViewSource: an option's value. */
  value(node: OptionNode): unknown {
    // Most reads are of a value already computed: answered without further calls.
    const state = this.#states.get(node);
    if (state !== undefined && state.state === State.Done) return state.value;
    return this.#force(state ?? this.#state(node));
  }

  /** ViewSource: freeform values below a namespace. */
  freeform(ns: NamespaceNode, name?: string): Record<string, unknown> | undefined {
    if (this.#collecting) return undefined;
    if (rounds.open > 0) this.#entered(false);
    if (!this.#hasFreeform) {
      if (this.#structureComplete || this.value(internalOption(this.tree, "freeformType")) === null)
        return undefined;
      // Defined in `config`: the freeform values are known once every module's definitions are.
      const loc = this.#loc(ns);
      const where = loc.length === 0 ? "the configuration" : `\`${showOption(loc)}'`;
      throw new ModuleError(
        "laziness",
        `A module read a name that ${where} does not declare while modules were still computing their configuration: with the freeform type defined in \`_module.freeformType', that value is known only once they are done. Give the module that defines it the attribute \`freeformType' instead, or read the value lazily (a getter, mkIf(() => …)).`,
        loc,
      );
    }
    // Read while modules compute their configuration: what they define later must not change it.
    if (this.#running.length > 0) this.#noteFreeformRead(ns, name);
    return this.#freeformAt(ns.path);
  }

  #noteFreeformRead(ns: NamespaceNode, name: string | undefined): void {
    const path = name === undefined ? ns.path : pathWith(ns.path, name);
    const reader = this.#running[this.#running.length - 1]!;
    const reads = (this.#freeformReads ??= []);
    if (
      !reads.some((r) => r.reader === reader && r.listed === (name === undefined) && samePath(r.path, path))
    )
      reads.push({ path, reader, listed: name === undefined });
  }

  #optionsObject(ns: NamespaceNode): object {
    this.#optionsTrees ??= new Map();
    let obj = this.#optionsTrees.get(ns);
    if (obj) return obj;
    obj = {};
    for (const [name, child] of ns.children) {
      Object.defineProperty(obj, name, {
        enumerable: true,
        get: () => (child.kind === "option" ? this.#optionInfo(child) : this.#optionsObject(child)),
      });
    }
    this.#optionsTrees.set(ns, obj);
    return obj;
  }

  #optionInfo(node: OptionNode): OptionInfo {
    const state = this.#state(node);
    const evaluation = this;
    const merged = () => mergedDefinitions(state, evaluation.#readDefinitions(state));
    const o = state.option;
    return {
      type: o.type,
      hasDefault: o.hasDefault,
      // Getters: an option's default may read its own option info (`options.a.loc`).
      get default() {
        return o.default;
      },
      get defaultDefinition() {
        return o.defaultDefinition;
      },
      get defaultOnly() {
        return o.defaultOnly;
      },
      defaultText: o.defaultText,
      example: o.example,
      description: o.description,
      readOnly: o.readOnly,
      internal: o.internal,
      visible: o.visible,
      apply: o.apply,
      declarations: o.declarations,
      _type: "option",
      loc: state.loc,
      get value() {
        return evaluation.#force(state);
      },
      get isDefined() {
        return merged().isDefined;
      },
      get highestPrio() {
        return merged().defsFinal.highestPrio;
      },
      get definitions() {
        return merged().defsFinal.values.map((d) => d.value);
      },
      get definitionsWithLocations() {
        // `file` found when read: finding a definition's line parses its file.
        return merged().defsFinal.values.map((d) => new Def(d.value, d.from));
      },
      get rawDefinitions() {
        evaluation.#readDefinitions(state);
        return [...definitionsOf(state)];
      },
      get files() {
        return merged().defsFinal.values.map((d) => showOrigin(d.from));
      },
    };
  }

  // -------------------------------------------------------------------------------------------
  // Definitions: pushing each module's configuration down onto the options

  /**
   * Computes every module's definitions (once). A module's configuration function may read options,
   * which computes the other modules first (nested); what it reads is computed without the modules
   * still running. When that was wrong (a running module turns out to define what was read, or
   * the read failed for want of a definition), the order is learnt ("this reader after that
   * module") and the computation starts over: configuration functions are pure, and nothing has
   * been returned to outside code yet.
   */
  #ensureStructure(): void {
    if (this.#structureComplete) return;
    if (this.#structureFailure !== undefined) throw this.#structureFailure;
    if (this.#running.length > 0) {
      this.#runPending();
      return;
    }
    if (rounds.open > 0) this.#entered(false);
    const outer = rounds.owner;
    const outermost = this.#isRoot && rounds.open === 0;
    if (this.#isRoot) {
      rounds.open++;
      rounds.owner = this;
    }
    let complete = false;
    this.#beginRound();
    try {
      for (let round = 1; ; ) {
        try {
          this.#runPending();
          // A module failed (or was refused) inside another's computation, and user code caught it.
          if (this.#structureFailure !== undefined) throw this.#structureFailure;
          if (!(outermost && rounds.again)) {
            complete = true;
            break;
          }
        } catch (e) {
          if (e instanceof Restart && e.evaluation === this) {
            // Starting over on its own. What others read of it mid-round changes: they are
            // computed again when the outermost round goes again.
            if (this.#readMidRound) rounds.again = true;
            this.#resetStructure();
            continue;
          }
          // Met reading values that were to change: it may not be an error.
          if (!(outermost && rounds.again)) throw e;
          this.#structureFailure = undefined;
        }
        // The outermost round goes again.
        if (++round > maxRounds) throw (this.#structureFailure = this.#keptChanging());
        rounds.again = false;
        // Everything computed inside this round, the outermost: computed again.
        this.#invalidateSince(0);
        worked.clear();
        this.#resetStructure();
        this.#beginRound();
      }
    } finally {
      if (this.#isRoot) {
        // Failed after being read mid-round: what the others computed since has no ground.
        if (!complete && (this.#readMidRound || outermost)) this.#invalidateSince(this.#roundStart);
        rounds.owner = outer;
        // Its round ran inside another's: it computed throughout (not noted while it was the owner).
        if (outer !== undefined) this.#noteWork();
        if (--rounds.open === 0) {
          worked.clear();
          rounds.again = false;
        }
      }
    }
    this.#structureComplete = true;
    // A freeform type defined in `config` (by a module, or by an element of a submodule type)
    // is known once every module's definitions are.
    // (Defining an option makes its state: no state, no definition; a freeform type, not data, is
    // never given in advance.)
    if (!this.#hasFreeform)
      this.#hasFreeform = (this.#states.get(internalOption(this.tree, "freeformType"))?.defs.length ?? 0) > 0;
  }

  /** Starts every module that is not started and not waiting for a running one. */
  #runPending(): void {
    const status = this.#status;
    for (let progress = true; progress; ) {
      progress = false;
      for (let i = this.#firstPending; i < status.length; i++) {
        if (status[i] !== Status.Pending) {
          if (i === this.#firstPending) this.#firstPending++;
          continue;
        }
        if (this.#waiting(i)) continue;
        this.#computeStructure(i);
        progress = true;
      }
    }
  }

  #waiting(index: number): boolean {
    const blockers = this.#after?.get(index);
    if (!blockers) return false;
    for (const b of blockers) if (this.#status[b] !== Status.Done) return true;
    return false;
  }

  /**
   * Noted while a round is open (see `rounds`): this evaluation computes something, or is read
   * (`viaConfig`: through its `config`, as another host reads it). Read while its own modules still
   * compute their configuration, and after another evaluation computed something in this round
   * (so possibly by that one), it may have been read by another.
   */
  #entered(viaConfig: boolean): void {
    if (!this.#isRoot) return;
    if (this !== rounds.owner) this.#noteWork();
    if (this.#running.length === 0 || this.#readMidRound) return;
    if (viaConfig) {
      this.#readMidRound = true;
      return;
    }
    // Read for another evaluation (inside another's round, or for an option not its own), once
    // another computed something in this round.
    if (rounds.foreign < this.#roundStart) return;
    const top = evaluating[evaluating.length - 1];
    if (rounds.owner !== this || (top !== undefined && this.#states.get(top.node) !== top))
      this.#readMidRound = true;
  }

  #noteWork(): void {
    rounds.foreign = rounds.tick;
    worked.set(this, rounds.tick);
  }

  #beginRound(): void {
    this.#roundStart = ++rounds.tick;
    this.#readMidRound = false;
  }

  /** Every other evaluation that computed something since `tick` (not those waiting below): computed again. */
  #invalidateSince(tick: number): void {
    for (const [ev, last] of worked)
      if (ev !== this && last >= tick && ev.#running.length === 0) ev.#invalidate();
  }

  /** Computed again when next read: its structure, and so every value. */
  #invalidate(): void {
    // Computing a value lower on the stack (it read the evaluation now going again): its
    // structure predates the round, its values are computed again.
    if (this.#busy()) {
      for (const state of this.#states.values())
        if (state.state !== State.Running) {
          state.state = State.Pending;
          state.value = state.error = state.merged = undefined;
        }
      if (this.#mergingFreeform < 0) this.#freeform = undefined;
      return;
    }
    this.#resetStructure();
    this.#structureComplete = false;
    this.#structureFailure = undefined;
    this.#checked = false;
    this.#checkFailure = undefined;
  }

  /** Whether one of its options, or its freeform values, are being computed (lower on the stack). */
  #busy(): boolean {
    return this.#mergingFreeform >= 0 || evaluating.some((s) => this.#states.get(s.node) === s);
  }

  #keptChanging(): ModuleError {
    // Those computed in the last round: the cycle, and those reading it.
    const labels = [this, ...worked.keys()].map((e) => e.spec.label).filter((l) => l !== undefined);
    const names = [...new Set(labels)].sort().map((l) => `\`${l}'`);
    const which =
      "this configuration, the configurations it reads (other hosts, through `nodes') and those reading them";
    const computed = names.length > 1 ? `${showAlternatives(names, "and")} (${which})` : which;
    return new ModuleError(
      "cycle",
      `Infinite recursion between hosts: ${computed} were computed ${maxRounds} times over, and what they read of each other changed every time. ` +
        `Some of their options depend on each other in a cycle (Nix reports infinite recursion): break it, or read the other hosts' options lazily (${lazyForms}).`,
      this.prefix,
    );
  }

  #resetStructure(): void {
    definitionRounds.count++;
    this.#states.clear();
    this.#status.fill(Status.Pending);
    this.#firstPending = 0;
    this.#unmatched = undefined;
    this.#freeformReads = undefined;
    this.#freeformTypeDefined = undefined;
    this.#restart = undefined;
    this.#freeform = undefined;
    this.#inAdvance?.startRound();
  }

  /** Learns that `reader` must run after `module`, and starts over; false if that cannot help. */
  #learn(reader: number, modules: readonly number[]): boolean {
    this.#after ??= new Map();
    let blockers = this.#after.get(reader);
    const fresh = modules.filter((m) => m !== reader && !blockers?.has(m) && !this.#dependsOn(m, reader));
    if (fresh.length === 0) return false;
    if (!blockers) this.#after.set(reader, (blockers = new Set()));
    for (const m of fresh) blockers.add(m);
    this.#restart = new Restart(this);
    return true;
  }

  /** Whether `module` (transitively) waits for `other`: adding the reverse would never finish. */
  #dependsOn(module: number, other: number, seen = new Set<number>()): boolean {
    if (seen.has(module)) return false;
    seen.add(module);
    for (const b of this.#after?.get(module) ?? [])
      if (b === other || this.#dependsOn(b, other, seen)) return true;
    return false;
  }

  #computeStructure(index: number): void {
    const m = this.modules[index]!;
    if (m.hasFreeformType) this.#defineFreeformType(index, m);
    const cache = m.shared && !this.tree.derived.once;
    const cached = cache ? this.#staticStructures().get(m) : undefined;
    if (cached) {
      this.#status[index] = Status.Done;
      this.#define(index, m, cached.defined, cached.unmatched);
      return;
    }
    this.#status[index] = Status.Running;
    this.#running.push(index);
    const defined: (OptionNode | Definition)[] = [];
    const unmatched: { prefix: readonly string[]; def: Definition }[] = [];
    try {
      const origin = m.origin;
      let config = m.config;
      if (typeof config === "function") config = (config as (a: unknown) => unknown)(this.#moduleArgs());
      this.#pushDown(this.tree, config, m, origin, null, defined, unmatched);
      if (m.meta !== undefined)
        this.#pushDown(this.tree, { meta: m.meta }, m, origin, null, defined, unmatched);
    } catch (e) {
      this.#running.pop();
      if (e instanceof Restart && e.evaluation !== this) {
        // Another evaluation starts over; this module can be computed again later.
        this.#status[index] = Status.Pending;
        if (index < this.#firstPending) this.#firstPending = index;
        throw e;
      }
      if (this.#restart) throw this.#restart;
      // Computed inside another module's computation, this one may have failed for want of that
      // module's definitions: try again with it after them.
      if (this.#running.length > 0 && this.#learn(index, this.#running)) throw this.#restart;
      const failure = this.#withGivenInAdvance(this.#failedModule(e, index, m));
      this.#structureFailure ??= failure;
      throw failure;
    }
    this.#running.pop();
    // A restart was asked for inside this module's computation (and the user's code caught it).
    if (this.#restart) throw this.#restart;
    this.#status[index] = Status.Done;
    // A module whose configuration is a plain value defines the same in every evaluation.
    if (cache && typeof m.config !== "function") this.#staticStructures().set(m, { defined, unmatched });
    this.#define(index, m, defined, unmatched);
  }

  /**
   * An error thrown by a module's own code while it computed its configuration, named as such. What
   * it had read by then is listed: read before the module's definitions are in, an option it also
   * defines lacks them (`config.users.users.app.home` of the app it is defining is undefined).
   */
  #failedModule(e: unknown, index: number, m: LoadedModule): unknown {
    const read: string[] = [];
    for (const state of this.#states.values())
      if (state.reader === index && state.node.path[0] !== "_module" && read.length < 5)
        read.push(`\`${showOption(state.loc)}'`);
    // A TypeError is what reading a missing attribute of what was read gives (`users.users.app.home`).
    const note =
      read.length === 0 || !(e instanceof TypeError)
        ? ""
        : `\nWhile computing it, the module read ${showAlternatives(read, "and")}: what it read does not include the module's own definitions. If it defines what it read, read it lazily: a getter such as \`get home() { return config.… }\`, or mkIf(() => …, …).`;
    return inContextOf(
      e,
      `the configuration of the module \`${showModule(m.source)}'`,
      [],
      this.prefix,
      note,
    );
  }

  /**
   * A module's `freeformType` attribute, as its definition of `_module.freeformType`: known from
   * the start, so defined before its configuration is computed (which may read freeform values),
   * once per computation of the structure.
   */
  #defineFreeformType(index: number, m: LoadedModule): void {
    if (this.#freeformTypeDefined?.has(index)) return;
    (this.#freeformTypeDefined ??= new Set()).add(index);
    const defined: (OptionNode | Definition)[] = [];
    const unmatched: { prefix: readonly string[]; def: Definition }[] = [];
    this.#pushDown(
      this.tree,
      { _module: { freeformType: m.freeformType } },
      m,
      m.origin,
      null,
      defined,
      unmatched,
    );
    this.#define(index, m, defined, unmatched, { freeformTypeOnly: true });
  }

  /** Per option tree (and dropped with it): the definitions of the shared modules evaluated on it. */
  #staticStructures(): Map<LoadedModule, StaticStructure> {
    this.tree.derived.structures ??= new Map();
    return this.tree.derived.structures as Map<LoadedModule, StaticStructure>;
  }

  /** `freeformTypeOnly`: the module's `freeformType` attribute, not its configuration. */
  #define(
    index: number,
    m: LoadedModule,
    defined: readonly (OptionNode | Definition)[],
    unmatched: readonly { prefix: readonly string[]; def: Definition }[],
    { freeformTypeOnly = false } = {},
  ): void {
    const inAdvance = freeformTypeOnly ? undefined : this.#inAdvance;
    let again: Map<OptionNode, Definition[]> | undefined;
    let early: OptionState[] | undefined;
    for (let i = 0; i < defined.length; i += 2) {
      const node = defined[i] as OptionNode;
      const def = defined[i + 1] as Definition;
      // Given in advance (so in the option's state already): compared below.
      if (inAdvance?.given(index, node)) {
        pushTo((again ??= new Map()), node, def);
        continue;
      }
      const state = this.#state(node);
      // Already read: the value (or what option info said) was computed without this definition.
      if (state.state !== State.Pending || state.definitionsRead) {
        // The reader may run after this module: learnt, and started over.
        if (state.reader >= 0 && state.reader !== index && this.#learn(state.reader, [index]))
          throw this.#restart;
        if (!early?.includes(state)) (early ??= []).push(state);
        continue;
      }
      addDefinition(state, def, index);
    }
    const otherwise = inAdvance?.confirm(index, again ?? new Map());
    if (early || (otherwise && otherwise.size > 0))
      this.#giveInAdvance(index, m, defined, early ?? [], otherwise);
    if (unmatched.length > 0) {
      if (this.#freeformReads) this.#checkFreeformReads(index, m, unmatched);
      (this.#unmatched ??= []).push(...unmatched);
      // Merged again with these when next read.
      this.#freeform = undefined;
    }
  }

  /** As #define does for options, for freeform values: one read before this module defined it was wrong. */
  #checkFreeformReads(
    index: number,
    m: LoadedModule,
    unmatched: readonly { prefix: readonly string[]; def: Definition }[],
  ): void {
    for (const u of unmatched) {
      for (const r of this.#freeformReads!) {
        if (!onOnePath(u.prefix, r.path)) continue;
        if (r.reader !== index && this.#learn(r.reader, [index])) throw this.#restart;
        const loc = joinPaths(this.prefix, u.prefix);
        const listedAt = joinPaths(this.prefix, r.path);
        const what = !r.listed
          ? "that value was"
          : listedAt.length === 0
            ? "the configuration's names were"
            : `the names of \`${showOption(listedAt)}' were`;
        const by =
          r.reader === index
            ? "while the module was still computing its configuration"
            : `by \`${showModule(this.modules[r.reader]!.source)}' before this module's configuration was computed (each needs the other's first)`;
        this.#structureFailure ??= new ModuleError(
          "laziness",
          `The module \`${showModule(m.source)}' defines \`${showOption(loc)}', which no option declares (the freeform type takes it), but ${what} read ${by}, so what was read could not include this definition.${showDefs([u.def])}\n` +
            `Read it lazily: ${lazyForms}.`,
          loc,
        );
        throw this.#structureFailure;
      }
    }
  }

  /**
   * Before option info is read: the definitions computed so far. Read while modules still compute
   * theirs (`options.x.isDefined` in a configuration function), the reader is noted, as for a
   * value (see #define). True once every module's definitions are known (the answer can be kept).
   */
  #readDefinitions(state: OptionState): boolean {
    if (rounds.open > 0) this.#entered(false);
    this.#ensureStructure();
    if (this.#structureComplete) return true;
    if (this.#running.length > 0) state.reader = this.#running[this.#running.length - 1]!;
    state.definitionsRead = true;
    return false;
  }

  /**
   * Options read before this module's definitions of them were in, where no order of the modules
   * helps (it read them itself, or their reader needs its other definitions first), and options
   * it gave in advance that came out otherwise: started over with its definitions of all of them
   * given in advance (see in-advance.ts). Nix, lazy, would compute them when needed.
   */
  #giveInAdvance(
    index: number,
    m: LoadedModule,
    defined: readonly (OptionNode | Definition)[],
    early: readonly OptionState[],
    otherwise: ReadonlyMap<OptionNode, Definition[]> | undefined,
  ): never {
    const give = new Map(otherwise);
    for (const state of early) give.set(state.node, []);
    const earlyNodes = new Set(early.map((s) => s.node));
    for (let i = 0; i < defined.length; i += 2)
      if (earlyNodes.has(defined[i] as OptionNode))
        give.get(defined[i] as OptionNode)!.push(defined[i + 1] as Definition);
    this.#inAdvance ??= new DefinitionsInAdvance(this.modules.length);
    const refusal = this.#inAdvance.give(index, give, otherwise !== undefined && otherwise.size > 0);
    if (refusal === undefined) {
      this.#restart = new Restart(this);
      throw this.#restart;
    }
    const state = early.find((s) => s.node === refusal.node) ?? this.#state(refusal.node);
    const defs = give.get(refusal.node)!;
    this.#structureFailure ??= this.#lazinessError(index, m, state, defs[0] ?? null, refusal.why);
    throw this.#structureFailure;
  }

  /**
   * An error met while definitions given in advance are not confirmed (they came from a round in
   * which other reads were too early too): it may come from them, so it says which they are.
   */
  #withGivenInAdvance(e: unknown): unknown {
    const given = this.#inAdvance?.unconfirmed() ?? [];
    if (given.length === 0) return e;
    const which = given
      .slice(0, 3)
      .map(
        ({ index, node }) =>
          `the definitions of \`${showOption(this.#loc(node))}' by \`${showModule(this.modules[index]!.source)}'`,
      )
      .join(", ");
    const note =
      `\nNote: this evaluation had started over with ${which} given in advance (read before they were in), as they came out then; ` +
      `the error may come from them. If so, read those options lazily there: ${lazyForms}.`;
    if (e instanceof ModuleError) return new ModuleError(e.kind, e.message + note, e.option);
    return e;
  }

  #lazinessError(
    index: number,
    m: LoadedModule,
    state: OptionState,
    def: Definition | null,
    refusal: Refusal["why"],
  ): ModuleError {
    const { loc, readFor, reader } = state;
    const through = readFor ? ` (to compute \`${showOption(readFor.loc)}')` : "";
    const defines = `The module \`${showModule(m.source)}' defines \`${showOption(loc)}'`;
    // `reader` is from the round the message is about: a state made for the message has none.
    const what =
      reader < 0
        ? `${defines}, and reads it while computing its configuration (directly, or through what it reads).`
        : reader !== index
          ? `${defines}, but \`${showModule(this.modules[reader]!.source)}' read that option${through} while computing its configuration, before these definitions were in; it cannot wait for them, as this module needs its definitions first (each reads an option the other defines).`
          : `${defines}, but that option was read${through} while the module was still computing its configuration, so the value read could not include this definition.`;
    const why = {
      "not data":
        "hearth could not start over with these definitions given in advance: they are not data (a function, a getter, mkIf(() => …)), so there is nothing to check them against.",
      unsettled:
        "Given in advance, these definitions kept coming out otherwise: they depend on what they read.",
      "too many":
        "hearth started over with definitions given in advance as many times as it allows (8, and 2 per module) without the configuration settling.",
    }[refusal];
    return new ModuleError(
      "laziness",
      `${what}${def ? showDefs([def]) : ""}\n${why}\n` +
        `Read the option lazily, so that it is computed once every module's definitions are in: ${lazyForms}.`,
      loc,
    );
  }

  #pushDown(
    ns: NamespaceNode,
    value: unknown,
    m: LoadedModule,
    origin: Origin,
    wrappers: Wrapper | null,
    defined: (OptionNode | Definition)[],
    unmatched: { prefix: readonly string[]; def: Definition }[],
  ): void {
    value = force(value);
    switch (propertyType(value)) {
      case "merge": {
        const contents = (value as { contents: unknown }).contents;
        if (!Array.isArray(contents)) throw mergeOfNoList(this.#loc(ns), new Def(value, origin));
        for (const c of contents) this.#pushDown(ns, c, m, origin, wrappers, defined, unmatched);
        return;
      }
      case "if": {
        const p = value as { condition: unknown; content: unknown };
        this.#pushDown(
          ns,
          p.content,
          m,
          origin,
          { condition: p.condition, outer: wrappers },
          defined,
          unmatched,
        );
        return;
      }
      case "override": {
        const p = value as { priority: number; content: unknown };
        this.#pushDown(
          ns,
          p.content,
          m,
          origin,
          { priority: p.priority, outer: wrappers },
          defined,
          unmatched,
        );
        return;
      }
      case "order":
        throw new ModuleError(
          "property",
          `In module \`${showModule(m.source)}', mkOrder (mkBefore/mkAfter) wraps a set of options at \`${showOption(this.#loc(ns))}'. Ordering applies to one option's value: put it around that value.`,
          this.#loc(ns),
        );
    }
    if (!isAttrs(value)) {
      const loc = this.#loc(ns);
      throw new ModuleError(
        "type",
        `In module \`${showModule(m.source)}', you're trying to define a value of type \`${kindOf(value)}' rather than an attribute set for the option \`${showOption(loc)}'!\n` +
          `\`${showOption(loc)}' is not an option but a set of options; the value was: ${showValue(value)}`,
        loc,
      );
    }
    for (const key in value) {
      const d = Object.getOwnPropertyDescriptor(value, key);
      if (!d) continue;
      const child = ns.children.get(key);
      if (child?.kind === "namespace") {
        this.#pushDown(
          child,
          d.get ? d.get.call(value) : d.value,
          m,
          childOrigin(origin, key),
          wrappers,
          defined,
          unmatched,
        );
        continue;
      }
      let v: unknown = d.get ? thunkOf(value, key, origin) : d.value;
      for (let w = wrappers; w !== null; w = w.outer) {
        v =
          "condition" in w
            ? { _type: "if", condition: w.condition, content: v }
            : { _type: "override", priority: w.priority, content: v };
      }
      const def: Definition = new DefinitionAt(v, origin, key);
      if (child) defined.push(child, def);
      else unmatched.push({ prefix: pathWith(ns.path, key), def });
    }
  }

  #loc(node: TreeNode): readonly string[] {
    return this.prefix.length === 0 ? node.path : joinPaths(this.prefix, node.path);
  }

  // -------------------------------------------------------------------------------------------
  // Values

  #force(state: OptionState): unknown {
    if (state.state === State.Done) return state.value;
    if (rounds.open > 0) this.#entered(false);
    if (state.state === State.Failed) throw state.error;
    if (state.state === State.Running) throw cycleError(state);
    if (!this.#structureComplete) {
      this.#ensureStructure();
      // Computing the structure may have run a module that read (and so evaluated) this option.
      if (state.state !== State.Pending) return this.#force(state);
    }
    if (this.#running.length > 0) {
      state.reader = this.#running[this.#running.length - 1]!;
      // What needed it, if that is an option of this evaluation (not of a host reading it).
      const top = evaluating[evaluating.length - 1];
      state.readFor = top && this.#states.get(top.node) === top ? top : undefined;
    }
    return computeValue(state, this);
  }

  /** Errors from user code (a getter, an apply function) name the option being evaluated. */
  inContext(e: unknown, state: OptionState): unknown {
    if (this.#structureComplete || this.#running.length === 0) return withContext(e, state);
    // Computed while modules still computed their configuration: what it read lacks their definitions.
    const running = this.#running.map((i) => `\`${showModule(this.modules[i]!.source)}'`);
    const one = running.length === 1;
    const note = `\nNote: it was read while ${running.join(", ")} ${one ? "was" : "were"} still computing ${one ? "its" : "their"} configuration, whose definitions are not included in what it read: if ${one ? "that module defines" : "one of them defines"} the option or an option it reads, read it lazily there (mkIf(() => …, …) or a getter).`;
    if (e instanceof ModuleError && e.kind === "no-value" && e.option === state.loc)
      return new ModuleError("no-value", e.message + note, e.option);
    // A TypeError is what reading a missing attribute of what was read gives (`users.users.app.home`).
    if (e instanceof TypeError)
      return inContextOf(e, `the option \`${showOption(state.loc)}'`, definitionsOf(state), state.loc, note);
    return withContext(e, state);
  }

  // -------------------------------------------------------------------------------------------
  // Definitions without options: freeform, or an error

  #freeformState(): { type: OptionType | null; value: unknown } {
    if (!this.#freeform) {
      this.#ensureStructure();
      const type = (this.#rootConfig()._module as { freeformType: OptionType | null }).freeformType;
      let value: unknown = {};
      if (type && this.#unmatched) {
        // The type merges them all at once: one read while they merge (a strict attrsOf forces
        // each value) depends on itself, as in Nix.
        if (this.#mergingFreeform >= 0) throw this.#freeformCycle(type);
        this.#mergingFreeform = evaluating.length;
        try {
          value = type.merge(
            this.prefix,
            this.#unmatched.map((u) => new Def(setAttrByPath(u.prefix, u.def.value), u.def.from)),
          );
        } catch (e) {
          if (e instanceof Restart) throw e;
          throw inContextOf(
            e,
            `the values the freeform type takes (${this.#freeformNames()})`,
            this.#unmatched.slice(0, 5).map((u) => u.def),
            this.prefix,
          );
        } finally {
          this.#mergingFreeform = -1;
        }
      }
      this.#freeform = { type, value };
    }
    return this.#freeform;
  }

  /** The names the freeform type takes, at most ten. */
  #freeformNames(): string {
    const names = [...new Set(this.#unmatched!.map((u) => showOption([...this.prefix, ...u.prefix])))];
    const shown = names.slice(0, 10).map((n) => `\`${n}'`);
    return names.length > 10 ? `${shown.join(", ")} and ${names.length - 10} more` : shown.join(", ");
  }

  #freeformCycle(type: OptionType): ModuleError {
    const through = evaluating.slice(this.#mergingFreeform).map((s) => `\`${showOption(s.loc)}'`);
    const defs = this.#unmatched!.map((u) => u.def);
    return new ModuleError(
      "cycle",
      `Infinite recursion: the values the freeform type takes (${this.#freeformNames()}) depend on themselves: ` +
        `one of them was read while they were being merged${through.length ? `, through ${through.join(" → ")}` : ""}.\n` +
        `The freeform type \`${type.description}' computes every value to merge them: use a lazy one ` +
        "(`types.lazyAttrsOf`), or do not compute one freeform value from another. Definitions:" +
        showDefs(defs.slice(0, 5)) +
        (defs.length > 5 ? `\n(and ${defs.length - 5} more)` : ""),
      this.prefix,
    );
  }

  #freeformAt(path: readonly string[]): Record<string, unknown> | undefined {
    const { type, value } = this.#freeformState();
    if (!type) return undefined;
    const at = path.reduce<unknown>((o, k) => (isAttrs(o) ? o[k] : undefined), value);
    return isAttrs(at) ? at : undefined;
  }

  /** NixOS' checkUnmatched: every definition must have an option, unless a freeform type takes it. */
  #check(): void {
    if (this.#checked) return;
    // Failed once, failed for good (the definitions are all in): the same error, not computed
    // again on every read of `config` (its suggestions search the whole option tree).
    if (this.#checkFailure) throw this.#checkFailure;
    this.#ensureStructure();
    // Read while its own modules still compute their configuration: not every definition is in.
    if (!this.#structureComplete) return;
    if (this.#template && this.#template.unmatched.length > 0) {
      this.#unmatched = [...this.#template.unmatched, ...(this.#unmatched ?? [])];
    }
    if (this.#unmatched) {
      const moduleOptions = this.#rootConfig()._module as { check: boolean };
      if (moduleOptions.check && !this.#freeformState().type) {
        const places = new OptionPlaces(this.optionPaths());
        const messages = this.#unmatched.slice(0, 5).map((u) => this.#undeclaredMessage(u, places));
        const more = this.#unmatched.length > 5 ? `\n\n(and ${this.#unmatched.length - 5} more)` : "";
        this.#checkFailure = new ModuleError("undeclared", messages.join("\n\n") + more, [
          ...this.prefix,
          ...this.#unmatched[0]!.prefix,
        ]);
        throw this.#checkFailure;
      }
    }
    this.#checked = true;
  }

  #undeclaredMessage(u: { prefix: readonly string[]; def: Definition }, places: OptionPlaces): string {
    const loc = [...this.prefix, ...u.prefix];
    let ns: TreeNode = this.tree;
    for (const part of u.prefix.slice(0, -1)) ns = (ns as NamespaceNode).children.get(part)!;
    const atRoot = ns === this.tree;
    const siblings = [...(ns as NamespaceNode).children.keys()].filter((k) => !(atRoot && k === "_module"));
    // Where a name it sets is declared elsewhere: that place (`mySystem.media.jellyfin` for
    // `mySystem.services = { jellyfin.enable = true; }`).
    const elsewhere = definedPaths(u.prefix, u.def.value).flatMap(({ path, leaf }) =>
      places.relocate(path, u.prefix.length - 1, { leaf }).map((r) => [...this.prefix, ...r.place]),
    );
    const near = suggestions(loc.slice(0, -1), u.prefix[u.prefix.length - 1]!, siblings, elsewhere);
    const didYouMean = near.length === 0 ? "" : `\n\nDid you mean ${showAlternatives(near)}?`;
    const noOptions =
      siblings.length === 0 && atRoot
        ? this.prefix.length === 0
          ? "\n\nIt seems as if you're trying to declare an option by placing it into `config' rather than `options'!"
          : `\n\nHowever there are no options defined in \`${showOption(this.prefix)}'. Are you sure you've declared your options properly? This can happen if you e.g. declared your options in \`types.submodule' under \`config' rather than \`options'.`
        : "";
    // NixOS declares these in every evaluation; hearth's renamed-option modules define them too.
    const name = u.prefix[0];
    const assertionOption =
      atRoot && u.prefix.length === 1 && (name === "warnings" || name === "assertions")
        ? this.prefix.length === 0
          ? `\n\n\`${name}' is declared by hearth's \`assertionsModule' (NixOS' by its assertions module): add it to the modules.`
          : `\n\nA submodule has no \`${name}' option (as in NixOS): declare one in the submodule and forward it to the top level's, or move the module defining it there.`
        : "";
    return `The option \`${showOption(loc)}' does not exist. Definition values:${showDefs([u.def])}${didYouMean}${noOptions}${assertionOption}`;
  }
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && onOnePath(a, b);
}

/** One path is the other or leads to it. */
function onOnePath(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

export { moduleSourceKey };

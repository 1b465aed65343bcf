/**
 * Submodule types' values: each element of a submodule type is an evaluation of the type's
 * modules and the element's definitions (NixOS' submoduleWith merge), made here as cheaply as
 * its type allows:
 * - a type of plain modules is evaluated once into a template (its tree and its definitions),
 *   and an element then only pushes down its own definitions (a templated ModuleEvaluation);
 * - an element that only sets options at the type's root with plain values is a FlatElement:
 *   each option is merged when first read, without a module evaluation (also for types declared
 *   by functions of the element, once their first element has shown the tree they declare);
 * - anything else is a full module evaluation.
 * All three give the same values and errors: test/modules/submodules.test.ts holds them to it,
 * with Nix's results.
 */
import { type ArgsSource, guarded, moduleArgsOf } from "./args.ts";
import { type LoadContext, LoadedModule, collectStatic, loadModule } from "./collect.ts";
import {
  type EvalModulesArgs,
  type Evaluation,
  internalModule,
  ModuleEvaluation,
  type OptionInfo,
  rootSource,
  submoduleSource,
  type TemplateDefinitions,
} from "./eval.ts";
import { isAttrs, isPlainObject, isThunk, thunkOf } from "./lazy.ts";
import { type Definition, definedAt } from "./origin.ts";
import { mkOptionDefault, propertyType } from "./properties.ts";
import {
  type MergedOption,
  type NamespaceNode,
  type OptionNode,
  internalOption,
  ownOptions,
  type ShapeCache,
} from "./schema.ts";
import {
  computeValue,
  cycleError,
  DefinitionAt,
  noDefinitions,
  OptionState,
  State,
  type ValueContext,
  withContext,
} from "./state.ts";
import { setSubmoduleEvaluator, type SubmoduleSpec } from "./types.ts";
import { namespaceView, type ViewSource } from "./view.ts";

const placeholderName = "‹name›";
const nameDefault = new LoadedModule({
  key: "submodule-name-default",
  source: submoduleSource,
  config: { _module: { args: { name: mkOptionDefault(placeholderName) } } },
  shared: true,
});

/**
 * A submodule type whose modules are plain values (no functions to call, no config functions, no
 * freeform type) defines the same in every element: its option tree and its own definitions are
 * computed once (TemplateDefinitions). An element then only pushes down its own definitions; the
 * type's are merged in, in NixOS' order, when an option is read.
 */
interface Template extends TemplateDefinitions {
  /** The root's options (not `_module`), their places by name and by node, the type's definitions of each. */
  readonly options: readonly OptionNode[];
  readonly slots: ReadonlyMap<string, number>;
  readonly index: ReadonlyMap<OptionNode, number>;
  readonly fixed: readonly Definition[][];
  /** Its elements may be flat: every option is at the root (no namespace but `_module`). */
  readonly flat: boolean;
}
/** The root's options of a template's tree, for elements that only define those (see FlatElement). */
function rootOptions(
  tree: NamespaceNode,
  before: ReadonlyMap<OptionNode, Definition[]>,
  after: ReadonlyMap<OptionNode, Definition[]>,
): Pick<Template, "options" | "slots" | "index" | "fixed" | "flat"> {
  const options: OptionNode[] = [];
  const slots = new Map<string, number>();
  const index = new Map<OptionNode, number>();
  const fixed: Definition[][] = [];
  let flat = true;
  for (const [key, child] of tree.children) {
    if (child.kind !== "option") {
      if (key !== "_module") flat = false;
      continue;
    }
    slots.set(key, options.length);
    index.set(child, options.length);
    options.push(child);
    const own = [...(before.get(child) ?? []), ...(after.get(child) ?? [])];
    fixed.push(own.length === 0 ? noDefinitions : own);
  }
  return { options, slots, index, fixed, flat };
}

/** On a submodule type's spec: its template, or null (kept on the spec: see shapeCache). */
const templateKey = Symbol("hearth.template");
type WithTemplate = { [templateKey]?: Template | null };
const templateContext: LoadContext = { args: () => ({}), class: null };

function templateOf(spec: SubmoduleSpec): Template | null {
  let template = (spec as WithTemplate)[templateKey];
  if (template !== undefined) return template;
  template = null;
  const collected =
    spec.class === null
      ? collectStatic(templateContext, submoduleSource, [nameDefault, ...spec.modules])
      : undefined;
  const all = collected ? [...collected.top, ...collected.imported] : [];
  if (
    collected &&
    all.every((m) => typeof m.config !== "function" && !m.hasFreeformType && m.meta === undefined)
  ) {
    const internal = internalModule(false, spec.specialArgs as Record<string, unknown>);
    let definitions: TemplateDefinitions | undefined;
    try {
      const ev = new ModuleEvaluation(
        {
          modules: spec.modules,
          specialArgs: spec.specialArgs as Record<string, unknown>,
          prefix: ["‹template›"],
        },
        [...collected.top, internal, ...collected.imported],
      );
      definitions = ev.template(internal);
    } catch {
      // Its modules are wrong (an option declared twice, …): each element's own evaluation says
      // so, with the element's path.
    }
    // A freeform type set in `config` (`_module.freeformType`) takes what no option declares:
    // elements need the whole evaluation.
    const freeform = definitions && internalOption(definitions.tree, "freeformType");
    if (definitions && freeform && !definitions.before.has(freeform) && !definitions.after.has(freeform))
      template = { ...definitions, ...rootOptions(definitions.tree, definitions.before, definitions.after) };
  }
  (spec as WithTemplate)[templateKey] = template;
  return template;
}

/**
 * The config of a submodule at `loc` (its last element is the `name` argument): the type's
 * modules, then each definition as a module (for `types.submodule` a plain object is the module's
 * `config`; anything else is imported as a module), in NixOS' order.
 */
function evalSubmodule(spec: SubmoduleSpec, loc: readonly string[], defs: readonly Definition[]): unknown {
  let allConfig = true;
  for (let i = 0; i < defs.length && allConfig; i++)
    allConfig = isAttrs(defs[i]!.value) && spec.shorthandOnlyDefinesConfig === true;
  const template = templateOf(spec);
  if (template && allConfig) {
    const own = template.flat ? flatDefinitions(template, defs) : undefined;
    if (own) return new FlatElement(spec, template, loc, defs, own).config;
    return templateElement(spec, template, loc, defs).config;
  }
  const shapes: Shapes = ((spec as { [shapeCache]?: Shapes })[shapeCache] ??= {});
  if (allConfig && shapes.tree && loc.length > 0 && shapes[flatTemplateKey] !== null) {
    const element = FlatElement.declared(spec, shapeTemplate(shapes), shapes, loc, defs);
    if (element) return element.config;
    // Not for this type (its tree nests namespaces, or its modules do more than declare the
    // same options for every element): its elements are not tried again.
    if (element === null) shapes[flatTemplateKey] = null;
  }
  return fullElement(spec, loc, defs, shapes).config;
}

/**
 * An element evaluated with all of its type's modules and its definitions as modules. `shapes`:
 * the tree the type's elements share (see optionTree), which this evaluation may replace.
 */
function fullElement(
  spec: SubmoduleSpec,
  loc: readonly string[],
  defs: readonly Definition[],
  shapes: ShapeCache,
) {
  const nameModule = new LoadedModule({
    key: "submodule-name",
    source: submoduleSource,
    config: { _module: { args: { name: elementName(loc) } } },
  });
  return new ModuleEvaluation(
    {
      ...elementArgs(spec, loc),
      modules: [nameDefault, ...spec.modules, nameModule, ...definitionModules(spec, defs, "listed")],
    },
    undefined,
    rootSource,
    undefined,
    shapes,
  );
}

/**
 * For a type whose modules are functions declaring options (defaults computed from `name`):
 * the tree its elements share (see optionTree), as a template whose modules define nothing.
 */
function shapeTemplate(shapes: Shapes): Template {
  const tree = shapes.tree!;
  let template = shapes[flatTemplateKey];
  if (template?.tree !== tree) {
    const none = new Map<OptionNode, Definition[]>();
    const args = internalOption(tree, "args");
    template = {
      tree,
      before: none,
      after: none,
      unmatched: [],
      argsNode: args,
      ...rootOptions(tree, none, none),
    };
    shapes[flatTemplateKey] = template;
  }
  return template;
}
const flatTemplateKey = Symbol("hearth.flatTemplate");
/** A type's shared tree, and its template (null: its elements need module evaluations). */
type Shapes = ShapeCache & { [flatTemplateKey]?: Template | null };

/** A module that only declares options (or imports others): it defines nothing, disables nothing. */
const declaresOnly = (m: LoadedModule) =>
  m.disabledModules.length === 0 &&
  !m.hasFreeformType &&
  m.meta === undefined &&
  isPlainObject(m.config) &&
  Object.keys(m.config).length === 0;

/** Thrown to leave a flat element's declaration for the module evaluation (which says what is wrong). */
const notFlat = new Error("hearth: not a flat element (internal)");

const elementName = (loc: readonly string[]) => (loc.length > 0 ? loc[loc.length - 1]! : placeholderName);

function elementArgs(spec: SubmoduleSpec, loc: readonly string[]): EvalModulesArgs {
  return {
    modules: spec.modules,
    specialArgs: spec.specialArgs as Record<string, unknown>,
    class: spec.class,
    prefix: loc,
    moduleArgs: { name: elementName(loc) },
  };
}

/**
 * Each definition of an element as a module (as NixOS' submodule merge makes them): for
 * `types.submodule` a plain object is the module's `config`; anything else is imported as a
 * module. "listed": in the definitions' order, to be collected (which reverses the list);
 * "merged": in merge order (the last first), for templated elements, whose modules are not.
 */
function definitionModules(
  spec: SubmoduleSpec,
  defs: readonly Definition[],
  order: "listed" | "merged",
): LoadedModule[] {
  const modules = new Array<LoadedModule>(defs.length);
  for (let i = 0; i < defs.length; i++) {
    const d = defs[i]!;
    const key = `submodule-definition-${i}`;
    const from = definedAt(d);
    modules[order === "merged" ? defs.length - 1 - i : i] =
      isAttrs(d.value) && spec.shorthandOnlyDefinesConfig
        ? new LoadedModule({ key, source: from.module, origin: from, config: d.value })
        : new LoadedModule({ key, source: from.module, origin: from, config: {}, imports: [d.value] });
  }
  return modules;
}

/** An element of a templated type: only its own definitions are pushed down. */
function templateElement(
  spec: SubmoduleSpec,
  template: Template,
  loc: readonly string[],
  defs: readonly Definition[],
): ModuleEvaluation<unknown> {
  return new ModuleEvaluation(
    elementArgs(spec, loc),
    definitionModules(spec, defs, "merged"),
    undefined,
    template,
  );
}

/**
 * The definitions of an element that only sets options at the root of its type, with plain
 * objects (the usual list or attribute-set entry: `{ name, url }`), per option of the template
 * in merge order; undefined for anything else (mkIf around the entry, a nested or unknown name).
 */
function flatDefinitions(t: Template, defs: readonly Definition[]): (Definition[] | undefined)[] | undefined {
  if (t.unmatched.length > 0) return undefined;
  const own = new Array<Definition[] | undefined>(t.options.length);
  for (let i = defs.length - 1; i >= 0; i--) {
    const d = defs[i]!;
    const value = d.value as Record<string, unknown>;
    if (!isPlainObject(value) || propertyType(value) !== undefined || isThunk(value)) return undefined;
    const from = definedAt(d);
    for (const key in value) {
      const at = t.slots.get(key);
      if (at === undefined) return undefined;
      const desc = Object.getOwnPropertyDescriptor(value, key);
      if (!desc) return undefined;
      // The definition pushing the entry down would make (see #pushDown).
      const def = new DefinitionAt(desc.get ? thunkOf(value, key, from) : desc.value, from, key);
      const list = own[at];
      if (list) list.push(def);
      else own[at] = [def];
    }
  }
  return own;
}

/**
 * An element whose definitions only set the options at its type's root (see flatDefinitions): each
 * option is merged from the type's definitions and the element's, when first read, without a
 * module evaluation. Anything else (`_module`, a nested namespace, option info) is answered by
 * that evaluation, made when first asked for: merging is pure, so both give the same values.
 */
class FlatElement implements ViewSource, ValueContext, ArgsSource, Evaluation<unknown> {
  readonly #states: (OptionState | undefined)[];
  #view: object | undefined;
  #evaluation: ModuleEvaluation<unknown> | undefined;
  /** For a type of functions declaring options: this element's options (see declared). */
  #options: Map<OptionNode, MergedOption> | undefined;
  /** ... and the shared tree they were found to declare (its module evaluation declares it too). */
  #shapes: ShapeCache | undefined;
  #collecting = false;
  #guards: { config?: object; options?: object } | undefined;
  constructor(
    readonly spec: SubmoduleSpec,
    readonly template: Template,
    readonly loc: readonly string[],
    readonly defs: readonly Definition[],
    /** Per option of the template: the element's definitions, in merge order. */
    readonly own: readonly (Definition[] | undefined)[],
  ) {
    this.#states = new Array(own.length);
  }

  /**
   * An element of a type whose modules are functions that only declare options, when they
   * declare the tree the type's elements share (`template`, see shapeTemplate) and the element
   * only sets options at its root; else undefined (a module evaluation does it), or null when
   * flat elements are not for this type: its tree nests namespaces, or its modules define,
   * import or read something, or declare another tree, or fail (for speed only: the module
   * evaluations that do its elements from then on give the same values).
   */
  static declared(
    spec: SubmoduleSpec,
    template: Template,
    shapes: ShapeCache,
    loc: readonly string[],
    defs: readonly Definition[],
  ): FlatElement | undefined | null {
    if (!template.flat) return null;
    const own = flatDefinitions(template, defs);
    if (!own) return undefined;
    const element = new FlatElement(spec, template, loc, defs, own);
    let args: Record<string, unknown> | undefined;
    const specialArgs = spec.specialArgs as Record<string, unknown>;
    const ctx: LoadContext = {
      args: () => (args ??= moduleArgsOf(element, specialArgs, { name: elementName(loc) })),
      class: spec.class,
    };
    // Loaded as the module evaluation loads them (after the name's default: j + 1; one level of
    // imports, which is all a module given a location has), merged as it merges them: what they
    // import first (the last first), `_module`, then they (the last first).
    const top: LoadedModule[] = [];
    const imported: LoadedModule[] = [];
    element.#collecting = true;
    try {
      for (let j = 0; j < spec.modules.length; j++) {
        const m = loadModule(ctx, rootSource, undefined, "", j + 1, spec.modules[j]);
        if (!declaresOnly(m)) return null;
        top.push(m);
        // A module given a location imports the module itself (withSource).
        for (let i = 0; i < m.imports.length; i++) {
          const child = loadModule(ctx, m.source, m.origin, m.key, i, m.imports[i]);
          if (!declaresOnly(child) || child.imports.length > 0) return null;
          imported.push(child);
        }
      }
    } catch {
      // Whatever went wrong, the module evaluation reports it as it should.
      return null;
    } finally {
      element.#collecting = false;
    }
    const merged = [...imported.reverse(), internalModule(false, specialArgs), ...top.reverse()];
    if (new Set(merged.map((m) => m.key)).size < merged.length) return null;
    const options = ownOptions(merged, shapes);
    if (!options) return null;
    element.#options = options;
    element.#shapes = { decls: shapes.decls, tree: shapes.tree };
    return element;
  }

  // ArgsSource: the arguments of the type's functions. Read while they declare, anything but
  // `name` and the other given arguments leaves the element to a module evaluation.
  argConfig(): object {
    if (!this.#collecting) return this.config as object;
    this.#guards ??= {};
    this.#guards.config ??= guarded(this.#refuse(), () => this.config as object);
    return this.#guards.config;
  }
  argOptions(): object {
    if (!this.#collecting) return this.#full().options;
    this.#guards ??= {};
    this.#guards.options ??= guarded(this.#refuse(), () => this.#full().options);
    return this.#guards.options;
  }
  argFromModuleArgs(key: string): unknown {
    if (this.#collecting) throw notFlat;
    return this.#full().argFromModuleArgs(key);
  }
  #refuse(): () => void {
    return () => {
      if (this.#collecting) throw notFlat;
    };
  }

  get config(): unknown {
    this.#view ??= namespaceView(this, this.template.tree, true);
    return this.#view;
  }

  /** ViewSource: an option's value. */
  value(node: OptionNode): unknown {
    // Most types have a few options: a scan is cheaper than the map.
    const { options } = this.template;
    const i = options.length <= 8 ? options.indexOf(node) : (this.template.index.get(node) ?? -1);
    if (i < 0) return this.#full().value(node);
    const state = this.#states[i] ?? this.#state(i, node);
    if (state.state === State.Done) return state.value;
    if (state.state === State.Failed) throw state.error;
    if (state.state === State.Running) throw cycleError(state);
    return computeValue(state, this);
  }

  #state(i: number, node: OptionNode): OptionState {
    const state = new OptionState(node, this.loc, this.#options?.get(node) ?? node.option);
    const fixed = this.template.fixed[i]!;
    const own = this.own[i];
    // The type's definitions come before and after the element's (see Template); usually none.
    if (own === undefined) state.defs = fixed;
    else if (fixed.length === 0) state.defs = own;
    else {
      const before = this.template.before.get(node) ?? noDefinitions;
      state.defs = [...before, ...own, ...(this.template.after.get(node) ?? noDefinitions)];
    }
    this.#states[i] = state;
    return state;
  }

  inContext(e: unknown, state: OptionState): unknown {
    return withContext(e, state);
  }

  /** ViewSource: the view of a nested namespace (`_module`), from the module evaluation. */
  namespace(ns: NamespaceNode): object {
    return this.#full().namespace(ns);
  }

  /** ViewSource: a flat element's type has no freeform type (else it would not be flat). */
  freeform(): undefined {
    return undefined;
  }

  #full(): ModuleEvaluation<unknown> {
    this.#evaluation ??= this.#shapes
      ? fullElement(this.spec, this.loc, this.defs, this.#shapes)
      : templateElement(this.spec, this.template, this.loc, this.defs);
    return this.#evaluation;
  }

  // The rest of an evaluation (option info: explain, lookups), from the module evaluation.
  get options(): unknown {
    return this.#full().options;
  }
  get _module(): unknown {
    return this.#full()._module;
  }
  get modules(): readonly LoadedModule[] {
    return this.#full().modules;
  }
  option(path: readonly string[]): OptionInfo | undefined {
    return this.#full().option(path);
  }
  allOptions(): OptionInfo[] {
    return this.#full().allOptions();
  }
  optionPaths(): (readonly string[])[] {
    return this.#full().optionPaths();
  }
  extendModules(extra: { modules?: readonly unknown[]; specialArgs?: Record<string, unknown> }) {
    return this.#full().extendModules(extra);
  }
}
/**
 * On a submodule type's spec: the option tree its elements share while they declare alike (see
 * optionTree). Kept on the spec, not in a WeakMap: once the spec is old, a WeakMap entry would
 * keep the tree, and through the declarations' closures (a default reading the outer config)
 * the whole outer evaluation, alive through young-generation collections.
 */
const shapeCache = Symbol("hearth.shapeCache");
setSubmoduleEvaluator(evalSubmodule);

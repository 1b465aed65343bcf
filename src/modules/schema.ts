/**
 * The option tree of an evaluation: every module's `options` merged, as NixOS' mergeModules' and
 * mergeOptionDecls. A name is either an option (declared one or more times) or a namespace.
 *
 * A tree depends only on the declaring modules, so it is built once and shared by every evaluation
 * of the same modules (every host, every element of an attrsOf submodule). Paths in it are
 * relative to the evaluation's prefix; per-evaluation state lives in the evaluation, indexed by
 * `OptionNode.index`.
 */
import { type LoadedModule, withSource } from "./collect.ts";
import { ModuleError } from "./errors.ts";
import { isOption, type Option } from "./option.ts";
import { Def, type Definition, type ModuleSource, type Origin, pathWith, showOrigin } from "./origin.ts";
import { isAttrs, isThunk } from "./lazy.ts";
import { lazy, mkOptionDefault, propertyType } from "./properties.ts";
import { showOption } from "./show.ts";
import { isOptionType, type OptionType, typeMerge, types } from "./types.ts";

/** One declaration of an option, with where it was written. */
export interface Declaration {
  readonly option: Option;
  readonly from: Origin;
}

/** An option after merging its declarations. */
export interface MergedOption {
  readonly type: OptionType<any, any>;
  readonly hasDefault: boolean;
  readonly default?: unknown;
  readonly defaultText?: string | undefined;
  readonly example?: unknown;
  readonly description?: string | undefined;
  readonly readOnly: boolean;
  readonly internal: boolean;
  readonly visible: boolean | "shallow";
  readonly apply?: ((v: unknown) => unknown) | undefined;
  readonly declarations: readonly Declaration[];
  /** The default as a definition (priority 1500), made once. */
  readonly defaultDefinition?: Definition | undefined;
  /** The default as the only definitions to merge, when nothing else is defined (made once). */
  readonly defaultOnly?: Definition[] | undefined;
}

export interface OptionNode {
  readonly kind: "option";
  readonly name: string;
  /** The option's path below the evaluation's prefix. */
  readonly path: readonly string[];
  readonly option: MergedOption;
}

export interface NamespaceNode {
  readonly kind: "namespace";
  readonly name: string;
  readonly path: readonly string[];
  readonly children: Map<string, TreeNode>;
  /**
   * What evaluations derive from this namespace once (kept on the node, not in WeakMaps, so a
   * tree built for one submodule element is dropped with it, at no cost).
   */
  readonly derived: NamespaceDerived;
}

export interface NamespaceDerived {
  /** Its children, sorted: the names config views list (see view.ts); at the root without `_module`. */
  sortedChildren?: object;
  sortedRootChildren?: object;
  /** At the root of a tree built for one evaluation (nothing computed on it is used again). */
  once?: boolean;
  /** At the root: the definitions of shared modules pushed down onto this tree (see eval.ts). */
  structures?: Map<unknown, unknown>;
}

export type TreeNode = OptionNode | NamespaceNode;

interface RawDecl {
  readonly source: ModuleSource;
  readonly value: unknown;
  readonly path: readonly string[];
  /** From a module value other evaluations load too (not what a module function returned). */
  readonly shared: boolean;
}

const originOf = (d: RawDecl): Origin => ({ module: d.source, path: d.path, declaration: true });

// A namespace's tree depends only on the objects that declare it (and where they were written):
// every host imports the same app modules, every element of an attrsOf submodule has the same
// options. So trees are built once per sequence of declaring objects, and shared. Not for
// objects a module function returned: they are new in every evaluation, and an entry for one
// (whose tree may lead back to its evaluation: a submodule function reading the outer config)
// keeps the whole evaluation alive until a full garbage collection once the object is old.
interface TrieNode {
  readonly source: ModuleSource | undefined;
  readonly next: WeakMap<object, TrieNode>;
  /** The namespaces built from these objects, by path (usually one). */
  built?: NamespaceNode[];
}
const trieRoot: TrieNode = { source: undefined, next: new WeakMap() };

/** An evaluation's option tree, and the options that differ from the tree's in this evaluation. */
export interface OptionTree {
  readonly tree: NamespaceNode;
  readonly own: Map<OptionNode, MergedOption> | undefined;
}

/**
 * What the elements of one submodule type share: the tree built from the declarations of the
 * first element (see optionTree).
 */
export interface ShapeCache {
  decls?: readonly RawDecl[];
  tree?: NamespaceNode;
}

/**
 * The option tree of `modules` (in merge order). `prefix` is only used in messages. `shapes`:
 * for the elements of a submodule type, whose module functions declare options anew each time.
 */
export function optionTree(
  modules: readonly LoadedModule[],
  prefix: readonly string[],
  shapes?: ShapeCache,
): OptionTree {
  const decls = declarationsOf(modules);
  if (decls.every((d) => d.shared)) return { tree: namespace("", [], prefix, decls), own: undefined };
  if (shapes) {
    // A submodule function usually declares the same options for every element, only their
    // defaults computed from `name` or `config`: then the tree of the first element is this
    // one's too, with the options whose default differs.
    if (shapes.decls && shapes.tree) {
      const own = new Map<OptionNode, MergedOption>();
      if (sameShape(shapes.decls, decls, shapes.tree, own)) return { tree: shapes.tree, own };
    }
    const tree = buildNamespace("", [], prefix, decls);
    shapes.decls = decls;
    shapes.tree = tree;
    return { tree, own: undefined };
  }
  // Options a module function returns are new objects each time: nothing to share them with.
  const tree = buildNamespace("", [], prefix, decls);
  tree.derived.once = true;
  return { tree, own: undefined };
}

function declarationsOf(modules: readonly LoadedModule[]): RawDecl[] {
  const decls: RawDecl[] = [];
  for (const m of modules) {
    if (hasKeys(m.options)) decls.push({ source: m.source, value: m.options, path: [], shared: m.shared });
  }
  return decls;
}

/**
 * The options of `modules` (in merge order) that differ from those of the tree the elements of
 * a submodule type share (see optionTree), if they declare the same tree; else undefined.
 */
export function ownOptions(
  modules: readonly LoadedModule[],
  shapes: ShapeCache,
): Map<OptionNode, MergedOption> | undefined {
  if (!shapes.decls || !shapes.tree) return undefined;
  const own = new Map<OptionNode, MergedOption>();
  return sameShape(shapes.decls, declarationsOf(modules), shapes.tree, own) ? own : undefined;
}

/**
 * Whether `decls` build the same tree as `known` did (`tree`): the same modules declaring the
 * same names, each option declared by one module and without submodules, so that its node is
 * all the tree knows of it. The element's options (its own defaults, descriptions, …) are
 * collected into `own`. Anything else (a name declared twice, a submodule type) is built anew.
 */
function sameShape(
  known: readonly RawDecl[],
  decls: readonly RawDecl[],
  tree: NamespaceNode,
  own: Map<OptionNode, MergedOption>,
): boolean {
  if (known.length !== decls.length) return false;
  for (let i = 0; i < decls.length; i++) {
    const a = known[i]!;
    const b = decls[i]!;
    if (a.source !== b.source || a.shared !== b.shared) return false;
    if (a.value === b.value) continue;
    if (a.shared || !sameDeclarations(a.value, b.value, tree, b, own)) return false;
  }
  return true;
}

function sameDeclarations(
  a: unknown,
  b: unknown,
  ns: NamespaceNode,
  decl: RawDecl,
  own: Map<OptionNode, MergedOption>,
): boolean {
  if (!isAttrs(a) || !isAttrs(b) || isOptionType(a) || isOptionType(b)) return false;
  const keys = Object.keys(b);
  const knownKeys = Object.keys(a);
  if (keys.length !== knownKeys.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== knownKeys[i]) return false;
    const node = ns.children.get(key);
    const x = a[key];
    const y = b[key];
    if (node === undefined) return false;
    if (isOption(y)) {
      const type = y.type;
      if (
        node.kind !== "option" ||
        !(node.option instanceof SingleDeclaration) ||
        node.option.opt !== x ||
        (type !== undefined && !(isOptionType(type) && !type.subModules))
      )
        return false;
      const opt = y as Option & Record<string, unknown>;
      own.set(
        node,
        new SingleDeclaration(opt, { source: decl.source, value: opt, path: node.path, shared: false }),
      );
    } else if (node.kind !== "namespace" || isOption(x) || !sameDeclarations(x, y, node, decl, own)) {
      return false;
    }
  }
  return true;
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

function namespace(
  name: string,
  path: readonly string[],
  prefix: readonly string[],
  decls: readonly RawDecl[],
): NamespaceNode {
  if (!decls.every((d) => d.shared)) return buildNamespace(name, path, prefix, decls);
  let trie = trieRoot;
  for (const d of decls) {
    if (!isAttrs(d.value) || isOptionType(d.value)) throw badDeclaration([...prefix, ...path], d);
    let next = trie.next.get(d.value);
    if (!next) {
      next = { source: d.source, next: new WeakMap() };
      trie.next.set(d.value, next);
    } else if (next.source !== d.source) return buildNamespace(name, path, prefix, decls);
    trie = next;
  }
  trie.built ??= [];
  for (const known of trie.built) if (samePath(known.path, path)) return known;
  const node = buildNamespace(name, path, prefix, decls);
  trie.built.push(node);
  return node;
}

/** The node of a name only one declaration declares: its option, or its namespace. */
function declaredOnce(
  name: string,
  path: readonly string[],
  prefix: readonly string[],
  decl: RawDecl,
): TreeNode {
  return isOption(decl.value)
    ? { kind: "option", name, path, option: mergeOptionDecls(prefix, path, [decl]) }
    : namespace(name, path, prefix, [decl]);
}

function buildNamespace(
  name: string,
  path: readonly string[],
  prefix: readonly string[],
  decls: readonly RawDecl[],
): NamespaceNode {
  if (decls.length === 1) {
    const children = new Map<string, TreeNode>();
    // Declared by one module (the usual case): no grouping by name needed.
    const d = decls[0]!;
    if (!isAttrs(d.value) || isOptionType(d.value)) throw badDeclaration([...prefix, ...path], d);
    for (const key in d.value) {
      const childPath = pathWith(path, key);
      const decl = { source: d.source, value: d.value[key], path: childPath, shared: d.shared };
      children.set(key, declaredOnce(key, childPath, prefix, decl));
    }
    return { kind: "namespace", name, path, children, derived: {} };
  }
  // Usually each name is declared by one module (options of different modules side by side):
  // then no grouping by name is needed.
  const owners = new Map<string, RawDecl | TreeNode>();
  let shared = false;
  for (const d of decls) {
    if (!isAttrs(d.value) || isOptionType(d.value)) throw badDeclaration([...prefix, ...path], d);
    for (const key in d.value) {
      if (owners.has(key)) shared = true;
      else owners.set(key, d);
    }
  }
  if (!shared) {
    owners.forEach((owner, key) => {
      const d = owner as RawDecl;
      const childPath = pathWith(path, key);
      const decl = {
        source: d.source,
        value: (d.value as Record<string, unknown>)[key],
        path: pathWith(d.path, key),
        shared: d.shared,
      };
      owners.set(key, declaredOnce(key, childPath, prefix, decl));
    });
    return { kind: "namespace", name, path, children: owners as Map<string, TreeNode>, derived: {} };
  }
  const children = new Map<string, TreeNode>();
  const byName = new Map<string, RawDecl[]>();
  for (const d of decls) {
    for (const key in d.value as object) {
      const entry = {
        source: d.source,
        value: (d.value as Record<string, unknown>)[key],
        path: pathWith(d.path, key),
        shared: d.shared,
      };
      const list = byName.get(key);
      if (list) list.push(entry);
      else byName.set(key, [entry]);
    }
  }
  for (const [childName, childDecls] of byName) {
    const childPath = pathWith(path, childName);
    let optionCount = 0;
    for (const d of childDecls) if (isOption(d.value)) optionCount++;
    if (optionCount === 0) {
      children.set(childName, namespace(childName, childPath, prefix, childDecls));
      continue;
    }
    let optionDecls = childDecls;
    if (optionCount < childDecls.length)
      optionDecls = nestedIntoSubmodule([...prefix, ...childPath], childDecls);
    children.set(childName, {
      kind: "option",
      name: childName,
      path: childPath,
      option: mergeOptionDecls(prefix, childPath, optionDecls),
    });
  }
  return { kind: "namespace", name, path, children, derived: {} };
}

/** One of the `_module` options every evaluation's tree has (`args`, `check`, `freeformType`, …). */
export function internalOption(tree: NamespaceNode, name: string): OptionNode {
  return (tree.children.get("_module") as NamespaceNode).children.get(name) as OptionNode;
}

/** Every option below a namespace, depth first. */
export function allOptionNodes(ns: NamespaceNode, out: OptionNode[] = []): OptionNode[] {
  for (const child of ns.children.values()) {
    if (child.kind === "option") out.push(child);
    else allOptionNodes(child, out);
  }
  return out;
}

function badDeclaration(loc: readonly string[], d: RawDecl): ModuleError {
  return new ModuleError(
    "declaration",
    isOptionType(d.value)
      ? `In module \`${showOrigin(originOf(d))}': expected an option declaration at option path \`${showOption(loc)}' but got a type (${(d.value as OptionType).description}). When declaring an option, wrap the type in mkOption: ${loc[loc.length - 1]}: mkOption({ type: …, description: … }).`
      : `An option declaration for \`${showOption(loc)}' in \`${showOrigin(originOf(d))}' is ${Array.isArray(d.value) ? "a list" : typeof d.value} rather than an object. Did you mean to define this outside of \`options'?`,
    loc,
  );
}

/** Options may be merged with nested option declarations only when they are submodules. */
function nestedIntoSubmodule(loc: readonly string[], decls: readonly RawDecl[]): RawDecl[] {
  const optionDecls = decls.filter((d) => isOption(d.value));
  if (optionDecls.every((d) => (d.value as Option).type?.name === "submodule")) {
    return decls.map((d) =>
      isOption(d.value)
        ? d
        : {
            ...d,
            value: {
              _type: "option",
              type: types.submoduleWith({
                modules: [{ options: d.value }],
                shorthandOnlyDefinesConfig: null,
              }),
            },
          },
    );
  }
  const first = optionDecls[0]!;
  const nested = decls
    .filter((d) => !isOption(d.value))
    .flatMap((d) =>
      Object.keys(d.value as object).map(
        (k) =>
          ` - option(s) with prefix \`${showOption([...loc, k])}' in module \`${showOrigin(originOf(d))}'`,
      ),
    )
    .sort();
  throw new ModuleError(
    "declaration",
    `The option \`${showOption(loc)}' in module \`${showOrigin(originOf(first))}' would be a parent of the following options, but its type \`${(first.value as Option).type?.description ?? "<no description>"}' does not support nested options.\n${nested.join("\n")}`,
    loc,
  );
}

const uniqueFields = ["default", "example", "description", "apply"] as const;

/** NixOS' mergeOptionDecls: one declaration per field, except submodule types, which combine. */
function mergeOptionDecls(
  prefix: readonly string[],
  path: readonly string[],
  decls: readonly RawDecl[],
): MergedOption {
  if (decls.length === 1) {
    const d = decls[0]!;
    const opt = d.value as Option & Record<string, unknown>;
    if (opt.type === undefined || (isOptionType(opt.type) && !opt.type.subModules)) {
      return new SingleDeclaration(opt, d);
    }
  }
  const loc = [...prefix, ...path];
  let type: OptionType<any, any> | undefined;
  let subModules: unknown[] = [];
  const fields: Record<string, unknown> = {};
  const declarations: Declaration[] = [];
  for (const d of decls) {
    const opt = d.value as Option & Record<string, unknown>;
    const alreadyDeclared = () => {
      const here = showOrigin(originOf(d));
      const before = declarations.map((x) => showOrigin(x.from));
      // Modules given as values without a file are all placed where evalModules was called.
      const samePlace = before.includes(here)
        ? " (modules given at the same place: give them their files with defineModule to tell them apart)"
        : "";
      return new ModuleError(
        "declaration",
        `The option \`${showOption(loc)}' in \`${here}' is already declared in ${before.map((w) => `\`${w}'`).join(", ")}${samePlace}.\nDeclare it once (a second declaration may only add what the first leaves out, such as a description), or give both declarations a submodule type: their options add up.`,
        loc,
      );
    };
    if (uniqueFields.some((f) => f in opt && f in fields)) throw alreadyDeclared();
    if (opt.type !== undefined) {
      if (!isOptionType(opt.type)) {
        throw new ModuleError(
          "declaration",
          `The option \`${showOption(loc)}' in \`${showOrigin(originOf(d))}' has a \`type' that is not an option type: use one of \`types'.`,
          loc,
        );
      }
      if (type) {
        let merged: OptionType<any, any> | null | undefined;
        try {
          merged = typeMerge(type, opt.type);
        } catch (e) {
          // A type that cannot take both declarations' settings (submoduleWith's specialArgs, …).
          const why = e instanceof Error ? e.message.replace(/\.$/, "") : String(e);
          const error = new ModuleError(
            "declaration",
            `The option \`${showOption(loc)}' in \`${showOrigin(originOf(d))}' cannot be merged with its declaration in ${declarations.map((x) => `\`${showOrigin(x.from)}'`).join(", ")}: ${why}.`,
            loc,
          );
          (error as { cause?: unknown }).cause = e;
          throw error;
        }
        if (!merged) throw alreadyDeclared();
        type = merged;
      } else type = opt.type;
      if (opt.type.subModules) {
        subModules = [...opt.type.subModules.map((m) => withSource(d.source, m)), ...subModules];
      }
    }
    // A default given as a getter stays one (read when merged); the rest is copied plainly.
    const getterDefault = "default" in opt && !("default" in fields) && hasGetterDefault(opt);
    for (const k in opt)
      if (!(k in fields) && k !== "_type" && k !== "type" && !(getterDefault && k === "default"))
        fields[k] = opt[k];
    if (getterDefault)
      Object.defineProperty(fields, "default", {
        ...Object.getOwnPropertyDescriptor(opt, "default"),
        enumerable: true,
      });
    declarations.push({ option: opt, from: originOf(d) });
  }
  type ??= types.unspecified;
  if (type.subModules && type.substSubModules) type = type.substSubModules(subModules);
  return mergedOption(fields, type, declarations);
}

/**
 * An option declared once (most are): its fields read from the declaration, the rest made only
 * when asked for (option trees of submodules with per-element defaults are built per element).
 */
class SingleDeclaration implements MergedOption {
  #declarations: Declaration[] | undefined;
  #defaultDefinition: Definition | undefined;
  /** null: the default is not a plain value (or there is none). */
  #defaultOnly: Definition[] | null | undefined;
  readonly type: OptionType<any, any>;
  readonly hasDefault: boolean;
  // Read whenever a value is computed: fields, not getters reading declarations of many shapes.
  readonly readOnly: boolean;
  readonly apply: ((v: unknown) => unknown) | undefined;
  constructor(
    readonly opt: Option & Record<string, unknown>,
    readonly decl: RawDecl,
  ) {
    this.type = opt.type ?? types.unspecified;
    this.hasDefault = "default" in opt;
    this.readOnly = opt.readOnly === true;
    this.apply = opt.apply;
  }
  get default() {
    return this.opt.default;
  }
  get defaultText() {
    return this.opt.defaultText;
  }
  get example() {
    return this.opt.example;
  }
  get description() {
    return this.opt.description;
  }
  get internal() {
    return this.opt.internal === true;
  }
  get visible() {
    return this.opt.visible ?? true;
  }
  get declarations(): readonly Declaration[] {
    this.#declarations ??= [{ option: this.opt, from: originOf(this.decl) }];
    return this.#declarations;
  }
  get defaultDefinition(): Definition | undefined {
    if (!this.hasDefault) return undefined;
    // A default given as a getter is read when the definition is merged (it may read this
    // option's own info, `options.a.highestPrio`, which needs this definition).
    this.#defaultDefinition ??= new Def(
      mkOptionDefault(this.#lazyDefault ? defaultThunk(this.opt) : this.opt.default),
      this.declarations[0]!.from,
    );
    return this.#defaultDefinition;
  }
  get defaultOnly(): Definition[] | undefined {
    if (this.#defaultOnly === undefined) {
      const d = this.#lazyDefault ? undefined : this.opt.default;
      this.#defaultOnly =
        !this.hasDefault || this.#lazyDefault || propertyType(d) !== undefined || isThunk(d)
          ? null
          : [new Def(d, originOf(this.decl))];
    }
    return this.#defaultOnly ?? undefined;
  }
  get #lazyDefault(): boolean {
    return hasGetterDefault(this.opt);
  }
}

const hasGetterDefault = (o: object) => Object.getOwnPropertyDescriptor(o, "default")?.get !== undefined;

/** A default given as a getter, read when merged (what it gives may itself be lazy). */
const defaultThunk = (holder: object) =>
  lazy(() => {
    let v = (holder as { default?: unknown }).default;
    while (isThunk(v)) v = v.force();
    return v;
  });

function mergedOption(
  fields: Record<string, unknown>,
  type: OptionType<any, any>,
  declarations: Declaration[],
): MergedOption {
  const hasDefault = "default" in fields;
  const getter = hasDefault && hasGetterDefault(fields);
  const merged: MergedOption = {
    type,
    hasDefault,
    default: getter ? undefined : fields.default,
    defaultText: fields.defaultText as string | undefined,
    example: fields.example,
    description: fields.description as string | undefined,
    readOnly: fields.readOnly === true,
    internal: fields.internal === true,
    visible: (fields.visible as boolean | "shallow" | undefined) ?? true,
    apply: fields.apply as ((v: unknown) => unknown) | undefined,
    declarations,
    defaultDefinition: hasDefault
      ? new Def(mkOptionDefault(getter ? defaultThunk(fields) : fields.default), declarations[0]!.from)
      : undefined,
    defaultOnly:
      hasDefault && !getter && propertyType(fields.default) === undefined && !isThunk(fields.default)
        ? [new Def(fields.default, declarations[0]!.from)]
        : undefined,
  };
  // Read when asked for (rare: most defaults are values).
  if (getter) Object.defineProperty(merged, "default", { get: () => fields.default, enumerable: true });
  return merged;
}

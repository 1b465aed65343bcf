/**
 * Loading modules and collecting them through `imports`, as NixOS' collectModules: every module is
 * loaded (functions called, syntax unified), disabled modules are removed, and the rest are kept
 * once each, in breadth-first order (builtins.genericClosure).
 */
import { ModuleError } from "./errors.ts";
import { isAttrs } from "./lazy.ts";
import { type SourceLocation, showLocation } from "./location.ts";
import { type ModuleSource, type Origin, showModule } from "./origin.ts";
import { propertyType } from "./properties.ts";
import { showValue } from "./show.ts";

/** Set by `defineModule` on the module value: where it was defined. */
export const moduleSourceKey: unique symbol = Symbol.for("hearth.moduleSource") as never;

/** Set on modules made from a definition (submodule values): that definition's origin. */
export const originKey: unique symbol = Symbol.for("hearth.origin") as never;

const noPath: readonly string[] = [];
const noList: readonly unknown[] = [];
const noOptions: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/** A module after loading: NixOS' canonical form plus where it came from. */
export class LoadedModule {
  /** Identifies the module: its explicit `key`, or else the module value itself. */
  readonly key: unknown;
  readonly source: ModuleSource;
  /** Where the module's configuration root is: its source, or the definition it was made from. */
  readonly origin: Origin;
  /** The configuration: a definition tree, or a function of the module arguments returning one. */
  readonly config: unknown;
  readonly options: Record<string, unknown>;
  readonly imports: readonly unknown[];
  readonly disabledModules: readonly unknown[];
  readonly freeformType: unknown;
  readonly hasFreeformType: boolean;
  readonly meta: unknown;
  readonly moduleClass: string | null;
  /** Loaded from a module value that other evaluations may load too (so worth caching for). */
  readonly shared: boolean;
  constructor(m: {
    key: unknown;
    source: ModuleSource;
    origin?: Origin | undefined;
    config: unknown;
    options?: Record<string, unknown>;
    imports?: readonly unknown[];
    disabledModules?: readonly unknown[];
    freeformType?: unknown;
    hasFreeformType?: boolean;
    meta?: unknown;
    moduleClass?: string | null;
    shared?: boolean;
  }) {
    this.key = m.key;
    this.source = m.source;
    this.origin = m.origin ?? { module: m.source, path: noPath };
    this.config = m.config;
    this.options = m.options ?? noOptions;
    this.imports = m.imports ?? noList;
    this.disabledModules = m.disabledModules ?? noList;
    this.freeformType = m.freeformType;
    this.hasFreeformType = m.hasFreeformType ?? false;
    this.meta = m.meta;
    this.moduleClass = m.moduleClass ?? null;
    this.shared = m.shared ?? false;
  }
}

/**
 * On module objects hearth makes itself: their loaded form, kept on the object (see loadModule).
 * These objects are made per evaluation (a submodule type's declarations, merged), and once
 * one is old, a WeakMap entry for it keeps what it refers to alive through young-generation
 * collections: through a submodule function reading the outer config, a whole evaluation.
 */
const loadedHere = Symbol("hearth.loaded");

/** A module object that imports `module` and gives it a location (NixOS' setDefaultModuleLocation). */
export function withSource(source: ModuleSource, module: unknown): object {
  return { [moduleSourceKey]: source, imports: [module], [loadedHere]: undefined };
}

export function sourceOf(m: unknown): ModuleSource | undefined {
  if ((typeof m !== "object" && typeof m !== "function") || m === null) return undefined;
  const s = (m as { [moduleSourceKey]?: ModuleSource })[moduleSourceKey];
  if (s) return s;
  const file = (m as { _file?: unknown })._file;
  if (typeof file === "string") return { file };
  if (isLocation(file)) return { file: file.file, location: file };
  return undefined;
}

const isLocation = (v: unknown): v is SourceLocation =>
  typeof v === "object" && v !== null && typeof (v as { file?: unknown }).file === "string";

const fullFormKeys = new Set([
  "_class",
  "_file",
  "key",
  "disabledModules",
  "imports",
  "options",
  "config",
  "meta",
  "freeformType",
]);
const shorthandMetaKeys = new Set([
  "_class",
  "_file",
  "key",
  "disabledModules",
  "require",
  "imports",
  "freeformType",
]);

/** NixOS' unifyModuleSyntax. */
function unify(
  m: Record<string, unknown>,
  identity: unknown,
  /** The module is a value other evaluations see too (not what a module function returned). */
  shared: boolean,
  source: ModuleSource,
  origin: Origin | undefined,
): LoadedModule {
  const key = typeof m.key === "string" ? `key:${m.key}` : identity;
  const disabled = (m.disabledModules as unknown[] | undefined) ?? noList;
  const hasFreeform = "freeformType" in m;
  const cls = typeof m._class === "string" ? m._class : null;
  if ("config" in m || "options" in m) {
    for (const k of Object.keys(m)) {
      if (fullFormKeys.has(k)) continue;
      const bad = Object.keys(m).filter((x) => !fullFormKeys.has(x));
      throw new ModuleError(
        "module",
        `Module \`${showModule(source)}' has an unsupported attribute \`${k}'. This is caused by introducing a top-level \`config' or \`options' attribute. Add configuration attributes immediately on the top level instead, or move all of them (namely: ${bad.join(" ")}) into the explicit \`config' attribute.`,
      );
    }
    const options = (m.options ?? noOptions) as Record<string, unknown>;
    if (!isAttrs(options)) {
      throw new ModuleError(
        "module",
        `Module \`${showModule(source)}': \`options' must be an object, not ${showValue(options)}.`,
      );
    }
    return new LoadedModule({
      key,
      source,
      origin,
      config: m.config ?? noOptions,
      options,
      imports: (m.imports as unknown[] | undefined) ?? noList,
      disabledModules: disabled,
      freeformType: m.freeformType,
      hasFreeformType: hasFreeform,
      meta: m.meta,
      moduleClass: cls,
      shared,
    });
  }
  let config: Record<string, unknown> = m;
  for (const k of Object.keys(m)) {
    if (!shorthandMetaKeys.has(k)) continue;
    // Only copy when the module mixes definitions with module attributes.
    config = {};
    for (const k2 of Object.keys(m)) {
      if (shorthandMetaKeys.has(k2)) continue;
      Object.defineProperty(config, k2, { ...Object.getOwnPropertyDescriptor(m, k2)!, enumerable: true });
    }
    break;
  }
  return new LoadedModule({
    key,
    source,
    origin,
    config,
    imports: [
      ...((m.require as unknown[] | undefined) ?? []),
      ...((m.imports as unknown[] | undefined) ?? []),
    ],
    disabledModules: disabled,
    freeformType: m.freeformType,
    hasFreeformType: hasFreeform,
    moduleClass: cls,
    shared,
  });
}

export interface LoadContext {
  /** The arguments module functions are called with. */
  readonly args: () => Record<string, unknown>;
  /** The class of the evaluation: modules of another class are refused. */
  readonly class: string | null;
  /** Told which module function is running (for messages about reading config too early). */
  readonly loading?: (source: ModuleSource | undefined) => void;
}

// Unifying a module object is pure: done once per object (and location).
const unified = new WeakMap<object, LoadedModule>();

/** Loads one entry of a module list (a module value, a function, or an already loaded module). */
export function loadModule(
  ctx: LoadContext,
  parent: ModuleSource,
  parentOrigin: Origin | undefined,
  parentKey: unknown,
  index: number,
  m: unknown,
): LoadedModule {
  if (m instanceof LoadedModule) return m;
  if (Array.isArray(m)) {
    throw new ModuleError(
      "module",
      `Module imports can't be nested lists. Perhaps you meant to remove one level of lists? In \`${showModule(parent)}': ${showValue(m)}`,
    );
  }
  const isValue = (typeof m === "object" && m !== null) || typeof m === "function";
  const own = sourceOf(m);
  let source = own ?? parent;
  // A module's definitions are placed at its own source, or else where its parent's are.
  let origin = (m as { [originKey]?: Origin } | null)?.[originKey] ?? (own ? undefined : parentOrigin);
  const here = typeof m === "object" && m !== null && loadedHere in m;
  if (typeof m === "object" && m !== null) {
    const known = here ? (m as { [loadedHere]?: LoadedModule })[loadedHere] : unified.get(m);
    if (known && known.source === source && (origin === undefined || known.origin === origin))
      return checkClass(ctx, known);
  }
  let value = m;
  if (typeof m === "function") {
    ctx.loading?.(source);
    try {
      value = (m as (args: unknown) => unknown)(ctx.args());
    } finally {
      ctx.loading?.(undefined);
    }
    // The module a function returns may name its file (`_file`), as Nix reads it from there.
    const named = own ? undefined : sourceOf(value);
    if (named) {
      source = named;
      origin = undefined;
    }
  }
  if (!isAttrs(value)) {
    throw new ModuleError(
      "module",
      `Expected a module (an object or a function returning one), but found ${showValue(value)} while loading a module into \`${showModule(parent)}'.`,
    );
  }
  // A module that is not a value is known by its place (made only then: most modules are values).
  const identity = isValue ? m : `${String(parentKey)}:anon-${index + 1}`;
  let loaded: LoadedModule;
  const t = (value as { _type?: unknown })._type;
  if (t === undefined || t === "module")
    loaded = unify(value as Record<string, unknown>, identity, value === m, source, origin);
  else if (propertyType(value) === "if" || propertyType(value) === "override") {
    loaded = unify({ config: value }, identity, value === m, source, origin);
  } else {
    throw new ModuleError(
      "module",
      `Expected a module, but found a value of type "${String(t)}"${source === parent ? "" : ` (defined at \`${showModule(source)}')`} while loading a module into \`${showModule(parent)}'.${t === "merge" ? " A mkMerge is a module's configuration, not a module: write { config: mkMerge([…]) }." : ""}\nA module is typically loaded by adding it to the \`imports' of an existing module, or to the modules of a host. Please make sure that each of the list items is a module, and not a different kind of value.`,
    );
  }
  if (here) (m as { [loadedHere]?: LoadedModule })[loadedHere] = loaded;
  else if (typeof m === "object" && m !== null) unified.set(m, loaded);
  return checkClass(ctx, loaded);
}

function checkClass(ctx: LoadContext, m: LoadedModule): LoadedModule {
  if (ctx.class !== null && m.moduleClass !== null && m.moduleClass !== ctx.class) {
    throw new ModuleError(
      "module",
      `The module \`${showModule(m.source)}' (class: "${m.moduleClass}") cannot be imported into a module evaluation that expects class "${ctx.class}".`,
    );
  }
  return m;
}

interface Structured {
  readonly module: LoadedModule;
  imports: Structured[];
}

/**
 * Every module reachable from `initial`, minus disabled ones, each once, in breadth-first order
 * (the order NixOS' genericClosure gives; definitions are later merged in the reverse of it).
 */
export function collectModules(
  ctx: LoadContext,
  root: ModuleSource,
  initial: readonly unknown[],
): LoadedModule[] {
  // Fast path: nothing imports anything and nothing is disabled, so the modules in order. The
  // modules loaded before one that imports something are not loaded again below.
  const first: LoadedModule[] = [];
  for (let i = 0; i < initial.length; i++) {
    const m = initial[i];
    const at = typeof m === "function" ? initial.indexOf(m) : i;
    // A module value listed twice is loaded (its function called) once.
    const module = at < i ? first[at]! : loadModule(ctx, root, undefined, "", i, m);
    first.push(module);
    if (module.imports.length > 0 || module.disabledModules.length > 0) break;
  }
  const last = first[first.length - 1];
  if (
    first.length === initial.length &&
    (!last || (last.imports.length === 0 && last.disabledModules.length === 0))
  )
    return dedupe(first);
  const disabled: { from: LoadedModule; entry: unknown }[] = [];
  // A module value imported twice is loaded (its function called) once per evaluation.
  const loaded = new Map<unknown, Structured>();
  // The keys of the modules whose imports are being loaded, outermost first.
  const path: unknown[] = [];
  const load = (
    parent: ModuleSource,
    parentOrigin: Origin | undefined,
    parentKey: unknown,
    list: readonly unknown[],
  ): Structured[] => {
    const out = new Array<Structured>(list.length);
    for (let i = 0; i < list.length; i++) {
      const m = list[i];
      const cacheable = (typeof m === "object" && m !== null) || typeof m === "function";
      const known = cacheable ? loaded.get(m) : undefined;
      if (known) {
        out[i] = known;
        continue;
      }
      const module =
        list === initial && i < first.length
          ? first[i]!
          : loadModule(ctx, parent, parentOrigin, parentKey, i, m);
      for (const entry of module.disabledModules) disabled.push({ from: module, entry });
      // An import cycle: the module is already on the path, so the closure visits it anyway.
      if (path.includes(module.key)) {
        out[i] = { module, imports: [] };
        continue;
      }
      const structured: Structured = { module, imports: [] };
      if (cacheable) loaded.set(m, structured);
      if (module.imports.length > 0) {
        path.push(module.key);
        structured.imports = load(module.source, module.origin, module.key, module.imports);
        path.pop();
      }
      out[i] = structured;
    }
    return out;
  };
  const tree = load(root, undefined, "", initial);
  const isDisabled = disabledMatcher(disabled);
  const seen = new Set<unknown>();
  const out: LoadedModule[] = [];
  const queue: Structured[] = disabled.length === 0 ? tree : tree.filter((s) => !isDisabled(s.module));
  for (let i = 0; i < queue.length; i++) {
    const s = queue[i]!;
    if (seen.has(s.module.key)) continue;
    seen.add(s.module.key);
    out.push(s.module);
    for (const c of s.imports) if (!isDisabled(c.module)) queue.push(c);
  }
  return out;
}

/**
 * For modules that are all plain objects (no functions to call, nothing disabled): the loaded
 * modules and, separately, everything they import in breadth-first order. The same for every
 * evaluation, so submodule types compute it once. Undefined when a module needs arguments.
 */
export function collectStatic(
  ctx: LoadContext,
  root: ModuleSource,
  modules: readonly unknown[],
): { top: LoadedModule[]; imported: LoadedModule[] } | undefined {
  if (modules.some((m) => typeof m === "function")) return undefined;
  const top = dedupe(modules.map((m, i) => loadModule(ctx, root, undefined, "", i, m)));
  const seen = new Set<unknown>(top.map((m) => m.key));
  const imported: LoadedModule[] = [];
  const queue: LoadedModule[] = [];
  const expand = (parent: LoadedModule): boolean => {
    if (parent.disabledModules.length > 0) return false;
    for (let j = 0; j < parent.imports.length; j++) {
      const m = parent.imports[j];
      if (typeof m === "function") return false;
      queue.push(loadModule(ctx, parent.source, parent.origin, parent.key, j, m));
    }
    return true;
  };
  for (const m of top) if (!expand(m)) return undefined;
  for (let i = 0; i < queue.length; i++) {
    const m = queue[i]!;
    if (seen.has(m.key)) continue;
    seen.add(m.key);
    imported.push(m);
    if (!expand(m)) return undefined;
  }
  return { top, imported };
}

function dedupe(modules: readonly LoadedModule[]): LoadedModule[] {
  const seen = new Set<unknown>();
  const out: LoadedModule[] = [];
  for (const m of modules) {
    if (seen.has(m.key)) continue;
    seen.add(m.key);
    out.push(m);
  }
  return out;
}

/** disabledModules entries: a module value, a `key`, or a file name (absolute, or a suffix of the path). */
function disabledMatcher(entries: { from: LoadedModule; entry: unknown }[]): (m: LoadedModule) => boolean {
  if (entries.length === 0) return () => false;
  const keys = new Set<unknown>();
  const files: string[] = [];
  for (const { from, entry } of entries) {
    if (typeof entry === "string") {
      keys.add(`key:${entry}`);
      files.push(entry.replace(/^\.\//, ""));
    } else if ((typeof entry === "object" && entry !== null) || typeof entry === "function") {
      const k = (entry as { key?: unknown }).key;
      keys.add(typeof k === "string" ? `key:${k}` : entry);
    } else {
      throw new ModuleError(
        "module",
        `Each disabledModules item must be a module, a key or a file name, but one in \`${showModule(from.source)}' is ${showValue(entry)}.`,
      );
    }
  }
  return (m) =>
    keys.has(m.key) ||
    files.some(
      (f) => m.source.file === f || m.source.file.endsWith(`/${f}`) || showLocation(m.source.location) === f,
    );
}

/**
 * Modules that keep old option names working (NixOS' doRename and friends): they declare the old
 * option and forward its definitions to the new one, lazily, so that they never force anything
 * while the configuration is being assembled.
 */
import { defineLazy } from "./lazy.ts";
import { isOption, mkOption } from "./option.ts";
import { ModuleError } from "./errors.ts";
import { type Lazy, lazy, mkIf, mkMerge, mkOverride } from "./properties.ts";
import { showOption } from "./show.ts";
import { Restart } from "./state.ts";
import { types } from "./types.ts";

type Path = readonly string[];

export function setAttrByPath(path: Path, value: unknown): Record<string, unknown> {
  return path.reduceRight<unknown>((acc, key) => ({ [key]: acc }), value) as Record<string, unknown>;
}

/** The value at `path` in nested attribute sets (their own names, as Nix's attribute sets). */
export function getAttrFromPath(path: Path, obj: unknown): any {
  let cur = obj as Record<string, unknown>;
  for (let i = 0; i < path.length; i++) {
    if (!hasAttr(cur, path[i]!)) {
      const lookingUp = i < path.length - 1 ? ` (looking up \`${showOption(path)}')` : "";
      throw new ModuleError(
        "declaration",
        `cannot find attribute \`${showOption(path.slice(0, i + 1))}'${lookingUp}.`,
        path,
      );
    }
    cur = cur[path[i]!] as Record<string, unknown>;
  }
  return cur;
}

/** An attribute set (not a list) with `name` as its own attribute (config views included). */
const hasAttr = (v: unknown, name: string): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.hasOwn(v, name);

const hasPath = (path: Path, obj: unknown): boolean => {
  let cur = obj as Record<string, unknown>;
  for (const k of path) {
    if (!hasAttr(cur, k)) return false;
    cur = cur[k] as Record<string, unknown>;
  }
  return true;
};

interface OptionLike {
  isDefined: boolean;
  highestPrio: number;
  definitions: readonly unknown[];
  files: readonly string[];
}

/** True when `option` is an option defined somewhere (NixOS' mkAliasIfDef's condition). */
const definedOption = (option: unknown) => isOption(option) && (option as unknown as OptionLike).isDefined;

/** `content` where `option` is an option that is defined (NixOS' mkAliasIfDef). */
export const mkAliasIfDef = <T>(option: unknown, content: T) =>
  mkIf<T>(() => definedOption(option), content as never);

/** Definitions of `option`, moved elsewhere by `wrap` (NixOS' mkAliasAndWrapDefinitions). */
export function mkAliasAndWrapDefinitions<T>(wrap: (v: unknown) => T, option: OptionLike) {
  return mkIf<T>(
    () => definedOption(option),
    lazy(() => wrap(mkMerge(option.definitions as unknown[]))) as Lazy<T>,
  );
}
export const mkAliasDefinitions = (option: OptionLike) => mkAliasAndWrapDefinitions((v) => v, option);

/** As mkAliasAndWrapDefinitions, keeping the definitions' priority. */
export function mkAliasAndWrapDefsWithPriority<T>(wrap: (v: unknown) => T, option: OptionLike) {
  return mkIf<T>(
    () => definedOption(option),
    lazy(() => wrap(mkMerge(option.definitions.map((d) => mkOverride(option.highestPrio, d))))) as Lazy<T>,
  );
}

export interface RenameSpec {
  from: Path;
  to: Path;
  visible: boolean;
  warn: boolean;
  use: (value: unknown) => unknown;
  withPriority?: boolean;
  condition?: boolean | (() => boolean);
}

/** Declares `from` as an alias of `to`: definitions of `from` become definitions of `to`. */
export function doRename(spec: RenameSpec) {
  const { from, to, visible, warn, use, withPriority = true, condition = true } = spec;
  return ({ config, options }: { config: unknown; options: unknown }) => {
    const fromOpt = (): OptionLike => getAttrFromPath(from, options);
    const toType = () => (hasPath(to, options) ? getAttrFromPath(to, options).type : types.submodule({}));
    // The old option, read when needed (an option as mkAliasDefinitions expects one).
    const forwarded: OptionLike & { _type: "option" } = {
      _type: "option",
      get isDefined() {
        return fromOpt().isDefined;
      },
      get highestPrio() {
        return fromOpt().highestPrio;
      },
      get definitions() {
        return fromOpt().definitions;
      },
      get files() {
        return fromOpt().files;
      },
    };
    // The mkIf sits where `to` enters an option (NixOS pushes it down to there, not into the
    // option's value), so that where the definitions go is known without reading them.
    const moved = () => {
      const at = optionDepth(to, options);
      const wrap = (v: unknown) => setAttrByPath(to.slice(at), v);
      return setAttrByPath(
        to.slice(0, at),
        withPriority
          ? mkAliasAndWrapDefsWithPriority(wrap, forwarded)
          : mkAliasAndWrapDefinitions(wrap, forwarded),
      );
    };
    const warnings = {};
    defineLazy(warnings, "warnings", () =>
      warn && fromOpt().isDefined
        ? [
            `The option \`${showOption(from)}' defined in ${fromOpt()
              .files.map((f) => `\`${f}'`)
              .join(" and ")} has been renamed to \`${showOption(to)}'.`,
          ]
        : [],
    );
    return {
      options: setAttrByPath(
        from,
        mkOption({
          visible,
          description: `Alias of \`${showOption(to)}'.`,
          apply: () => {
            if (!hasPath(to, config))
              throw new ModuleError(
                "no-value",
                `The option \`${showOption(from)}' is ${warn ? "renamed to" : "an alias of"} \`${showOption(to)}', which has no value.`,
                to,
              );
            return use(getAttrFromPath(to, config));
          },
          type: types.deferredType(
            toType,
            "deferred",
            `\`${showOption(from)}' (an alias of \`${showOption(to)}')`,
          ),
        }),
      ),
      // As NixOS' `optionalAttrs (options ? warnings)`: without a `warnings` option (a submodule,
      // a small evaluation) nothing is defined there. Known once options are: a config function.
      config: () => mkIf(condition, mkMerge([hasPath(["warnings"], options) ? warnings : {}, moved()])),
    };
  };
}

/** `from` is now called `to`: definitions are forwarded, with a warning. */
export const mkRenamedOptionModule = (from: Path, to: Path) =>
  doRename({ from, to, visible: false, warn: true, use: (x) => x });

/** `from` is another name for `to`, without a warning. */
export const mkAliasOptionModule = (from: Path, to: Path) =>
  doRename({ from, to, visible: true, warn: false, use: (x) => x });

/**
 * How many names of `path` lead to an option (or to a name nothing declares): below, the names
 * are inside the option's value.
 */
function optionDepth(path: Path, options: unknown): number {
  let cur = options;
  for (let i = 0; i < path.length; i++) {
    if (!hasAttr(cur, path[i]!)) return i + 1;
    cur = cur[path[i]!];
    if (isOption(cur)) return i + 1;
  }
  return path.length;
}

/** `path` was removed: defining it fails an assertion that says what to do instead. */
export function mkRemovedOptionModule(path: Path, replacementInstructions: string) {
  return ({ options }: { options: unknown }) => {
    const assertion = {};
    defineLazy(assertion, "assertion", () => !getAttrFromPath(path, options).isDefined);
    defineLazy(
      assertion,
      "message",
      () =>
        `The option definition \`${showOption(path)}' in ${(getAttrFromPath(path, options) as OptionLike).files.map((f) => `\`${f}'`).join(" and ")} no longer has any effect; please remove it.\n${replacementInstructions}\n`,
    );
    return {
      options: setAttrByPath(
        path,
        mkOption({
          visible: false,
          apply: () => {
            const where = definedIn(path, options);
            throw new ModuleError(
              "declaration",
              `The option \`${showOption(path)}' can no longer be used since it's been removed. ${replacementInstructions}${where}`,
              path,
            );
          },
        }),
      ),
      config: { assertions: [assertion] },
    };
  };
}

/** Where a removed option is still defined, for its message. */
function definedIn(path: Path, options: unknown): string {
  let files: readonly string[];
  try {
    files = (getAttrFromPath(path, options) as OptionLike).files;
  } catch (e) {
    // A definition's condition failed, or read the option itself: the message says the rest.
    if (e instanceof Restart) throw e;
    return "";
  }
  const unique = [...new Set(files)];
  return unique.length > 0
    ? `\nIt is still defined in ${unique.map((f) => `\`${f}'`).join(" and ")}: remove those definitions.`
    : "";
}

const unset = "_mkMergedOptionModule";

/** Several old options combine into `to` through `mergeFn(config)`, with a warning. */
export function mkMergedOptionModule(from: readonly Path[], to: Path, mergeFn: (config: any) => unknown) {
  return ({ config, options }: { config: unknown; options: unknown }) => {
    const isSet = (f: Path) => getAttrFromPath(f, config) !== unset;
    const warnings = {};
    defineLazy(warnings, "warnings", () =>
      from
        .filter(isSet)
        .map(
          (f) =>
            `The option \`${showOption(f)}' defined in ${(getAttrFromPath(f, options) as OptionLike).files.map((x) => `\`${x}'`).join(" and ")} has been changed to \`${showOption(to)}' that has a different type. Please read \`${showOption(to)}' documentation and update your configuration accordingly.`,
        ),
    );
    let declared: Record<string, unknown> = {};
    for (const f of from)
      declared = deepMerge(declared, setAttrByPath(f, mkOption({ visible: false, default: unset })));
    return {
      options: declared,
      config: mkMerge([
        mkIf(() => hasPath(["warnings"], options), warnings),
        setAttrByPath(
          to,
          mkIf(
            () => from.some(isSet),
            lazy(() => mergeFn(config)),
          ),
        ),
      ]),
    };
  };
}

/** `from` became `to` with another type: `changeFn(config)` computes the new value. */
export const mkChangedOptionModule = (from: Path, to: Path, changeFn: (config: any) => unknown) =>
  mkMergedOptionModule([from], to, changeFn);

function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] =
      cur &&
      typeof cur === "object" &&
      (cur as { _type?: unknown })._type !== "option" &&
      typeof v === "object"
        ? deepMerge(cur as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

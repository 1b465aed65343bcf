/** What a module is, for TypeScript, and `defineModule`, which records where one was written. */
import { moduleSourceKey } from "./collect.ts";
import type { Lib } from "./lib.ts";
import { callerOf, type SourceLocation } from "./location.ts";
import type { Option } from "./option.ts";
import type { ModuleSource } from "./origin.ts";
import type { If, Override, Wrap } from "./properties.ts";
import type { OptionType } from "./types.ts";
import type { Config, ConfigDef } from "./typing.ts";

/** The arguments of module functions and of `config` functions. */
export interface ModuleArgs {
  /** The whole configuration (read it lazily outside `config` functions). */
  readonly config: Config;
  /** Every declared option, with its value and definitions. */
  readonly options: Record<string, any>;
  readonly lib: Lib;
  /** In a submodule: the attribute name (or list position) it was defined at. */
  readonly name: string;
  readonly specialArgs: Record<string, unknown>;
  /** Anything in specialArgs or `_module.args`. */
  readonly [arg: string]: unknown;
}

/** A tree of option declarations. */
export interface OptionDeclarations {
  readonly [name: string]: Option<any, any> | OptionDeclarations;
}

interface ModuleAttributes {
  /** The file to name in messages (defineModule records it for you). */
  _file?: string;
  _class?: string;
  /** Identifies the module for deduplication and `disabledModules` (by default, the module value itself). */
  key?: string;
  imports?: readonly Module[];
  disabledModules?: readonly (Module | string)[];
  /** Definitions without a declared option are merged with this type instead of being an error. */
  freeformType?: OptionType<any, any>;
  meta?: unknown;
}

/** A module with explicit `options` and/or `config`. */
export interface FullModule extends ModuleAttributes {
  options?: OptionDeclarations;
  /** Definitions, or a function of the module arguments returning them (called once, lazily). */
  config?: Wrap<ConfigDef> | ((args: ModuleArgs) => Wrap<ConfigDef>);
}

/** A module that is all definitions (plus imports and the like). */
export type ShorthandModule = ModuleAttributes & ConfigDef & { options?: never; config?: never };

export type ModuleValue = FullModule | ShorthandModule | If<ConfigDef> | Override<ConfigDef>;

/** A module: an object, or a function of the module arguments returning one. */
export type Module = ModuleValue | ((args: ModuleArgs) => ModuleValue);

/**
 * Marks a module with the file and line it was written at (for every message about it), and
 * checks it against the lab's option types.
 */
export function defineModule(module: Module, location?: SourceLocation): Module {
  const loc = location ?? callerOf(defineModule);
  const source: ModuleSource = {
    get file() {
      return loc.file;
    },
    location: loc,
  };
  Object.defineProperty(module, moduleSourceKey, { value: source, enumerable: false, configurable: true });
  return module;
}

/** `lib`: the functions modules use, also passed to every module function as `lib`. */
import { evalModules } from "./eval.ts";
import { literalExpression, literalMD, mkEnableOption, mkOption } from "./option.ts";
import {
  lazy,
  mkAfter,
  mkAssert,
  mkBefore,
  mkDerivedConfig,
  mkDefault,
  mkForce,
  mkIf,
  mkImageMediaOverride,
  mkMerge,
  mkOptionDefault,
  mkOrder,
  mkOverride,
  mkVMOverride,
} from "./properties.ts";
import {
  doRename,
  getAttrFromPath,
  mkAliasAndWrapDefinitions,
  mkAliasAndWrapDefsWithPriority,
  mkAliasDefinitions,
  mkAliasIfDef,
  mkAliasOptionModule,
  mkChangedOptionModule,
  mkMergedOptionModule,
  mkRemovedOptionModule,
  mkRenamedOptionModule,
  setAttrByPath,
} from "./rename.ts";
import { filterOverrides } from "./merge.ts";
import type { Definition, Origin } from "./origin.ts";
import { showOption } from "./show.ts";
import { mergeDefaultOption, mergeEqualOption, mergeOneOption, types } from "./types.ts";

export const lib = {
  evalModules,
  mkOption,
  mkEnableOption,
  literalExpression,
  literalMD,
  types,
  mkIf,
  mkMerge,
  mkOverride,
  mkOptionDefault,
  mkDefault,
  mkForce,
  mkVMOverride,
  mkImageMediaOverride,
  mkOrder,
  mkBefore,
  mkAfter,
  mkAssert,
  mkDerivedConfig,
  lazy,
  doRename,
  mkRenamedOptionModule,
  mkAliasOptionModule,
  mkRemovedOptionModule,
  mkChangedOptionModule,
  mkMergedOptionModule,
  mkAliasDefinitions,
  mkAliasIfDef,
  mkAliasAndWrapDefinitions,
  mkAliasAndWrapDefsWithPriority,
  setAttrByPath,
  getAttrFromPath,
  showOption,
  // For types written by hand (NixOS' `lib.mergeEqualOption`, `lib.filterOverrides`, …): they
  // take hearth's definitions, or ones written as nixpkgs code writes them (see HandDefinition).
  mergeEqualOption: (loc: readonly string[], defs: readonly HandDefinition[]) =>
    mergeEqualOption(loc, defs as readonly Definition[]),
  mergeOneOption: (loc: readonly string[], defs: readonly HandDefinition[]) =>
    mergeOneOption(loc, defs as readonly Definition[]),
  mergeUniqueOption:
    ({ message }: { message: string }) =>
    (loc: readonly string[], defs: readonly HandDefinition[]) =>
      mergeOneOption(loc, defs as readonly Definition[], message),
  mergeDefaultOption: (loc: readonly string[], defs: readonly HandDefinition[]) =>
    mergeDefaultOption(loc, defs as readonly Definition[]),
  filterOverrides: <D extends HandDefinition>(defs: readonly D[]): D[] =>
    filterOverrides(defs as readonly HandDefinition[] as readonly Definition[])
      .values as HandDefinition[] as D[],
};

/**
 * A definition as nixpkgs code writes one, `{ file, value }`: hearth's own also have `from`
 * (withValue and definedAt in origin.ts keep and show either kind).
 */
export interface HandDefinition {
  readonly value: unknown;
  readonly file?: string;
  readonly from?: Origin;
}
export type Lib = typeof lib;

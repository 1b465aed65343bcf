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
import type { Definition } from "./origin.ts";
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
  // For types written by hand (NixOS' `lib.mergeEqualOption`, `lib.filterOverrides`, …).
  mergeEqualOption,
  mergeOneOption: (loc: readonly string[], defs: readonly Definition[]) => mergeOneOption(loc, defs),
  mergeUniqueOption:
    ({ message }: { message: string }) =>
    (loc: readonly string[], defs: readonly Definition[]) =>
      mergeOneOption(loc, defs, message),
  mergeDefaultOption,
  filterOverrides: (defs: readonly Definition[]): Definition[] => filterOverrides(defs).values,
};
export type Lib = typeof lib;

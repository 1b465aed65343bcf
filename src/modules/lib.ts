/** `lib`: the functions modules use, also passed to every module function as `lib`. */
import { mkEnableOption, mkOption } from "./option.ts";
import {
  lazy,
  mkAfter,
  mkAssert,
  mkBefore,
  mkDerivedConfig,
  mkDefault,
  mkForce,
  mkIf,
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
import { mergeEqualOption, types } from "./types.ts";

export const lib = {
  mkOption,
  mkEnableOption,
  types,
  mkIf,
  mkMerge,
  mkOverride,
  mkOptionDefault,
  mkDefault,
  mkForce,
  mkVMOverride,
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
  mkAliasAndWrapDefinitions,
  mkAliasAndWrapDefsWithPriority,
  setAttrByPath,
  getAttrFromPath,
  showOption,
  // For types written by hand (NixOS' `lib.mergeEqualOption`, `lib.filterOverrides`).
  mergeEqualOption,
  filterOverrides: (defs: readonly Definition[]): Definition[] => filterOverrides(defs).values,
};
export type Lib = typeof lib;

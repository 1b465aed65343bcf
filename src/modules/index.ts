/** hearth's module system: NixOS' lib.evalModules semantics, typed by TypeScript. */
import "./locate.ts";
// Gives types.submodule its evaluation of elements (submodule.ts builds on eval.ts).
import "./submodule.ts";
export { assertionsModule, failedAssertions } from "./assertions.ts";
export { ModuleError, type ModuleErrorKind } from "./errors.ts";
export { type DefinitionPart, definitionParts, shownDeep } from "./explain.ts";
export { type Evaluation, type EvalModulesArgs, evalModules, type OptionInfo } from "./eval.ts";
export { lib, type Lib } from "./lib.ts";
export { callerOf, type SourceLocation, showLocation } from "./location.ts";
export { type OptionLookup, optionAt, whereDefined } from "./lookup.ts";
export {
  defineModule,
  type FullModule,
  type Module,
  type ModuleArgs,
  type ModuleValue,
  type OptionDeclarations,
  type ShorthandModule,
} from "./module.ts";
export {
  isLiteral,
  isOption,
  type Literal,
  literalExpression,
  literalMD,
  mkEnableOption,
  mkOption,
  type Option,
} from "./option.ts";
export {
  type Definition,
  displayFile,
  locationOf,
  type Origin,
  setDisplayRoot,
  showOrigin,
} from "./origin.ts";
export * from "./properties.ts";
export * from "./rename.ts";
export { showOption } from "./show.ts";
export { isOptionType, mkOptionType, type OptionType, types } from "./types.ts";
export { canonicalJson, toPlain, viewSource } from "./view.ts";
export type { AllOptions, Config, ConfigDef, DefTree, Modules, ValueTree } from "./typing.ts";

/**
 * Module arguments: `config` and `options` (getters), then, through a proxy shared by every
 * evaluation, `_module.args`. The evaluation is kept on the arguments object itself.
 */
import { lib } from "./lib.ts";

const argsEvaluation = Symbol("hearth.argsEvaluation");
export interface ArgsSource {
  argConfig(): object;
  argOptions(): object;
  argFromModuleArgs(key: string): unknown;
}
const evaluationOfArgs = (args: object) => (args as { [argsEvaluation]: ArgsSource })[argsEvaluation];
const moduleArgsFallback = new Proxy(
  {},
  {
    get: (_t, key, receiver) => {
      if (typeof key !== "string" || key === "then" || key === "toJSON") return undefined;
      return evaluationOfArgs(receiver).argFromModuleArgs(key);
    },
  },
);
const moduleArgsPrototype = Object.create(moduleArgsFallback, {
  config: {
    enumerable: true,
    get(this: object) {
      return evaluationOfArgs(this).argConfig();
    },
  },
  options: {
    enumerable: true,
    get(this: object) {
      return evaluationOfArgs(this).argOptions();
    },
  },
});

/** The arguments module functions get: specialArgs, the evaluation's own, `lib`, and the rest. */
export function moduleArgsOf(
  source: ArgsSource,
  specialArgs: Record<string, unknown>,
  moduleArgs: Record<string, unknown> | undefined,
): Record<string, unknown> {
  // Filled in before it gets its prototype: a store on an object whose prototype chain has a
  // proxy goes through the proxy, several times slower.
  const args: Record<string | symbol, unknown> = {};
  // As NixOS' `{ inherit lib … } // specialArgs`: a `lib` given in specialArgs replaces hearth's.
  // Direct arguments (a submodule element's `name`) are NixOS' `_module.args`: specialArgs win.
  args.lib = lib;
  if (moduleArgs) for (const k of Object.keys(moduleArgs)) args[k] = moduleArgs[k];
  for (const k of Object.keys(specialArgs)) args[k] = specialArgs[k];
  args.specialArgs = specialArgs;
  args[argsEvaluation] = source;
  Object.setPrototypeOf(args, moduleArgsPrototype);
  return args;
}

/** An object reading through to `target()`, once `refuse` (called with the key) lets it. */
export function guarded(refuse: (key: PropertyKey) => void, target: () => object): object {
  return new Proxy(
    {},
    {
      get: (_t, key) => {
        refuse(key);
        return Reflect.get(target(), key);
      },
      has: (_t, key) => {
        refuse(key);
        return Reflect.has(target(), key);
      },
      ownKeys: () => {
        refuse("");
        return Reflect.ownKeys(target());
      },
      getOwnPropertyDescriptor: (_t, key) => {
        refuse(key);
        const d = Reflect.getOwnPropertyDescriptor(target(), key);
        return d && { ...d, configurable: true };
      },
    },
  );
}

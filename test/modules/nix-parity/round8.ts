// @ts-nocheck: modules transcribed from Nix, some ill-typed on purpose (a type error is what is compared).
/**
 * Compared with Nix, round 8: renames and aliases in and into submodules, mkAlias*Definitions by
 * hand, deferredModule options evaluated with extendModules (NixOS' specialisations),
 * `_module.args` across modules, option info read through `options`, assertions and warnings,
 * the functions of hearth's `lib` against nixpkgs' on the same inputs, NixOS-shaped module
 * sets. Each case: the modules as hearth reads them, and what Nix printed for the same modules written in Nix (or `failed`). Written by the sessions that
 * compared them; Nix's answers recorded as given.
 */
import {
  assertionsModule,
  canonicalJson,
  evalModules,
  lazy,
  lib,
  mkAfter,
  mkAliasAndWrapDefinitions,
  mkAliasAndWrapDefsWithPriority,
  mkAliasDefinitions,
  mkAliasOptionModule,
  mkBefore,
  mkChangedOptionModule,
  mkDefault,
  mkDerivedConfig,
  mkEnableOption,
  mkForce,
  mkIf,
  mkMerge,
  mkMergedOptionModule,
  mkOption,
  mkOptionDefault,
  mkOptionType,
  mkOrder,
  mkOverride,
  mkRemovedOptionModule,
  mkRenamedOptionModule,
  mkVMOverride,
  types,
} from "../../../src/modules/index.ts";
import { createHash } from "node:crypto";
import { failedMessages, nofile } from "./nixos-base.ts";
import { failed, type Scenario, tryValue as tryv } from "./scenario.ts";
export const round8: Scenario[] = [
  {
    name: "ad01",
    nix: { x: { a: 5, b: 5 }, y: { a: 1, b: 1 }, z: { a: 7, b: 7 } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 2 }),
        },
        config: ({ options }: any) => ({ b: mkAliasDefinitions(options.a) }),
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { a: 5 }, y: {}, z: { a: mkDefault(7) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "ad02",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 2 }),
        },
        config: ({ options }: any) => ({ b: mkAliasAndWrapDefsWithPriority((x: any) => x, options.a) }),
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { a: 5 }, y: {}, z: { a: mkDefault(7) }, w: { a: mkDefault(8), b: 9 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "ad03",
    nix: [
      [2, 3, 1],
      [0, 2, 3, 1],
    ],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: mkOption({ type: types.listOf(types.int), default: [] }),
              b: mkOption({ type: types.listOf(types.int), default: [] }),
            },
          },
          { config: ({ options }: any) => ({ b: mkAliasDefinitions(options.a) }) },
          { a: mkAfter([1]), b: [0] },
          { a: mkBefore([2]) },
          { a: [3] },
        ],
        (c) => [c.a, c.b],
      );
    },
  },
  {
    name: "ad04",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: mkOption({ type: types.int, default: 0 }),
              b: mkOption({ type: types.int, default: 0 }),
            },
          },
          { config: ({ options }: any) => ({ b: mkAliasDefinitions(options.a) }) },
          { a: mkForce(1) },
          { a: 2 },
          { b: 3 },
        ],
        (c) => c.b,
      );
    },
  },
  {
    name: "ad05",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: mkOption({ type: types.int, default: 0 }),
              b: mkOption({ type: types.int, default: 0 }),
            },
          },
          { config: ({ options }: any) => ({ b: mkAliasAndWrapDefsWithPriority((x: any) => x, options.a) }) },
          { a: mkForce(1) },
          { a: 2 },
          { b: 3 },
        ],
        (c) => c.b,
      );
    },
  },
  {
    name: "ad06",
    nix: { fromA: "x", own: "y" },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: mkOption({ type: types.str, default: "d" }),
              b: mkOption({ type: types.attrsOf(types.str), default: {} }),
            },
          },
          {
            config: ({ options }: any) => ({
              b: mkAliasAndWrapDefinitions((v: any) => ({ fromA: v }), options.a),
            }),
          },
          { a: "x", b: { own: "y" } },
        ],
        (c) => c.b,
      );
    },
  },
  {
    name: "ad07",
    nix: { fromA: "d", own: "y" },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: mkOption({ type: types.str, default: "d" }),
              b: mkOption({ type: types.attrsOf(types.str), default: {} }),
            },
          },
          {
            config: ({ options }: any) => ({
              b: mkAliasAndWrapDefinitions((v: any) => ({ fromA: v }), options.a),
            }),
          },
          { b: { own: "y" } },
        ],
        (c) => c.b,
      );
    },
  },
  {
    name: "ad08",
    nix: "bd",
    run: ({ run }) => {
      run(
        [
          { options: { a: mkOption({ type: types.str }), b: mkOption({ type: types.str, default: "bd" }) } },
          { config: ({ options }: any) => ({ b: mkAliasDefinitions(options.a) }) },
        ],
        (c) => c.b,
      );
    },
  },
  {
    name: "ad09",
    nix: "bd",
    run: ({ run }) => {
      run(
        [
          { options: { a: mkOption({ type: types.str }), b: mkOption({ type: types.str, default: "bd" }) } },
          { config: ({ options }: any) => ({ b: mkAliasDefinitions(options.a) }) },
          { a: mkIf(false, "x") },
        ],
        (c) => c.b,
      );
    },
  },
  {
    name: "ad10",
    nix: { x: 3, y: 2, z: 4 },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: mkOption({ type: types.attrsOf(types.int), default: {} }),
              b: mkOption({ type: types.attrsOf(types.int), default: {} }),
            },
          },
          { config: ({ options }: any) => ({ b: mkAliasDefinitions(options.a) }) },
          { a: { x: mkDefault(1), y: 2 } },
          { a: { x: 3 }, b: { z: 4 } },
        ],
        (c) => c.b,
      );
    },
  },
  {
    name: "ad11",
    nix: { primary: { p: 4, q: "m" } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          p: mkOption({ type: types.int, default: 0 }),
          q: mkOption({ type: types.str, default: "q" }),
        },
      });
      run(
        [
          {
            options: {
              s: mkOption({ type: types.attrsOf(sub), default: {} }),
              main: mkOption({ type: types.attrs, default: {} }),
            },
          },
          { config: ({ options }: any) => ({ s: { primary: mkAliasDefinitions(options.main) } }) },
          { main: { p: 4 } },
          { main: { q: "m" } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "ad12",
    nix: { primary: { p: 0 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { p: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          {
            options: {
              s: mkOption({ type: types.attrsOf(sub), default: {} }),
              main: mkOption({ type: types.attrs, default: {} }),
            },
          },
          { config: ({ options }: any) => ({ s: { primary: mkAliasDefinitions(options.main) } }) },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "ad13",
    nix: 0,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: mkOption({ type: types.int, default: 0 }),
              b: mkOption({ type: types.int, default: 0 }),
            },
          },
          { config: ({ options }: any) => ({ b: mkAliasDefinitions(options.nope ?? {}) }) },
          { a: 1 },
        ],
        (c) => c.b,
      );
    },
  },
  {
    name: "ad14",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: mkOption({ type: types.int, default: 0 }),
              b: mkOption({ type: types.int, default: 0 }),
            },
          },
          { config: ({ options }: any) => ({ b: mkAliasDefinitions(options.a) }) },
          { config: ({ options }: any) => ({ a: mkAliasDefinitions(options.b) }) },
          { a: 1 },
        ],
        (c) => c.b,
      );
    },
  },
  {
    name: "ad15",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: mkOption({ type: types.int, default: 0 }),
              b: mkOption({ type: types.int, default: 0 }),
            },
          },
          { config: ({ options }: any) => ({ b: mkAliasAndWrapDefsWithPriority((x: any) => x, options.a) }) },
          { a: mkOverride(900, 1) },
          { a: mkOverride(900, 1) },
          { b: mkDefault(5) },
        ],
        (c) => c.b,
      );
    },
  },
  {
    name: "ad16",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          text: mkOption({ type: types.nullOr(types.str), default: null }),
          lines: mkOption({ type: types.listOf(types.str), default: [] }),
        },
        config: ({ options }: any) => ({ lines: mkAliasAndWrapDefinitions((t: any) => [t], options.text) }),
      });
      run(
        [
          { options: { f: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { f: { a: { text: "hello", lines: ["x"] }, b: { lines: ["y"] } } },
        ],
        (c) => Object.fromEntries(Object.entries(c.f).map(([n, v]: any) => [n, v.lines])),
      );
    },
  },
  {
    name: "ad17",
    nix: ["x", "x"],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: mkOption({ type: types.str, default: "d" }),
              b: mkOption({ type: types.str, default: "bd" }),
            },
          },
          { config: ({ options }: any) => ({ b: mkAliasDefinitions(options.a) }) },
          { a: mkDefault("x") },
        ],
        (c) => [c.a, c.b],
      );
    },
  },
  {
    name: "ad18",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: mkOption({ type: types.str, default: "d" }),
              b: mkOption({ type: types.str, default: "bd" }),
            },
          },
          { config: ({ options }: any) => ({ b: mkAliasAndWrapDefsWithPriority((x: any) => x, options.a) }) },
        ],
        (c) => [c.a, c.b],
      );
    },
  },
  {
    name: "ad19",
    nix: ["d", "d"],
    run: ({ run }) => {
      run(
        [
          { options: { a: mkOption({ type: types.str, default: "d" }), b: mkOption({ type: types.str }) } },
          { config: ({ options }: any) => ({ b: mkAliasDefinitions(options.a) }) },
        ],
        (c) => [c.a, c.b],
      );
    },
  },
  {
    name: "ad20",
    nix: [1, ["AL"]],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              a: mkOption({ type: types.int, default: 0 }),
              b: mkOption({ type: types.int, default: 0 }),
            },
          },
          { _file: "AL", config: ({ options }: any) => ({ b: mkAliasDefinitions(options.a) }) },
          { _file: "U", a: 1 },
        ],
        (c) => [c.config.b, c.options.b.files],
      );
    },
  },
  {
    name: "as01",
    nix: [[], ["w-off"]],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          { options: { en: mkEnableOption("x") } },
          {
            config: ({ config }: any) => ({
              assertions: mkIf(() => config.en, [{ assertion: false, message: "a1" }]),
              warnings: mkIf(() => !config.en, ["w-off"]),
            }),
          },
        ],
        (c) => [failedMessages(c), c.warnings],
      );
    },
  },
  {
    name: "as02",
    nix: [
      ["dup", "dup"],
      ["w", "w"],
    ],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          { assertions: [{ assertion: false, message: "dup" }], warnings: ["w"] },
          { assertions: [{ assertion: false, message: "dup" }], warnings: ["w"] },
        ],
        (c) => [failedMessages(c), c.warnings],
      );
    },
  },
  {
    name: "as03",
    nix: ["first", "mid", "late", "last"],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          { warnings: mkAfter(["last"]) },
          { warnings: ["mid"] },
          { warnings: mkBefore(["first"]) },
          { warnings: mkOrder(1200, ["late"]) },
        ],
        (c) => c.warnings,
      );
    },
  },
  {
    name: "as04",
    nix: [],
    run: ({ run }) => {
      run(
        [assertionsModule, { assertions: [{ assertion: false, message: "x" }] }, { assertions: mkForce([]) }],
        (c) => failedMessages(c),
      );
    },
  },
  {
    name: "as05",
    nix: ["port is 0"],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          { options: { port: mkOption({ type: types.int, default: 0 }) } },
          {
            config: ({ config }: any) => ({
              assertions: [
                {
                  get assertion() {
                    return config.port !== 0;
                  },
                  get message() {
                    return `port is ${config.port}`;
                  },
                },
              ],
            }),
          },
        ],
        (c) => failedMessages(c),
      );
    },
  },
  {
    name: "as06",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          { options: { port: mkOption({ type: types.int }) } },
          {
            config: ({ config }: any) => ({
              assertions: [
                {
                  get assertion() {
                    return config.port !== 0;
                  },
                  message: "m",
                },
              ],
            }),
          },
        ],
        (c) => failedMessages(c),
      );
    },
  },
  {
    name: "as07",
    nix: [],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          { options: { port: mkOption({ type: types.int }) } },
          {
            config: ({ config }: any) => ({
              assertions: [
                {
                  assertion: true,
                  get message() {
                    return `m ${config.port}`;
                  },
                },
              ],
            }),
          },
        ],
        (c) => failedMessages(c),
      );
    },
  },
  {
    name: "as08",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run([assertionsModule, { assertions: [{ assertion: false }] }], (c) => failedMessages(c));
    },
  },
  {
    name: "as09",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run([assertionsModule, { assertions: [{ assertion: false, message: "m", extra: 1 }] }], (c) =>
        failedMessages(c),
      );
    },
  },
  {
    name: "as10",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([assertionsModule, { assertions: [{ assertion: "yes", message: "m" }] }], (c) => failedMessages(c));
    },
  },
  {
    name: "as11",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([assertionsModule, { warnings: "single" }], (c) => c.warnings);
    },
  },
  {
    name: "as12",
    nix: ["a must not be set plainly (in U)"],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          { options: { a: mkOption({ type: types.int, default: 0 }) } },
          {
            config: ({ options }: any) => ({
              assertions: [
                {
                  get assertion() {
                    return !options.a.isDefined || options.a.highestPrio > 100;
                  },
                  get message() {
                    return `a must not be set plainly (in ${options.a.files.join(",")})`;
                  },
                },
              ],
            }),
          },
          { _file: "U", a: 3 },
        ],
        (c) => failedMessages(c),
      );
    },
  },
  {
    name: "as13",
    nix: [["services.a: port required"], ["services.c is disabled"]],
    run: ({ run }) => {
      const svc = types.submodule(({ name }: any) => ({
        options: {
          enable: mkEnableOption(name),
          port: mkOption({ type: types.nullOr(types.port), default: null }),
        },
      }));
      const top = {
        options: { services: mkOption({ type: types.attrsOf(svc), default: {} }) },
        config: ({ config }: any) => ({
          assertions: lazy(() =>
            Object.entries(config.services).map(([n, s]: any) => ({
              assertion: !s.enable || s.port !== null,
              message: `services.${n}: port required`,
            })),
          ),
          warnings: lazy(() =>
            Object.entries(config.services).flatMap(([n, s]: any) =>
              !s.enable ? [`services.${n} is disabled`] : [],
            ),
          ),
        }),
      };
      run(
        [assertionsModule, top, { services: { a: { enable: true }, b: { enable: true, port: 80 }, c: {} } }],
        (c) => [failedMessages(c), c.warnings],
      );
    },
  },
  {
    name: "as14",
    nix: [["m1"], ["w1"]],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          { options: { en: mkEnableOption("x") } },
          {
            config: ({ config }: any) =>
              mkIf(() => config.en, { assertions: [{ assertion: false, message: "m1" }], warnings: ["w1"] }),
          },
          { en: true },
        ],
        (c) => [failedMessages(c), c.warnings],
      );
    },
  },
  {
    name: "as15",
    nix: [["must enable"], ["off"]],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          { options: { en: mkEnableOption("x") } },
          {
            config: ({ config }: any) =>
              mkMerge([
                mkIf(() => config.en, { warnings: ["on"] }),
                mkIf(() => !config.en, {
                  warnings: ["off"],
                  assertions: [
                    {
                      get assertion() {
                        return config.en;
                      },
                      message: "must enable",
                    },
                  ],
                }),
              ]),
          },
        ],
        (c) => [failedMessages(c), c.warnings],
      );
    },
  },
  {
    name: "as16",
    nix: [
      ["[definition 2-entry 2]: x negative"],
      ["[definition 1-entry 1]: x is big", "[definition 2-entry 1]: x is big"],
    ],
    run: ({ run }) => {
      const thing = types.submodule(({ name }: any) => ({
        options: {
          x: mkOption({ type: types.int, default: 0 }),
          warnings: mkOption({ type: types.listOf(types.str), default: [] }),
          assertions: mkOption({ type: types.listOf(types.unspecified), default: [] }),
        },
        config: ({ config }: any) => ({
          warnings: lazy(() => (config.x > 5 ? [`${name}: x is big`] : [])),
          assertions: [
            {
              get assertion() {
                return config.x >= 0;
              },
              message: `${name}: x negative`,
            },
          ],
        }),
      }));
      const top = {
        options: { t: mkOption({ type: types.listOf(thing), default: [] }) },
        config: ({ config }: any) => ({
          warnings: lazy(() => config.t.flatMap((e: any) => e.warnings)),
          assertions: lazy(() => config.t.flatMap((e: any) => e.assertions)),
        }),
      };
      run([assertionsModule, top, { t: [{ x: 6 }, { x: -1 }] }, { t: [{ x: 10 }] }], (c) => [
        failedMessages(c),
        c.warnings,
      ]);
    },
  },
  {
    name: "as17",
    nix: [["one"], 2],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          {
            assertions: [
              { assertion: false, message: "one" },
              { assertion: true, message: "two" },
            ],
          },
          { assertions: mkDefault([{ assertion: false, message: "default" }]) },
        ],
        (c) => [failedMessages(c), c.assertions.length],
      );
    },
  },
  {
    name: "as18",
    nix: [1, "ERR"],
    run: ({ console }) => {
      const check = (cfg: any) => {
        const f = failedMessages(cfg);
        if (f.length === 0) return cfg.x;
        throw new Error(f.join("\n"));
      };
      const m = (d: number) => [
        assertionsModule,
        { options: { x: mkOption({ type: types.int, default: d }) } },
        {
          config: ({ config }: any) => ({
            assertions: [
              {
                get assertion() {
                  return config.x > 0;
                },
                message: "x>0",
              },
            ],
          }),
        },
      ];
      console.log(
        JSON.stringify([
          check(evalModules({ modules: m(1) as any }).config),
          tryv(() => check(evalModules({ modules: m(-1) as any }).config)),
        ]),
      );
    },
  },
  {
    name: "as19",
    nix: ["deprecated: p", "deprecated: p", "deprecated: q"],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          { options: { a: mkOption({ type: types.listOf(types.str), default: [] }) } },
          {
            config: ({ config }: any) => ({
              warnings: lazy(() => config.a.map((x: string) => `deprecated: ${x}`)),
            }),
          },
          { a: ["p", "q"] },
          { a: ["p"] },
        ],
        (c) => c.warnings,
      );
    },
  },
  {
    name: "as20",
    nix: ["big"],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          { options: { a: mkOption({ type: types.int, default: 0 }) } },
          { config: ({ config }: any) => ({ warnings: config.a > 1 ? ["big"] : [] }) },
          { a: 2 },
        ],
        (c) => c.warnings,
      );
    },
  },
  {
    name: "as21",
    nix: [["big"], 5],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          { options: { a: mkOption({ type: types.int, default: 0 }) } },
          {
            config: ({ config }: any) => ({
              warnings: lazy(() => (config.a > 1 ? ["big"] : [])),
              a: mkDefault(5),
            }),
          },
        ],
        (c) => [c.warnings, c.a],
      );
    },
  },
  {
    name: "as22",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          {
            assertions: [
              {
                get assertion(): boolean {
                  throw new Error("boom");
                },
                message: "m",
              },
            ],
          },
        ],
        (c) => c.assertions.length,
      );
    },
  },
  {
    name: "as23",
    nix: "ERR",
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          {
            assertions: [
              {
                get assertion(): boolean {
                  throw new Error("boom");
                },
                message: "m",
              },
            ],
          },
        ],
        (c) => tryv(() => failedMessages(c)),
      );
    },
  },
  {
    name: "as24",
    nix: "ERR",
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          {
            options: {
              u: mkOption({
                type: types.attrsOf(
                  types.submodule(({ name }: any) => ({ options: { uid: mkOption({ type: types.int }) } })),
                ),
                default: {},
              }),
            },
          },
          {
            config: ({ config }: any) => ({
              assertions: lazy(() =>
                Object.entries(config.u).map(([n, u]: any) => ({
                  get assertion() {
                    return u.uid > 0;
                  },
                  message: `uid ${n}`,
                })),
              ),
            }),
          },
          { u: { a: { uid: 1 }, b: {} } },
        ],
        (c) => tryv(() => failedMessages(c)),
      );
    },
  },
  {
    name: "as25",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          {
            options: {
              u: mkOption({
                type: types.attrsOf(
                  types.submodule(({ name }: any) => ({ options: { uid: mkOption({ type: types.int }) } })),
                ),
                default: {},
              }),
            },
          },
          {
            config: ({ config }: any) => ({
              assertions: lazy(() =>
                Object.entries(config.u).map(([n, u]: any) => ({
                  get assertion() {
                    return u.uid > 0;
                  },
                  message: `uid ${n}`,
                })),
              ),
            }),
          },
          { u: { a: { uid: 1 }, b: {} } },
        ],
        (c) => failedMessages(c),
      );
    },
  },
  {
    name: "as26",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run([assertionsModule, { warnings: [1] }], (c) => c.warnings);
    },
  },
  {
    name: "as27",
    nix: [],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          { options: { en: mkEnableOption("x") } },
          {
            config: ({ config }: any) => ({
              assertions: [mkIf(() => config.en, { assertion: false, message: "in-list mkIf" })],
            }),
          },
        ],
        (c) => failedMessages(c),
      );
    },
  },
  {
    name: "as28",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          { options: { en: mkEnableOption("x") } },
          {
            config: ({ config }: any) => ({
              assertions: [{ assertion: false, message: mkIf(() => config.en, "msg") }],
            }),
          },
        ],
        (c) => failedMessages(c),
      );
    },
  },
  {
    name: "as29",
    nix: ["z", "f"],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          {
            assertions: [
              { assertion: mkDefault(true), message: "d" },
              { assertion: mkForce(false), message: "f" },
            ],
          },
          { assertions: [{ assertion: false, message: "z" }] },
        ],
        (c) => failedMessages(c),
      );
    },
  },
  {
    name: "as30",
    nix: [],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          {
            options: {
              x: mkOption({
                type: types.int,
                default: 0,
                apply: (v: number) => {
                  if (v < 0) throw new Error("negative x");
                  return v;
                },
              }),
            },
          },
          { x: -1, assertions: [{ assertion: true, message: "m" }] },
        ],
        (c) => failedMessages(c),
      );
    },
  },
  {
    name: "dm01",
    nix: [1, { a: 5, b: 1 }],
    run: ({ run }) => {
      const base = {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          out: mkOption({ type: types.attrsOf(types.int), default: {} }),
          specialisation: mkOption({
            type: types.attrsOf(
              types.submodule({
                options: { configuration: mkOption({ type: types.deferredModule, default: {} }) },
              }),
            ),
            default: {},
          }),
        },
      };
      const spec = {
        config: ({ config, extendModules }: any) => ({
          out: lazy(() =>
            Object.fromEntries(
              Object.entries(config.specialisation).map(([n, s]: any) => [
                n,
                extendModules({ modules: [s.configuration, { specialisation: mkForce({}) }] }).config.x,
              ]),
            ),
          ),
        }),
      };
      run([base, spec, { specialisation: { a: { configuration: { x: 5 } }, b: {} } }], (c) => [c.x, c.out]);
    },
  },
  {
    name: "dm02",
    nix: { a: [3, ["a0", "a1", "base"]] },
    run: ({ run }) => {
      const base = {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          l: mkOption({ type: types.listOf(types.str), default: [] }),
          out: mkOption({ type: types.attrsOf(types.unspecified), default: {} }),
          specialisation: mkOption({
            type: types.attrsOf(
              types.submodule({
                options: { configuration: mkOption({ type: types.deferredModule, default: {} }) },
              }),
            ),
            default: {},
          }),
        },
      };
      const spec = {
        config: ({ config, extendModules }: any) => ({
          out: lazy(() =>
            Object.fromEntries(
              Object.entries(config.specialisation).map(([n, s]: any) => {
                const e = extendModules({
                  modules: [s.configuration, { specialisation: mkForce({}) }],
                }).config;
                return [n, [e.x, e.l]];
              }),
            ),
          ),
        }),
      };
      run(
        [
          base,
          spec,
          { l: ["base"], specialisation: { a: { configuration: { l: ["a1"] } } } },
          {
            specialisation: {
              a: {
                configuration: {
                  config: ({ config }: any) => ({ x: lazy(() => config.l.length), l: mkBefore(["a0"]) }),
                },
              },
            },
          },
        ],
        (c) => c.out,
      );
    },
  },
  {
    name: "dm03",
    nix: failed,
    kind: "conflict",
    run: ({ runE }) => {
      const base = {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          conf: mkOption({ type: types.deferredModule, default: {} }),
        },
      };
      runE(
        [base, { _file: "S", conf: { x: 2 } }, { conf: { x: 3 } }],
        (r) => r.extendModules({ modules: [r.config.conf] }).config.x,
      );
    },
  },
  {
    name: "dm04",
    nix: [3, ["T, via option conf"], ["T, via option conf"]],
    run: ({ runE }) => {
      const base = {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          conf: mkOption({ type: types.deferredModule, default: {} }),
        },
      };
      runE([base, { _file: "S", conf: { x: 2 } }, { _file: "T", conf: { x: mkForce(3) } }], (r) => {
        const e = r.extendModules({ modules: [r.config.conf] });
        return [e.config.x, e.options.x.files, e.options.x.definitionsWithLocations.map((d: any) => d.file)];
      });
    },
  },
  {
    name: "dm05",
    nix: failed,
    kind: "conflict",
    run: ({ runE }) => {
      const base = {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          conf: mkOption({ type: types.deferredModule, default: {} }),
        },
      };
      runE([base, { _file: "S", conf: { x: 2 } }], (r) => {
        const e = r.extendModules({ modules: [r.config.conf, { _file: "U", x: 4 }] });
        return e.config.x;
      });
    },
  },
  {
    name: "dm08",
    nix: [
      { l: [1], x: 1 },
      { l: [2, 1], x: 2 },
      { l: [3, 2, 1], x: 3 },
      { l: [3, 2, 1], x: 4 },
    ],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              x: mkOption({ type: types.int, default: 1 }),
              l: mkOption({ type: types.listOf(types.int), default: [] }),
            },
          },
          { l: [1] },
        ],
        (r) => {
          const r2 = r.extendModules({ modules: [{ l: [2], x: 2 }] });
          const r3 = r2.extendModules({ modules: [{ l: mkBefore([3]), x: mkForce(3) }] });
          const r4 = r3.extendModules({ modules: [{ x: mkOverride(10, 4) }] });
          return [r.config, r2.config, r3.config, r4.config].map((c: any) => ({ l: c.l, x: c.x }));
        },
      );
    },
  },
  {
    name: "dm09",
    nix: ["one", "one-two"],
    run: ({ runA }) => {
      runA(
        {
          modules: [
            { options: { x: mkOption({ type: types.str, default: "d" }) } },
            ({ a }: any) => ({ x: a }),
          ],
          specialArgs: { a: "one" },
        },
        (r) => {
          const r2 = r.extendModules({
            specialArgs: { b: "two" },
            modules: [({ a, b }: any) => ({ x: mkForce(`${a}-${b}`) })],
          });
          return [r.config.x, r2.config.x];
        },
      );
    },
  },
  {
    name: "dm10",
    nix: ["one", "two"],
    run: ({ runA }) => {
      runA(
        {
          modules: [
            { options: { x: mkOption({ type: types.str, default: "d" }) } },
            ({ a }: any) => ({ x: a }),
          ],
          specialArgs: { a: "one" },
        },
        (r) => {
          const r2 = r.extendModules({ specialArgs: { a: "two" } });
          return [r.config.x, r2.config.x];
        },
      );
    },
  },
  {
    name: "dm11",
    nix: [2, ["q", "x"]],
    run: ({ runA }) => {
      runA(
        { modules: [{ options: { x: mkOption({ type: types.int, default: 1 }) } }], prefix: ["p"] },
        (r) => {
          const r2 = r.extendModules({ modules: [{ x: 2 }], prefix: ["q"] } as any);
          return [r2.config.x, r2.options.x.loc];
        },
      );
    },
  },
  {
    name: "dm12",
    nix: 6,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 0 }) } },
          { _module: { args: { foo: 3 } } },
          { config: ({ foo }: any) => ({ x: foo * 2 }) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "dm13",
    nix: 21,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.int, default: 0 }),
              y: mkOption({ type: types.int, default: 10 }),
            },
          },
          {
            config: ({ config }: any) => ({
              _module: {
                args: {
                  get cfgY() {
                    return config.y;
                  },
                },
              },
            }),
          },
          { config: ({ cfgY }: any) => ({ x: lazy(() => cfgY + 1) }) },
          { y: 20 },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "dm14",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 0 }) } },
          { _module: { args: { foo: 3 } } },
          { _module: { args: { foo: 4 } } },
          { config: ({ foo }: any) => ({ x: lazy(() => foo) }) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "dm15",
    nix: 0,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 0 }) } },
          { _module: { args: { foo: 3 } } },
          { _module: { args: { foo: 4 } } },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "dm16",
    nix: 4,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 0 }) } },
          { _module: { args: { foo: mkDefault(3) } } },
          { _module: { args: { foo: 4 } } },
          { config: ({ foo }: any) => ({ x: lazy(() => foo) }) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "dm17",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 0 }) } },
          { _module: { args: { foo: 3 } } },
          { config: ({ foo }: any) => ({ x: lazy(() => foo) }) },
        ],
        (c) => c.x,
        { foo: 1 },
      );
    },
  },
  {
    name: "dm18",
    nix: [
      { file: "B", value: 2 },
      { file: "A", value: 1 },
    ],
    run: ({ runE }) => {
      runE(
        [
          { options: { x: mkOption({ type: types.int, default: 0 }) } },
          { _file: "A", x: mkDefault(1) },
          { _file: "B", x: mkDefault(2) },
          { _file: "C", x: mkIf(false, 9) },
        ],
        (c) => c.options.x.definitionsWithLocations.map((d: any) => ({ file: d.file, value: d.value })),
      );
    },
  },
  {
    name: "dm20",
    nix: [
      [1500, true],
      [50, true],
      [9999, false],
      [1200, true],
    ],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              a: mkOption({ type: types.int, default: 0 }),
              b: mkOption({ type: types.int }),
              c: mkOption({ type: types.int }),
              d: mkOption({ type: types.int, default: 1 }),
            },
          },
          { b: mkForce(1), c: mkIf(false, 1), d: mkOverride(1200, 3) },
        ],
        (c) => ["a", "b", "c", "d"].map((n) => [c.options[n].highestPrio, c.options[n].isDefined]),
      );
    },
  },
  {
    name: "dm21",
    nix: { def: true, files: ["A"], prio: 1000 },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: mkOption({ type: types.int, default: 0 }),
              info: mkOption({ type: types.unspecified }),
            },
          },
          {
            config: ({ options }: any) => ({
              info: lazy(() => ({
                prio: options.a.highestPrio,
                files: options.a.files,
                def: options.a.isDefined,
              })),
            }),
          },
          { _file: "A", a: mkDefault(3) },
        ],
        (c) => c.info,
      );
    },
  },
  {
    name: "dm22",
    nix: 99,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: mkOption({ type: types.int, default: 0 }),
              b: mkOption({ type: types.int, default: 0 }),
            },
          },
          { config: ({ options }: any) => ({ b: mkIf(() => options.a.highestPrio >= 1000, 99) }) },
          { a: mkDefault(3) },
        ],
        (c) => c.b,
      );
    },
  },
  {
    name: "dm23",
    nix: [5, 43],
    run: ({ run }) => {
      const base = {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          vm: mkOption({ type: types.int, default: 0 }),
        },
      };
      run(
        [
          base,
          {
            config: ({ extendModules }: any) => ({
              vm: lazy(() => extendModules({ modules: [{ x: mkVMOverride(42) }] }).config.x + 1),
            }),
          },
          { x: 5 },
        ],
        (c) => [c.x, c.vm],
      );
    },
  },
  {
    name: "dm24",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const base = {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          vm: mkOption({ type: types.int, default: 0 }),
        },
      };
      run(
        [
          base,
          {
            config: ({ extendModules }: any) => ({
              vm: lazy(() => extendModules({ modules: [{ x: 42 }] }).config.x),
            }),
          },
          { x: 5 },
        ],
        (c) => c.vm,
      );
    },
  },
  {
    name: "dm25",
    nix: [1, 3],
    run: ({ run }) => {
      const base = {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          shared: mkOption({ type: types.listOf(types.deferredModule), default: [] }),
          out: mkOption({ type: types.int, default: 0 }),
        },
      };
      run(
        [
          base,
          {
            config: ({ config, extendModules }: any) => ({
              out: lazy(() => extendModules({ modules: config.shared }).config.x),
            }),
          },
          { shared: [{ x: mkDefault(2) }] },
          { shared: [() => ({ x: mkForce(3) })] },
        ],
        (c) => [c.x, c.out],
      );
    },
  },
  {
    name: "dm26",
    nix: { alice: { files: ["s", "a"], name: "alice" }, bob: { files: ["s", "bob-f"], name: "bob" } },
    run: ({ run }) => {
      const home = {
        options: {
          name: mkOption({ type: types.str }),
          files: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      };
      run(
        [
          {
            options: {
              users: mkOption({ type: types.attrsOf(types.deferredModule), default: {} }),
              shared: mkOption({ type: types.deferredModule, default: {} }),
            },
          },
          {
            users: {
              alice: { name: "alice", files: ["a"] },
              bob: {
                config: ({ config }: any) => ({ name: "bob", files: lazy(() => [`${config.name}-f`]) }),
              },
            },
            shared: { files: ["s"] },
          },
        ],
        (c) =>
          Object.fromEntries(
            Object.entries(c.users).map(([n, m]: any) => [
              n,
              evalModules({ modules: [home, m, c.shared] }).config,
            ]),
          ),
      );
    },
  },
  {
    name: "dm27",
    nix: { a: 0, b: 2 },
    run: ({ run }) => {
      run(
        [
          { options: { m: mkOption({ type: types.deferredModule }) } },
          { m: mkIf(false, { a: 1 }) },
          { m: { b: 2 } },
        ],
        (c) =>
          evalModules({
            modules: [{ options: { a: mkOption({ default: 0 }), b: mkOption({ default: 0 }) } }, c.m],
          }).config,
      );
    },
  },
  {
    name: "dm28",
    nix: { a: 0, b: 2 },
    run: ({ run }) => {
      run(
        [
          { options: { m: mkOption({ type: types.deferredModule }) } },
          { m: mkDefault({ a: 1 }) },
          { m: { b: 2 } },
        ],
        (c) =>
          evalModules({
            modules: [{ options: { a: mkOption({ default: 0 }), b: mkOption({ default: 0 }) } }, c.m],
          }).config,
      );
    },
  },
  {
    name: "dm29",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [{ options: { m: mkOption({ type: types.deferredModule }) } }, { m: [{ a: 1 }] }],
        (c) => typeof c.m,
      );
    },
  },
  {
    name: "dm31",
    nix: [true, { x: { a: 1 } }, 100, ["s"]],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              s: mkOption({
                type: types.attrsOf(
                  types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }),
                ),
                default: {},
              }),
            },
          },
          { s: { x: {} } },
        ],
        (c) => [c.options.s.isDefined, c.options.s.value, c.options.s.highestPrio, c.options.s.loc],
      );
    },
  },
  {
    name: "dm32c",
    nix: ["a"],
    run: ({ runE }) => {
      runE([{ options: { a: mkOption({ default: 1 }) } }], (r) => Object.keys(r.config));
    },
  },
  {
    name: "dm33",
    nix: [20, 10],
    run: ({ runE }) => {
      const base = {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          y: mkOption({ type: types.int, default: 0 }),
        },
      };
      runE(
        [
          base,
          {
            config: ({ config }: any) => ({
              _module: {
                args: {
                  get twice() {
                    return config.x * 2;
                  },
                },
              },
            }),
          },
        ],
        (r) => {
          const e = r.extendModules({
            modules: [{ x: 10 }, { config: ({ twice }: any) => ({ y: lazy(() => twice) }) }],
          });
          return [e.config.y, e.config.x];
        },
      );
    },
  },
  {
    name: "dm34",
    nix: { a: 5 },
    run: ({ run }) => {
      const base = {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          out: mkOption({ type: types.attrsOf(types.int), default: {} }),
          specialisation: mkOption({
            type: types.attrsOf(
              types.submodule({
                options: { configuration: mkOption({ type: types.deferredModule, default: {} }) },
              }),
            ),
            default: {},
          }),
        },
      };
      const spec = {
        config: ({ config, extendModules }: any) => ({
          out: lazy(() =>
            Object.fromEntries(
              Object.entries(config.specialisation).map(([n, s]: any) => [
                n,
                extendModules({ modules: [s.configuration] }).config.x,
              ]),
            ),
          ),
        }),
      };
      run([base, spec, { specialisation: { a: { configuration: { x: 5 } } } }], (c) => c.out);
    },
  },
  {
    name: "dm35",
    nix: failed,
    kind: "undeclared",
    run: ({ runE }) => {
      const base = {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          conf: mkOption({ type: types.deferredModule, default: {} }),
        },
      };
      runE([base, { conf: { y: 2 } }], (r) => r.extendModules({ modules: [r.config.conf] }).config.x);
    },
  },
  {
    name: "dm36",
    nix: failed,
    kind: "type",
    run: ({ runE }) => {
      const base = {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          conf: mkOption({ type: types.deferredModule, default: {} }),
        },
      };
      runE([base, { conf: { x: "s" } }], (r) => r.extendModules({ modules: [r.config.conf] }).config.x);
    },
  },
  {
    name: "ex01",
    nix: [2, ["The option `y' defined in `host.nix, via option conf' has been renamed to `x'."]],
    run: ({ runE }) => {
      const base = {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          conf: mkOption({ type: types.deferredModule, default: {} }),
        },
      };
      runE(
        [
          base,
          assertionsModule,
          { _file: "host.nix", conf: { imports: [mkRenamedOptionModule(["y"], ["x"])], y: 2 } },
        ],
        (r) => {
          const e = r.extendModules({ modules: [r.config.conf] });
          return [e.config.x, e.config.warnings];
        },
      );
    },
  },
  {
    name: "ex02",
    nix: [2, ["inner.nix"]],
    run: ({ runE }) => {
      const base = {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          conf: mkOption({ type: types.deferredModule, default: {} }),
        },
      };
      runE([base, { _file: "host.nix", conf: { _file: "inner.nix", x: 2 } }], (r) => {
        const e = r.extendModules({ modules: [r.config.conf] });
        return [e.config.x, e.options.x.files];
      });
    },
  },
  {
    name: "ex04",
    nix: { one: { a: 4 }, two: { a: 0 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          mkAliasOptionModule(["one"], ["s", "one"]),
          { one: { a: mkDefault(3) } },
          { s: { one: { a: 4 }, two: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "ex05",
    nix: { one: { a: 4 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          mkAliasOptionModule(["one"], ["s", "one"]),
          { one: mkDefault({ a: 3 }) },
          { s: { one: { a: 4 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "ex06",
    nix: [1, []],
    run: ({ runE }) => {
      const base = {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          conf: mkOption({ type: types.deferredModule, default: {} }),
        },
      };
      runE(
        [base, assertionsModule, { conf: { imports: [mkRemovedOptionModule(["z"], "gone")], z: 1 } }],
        (r) => {
          const e = r.extendModules({ modules: [r.config.conf] });
          return [failedMessages(e.config).length, failedMessages(r.config)];
        },
      );
    },
  },
  {
    name: "ex07",
    nix: [4, 4],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: { b: mkOption({ type: types.int, default: 0 }) },
              c: mkOption({ type: types.int, default: 0 }),
            },
          },
          mkAliasOptionModule(["x", "y"], ["a", "b"]),
          {
            config: ({ config }: any) => ({
              x: {
                y: mkIf(
                  () => config.c > 0,
                  lazy(() => config.c),
                ),
              },
            }),
          },
          { c: 4 },
        ],
        (c) => [c.a.b, c.x.y],
      );
    },
  },
  {
    name: "ex08",
    nix: [
      [3, 2, 1],
      [3, 2, 1],
      [3, 2, 1],
    ],
    run: ({ run }) => {
      run(
        [
          { options: { a: mkOption({ type: types.listOf(types.int), default: [] }) } },
          mkAliasOptionModule(["b"], ["a"]),
          mkAliasOptionModule(["c"], ["b"]),
          { c: [1], b: [2], a: [3] },
        ],
        (c) => [c.a, c.b, c.c],
      );
    },
  },
  {
    name: "ex09",
    nix: ["host.nix, via option conf"],
    run: ({ runE }) => {
      const base = {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          conf: mkOption({ type: types.deferredModule, default: {} }),
        },
      };
      runE([base, { _file: "host.nix", conf: { x: "bad" } }], (r) => {
        const e = r.extendModules({ modules: [r.config.conf] });
        return e.options.x.files;
      });
    },
  },
  {
    name: "lb01",
    nix: ['a."b.c".<name>.*', '"1x".x-y.x\'._', '""."a b"."é"'],
    run: ({ console }) => {
      console.log(
        JSON.stringify(
          [
            ["a", "b.c", "<name>", "*"],
            ["1x", "x-y", "x'", "_"],
            ["", "a b", "é"],
          ].map((p) => lib.showOption(p)),
        ),
      );
    },
  },
  {
    name: "lb02",
    nix: ['"[x"', '"<x"', '"a\\$b"', '"a\\"b"', '"<a>b"', '"x<y>"', '"[definition 1-entry 1]"'],
    run: ({ console }) => {
      console.log(
        JSON.stringify(
          [["[x"], ["<x"], ["a$b"], ['a"b'], ["<a>b"], ["x<y>"], ["[definition 1-entry 1]"]].map((p) =>
            lib.showOption(p),
          ),
        ),
      );
    },
  },
  {
    name: "lb03",
    nix: [{ a: { b: 1 } }, 5, { "x.y": [1] }],
    run: ({ console }) => {
      console.log(
        JSON.stringify([
          lib.setAttrByPath(["a", "b"], 1),
          lib.setAttrByPath([], 5),
          lib.setAttrByPath(["x.y"], [1]),
        ]),
      );
    },
  },
  {
    name: "lb04",
    nix: [1, { z: 2 }, null],
    run: ({ console }) => {
      console.log(
        JSON.stringify([
          lib.getAttrFromPath(["a", "b"], { a: { b: 1 } }),
          lib.getAttrFromPath([], { z: 2 }),
          lib.getAttrFromPath(["a"], { a: null }),
        ]),
      );
    },
  },
  {
    name: "lb08",
    nix: [
      { _type: "if", condition: true, content: 1 },
      { _type: "merge", contents: [1, 2] },
      { _type: "override", content: 1, priority: 7 },
      { _type: "override", content: 2, priority: 1000 },
      { _type: "override", content: 3, priority: 50 },
      { _type: "override", content: 4, priority: 10 },
      { _type: "override", content: 5, priority: 1500 },
      { _type: "order", content: [1], priority: 3 },
      { _type: "order", content: [2], priority: 500 },
      { _type: "order", content: [3], priority: 1500 },
    ],
    run: ({ console }) => {
      console.log(
        canonicalJson([
          mkIf(true, 1),
          mkMerge([1, 2]),
          mkOverride(7, 1),
          mkDefault(2),
          mkForce(3),
          mkVMOverride(4),
          mkOptionDefault(5),
          mkOrder(3, [1]),
          mkBefore([2]),
          mkAfter([3]),
        ]),
      );
    },
  },
  {
    name: "lb09",
    nix: ["Whether to enable foo.", false, true, "bool", "boolean", "option"],
    run: ({ console }) => {
      const o: any = mkEnableOption("foo");
      console.log(
        JSON.stringify([o.description, o.default, o.example, o.type.name, o.type.description, o._type]),
      );
    },
  },
  {
    name: "lb10",
    nix: [{ _type: "option" }, { _type: "option", default: 1, description: "d" }],
    run: ({ console }) => {
      console.log(JSON.stringify([mkOption({}), mkOption({ default: 1, description: "d" })]));
    },
  },
  {
    name: "lb11",
    nix: [1, { x: [1] }],
    run: ({ console }) => {
      console.log(
        JSON.stringify([
          lib.mergeEqualOption(["a"], [
            { file: "f", value: 1 },
            { file: "g", value: 1 },
          ] as any),
          lib.mergeEqualOption(["a"], [{ file: "f", value: { x: [1] } }] as any),
        ]),
      );
    },
  },
  {
    name: "lb12b",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const t: any = mkOptionType({
        name: "myT",
        description: "my thing",
        merge: lib.mergeEqualOption,
      } as any);
      run(
        [{ options: { x: mkOption({ type: t }) } }, { _file: "A", x: 1 }, { _file: "B", x: 2 }],
        (c) => c.x,
      );
    },
  },
  {
    name: "lb15",
    nix: [
      {
        file: "a",
        value: { _type: "if", condition: true, content: { _type: "override", content: 1, priority: 50 } },
      },
      { file: "b", value: { _type: "merge", contents: [{ _type: "override", content: 2, priority: 50 }] } },
      { file: "c", value: 3 },
    ],
    run: ({ console }) => {
      console.log(
        canonicalJson(
          lib.filterOverrides([
            { file: "a", value: mkIf(true, mkForce(1)) },
            { file: "b", value: mkMerge([mkForce(2)]) },
            { file: "c", value: 3 },
          ] as any),
        ),
      );
    },
  },
  {
    name: "lb16",
    nix: [],
    run: ({ console }) => {
      console.log(JSON.stringify(lib.filterOverrides([] as any)));
    },
  },
  {
    name: "lb17",
    nix: {
      a: "/nix/store/a-49f68a5c8493ec2c0bf489821c21fc3b",
      b: "/own",
      c: "/nix/store/c-415290769594460e2e485922904f345d",
      d: "/d",
    },
    run: ({ run }) => {
      const etc = types.submodule(({ name }: any) => ({
        options: {
          text: mkOption({ type: types.nullOr(types.lines), default: null }),
          source: mkOption({ type: types.str }),
        },
        config: ({ config, options }: any) => ({
          source: mkIf(
            () => config.text !== null,
            mkDerivedConfig(
              options.text,
              (t: string) => `/nix/store/${name}-${createHash("md5").update(t).digest("hex")}`,
            ),
          ),
        }),
      }));
      run(
        [
          { options: { etc: mkOption({ type: types.attrsOf(etc), default: {} }) } },
          {
            etc: {
              a: { text: "hi" },
              b: { text: mkDefault("x"), source: "/own" },
              c: { text: mkForce("y"), source: "/own" },
              d: { source: "/d" },
            },
          },
        ],
        (c) => Object.fromEntries(Object.entries(c.etc).map(([n, v]: any) => [n, v.source])),
      );
    },
  },
  {
    name: "lb18",
    nix: 7,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              a: mkOption({ type: types.int, default: 1 }),
              b: mkOption({ type: types.int, default: 0 }),
            },
          },
          { config: ({ options }: any) => ({ b: mkDerivedConfig(options.a, (x: number) => x * 10) }) },
          { b: mkDefault(7) },
        ],
        (c) => c.b,
      );
    },
  },
  {
    name: "lb19",
    nix: 0,
    run: ({ run }) => {
      run(
        [
          { options: { a: mkOption({ type: types.int }), b: mkOption({ type: types.int, default: 0 }) } },
          { config: ({ options }: any) => ({ b: mkDerivedConfig(options.a, (x: number) => x * 10) }) },
        ],
        (c) => c.b,
      );
    },
  },
  {
    name: "lb20",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run(
        [
          { options: { a: mkOption({ type: types.int }), b: mkOption({ type: types.int }) } },
          { config: ({ options }: any) => ({ b: mkDerivedConfig(options.a, (x: number) => x * 10) }) },
        ],
        (c) => c.b,
      );
    },
  },
  {
    name: "lb21",
    nix: [
      { _type: "override", content: 4, priority: 1000 },
      { _type: "override", content: 4, priority: 100 },
    ],
    run: ({ console }) => {
      const d: any = mkDerivedConfig({ highestPrio: 1000, value: 3 }, (x: number) => x + 1);
      const e: any = mkDerivedConfig({ value: 3 } as any, (x: number) => x + 1);
      console.log(
        canonicalJson(
          [d, e].map((p) => ({
            _type: p._type,
            priority: p.priority,
            content:
              typeof p.content === "object" && p.content?._type === "thunk" ? p.content.force() : p.content,
          })),
        ),
      );
    },
  },
  {
    name: "lb22",
    nix: [0, 2],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.int, default: 0 }),
              y: mkOption({ type: types.int, default: 0 }),
            },
          },
          { config: () => ({ x: mkIf(false, lib.mkAssert(false, "never", 1)), y: 2 }) },
        ],
        (c) => [c.x, c.y],
      );
    },
  },
  {
    name: "lb23",
    nix: 5,
    run: ({ run }) => {
      run(
        [
          {
            options: {
              x: mkOption({ type: types.int, default: 0 }),
              y: mkOption({ type: types.int, default: 0 }),
            },
          },
          {
            config: ({ config }: any) => ({
              x: lazy(() => lib.mkAssert(config.y > 0, "y must be positive", 5)),
            }),
          },
          { y: 1 },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "lb24",
    nix: failed,
    kind: "thrown",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 0 }) } },
          { config: () => ({ x: lib.mkAssert(false, "nope", 5) }) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "lb25",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.int, default: 0 }) } }, { x: mkIf("yes" as any, 5) }],
        (c) => c.x,
      );
    },
  },
  {
    name: "lb26",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.int, default: 0 }) } }, { x: mkIf(null as any, 5) }],
        (c) => c.x,
      );
    },
  },
  {
    name: "lb27",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      run(
        [{ options: { x: mkOption({ type: types.int, default: 0 }) } }, { config: mkIf(1 as any, { x: 5 }) }],
        (c) => c.x,
      );
    },
  },
  {
    name: "lb28",
    nix: ["myT", "myT", true],
    run: ({ console }) => {
      const t: any = mkOptionType({ name: "myT" } as any);
      console.log(JSON.stringify([t.name, t.description ?? null, t.check(5)]));
    },
  },
  {
    name: "lb29",
    nix: { a: 1, b: 2 },
    run: ({ run }) => {
      const t: any = mkOptionType({ name: "myT", description: "my thing" } as any);
      run([{ options: { x: mkOption({ type: t }) } }, { x: { a: 1 } }, { x: { b: 2 } }], (c) => c.x);
    },
  },
  {
    name: "lb31",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      const t: any = mkOptionType({
        name: "myT",
        description: "my thing",
        check: (x: any) => Number.isInteger(x) && x > 0,
      } as any);
      run([{ options: { x: mkOption({ type: t }) } }, { x: -1 }], (c) => c.x);
    },
  },
  {
    name: "lb32",
    nix: [
      "int",
      "str",
      "listOf",
      "attrsOf",
      "lazyAttrsOf",
      "nullOr",
      "unsignedInt16",
      "bool",
      "separatedString",
      "separatedString",
      "enum",
      "anything",
      "raw",
      "path",
      "submodule",
      "deferredModule",
      "either",
      "either",
      "unique",
      "unique",
      "functionTo",
      "attrs",
      "unspecified",
      "float",
      "either",
      "nonEmptyStr",
      "singleLineStr",
      'strMatching "a.*"',
      "separatedString",
      "unsignedInt",
      "positiveInt",
      "intBetween",
      "unsignedInt8",
      "signedInt16",
      "listOf",
      "coercedTo",
      "optionType",
      "submodule",
      "separatedString",
      "passwdEntry str",
      "numberNonnegative",
      "numberBetween",
    ],
    run: ({ console }) => {
      const ts: any[] = [
        types.int,
        types.str,
        types.listOf(types.int),
        types.attrsOf(types.int),
        types.lazyAttrsOf(types.int),
        types.nullOr(types.int),
        types.port,
        types.bool,
        types.lines,
        types.commas,
        types.enum(["a"]),
        types.anything,
        types.raw,
        types.path,
        types.submodule({}),
        types.deferredModule,
        types.either(types.int, types.str),
        types.oneOf([types.int, types.str]),
        types.uniq(types.int),
        types.unique({ message: "m" }, types.int),
        types.functionTo(types.int),
        types.attrs,
        types.unspecified,
        types.float,
        types.number,
        types.nonEmptyStr,
        types.singleLineStr,
        types.strMatching("a.*"),
        types.separatedString("/"),
        types.ints.unsigned,
        types.ints.positive,
        types.ints.between(1, 5),
        types.ints.u8,
        types.ints.s16,
        types.nonEmptyListOf(types.int),
        types.coercedTo(types.int, (x: number) => String(x), types.str),
        types.optionType,
        types.submoduleWith({ modules: [] }),
        types.envVar,
        (types as any).passwdEntry(types.str),
        types.numbers.nonnegative,
        types.numbers.between(0, 1),
      ];
      console.log(JSON.stringify(ts.map((t) => t.name)));
    },
  },
  {
    name: "lb34",
    nix: 1,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 0 }) } },
          ({ lib }: any) => ({ x: lib.mkForce(1) }),
          { x: 2 },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "lb35",
    nix: [
      { "x.y": { a: 's."x.y".a', b: { c: 's."x.y".b.c' } } },
      [{ a: 'l."[definition 1-entry 1]".a', b: { c: 'l."[definition 1-entry 1]".b.c' } }],
    ],
    run: ({ run }) => {
      const sub = types.submodule(({ options }: any) => ({
        options: {
          a: mkOption({
            type: types.str,
            get default() {
              return lib.showOption(options.a.loc);
            },
          }),
          b: {
            c: mkOption({
              type: types.str,
              get default() {
                return lib.showOption(options.b.c.loc);
              },
            }),
          },
        },
      }));
      run(
        [
          {
            options: {
              s: mkOption({ type: types.attrsOf(sub), default: {} }),
              l: mkOption({ type: types.listOf(sub), default: [] }),
            },
          },
          { s: { "x.y": {} }, l: [{}] },
        ],
        (c) => [c.s, c.l],
      );
    },
  },
  {
    name: "lb35b",
    nix: "a",
    run: ({ run }) => {
      run(
        [
          ({ options }: any) => ({
            options: {
              a: mkOption({
                type: types.str,
                get default() {
                  return lib.showOption(options.a.loc);
                },
              }),
            },
          }),
        ],
        (c) => c.a,
      );
    },
  },
  {
    name: "lb35c",
    nix: "a of type string",
    run: ({ run }) => {
      run(
        [
          ({ options }: any) => ({
            options: {
              a: mkOption({
                type: types.str,
                get default() {
                  return `a of type ${options.a.type.description}`;
                },
              }),
            },
          }),
        ],
        (c) => c.a,
      );
    },
  },
  {
    name: "lb35d",
    nix: "a",
    run: ({ run }) => {
      run(
        [
          ({ options }: any) => ({
            options: {
              a: mkOption({
                type: types.str,
                get default(): string {
                  throw new Error("set a");
                },
              }),
              b: mkOption({
                type: types.str,
                get default() {
                  return lib.showOption(options.a.loc);
                },
              }),
            },
          }),
        ],
        (c) => c.b,
      );
    },
  },
  {
    name: "lb36",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 0 }) } },
          { x: mkDefault(mkMerge([mkIf(false, 1), 2])) },
          { x: mkOverride(1100, 3) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "lb37",
    nix: [3, 5, 1, 4, 2],
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.listOf(types.int), default: [] }) } },
          { x: mkMerge([mkOrder(700, [1]), mkMerge([mkAfter([2]), mkIf(true, mkBefore([3]))]), [4]]) },
          { x: mkOrder(700, [5]) },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "lb38",
    nix: [6, 6, 0],
    run: ({ runE }) => {
      runE(
        [
          { options: { x: mkOption({ type: types.int, default: 0, apply: (x: number) => x * 2 }) } },
          { x: 3 },
        ],
        (c) => [c.config.x, c.options.x.value, c.options.x.default],
      );
    },
  },
  {
    name: "lb39",
    nix: 1,
    run: ({ console }) => {
      console.log(
        JSON.stringify(
          lib.evalModules === undefined
            ? "no lib.evalModules"
            : (lib as any).evalModules({
                modules: [{ options: { x: mkOption({ type: types.int, default: 1 }) } }],
              }).config.x,
        ),
      );
    },
  },
  {
    name: "lb40",
    nix: 4,
    run: ({ run }) => {
      run(
        [
          { options: { x: mkOption({ type: types.int, default: 0 }) } },
          { x: (lib as any).mkImageMediaOverride(3) },
          { x: mkForce(4) },
          { x: 5 },
        ],
        (c) => c.x,
      );
    },
  },
  {
    name: "nx01",
    nix: [
      {
        alice: {
          createHome: true,
          extraGroups: ["wheel"],
          group: "users",
          home: "/home/alice",
          isNormalUser: true,
        },
        bob: { createHome: true, extraGroups: [], group: "staff", home: "/srv/bob", isNormalUser: true },
        nobody: { createHome: false, extraGroups: [], group: "", home: "/var/empty", isNormalUser: false },
        svc: { createHome: false, extraGroups: [], group: "svc", home: "/var/empty", isNormalUser: false },
      },
      { staff: { members: ["bob"] }, svc: { members: ["svc"] }, users: { members: ["alice"] } },
    ],
    run: ({ run }) => {
      const user = types.submodule(({ name }: any) => ({
        options: {
          isNormalUser: mkOption({ type: types.bool, default: false }),
          group: mkOption({ type: types.str, default: "" }),
          home: mkOption({ type: types.str, default: "/var/empty" }),
          extraGroups: mkOption({ type: types.listOf(types.str), default: [] }),
          createHome: mkOption({ type: types.bool, default: false }),
        },
        config: ({ config }: any) =>
          mkMerge([
            mkIf(() => config.isNormalUser, {
              group: mkDefault("users"),
              home: mkDefault(`/home/${name}`),
              createHome: mkDefault(true),
            }),
          ]),
      }));
      run(
        [
          {
            options: {
              users: {
                users: mkOption({ type: types.attrsOf(user), default: {} }),
                groups: mkOption({
                  type: types.attrsOf(
                    types.submodule({
                      options: { members: mkOption({ type: types.listOf(types.str), default: [] }) },
                    }),
                  ),
                  default: {},
                }),
              },
            },
          },
          {
            config: ({ config }: any) => ({
              users: {
                groups: lazy(() =>
                  mkMerge(
                    Object.entries(config.users.users)
                      .filter(([n, u]: any) => u.group !== "")
                      .map(([n, u]: any) => ({ [u.group]: { members: [n] } })),
                  ),
                ),
              },
            }),
          },
          {
            users: {
              users: {
                alice: { isNormalUser: true, extraGroups: ["wheel"] },
                bob: { isNormalUser: true, home: "/srv/bob", group: "staff" },
                svc: { group: "svc" },
                nobody: {},
              },
            },
          },
        ],
        (c) => [c.users.users, c.users.groups],
      );
    },
  },
  {
    name: "nx02",
    nix: [443, 80],
    run: ({ run }) => {
      const svc = (name: string, port: number) => ({
        options: {
          services: {
            [name]: {
              enable: mkEnableOption(name),
              openFirewall: mkOption({ type: types.bool, default: false }),
              port: mkOption({ type: types.port, default: port }),
            },
          },
        },
        config: ({ config }: any) =>
          mkIf(() => config.services[name].enable, {
            networking: {
              firewall: {
                allowedTCPPorts: mkIf(
                  () => config.services[name].openFirewall,
                  lazy(() => [config.services[name].port]),
                ),
              },
            },
          }),
      });
      run(
        [
          {
            options: {
              networking: {
                firewall: {
                  allowedTCPPorts: mkOption({
                    type: types.listOf(types.port),
                    default: [],
                    apply: (l: number[]) => [...new Set(l)],
                  }),
                },
              },
            },
          },
          svc("web", 80),
          svc("ssh", 22),
          svc("db", 5432),
          {
            services: {
              web: { enable: true, openFirewall: true },
              ssh: { enable: true, openFirewall: true, port: 80 },
              db: { openFirewall: true },
            },
            networking: { firewall: { allowedTCPPorts: [443, 80] } },
          },
        ],
        (c) => c.networking.firewall.allowedTCPPorts,
      );
    },
  },
  {
    name: "nx03",
    nix: [["console=ttyS0", "quiet", "late", "panic=1"], { "net.ipv4.ip_forward": 1, "vm.swappiness": 10 }],
    run: ({ run, console }) => {
      run(
        [
          {
            options: {
              boot: {
                kernelParams: mkOption({ type: types.listOf(types.str), default: [] }),
                kernel: {
                  sysctl: mkOption({
                    type: types.attrsOf(types.nullOr(types.oneOf([types.bool, types.str, types.int]))),
                    default: {},
                  }),
                },
              },
            },
          },
          {
            boot: {
              kernelParams: ["quiet"],
              kernel: { sysctl: { "net.ipv4.ip_forward": mkDefault(0), "vm.swappiness": 60 } },
            },
          },
          {
            boot: {
              kernelParams: mkBefore(["console=ttyS0"]),
              kernel: { sysctl: { "net.ipv4.ip_forward": 1 } },
            },
          },
          {
            boot: {
              kernelParams: mkAfter(["panic=1"]),
              kernel: { sysctl: { "vm.swappiness": mkForce(10), "kernel.x": null } },
            },
          },
          { boot: { kernelParams: mkOrder(1200, ["late"]) } },
        ],
        (c) => [
          c.boot.kernelParams,
          Object.fromEntries(Object.entries(c.boot.kernel.sysctl).filter(([n, v]) => v !== null)),
        ],
      );
    },
  },
  {
    name: "nx04",
    nix: { EDITOR: "vim", PAGER: "less", PATH: "/b:/a" },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              environment: {
                variables: mkOption({
                  type: types.attrsOf(types.either(types.str, types.listOf(types.str))),
                  default: {},
                  apply: (a: any) =>
                    Object.fromEntries(
                      Object.entries(a).map(([n, v]: any) => [n, Array.isArray(v) ? v.join(":") : v]),
                    ),
                }),
              },
            },
          },
          { environment: { variables: { PATH: ["/a"], EDITOR: mkDefault("nano") } } },
          { environment: { variables: { PATH: ["/b"], EDITOR: "vim" } } },
          { environment: { variables: { PAGER: "less" } } },
        ],
        (c) => c.environment.variables,
      );
    },
  },
  {
    name: "nx05",
    nix: [
      {
        "/": ["/", ["defaults"]],
        "/boot": ["/boot", ["umask=077"]],
        "/data": ["/data", ["noatime"]],
        tmp: ["/tmp", ["defaults"]],
      },
      ["ext4", "vfat", "tmpfs"],
    ],
    run: ({ run }) => {
      const fs = types.submodule(({ name }: any) => ({
        options: {
          mountPoint: mkOption({ type: types.str, default: name }),
          device: mkOption({ type: types.nullOr(types.str), default: null }),
          fsType: mkOption({ type: types.str, default: "auto" }),
          options: mkOption({ type: types.nonEmptyListOf(types.str), default: ["defaults"] }),
        },
      }));
      run(
        [
          {
            options: {
              fileSystems: mkOption({ type: types.attrsOf(fs), default: {} }),
              boot: { supportedFilesystems: mkOption({ type: types.listOf(types.str), default: [] }) },
            },
          },
          {
            config: ({ config }: any) => ({
              boot: {
                supportedFilesystems: lazy(() => [
                  ...new Set(Object.values(config.fileSystems).map((f: any) => f.fsType)),
                ]),
              },
            }),
          },
          {
            fileSystems: {
              "/": { device: "/dev/sda1", fsType: "ext4" },
              "/boot": { device: "/dev/sda2", fsType: "vfat", options: ["umask=077"] },
            },
          },
          {
            fileSystems: {
              "/data": { device: "/dev/sdb", fsType: "ext4", options: mkAfter(["noatime"]) },
              tmp: { mountPoint: "/tmp", fsType: "tmpfs" },
            },
          },
        ],
        (c) => [
          Object.fromEntries(
            Object.entries(c.fileSystems).map(([n, f]: any) => [n, [f.mountPoint, f.options]]),
          ),
          c.boot.supportedFilesystems,
        ],
      );
    },
  },
  {
    name: "nx06",
    nix: ["duplicate mount points: /a /b /a"],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          {
            options: {
              fileSystems: mkOption({
                type: types.attrsOf(
                  types.submodule(({ name }: any) => ({
                    options: { mountPoint: mkOption({ type: types.str, default: name }) },
                  })),
                ),
                default: {},
              }),
            },
          },
          {
            config: ({ config }: any) => ({
              assertions: lazy(() => {
                const mps = Object.values(config.fileSystems).map((f: any) => f.mountPoint);
                return [
                  {
                    assertion: mps.length === new Set(mps).size,
                    message: `duplicate mount points: ${mps.join(" ")}`,
                  },
                ];
              }),
            }),
          },
          { fileSystems: { "/a": {}, other: { mountPoint: "/a" }, "/b": {} } },
        ],
        (c) => failedMessages(c),
      );
    },
  },
  {
    name: "nx07",
    nix: {
      "example.org": {
        forceSSL: true,
        locations: {
          "/": { extraConfig: "b;\na;", proxyPass: "http://127.0.0.1:8080" },
          "/static": { extraConfig: "c;", proxyPass: null },
        },
        serverAliases: ["www.example.org"],
        serverName: "example.org",
      },
      other: { forceSSL: false, locations: {}, serverAliases: [], serverName: "o.org" },
    },
    run: ({ run }) => {
      const loc = types.submodule({
        options: {
          proxyPass: mkOption({ type: types.nullOr(types.str), default: null }),
          extraConfig: mkOption({ type: types.lines, default: "" }),
        },
      });
      const vhost = types.submodule(({ name }: any) => ({
        options: {
          serverName: mkOption({ type: types.str, default: name }),
          serverAliases: mkOption({ type: types.listOf(types.str), default: [] }),
          locations: mkOption({ type: types.attrsOf(loc), default: {} }),
          forceSSL: mkOption({ type: types.bool, default: false }),
        },
      }));
      run(
        [
          {
            options: {
              services: { nginx: { virtualHosts: mkOption({ type: types.attrsOf(vhost), default: {} }) } },
            },
          },
          {
            services: {
              nginx: {
                virtualHosts: {
                  "example.org": {
                    serverAliases: ["www.example.org"],
                    locations: { "/": { proxyPass: "http://127.0.0.1:8080", extraConfig: "a;" } },
                  },
                },
              },
            },
          },
          {
            services: {
              nginx: {
                virtualHosts: {
                  "example.org": {
                    forceSSL: mkDefault(true),
                    locations: { "/": { extraConfig: mkBefore("b;") }, "/static": { extraConfig: "c;" } },
                  },
                  other: { serverName: "o.org" },
                },
              },
            },
          },
        ],
        (c) => c.services.nginx.virtualHosts,
      );
    },
  },
  {
    name: "nx08",
    nix: { etc: { deps: ["users"], text: "link etc" }, users: { deps: ["groups"], text: "create users" } },
    run: ({ run }) => {
      const script = types.submodule({
        options: {
          text: mkOption({ type: types.lines }),
          deps: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      });
      run(
        [
          {
            options: {
              system: {
                activationScripts: mkOption({
                  type: types.attrsOf(types.coercedTo(types.str, (t: string) => ({ text: t }), script)),
                  default: {},
                }),
              },
            },
          },
          {
            system: {
              activationScripts: { users: "create users", etc: { text: "link etc", deps: ["users"] } },
            },
          },
          { system: { activationScripts: { users: { deps: ["groups"] } } } },
        ],
        (c) => c.system.activationScripts,
      );
    },
  },
  {
    name: "nx09",
    nix: ["C.UTF-8/UTF-8", "de_DE.UTF-8/UTF-8", "en_GB.UTF-8/UTF-8"],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              i18n: {
                defaultLocale: mkOption({ type: types.str, default: "en_US.UTF-8" }),
                extraLocaleSettings: mkOption({ type: types.attrsOf(types.str), default: {} }),
                supportedLocales: mkOption({ type: types.listOf(types.str) }),
              },
            },
          },
          {
            config: ({ config }: any) => ({
              i18n: {
                supportedLocales: mkDefault(
                  lazy(() => [
                    ...new Set(
                      [
                        "C.UTF-8",
                        config.i18n.defaultLocale,
                        ...Object.values(config.i18n.extraLocaleSettings),
                      ].map((l) => `${l}/UTF-8`),
                    ),
                  ]),
                ),
              },
            }),
          },
          {
            i18n: {
              defaultLocale: "de_DE.UTF-8",
              extraLocaleSettings: { LC_TIME: "en_GB.UTF-8", LC_MONETARY: "de_DE.UTF-8" },
            },
          },
        ],
        (c) => c.i18n.supportedLocales,
      );
    },
  },
  {
    name: "nx10",
    nix: [["system.stateVersion is not set, defaulting to 24.05"], []],
    run: ({ console }) => {
      const w = {
        config: ({ options, config }: any) => ({
          warnings: lazy(() =>
            options.system.stateVersion.highestPrio === (mkOptionDefault({}) as any).priority
              ? [`system.stateVersion is not set, defaulting to ${config.system.stateVersion}`]
              : [],
          ),
        }),
      };
      const decl = { options: { system: { stateVersion: mkOption({ type: types.str, default: "24.05" }) } } };
      console.log(
        JSON.stringify([
          evalModules({ modules: [assertionsModule, decl, w] as any }).config.warnings,
          evalModules({
            modules: [assertionsModule, decl, w, { system: { stateVersion: mkDefault("23.11") } }] as any,
          }).config.warnings,
        ]),
      );
    },
  },
  {
    name: "nx11",
    nix: [
      { commands: [], users: ["first"] },
      { commands: ["ALL"], users: ["root"] },
      { commands: ["/bin/x"], users: ["alice"] },
    ],
    run: ({ run }) => {
      const rule = types.submodule({
        options: {
          users: mkOption({ type: types.listOf(types.str), default: [] }),
          commands: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      });
      run(
        [
          {
            options: {
              security: { sudo: { extraRules: mkOption({ type: types.listOf(rule), default: [] }) } },
            },
          },
          { security: { sudo: { extraRules: mkBefore([{ users: ["root"], commands: ["ALL"] }]) } } },
          { security: { sudo: { extraRules: [{ users: ["alice"], commands: ["/bin/x"] }] } } },
          { security: { sudo: { extraRules: mkOrder(400, [{ users: ["first"] }]) } } },
        ],
        (c) => c.security.sudo.extraRules,
      );
    },
  },
  {
    name: "nx12",
    nix: { a: [6, "host"], b: [1, "fresh"] },
    run: ({ run }) => {
      const base = {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          name: mkOption({ type: types.str, default: "base" }),
          out: mkOption({ type: types.attrsOf(types.unspecified), default: {} }),
          specialisation: mkOption({
            type: types.attrsOf(
              types.submodule({
                options: {
                  inheritParentConfig: mkOption({ type: types.bool, default: true }),
                  configuration: mkOption({ type: types.deferredModule, default: {} }),
                },
              }),
            ),
            default: {},
          }),
        },
      };
      const spec = {
        config: ({ config, extendModules }: any) => ({
          out: lazy(() =>
            Object.fromEntries(
              Object.entries(config.specialisation).map(([n, s]: any) => {
                const e = s.inheritParentConfig
                  ? extendModules({ modules: [s.configuration, { specialisation: mkForce({}) }] }).config
                  : evalModules({ modules: [base, s.configuration] as any }).config;
                return [n, [e.x, e.name]];
              }),
            ),
          ),
        }),
      };
      run(
        [
          base,
          spec,
          {
            x: 5,
            name: "host",
            specialisation: {
              a: { configuration: { x: mkForce(6) } },
              b: { inheritParentConfig: false, configuration: { name: "fresh" } },
            },
          },
        ],
        (c) => c.out,
      );
    },
  },
  {
    name: "nx13",
    nix: {
      AllowUsers: ["a"],
      Banner: null,
      PasswordAuthentication: false,
      PermitRootLogin: "no",
      Ports: [22],
      X11Forwarding: true,
    },
    run: ({ run }) => {
      const settingsType = types.attrsOf(
        types.nullOr(types.oneOf([types.bool, types.int, types.str, types.listOf(types.str)])),
      );
      run(
        [
          {
            options: {
              services: {
                openssh: {
                  settings: mkOption({
                    type: types.submodule({
                      freeformType: settingsType,
                      options: {
                        PermitRootLogin: mkOption({
                          type: types.enum(["yes", "no", "prohibit-password"]),
                          default: "prohibit-password",
                        }),
                        Ports: mkOption({ type: types.listOf(types.port), default: [22] }),
                      },
                    } as any),
                    default: {},
                  }),
                },
              },
            },
          },
          {
            services: {
              openssh: { settings: { PasswordAuthentication: false, X11Forwarding: mkDefault(false) } },
            },
          },
          {
            services: {
              openssh: {
                settings: { PermitRootLogin: "no", X11Forwarding: true, AllowUsers: ["a"], Banner: null },
              },
            },
          },
        ],
        (c) => c.services.openssh.settings,
      );
    },
  },
  {
    name: "nx14",
    nix: [true, false, true],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              documentation: { enable: mkOption({ type: types.bool, default: true }) },
              services: { x: { enable: mkEnableOption("x") } },
              environment: { noXlibs: mkOption({ type: types.bool, default: false }) },
            },
          },
          {
            documentation: { enable: mkDefault(false) },
            services: { x: { enable: mkForce(false) } },
            environment: { noXlibs: mkDefault(true) },
          },
          { documentation: { enable: true }, services: { x: { enable: true } } },
        ],
        (c) => [c.documentation.enable, c.services.x.enable, c.environment.noXlibs],
      );
    },
  },
  {
    name: "nx15",
    nix: [
      { eth0: ["eth0", null, ["10.0.0.2/24", "10.0.1.2/16"]], eth1: ["eth1", true, []] },
      { "10.0.0.2": ["me", "eth0.local"], "10.0.1.2": ["eth0.local"] },
    ],
    run: ({ run }) => {
      const addr = types.submodule({
        options: {
          address: mkOption({ type: types.str }),
          prefixLength: mkOption({ type: types.addCheck(types.int, (n: number) => n >= 0 && n <= 32) }),
        },
      });
      const iface = types.submodule(({ name }: any) => ({
        options: {
          name: mkOption({ type: types.str, default: name }),
          ipv4: { addresses: mkOption({ type: types.listOf(addr), default: [] }) },
          useDHCP: mkOption({ type: types.nullOr(types.bool), default: null }),
        },
      }));
      run(
        [
          {
            options: {
              networking: {
                interfaces: mkOption({ type: types.attrsOf(iface), default: {} }),
                hosts: mkOption({ type: types.attrsOf(types.listOf(types.str)), default: {} }),
              },
            },
          },
          {
            config: ({ config }: any) => ({
              networking: {
                hosts: lazy(() =>
                  mkMerge(
                    Object.entries(config.networking.interfaces).flatMap(([n, i]: any) =>
                      i.ipv4.addresses.map((a: any) => ({ [a.address]: [`${n}.local`] })),
                    ),
                  ),
                ),
              },
            }),
          },
          {
            networking: {
              interfaces: {
                eth0: { ipv4: { addresses: [{ address: "10.0.0.2", prefixLength: 24 }] } },
                eth1: { useDHCP: true },
              },
              hosts: { "10.0.0.2": ["me"] },
            },
          },
          {
            networking: {
              interfaces: { eth0: { ipv4: { addresses: [{ address: "10.0.1.2", prefixLength: 16 }] } } },
            },
          },
        ],
        (c) => [
          Object.fromEntries(
            Object.entries(c.networking.interfaces).map(([n, i]: any) => [
              n,
              [i.name, i.useDHCP, i.ipv4.addresses.map((a: any) => `${a.address}/${a.prefixLength}`)],
            ]),
          ),
          c.networking.hosts,
        ],
      );
    },
  },
  {
    name: "nx16",
    nix: { ll: "ls -l", ls: "exa" },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              environment: {
                shellAliases: mkOption({
                  type: types.attrsOf(types.nullOr(types.str)),
                  default: {},
                  apply: (a: any) => Object.fromEntries(Object.entries(a).filter(([n, v]) => v !== null)),
                }),
              },
            },
          },
          {
            environment: {
              shellAliases: { ls: mkDefault("ls --color"), ll: "ls -l", l: mkDefault("ls -CF") },
            },
          },
          { environment: { shellAliases: { l: null, ls: "exa" } } },
        ],
        (c) => c.environment.shellAliases,
      );
    },
  },
  {
    name: "nx17",
    nix: {
      "experimental-features": ["nix-command", "flakes"],
      "max-jobs": 8,
      substituters: ["https://mine", "https://extra"],
    },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              nix: {
                settings: mkOption({
                  type: types.submodule({
                    freeformType: types.attrsOf(
                      types.oneOf([types.bool, types.int, types.str, types.listOf(types.str)]),
                    ),
                    options: {
                      substituters: mkOption({
                        type: types.listOf(types.str),
                        default: ["https://cache.nixos.org/"],
                      }),
                    },
                  } as any),
                  default: {},
                }),
              },
            },
          },
          { nix: { settings: { substituters: mkAfter(["https://extra"]), "max-jobs": mkDefault(4) } } },
          { nix: { settings: { substituters: ["https://mine"], "experimental-features": ["nix-command"] } } },
          { nix: { settings: { "experimental-features": ["flakes"], "max-jobs": 8 } } },
        ],
        (c) => c.nix.settings,
      );
    },
  },
  {
    name: "nx18",
    nix: ["d /srv/b 0700 b b -", "L+ /etc/x - - - - /y", "d /var/lib/a 0750 a a -"],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              systemd: { tmpfiles: { rules: mkOption({ type: types.listOf(types.str), default: [] }) } },
              services: {
                a: { enable: mkEnableOption("a") },
                b: { dataDir: mkOption({ type: types.str, default: "/var/lib/b" }) },
              },
            },
          },
          {
            config: ({ config }: any) => ({
              systemd: {
                tmpfiles: { rules: mkIf(() => config.services.a.enable, ["d /var/lib/a 0750 a a -"]) },
              },
            }),
          },
          {
            config: ({ config }: any) => ({
              systemd: {
                tmpfiles: { rules: mkBefore(lazy(() => [`d ${config.services.b.dataDir} 0700 b b -`])) },
              },
            }),
          },
          {
            services: { a: { enable: true }, b: { dataDir: "/srv/b" } },
            systemd: { tmpfiles: { rules: ["L+ /etc/x - - - - /y"] } },
          },
        ],
        (c) => c.systemd.tmpfiles.rules,
      );
    },
  },
  {
    name: "nx19",
    nix: "# header\nbody2\nbody1\n# footer",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              services: {
                x: { extraConfig: mkOption({ type: types.lines, default: "" }), enable: mkEnableOption("x") },
              },
            },
          },
          {
            config: ({ config }: any) => ({
              services: { x: { extraConfig: mkIf(() => config.services.x.enable, mkBefore("# header")) } },
            }),
          },
          { services: { x: { extraConfig: mkAfter("# footer") } } },
          { services: { x: { extraConfig: "body1", enable: true } } },
          { services: { x: { extraConfig: "body2" } } },
        ],
        (c) => c.services.x.extraConfig,
      );
    },
  },
  {
    name: "nx20",
    nix: { alice: "ssh-rsa BBB\nssh-ed25519 AAA alice", root: "" },
    run: ({ run }) => {
      const keys = types.submodule({
        options: { keys: mkOption({ type: types.listOf(types.singleLineStr), default: [] }) },
      });
      const user = types.submodule(({ name }: any) => ({
        options: {
          openssh: { authorizedKeys: mkOption({ type: keys, default: {} }) },
          name: mkOption({ type: types.str, default: name }),
        },
      }));
      run(
        [
          {
            options: {
              users: { users: mkOption({ type: types.attrsOf(user), default: {} }) },
              out: mkOption({ type: types.attrsOf(types.str), default: {} }),
            },
          },
          {
            config: ({ config }: any) => ({
              out: lazy(() =>
                Object.fromEntries(
                  Object.entries(config.users.users).map(([n, u]: any) => [
                    n,
                    u.openssh.authorizedKeys.keys.join("\n"),
                  ]),
                ),
              ),
            }),
          },
          {
            users: {
              users: { alice: { openssh: { authorizedKeys: { keys: ["ssh-ed25519 AAA alice\n"] } } } },
            },
          },
          {
            users: { users: { alice: { openssh: { authorizedKeys: { keys: ["ssh-rsa BBB"] } } }, root: {} } },
          },
        ],
        (c) => c.out,
      );
    },
  },
  {
    name: "nx21",
    nix: { db: { hostName: "db-1", pkgs: ["pg"] }, web: { hostName: "web", pkgs: ["curl", "nginx"] } },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              containers: mkOption({
                type: types.attrsOf(
                  types.submodule(({ name }: any) => ({
                    options: {
                      config: mkOption({ type: types.deferredModule, default: {} }),
                      autoStart: mkOption({ type: types.bool, default: false }),
                    },
                  })),
                ),
                default: {},
              }),
              out: mkOption({ type: types.attrsOf(types.unspecified), default: {} }),
            },
          },
          {
            config: ({ config }: any) => ({
              out: lazy(() =>
                Object.fromEntries(
                  Object.entries(config.containers).map(([n, ct]: any) => [
                    n,
                    evalModules({
                      modules: [
                        {
                          options: {
                            hostName: mkOption({ type: types.str, default: n }),
                            pkgs: mkOption({ type: types.listOf(types.str), default: [] }),
                          },
                        },
                        ct.config,
                      ] as any,
                    }).config,
                  ]),
                ),
              ),
            }),
          },
          {
            containers: {
              web: { config: { pkgs: ["nginx"] } },
              db: {
                autoStart: true,
                config: {
                  config: ({ config }: any) => ({
                    hostName: lazy(() => `db-${config.pkgs.length}`),
                    pkgs: ["pg"],
                  }),
                },
              },
            },
          },
          { containers: { web: { config: { pkgs: ["curl"] } } } },
        ],
        (c) => c.out,
      );
    },
  },
  {
    name: "nx22",
    nix: ["curl", "pkgs.git", "pkgs.neovim", "htop"],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              environment: { systemPackages: mkOption({ type: types.listOf(types.str), default: [] }) },
              programs: mkOption({
                type: types.attrsOf(
                  types.submodule(({ name }: any) => ({
                    options: {
                      enable: mkEnableOption(name),
                      package: mkOption({ type: types.str, default: `pkgs.${name}` }),
                    },
                  })),
                ),
                default: {},
              }),
            },
          },
          {
            config: ({ config }: any) => ({
              environment: {
                systemPackages: lazy(() =>
                  Object.values(config.programs)
                    .filter((p: any) => p.enable)
                    .map((p: any) => p.package),
                ),
              },
            }),
          },
          {
            programs: { git: { enable: true }, vim: { enable: true, package: "pkgs.neovim" }, emacs: {} },
            environment: { systemPackages: mkAfter(["htop"]) },
          },
          { environment: { systemPackages: ["curl"] } },
        ],
        (c) => c.environment.systemPackages,
      );
    },
  },
  {
    name: "nx23",
    nix: [["services.foo.user bar does not exist"], []],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          {
            options: {
              services: {
                foo: { enable: mkEnableOption("foo"), user: mkOption({ type: types.str, default: "foo" }) },
              },
              users: {
                users: mkOption({
                  type: types.attrsOf(
                    types.submodule({
                      options: {
                        isSystemUser: mkOption({ type: types.bool, default: false }),
                        group: mkOption({ type: types.str, default: "" }),
                      },
                    }),
                  ),
                  default: {},
                }),
              },
            },
          },
          {
            config: ({ config }: any) =>
              mkIf(() => config.services.foo.enable, {
                users: {
                  users: mkIf(() => config.services.foo.user === "foo", {
                    foo: { isSystemUser: true, group: "foo" },
                  }),
                },
                assertions: [
                  {
                    get assertion() {
                      return config.services.foo.user in config.users.users;
                    },
                    get message() {
                      return `services.foo.user ${config.services.foo.user} does not exist`;
                    },
                  },
                ],
              }),
          },
          { services: { foo: { enable: true, user: "bar" } } },
        ],
        (c) => [failedMessages(c), Object.keys(c.users.users)],
      );
    },
  },
  {
    name: "nx24",
    nix: ["/dev/sdb", "/dev/sda"],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              boot: {
                loader: {
                  grub: {
                    device: mkOption({ type: types.str, default: "" }),
                    devices: mkOption({ type: types.listOf(types.str), default: [] }),
                  },
                },
              },
            },
          },
          {
            config: ({ config }: any) => ({
              boot: {
                loader: {
                  grub: {
                    devices: lazy(() =>
                      config.boot.loader.grub.device !== "" ? [config.boot.loader.grub.device] : [],
                    ),
                  },
                },
              },
            }),
          },
          { boot: { loader: { grub: { device: "/dev/sda", devices: ["/dev/sdb"] } } } },
        ],
        (c) => c.boot.loader.grub.devices,
      );
    },
  },
  {
    name: "nx25",
    nix: [
      ["/dev/sda"],
      ["The option `boot.grubDevice' defined in `conf.nix' has been renamed to `boot.loader.grub.device'."],
    ],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          {
            options: {
              boot: {
                loader: {
                  grub: {
                    device: mkOption({ type: types.str, default: "" }),
                    devices: mkOption({ type: types.listOf(types.str), default: [] }),
                  },
                },
              },
            },
          },
          mkRenamedOptionModule(["boot", "grubDevice"], ["boot", "loader", "grub", "device"]),
          {
            config: ({ config }: any) => ({
              boot: {
                loader: {
                  grub: {
                    devices: lazy(() =>
                      config.boot.loader.grub.device !== "" ? [config.boot.loader.grub.device] : [],
                    ),
                  },
                },
              },
            }),
          },
          { _file: "conf.nix", boot: { grubDevice: "/dev/sda" } },
        ],
        (c) => [c.boot.loader.grub.devices, c.warnings],
      );
    },
  },
  {
    name: "nx26",
    nix: [
      { listen: "0.0.0.0" },
      [
        "The option definition `services.foo.extraConfig' in `host.nix' no longer has any effect; please remove it.\nUse services.foo.settings instead.\n",
      ],
      [
        "The option `services.foo.listen' defined in `host.nix' has been renamed to `services.foo.settings.listen'.",
      ],
    ],
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          {
            options: {
              services: { foo: { settings: mkOption({ type: types.attrsOf(types.str), default: {} }) } },
            },
          },
          mkRemovedOptionModule(["services", "foo", "extraConfig"], "Use services.foo.settings instead."),
          mkRenamedOptionModule(["services", "foo", "listen"], ["services", "foo", "settings", "listen"]),
          { _file: "host.nix", services: { foo: { listen: "0.0.0.0", extraConfig: "x" } } },
        ],
        (c) => [c.services.foo.settings, failedMessages(c), c.warnings],
      );
    },
  },
  {
    name: "rn01",
    nix: { x: 5, y: 0 },
    run: ({ run }) => {
      const sub = types.submodule({
        imports: [mkRenamedOptionModule(["old"], ["new"])],
        options: { new: mkOption({ type: types.int, default: 0 }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { old: 5 }, y: {} } },
        ],
        (c) => Object.fromEntries(Object.entries(c.s).map(([n, v]: any) => [n, v.new])),
      );
    },
  },
  {
    name: "rn02",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({
        imports: [mkRenamedOptionModule(["old"], ["new"])],
        options: { new: mkOption({ type: types.int, default: 0 }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { old: 5 } } },
          { s: { x: { new: 6 } } },
        ],
        (c) => c.s.x.new,
      );
    },
  },
  {
    name: "rn03",
    nix: [6, 7, 6, 7],
    run: ({ run }) => {
      const sub = types.submodule({
        imports: [mkRenamedOptionModule(["old"], ["new"])],
        options: { new: mkOption({ type: types.int, default: 0 }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { old: mkDefault(5) } } },
          { s: { x: { new: 6 } } },
          { s: { y: { old: mkForce(7), new: 8 } } },
        ],
        (c) => [c.s.x.new, c.s.y.new, c.s.x.old, c.s.y.old],
      );
    },
  },
  {
    name: "rn04",
    nix: { x: ["The option `old' defined in `F1' has been renamed to `new'."], y: [] },
    run: ({ run }) => {
      const sub = types.submodule({
        imports: [mkRenamedOptionModule(["old"], ["new"])],
        options: {
          new: mkOption({ type: types.int, default: 0 }),
          warnings: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { _file: "F1", s: { x: { old: 5 } } },
          { _file: "F2", s: { y: { new: 1 } } },
        ],
        (c) => Object.fromEntries(Object.entries(c.s).map(([n, v]: any) => [n, v.warnings])),
      );
    },
  },
  {
    name: "rn05",
    nix: [["The option `old' defined in `F1' and `F2' has been renamed to `new'."], 9],
    run: ({ run }) => {
      const sub = types.submodule({
        imports: [mkRenamedOptionModule(["old"], ["new"])],
        options: {
          new: mkOption({ type: types.int, default: 0 }),
          warnings: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { _file: "F1", s: { x: { old: mkDefault(5) } } },
          { _file: "F2", s: { x: { old: mkDefault(6) } } },
          { _file: "F3", s: { x: { new: 9 } } },
        ],
        (c) => [c.s.x.warnings, c.s.x.new],
      );
    },
  },
  {
    name: "rn06",
    nix: [
      [[0], [0]],
      [
        [1, 2],
        [1, 2],
      ],
    ],
    run: ({ run }) => {
      const sub = types.submodule({
        imports: [mkAliasOptionModule(["aliasL"], ["l"])],
        options: { l: mkOption({ type: types.listOf(types.int), default: [] }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.listOf(sub), default: [] }) } },
          { s: [{ aliasL: [1], l: [2] }] },
          { s: [{ aliasL: mkBefore([0]) }] },
        ],
        (c) => c.s.map((e: any) => [e.l, e.aliasL]),
      );
    },
  },
  {
    name: "rn07",
    nix: [2, 1, 4, 3],
    run: ({ run }) => {
      const sub = types.submodule({
        imports: [mkAliasOptionModule(["aliasL"], ["l"])],
        options: { l: mkOption({ type: types.listOf(types.int), default: [] }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { aliasL: [1], l: mkBefore([2]) } } },
          { s: { x: { aliasL: mkAfter([3]) } } },
          { s: { x: { aliasL: [4] } } },
        ],
        (c) => c.s.x.l,
      );
    },
  },
  {
    name: "rn08",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const sub = types.submodule({
        imports: [mkRemovedOptionModule(["gone"], "Use b.")],
        options: { b: mkOption({ type: types.int, default: 0 }) },
      });
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } }, { s: { x: { b: 1 } } }],
        (c) => c.s.x.b,
      );
    },
  },
  {
    name: "rn09",
    nix: {
      x: ["The option definition `gone' in `F' no longer has any effect; please remove it.\nUse b.\n"],
      y: [],
    },
    run: ({ run }) => {
      const sub = types.submodule({
        imports: [assertionsModule, mkRemovedOptionModule(["gone"], "Use b.")],
        options: { b: mkOption({ type: types.int, default: 0 }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { _file: "F", s: { x: { gone: 1 }, y: { b: 2 } } },
        ],
        (c) => Object.fromEntries(Object.entries(c.s).map(([n, v]: any) => [n, failedMessages(v)])),
      );
    },
  },
  {
    name: "rn10",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      const sub = types.submodule({
        imports: [assertionsModule, mkRemovedOptionModule(["gone"], "Use b.")],
        options: { b: mkOption({ type: types.int, default: 0 }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { _file: "F", s: { x: { gone: 1 } } },
        ],
        (c) => c.s.x.gone,
      );
    },
  },
  {
    name: "rn11",
    nix: {
      x: [
        "0.0.0.0:80",
        [
          "The option `port' defined in `F' has been changed to `listen' that has a different type. Please read `listen' documentation and update your configuration accordingly.",
        ],
      ],
      y: ["none", []],
    },
    run: ({ run }) => {
      const sub = types.submodule({
        imports: [mkChangedOptionModule(["port"], ["listen"], (c: any) => `0.0.0.0:${c.port}`)],
        options: {
          listen: mkOption({ type: types.str, default: "none" }),
          warnings: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { _file: "F", s: { x: { port: 80 }, y: {} } },
        ],
        (c) => Object.fromEntries(Object.entries(c.s).map(([n, v]: any) => [n, [v.listen, v.warnings]])),
      );
    },
  },
  {
    name: "rn12",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const sub = types.submodule({
        imports: [mkChangedOptionModule(["port"], ["listen"], (c: any) => `0.0.0.0:${c.port}`)],
        options: { listen: mkOption({ type: types.str, default: "none" }) },
      });
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } }, { s: { x: { port: 80 } } }],
        (c) => c.s.x.listen,
      );
    },
  },
  {
    name: "rn13",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run(
        [
          { options: { c: mkOption({ type: types.str, default: "d" }) } },
          mkMergedOptionModule([["a"], ["b"]], ["c"], (c: any) => "m"),
          { a: 1 },
        ],
        (c) => c.c,
      );
    },
  },
  {
    name: "rn14",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run(
        [
          { options: { c: mkOption({ type: types.str, default: "d" }) } },
          mkChangedOptionModule(["a"], ["c"], (c: any) => "m"),
        ],
        (c) => c.c,
      );
    },
  },
  {
    name: "rn15",
    nix: { main: 8080, other: 0 },
    run: ({ run }) => {
      const sub = types.submodule({ options: { port: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          mkRenamedOptionModule(["oldPort"], ["s", "main", "port"]),
          { oldPort: 8080, s: { other: {} } },
        ],
        (c) => Object.fromEntries(Object.entries(c.s).map(([n, v]: any) => [n, v.port])),
      );
    },
  },
  {
    name: "rn16",
    nix: ["other"],
    run: ({ run }) => {
      const sub = types.submodule({ options: { port: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          mkRenamedOptionModule(["oldPort"], ["s", "main", "port"]),
          { s: { other: {} } },
        ],
        (c) => Object.keys(c.s),
      );
    },
  },
  {
    name: "rn17",
    nix: [1, ["The option `oldPort' defined in `F' has been renamed to `s.main.port'."], 1],
    run: ({ run }) => {
      const sub = types.submodule({ options: { port: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          assertionsModule,
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          mkRenamedOptionModule(["oldPort"], ["s", "main", "port"]),
          { _file: "F", oldPort: 1 },
          { s: { main: { port: mkDefault(2) } } },
        ],
        (c) => [c.s.main.port, c.warnings, c.oldPort],
      );
    },
  },
  {
    name: "rn18",
    nix: [
      { a: 10, b: 20 },
      { a: 10, b: 20 },
    ],
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 2 }),
        },
      });
      run(
        [
          { options: { sub: mkOption({ type: sub, default: {} }) } },
          mkRenamedOptionModule(["oldSub"], ["sub"]),
          { oldSub: { a: 10 } },
          { sub: { b: 20 } },
        ],
        (c) => [c.sub, c.oldSub],
      );
    },
  },
  {
    name: "rn19",
    nix: [
      { x: { a: 3 }, y: { a: 1 }, z: { a: 5 } },
      { x: { a: 3 }, y: { a: 1 }, z: { a: 5 } },
    ],
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          mkAliasOptionModule(["t"], ["s"]),
          { t: { x: { a: 3 }, y: {} } },
          { s: { x: {}, z: { a: 5 } } },
        ],
        (c) => [c.s, c.t],
      );
    },
  },
  {
    name: "rn20",
    nix: [3, ['The option `services."a.b".old\' defined in `F\' has been renamed to `services."a.b".new\'.']],
    run: ({ run }) => {
      run(
        [
          { options: { services: { "a.b": { new: mkOption({ type: types.int, default: 0 }) } } } },
          assertionsModule,
          mkRenamedOptionModule(["services", "a.b", "old"], ["services", "a.b", "new"]),
          { _file: "F", services: { "a.b": { old: 3 } } },
        ],
        (c) => [c.services["a.b"].new, c.warnings],
      );
    },
  },
  {
    name: "rn21",
    nix: [
      [3, 2, 1],
      [
        "The option `o2' defined in `B' has been renamed to `l'.",
        "The option `o1' defined in `A' has been renamed to `l'.",
      ],
    ],
    run: ({ run }) => {
      run(
        [
          { options: { l: mkOption({ type: types.listOf(types.int), default: [] }) } },
          assertionsModule,
          mkRenamedOptionModule(["o1"], ["l"]),
          mkRenamedOptionModule(["o2"], ["l"]),
          { _file: "A", o1: [1] },
          { _file: "B", o2: [2], l: [3] },
        ],
        (c) => [c.l, c.warnings],
      );
    },
  },
  {
    name: "rn22",
    nix: [
      7,
      7,
      7,
      [
        "The option `b' defined in F has been renamed to `c'.",
        "The option `a' defined in `A' has been renamed to `b'.",
      ],
    ],
    run: ({ run }) => {
      run(
        [
          { options: { c: mkOption({ type: types.int, default: 0 }) } },
          assertionsModule,
          mkRenamedOptionModule(["a"], ["b"]),
          mkRenamedOptionModule(["b"], ["c"]),
          { _file: "A", a: 7 },
        ],
        (c) => [c.c, c.a, c.b, c.warnings.map(nofile)],
      );
    },
  },
  {
    name: "rn23",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run(
        [
          { options: { n: mkOption({ type: types.int, default: 0 }) } },
          mkRenamedOptionModule(["o"], ["nn"]),
          { o: 1 },
        ],
        (c) => c.n,
      );
    },
  },
  {
    name: "rn24",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      run(
        [
          { options: { n: mkOption({ type: types.int, default: 0 }) } },
          mkRenamedOptionModule(["o"], ["nn"]),
          { n: 1 },
        ],
        (c) => c.o,
      );
    },
  },
  {
    name: "rn25",
    nix: [0, 0],
    run: ({ run }) => {
      run(
        [
          { options: { n: mkOption({ type: types.int, default: 0 }) } },
          lib.doRename({
            from: ["o"],
            to: ["n"],
            visible: true,
            warn: false,
            use: (x: any) => x,
            condition: false,
          }),
          { o: 5 },
        ],
        (c) => [c.n, c.o],
      );
    },
  },
  {
    name: "rn26",
    nix: 5,
    run: ({ run }) => {
      run(
        [
          { options: { n: mkOption({ type: types.int, default: 0 }) } },
          lib.doRename({
            from: ["o"],
            to: ["n"],
            visible: true,
            warn: false,
            use: (x: any) => x,
            withPriority: false,
          }),
          { o: mkDefault(5) },
          { n: mkDefault(6) },
        ],
        (c) => c.n,
      );
    },
  },
  {
    name: "rn27",
    nix: [5, 105],
    run: ({ run }) => {
      run(
        [
          { options: { n: mkOption({ type: types.int, default: 0 }) } },
          lib.doRename({ from: ["o"], to: ["n"], visible: true, warn: false, use: (x: any) => x + 100 }),
          { o: 5 },
        ],
        (c) => [c.n, c.o],
      );
    },
  },
  {
    name: "rn28",
    nix: 8,
    run: ({ run }) => {
      const sub = types.submodule(({ config }: any) => ({
        imports: [mkRenamedOptionModule(["old"], ["new"])],
        options: {
          new: mkOption({ type: types.int, default: 0 }),
          double: mkOption({
            type: types.int,
            get default() {
              return config.new * 2;
            },
          }),
        },
      }));
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ old: 4 }) } },
        ],
        (c) => c.s.x.double,
      );
    },
  },
  {
    name: "rn29",
    nix: [4],
    run: ({ runE }) => {
      const sub = types.submodule({
        imports: [mkRenamedOptionModule(["old"], ["new"])],
        options: { new: mkOption({ type: types.int, default: 0 }) },
      });
      runE(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { _file: "F", s: { x: { old: 4 } } },
        ],
        (c) => [c.config.s.x.new],
      );
    },
  },
  {
    name: "rn30",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      const sub = types.submodule({
        imports: [mkRenamedOptionModule(["old"], ["new"])],
        options: { new: mkOption({ type: types.int, default: 0 }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { old: "str" } } },
        ],
        (c) => c.s.x.new,
      );
    },
  },
  {
    name: "rn31",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      run(
        [
          { options: { n: mkOption({ type: types.int }) } },
          mkRenamedOptionModule(["o"], ["n"]),
          { _file: "F1", o: 1 },
          { _file: "F2", o: 2 },
        ],
        (c) => c.n,
      );
    },
  },
  {
    name: "rn32",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({
        imports: [mkRenamedOptionModule(["old"], ["new"])],
        options: { new: mkOption({ type: types.int }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { old: 1 } } },
          { s: { x: { old: 2 } } },
        ],
        (c) => c.s.x.new,
      );
    },
  },
  {
    name: "rn33",
    nix: { w: ["-", 0], x: ["h:1", 2], y: ["z:_mkMergedOptionModule", 1] },
    run: ({ run }) => {
      const sub = types.submodule({
        imports: [mkMergedOptionModule([["host"], ["port"]], ["listen"], (c: any) => `${c.host}:${c.port}`)],
        options: {
          listen: mkOption({ type: types.str, default: "-" }),
          warnings: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { _file: "F", s: { x: { host: "h", port: 1 }, y: { host: "z" }, w: {} } },
        ],
        (c) =>
          Object.fromEntries(Object.entries(c.s).map(([n, v]: any) => [n, [v.listen, v.warnings.length]])),
      );
    },
  },
  {
    name: "rn34b",
    nix: { x: { foo: "v", k: "k" }, y: { foo: "direct" } },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        imports: [mkAliasOptionModule(["alias"], ["settings", "foo"])],
        options: { settings: mkOption({ type: types.attrsOf(types.str), default: {} }) },
      }));
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { alias: "v", settings: { k: "k" } }, y: { settings: { foo: "direct" } } } },
        ],
        (c) => Object.fromEntries(Object.entries(c.s).map(([n, v]: any) => [n, v.settings])),
      );
    },
  },
  {
    name: "rn34c",
    nix: { k: 2, type: 1 },
    run: ({ run }) => {
      run(
        [
          { options: { settings: mkOption({ type: types.attrsOf(types.int), default: {} }) } },
          mkAliasOptionModule(["alias"], ["settings", "type"]),
          { alias: 1, settings: { k: 2 } },
        ],
        (c) => c.settings,
      );
    },
  },
  {
    name: "rn35",
    nix: [false],
    run: ({ run }) => {
      run(
        [
          { options: { x: { new: mkOption({ type: types.bool, default: false }) } } },
          mkRenamedOptionModule(["x", "old"], ["x", "new"]),
          { x: { old: mkIf(false, true) } },
        ],
        (c) => [c.x.new],
      );
    },
  },
  {
    name: "rn36",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      run(
        [
          assertionsModule,
          { options: { x: { new: mkOption({ type: types.bool, default: false }) } } },
          mkRenamedOptionModule(["x", "old"], ["x", "new"]),
          { config: ({ config }: any) => ({ x: { old: mkIf(() => config.x.new === false, true) } }) },
        ],
        (c) => [c.x.new, c.warnings],
      );
    },
  },
  // Definitions in NixOS' shape: a hand-written merge reads `file`; lib's merges take `{ file, value }`.
  {
    name: "lb30",
    nix: { files: ["C", "A"], loc: "s.x", sum: 3 },
    run: ({ run }) => {
      const t: any = mkOptionType({
        name: "myT",
        description: "my thing",
        check: (x: any) => Number.isInteger(x) && x > 0,
        merge: (loc: any, defs: any) => ({
          loc: lib.showOption(loc),
          sum: defs.reduce((a: number, d: any) => a + d.value, 0),
          files: defs.map((d: any) => d.file),
        }),
      } as any);
      run(
        [
          { options: { s: { x: mkOption({ type: t }) } } },
          { _file: "A", s: { x: 1 } },
          { _file: "B", s: { x: mkDefault(10) } },
          { _file: "C", s: { x: 2 } },
        ],
        (c) => c.s.x,
      );
    },
  },
  {
    name: "lb42",
    nix: ["A"],
    run: ({ run }) => {
      const t: any = mkOptionType({
        name: "myT",
        description: "my thing",
        merge: (_loc: any, defs: any) => lib.filterOverrides(defs),
      } as any);
      run([{ options: { x: mkOption({ type: t }) } }, { _file: "A", x: 1 }], (c) =>
        c.x.map((d: any) => d.file ?? null),
      );
    },
  },
  {
    name: "lb13",
    nix: [
      { file: "b", value: 2 },
      { file: "c", value: 3 },
    ],
    run: ({ console }) => {
      console.log(
        canonicalJson(
          lib.filterOverrides([
            { file: "a", value: mkDefault(1) },
            { file: "b", value: 2 },
            { file: "c", value: mkOverride(100, 3) },
          ] as any),
        ),
      );
    },
  },
  {
    name: "lb14",
    nix: [{ file: "b", value: { _type: "override", content: 2, priority: 1000 } }],
    run: ({ console }) => {
      console.log(
        canonicalJson(
          lib.filterOverrides([
            { file: "a", value: mkDefault(1) },
            { file: "b", value: mkForce(mkDefault(2)) },
          ] as any),
        ),
      );
    },
  },
  {
    name: "lb12",
    nix: failed,
    kind: "conflict",
    run: ({ runE }) => {
      runE([], () =>
        lib.mergeEqualOption(["a", "b"], [
          { file: "f", value: 1 },
          { file: "g", value: 2 },
        ] as any),
      );
    },
  },
];

// @ts-nocheck: modules transcribed from Nix, some ill-typed on purpose (a type error is what is compared).
/**
 * Compared with Nix, round 7: submodules as NixOS uses them (attrsOf/listOf elements defined by
 * several modules with properties on whole elements and on their attributes, nested submodules,
 * elements reading the outer config, their own config, name and options, submoduleWith with
 * specialArgs, shorthandOnlyDefinesConfig and function modules, element definitions that are
 * functions importing modules, a submodule type declared twice), list order through them,
 * priorities across levels, assertions collected from submodules. Each case: the modules as
 * hearth reads them, and what Nix printed for the same modules written in Nix (or `failed`). Written by the sessions that
 * compared them; Nix's answers recorded as given.
 */
import {
  assertionsModule,
  defineModule,
  evalModules,
  lazy,
  lib,
  mkAfter,
  mkAliasDefinitions,
  mkBefore,
  mkDefault,
  mkEnableOption,
  mkForce,
  mkIf,
  mkMerge,
  mkOption,
  mkOptionDefault,
  mkOrder,
  mkOverride,
  mkVMOverride,
  types,
} from "../../../src/modules/index.ts";
import { failedMessages } from "./nixos-base.ts";
import { failed, type Scenario, tryValue as tryv } from "./scenario.ts";
export const round7: Scenario[] = [
  {
    name: "a01",
    nix: { x: { a: 2, b: "m" }, z: { a: 1, b: "d" } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.str, default: "d" }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: mkIf(true, { a: 2 }), y: mkIf(false, { a: 3 }) } },
          { s: { x: { b: "m" }, z: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a02",
    nix: { x: { a: 1, b: "t" } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.str, default: "d" }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { a: mkIf(false, 5), b: mkIf(true, "t") } } },
          { s: { x: { a: mkIf(false, 6) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a03",
    nix: { x: { a: 2, b: "1" }, y: { a: 1, b: "q" } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.str, default: "d" }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: mkMerge([{ x: { a: 2 } }, mkIf(true, { y: { b: "q" } }), mkIf(false, { z: {} })]) },
          { s: { x: mkMerge([{ b: "1" }, mkIf(false, { a: 9 })]) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a04",
    nix: { x: { a: 7, b: "d" } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.str, default: "d" }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: mkDefault({ a: 5, b: "def" }) } },
          { s: { x: { a: 7 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a05",
    nix: { x: { a: 5, b: "d" }, y: { a: 1, b: "q" } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.str, default: "d" }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: mkForce({ a: 5 }) } },
          { s: { x: { b: "p" }, y: { b: "q" } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a06",
    nix: { x: { a: 5, b: "q" }, y: { a: 6, b: "d" } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.str, default: "d" }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: mkDefault({ a: 5 }) } },
          { s: { x: mkDefault({ b: "q" }) } },
          { s: { y: mkDefault({ a: 6 }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a07",
    nix: { x: { a: 5, b: "d" } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.str, default: "d" }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: mkOverride(900, { a: 5 }) } },
          { s: { x: mkDefault({ b: "q", a: 3 }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a08",
    nix: { x: { a: 4, b: "d" }, y: { a: 3, b: "d" } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.str, default: "d" }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: mkIf(true, { a: mkDefault(3) }) } },
          { s: { x: { a: 4 }, y: mkIf(true, { a: mkDefault(3) }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a09",
    nix: { x: { a: 1, b: "f" } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.str, default: "d" }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: mkMerge([mkDefault({ a: 1 }), mkForce({ b: "f" })]) } },
          { s: { x: { a: 3 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a10",
    nix: [{ a: 2 }, { a: 4 }],
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { l: mkOption({ type: types.listOf(sub), default: [] }) } },
          { l: [mkIf(true, { a: 2 }), mkIf(false, { a: 3 }), { a: 4 }] },
        ],
        (c) => c.l,
      );
    },
  },
  {
    name: "a11",
    nix: [{ a: 2 }, { a: 3 }],
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { l: mkOption({ type: types.listOf(sub), default: [] }) } },
          { l: [mkDefault({ a: 2 }), mkForce({ a: 3 })] },
        ],
        (c) => c.l,
      );
    },
  },
  {
    name: "a12",
    nix: { x: { a: 2 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          {
            options: {
              en: mkOption({ type: types.bool, default: false }),
              s: mkOption({ type: types.attrsOf(sub), default: {} }),
            },
          },
          {
            config: ({ config }: any) => ({
              s: { x: mkIf(config.en, { a: 2 }), y: mkIf(!config.en, { a: 3 }) },
            }),
          },
          { en: true },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a13",
    nix: ["x"],
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          {
            options: {
              en: mkOption({ type: types.bool, default: false }),
              s: mkOption({ type: types.attrsOf(sub), default: {} }),
            },
          },
          {
            config: ({ config }: any) => ({
              s: { x: mkIf(() => config.en, { a: 2 }), y: mkIf(() => !config.en, { a: 3 }) },
            }),
          },
          { en: true },
        ],
        (c) => Object.keys(c.s),
      );
    },
  },
  {
    name: "a14",
    nix: { y: { a: 3 }, z: { a: 1 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: mkIf(false, { x: { a: 2 } }) },
          { s: { y: { a: 3 } } },
          { s: mkIf(true, { z: {} }) },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a15",
    nix: { x: { a: 1 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: mkForce({ x: { a: 1 } }) },
          { s: { y: { a: 2 }, x: { a: 5 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a16",
    nix: { y: { a: 2 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: mkDefault({ x: { a: 1 } }) },
          { s: { y: { a: 2 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a17",
    nix: { d: { a: 9 }, e: { a: 1 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: { d: { a: 9 } } }) } },
          { s: mkOptionDefault({ e: {} }) },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a18",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: { d: { a: 9 } } }) } },
          { s: mkOptionDefault({ d: { a: 8 } }) },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a19",
    nix: [2, "ERR"],
    run: ({ run }) => {
      const sub = types.submodule({
        options: { a: mkOption({ type: types.int }), b: mkOption({ type: types.int, default: 0 }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { a: mkIf(false, 1), b: 2 } } },
        ],
        (c) => [c.s.x.b, tryv(() => c.s.x.a)],
      );
    },
  },
  {
    name: "a20",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      const sub = types.submodule({
        options: { a: mkOption({ type: types.int }), b: mkOption({ type: types.int, default: 0 }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { a: mkIf(false, 1), b: 2 } } },
        ],
        (c) => c.s.x.a,
      );
    },
  },
  {
    name: "a21",
    nix: { y: { a: 4 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: mkMerge([]), y: mkIf(true, mkMerge([{ a: 4 }, mkIf(false, { a: 5 })])) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a22",
    nix: { x: { a: 5, b: "d" } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.str, default: "d" }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { a: mkForce(5) } } },
          { s: { x: mkDefault({ b: "q" }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a23",
    nix: { g1: { w: { a: 1 }, x: { a: 2 }, y: { a: 4 } }, g3: { v: { a: 1 } } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(types.attrsOf(sub)), default: {} }) } },
          { s: { g1: { x: mkIf(true, { a: 2 }), y: mkDefault({ a: 3 }) }, g2: mkIf(false, { z: {} }) } },
          { s: { g1: mkMerge([{ y: { a: 4 } }, mkIf(true, { w: {} })]), g3: { v: {} } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a24",
    nix: { x: { a: 2 }, y: { a: 1 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.lazyAttrsOf(sub), default: {} }) } },
          { s: { x: mkDefault({ a: 2 }), y: mkOverride(1400, { a: 3 }) } },
          { s: { x: mkOverride(1400, { a: 5 }), y: mkDefault({}) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a25",
    nix: { x: { a: 1 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: mkForce({ a: 1 }) } },
          { s: { x: { a: mkForce(2) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a26",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: mkForce({ a: 1 }) } },
          { s: { x: mkForce({ a: 2 }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a27",
    nix: { x: { a: 2 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: mkIf(false, mkForce({ a: 1 })) } },
          { s: { x: { a: 2 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a28",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(sub) }) } }, { s: mkIf(false, { x: {} }) }],
        (c) => c.s,
      );
    },
  },
  {
    name: "a29",
    nix: { y: { a: 3 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: mkIf(true, mkIf(false, { a: 2 })), y: mkIf(true, mkIf(true, { a: 3 })) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "a30",
    nix: { a: 1, b: "x" },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.str, default: "d" }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.nullOr(sub), default: null }) } },
          { s: mkDefault({ a: 5 }) },
          { s: { b: "x" } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e01",
    nix: { x: { a: 2 }, y: { a: 4 } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { a: mkOption({ type: types.int, default: 1 }) },
        config: { a: mkDefault(2) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { a: mkOverride(1001, 3) }, y: { a: mkOverride(999, 4) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e02",
    nix: { x: { a: 1, free: "v" }, y: { a: 2 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          {
            s: {
              x: mkMerge([() => ({ freeformType: types.attrsOf(types.str) }), { free: "v" }]),
              y: { a: 2 },
            },
          },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e03",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          {
            s: {
              x: mkMerge([() => ({ freeformType: types.attrsOf(types.str) }), { free: "v" }]),
              y: { free: "w" },
            },
          },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e04",
    nix: { x: { a: 5 }, y: { a: 2 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { _module: { check: false }, whatever: 1, a: 5 }, y: { a: 2 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e05",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { _module: { check: false }, whatever: 1, a: 5 }, y: { whatever: 2 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e06",
    nix: [
      { x: { a: 2, n: "x" } },
      { x: { a: 1, n: "x" }, z: { a: 3, n: "z" } },
      [{ a: 4, n: "[definition 1-entry 1]" }],
    ],
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: {
          n: mkOption({ type: types.str, default: name }),
          a: mkOption({ type: types.int, default: 1 }),
        },
      }));
      run(
        [
          {
            options: {
              s: mkOption({ type: types.attrsOf(sub), default: {} }),
              t: mkOption({ type: types.attrsOf(sub), default: {} }),
              l: mkOption({ type: types.listOf(sub), default: [] }),
            },
          },
          { s: { x: { a: 2 } }, t: { x: {}, z: { a: 3 } }, l: [{ a: 4 }] },
        ],
        (c) => [c.s, c.t, c.l],
      );
    },
  },
  {
    name: "e07",
    nix: { a: 2, extra: 1 },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { a: mkOption({ type: types.int, default: 1 }) },
        config: { extra: mkDefault(1) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: mkMerge([() => ({ options: { extra: mkOption({ type: types.int }) } }), { a: 2 }]) } },
        ],
        (c) => c.s.x,
      );
    },
  },
  {
    name: "e08",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const sub = types.submodule({
        options: { a: mkOption({ type: types.int, default: 1 }) },
        config: { extra: mkDefault(1) },
      });
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } }, { s: { y: { a: 2 } } }],
        (c) => c.s.y,
      );
    },
  },
  {
    name: "e09",
    nix: { a: 1, extra: 1 },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { a: mkOption({ type: types.int, default: 1 }) },
        config: { extra: mkDefault(1) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ options: { extra: mkOption({ type: types.int }) } }), y: { a: 2 } } },
        ],
        (c) => c.s.x,
      );
    },
  },
  {
    name: "e10",
    nix: { x: { a: 1, g: { base: 0, k: 1 } }, y: { a: 1, g: { base: 5 } }, z: { a: 1, g: {} } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          g: mkOption({ type: types.attrsOf(types.int), default: {} }),
        },
        config: { g: { base: 0 } },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { g: { k: 1 } }, y: { g: { base: mkForce(5) } }, z: { g: mkForce({}) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e11",
    nix: { x: { a: 3 }, y: { a: 4 } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { a: mkOption({ type: types.int, default: 1 }) },
        config: mkIf(true, { a: mkDefault(3) }),
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: {}, y: { a: 4 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e12",
    nix: { x: { a: 3 }, y: { a: 4 } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { a: mkOption({ type: types.int, default: 1 }) },
        config: mkMerge([{ a: mkDefault(3) }, mkIf(false, { a: 9 })]),
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: {}, y: { a: 4 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e13",
    nix: { x: { a: 2, b: true, c: 1000 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          {
            s: {
              x: ({ options }: any) => ({
                options: {
                  b: mkOption({ type: types.bool, default: lazy(() => options.a.isDefined) }),
                  c: mkOption({ type: types.int, default: lazy(() => options.a.highestPrio) }),
                },
              }),
            },
          },
          { s: { x: { a: mkDefault(2) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e14",
    nix: [2, true, [["x"], ["x"]]],
    run: ({ runE }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      runE(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { a: 2 } } },
          { s: { x: { a: mkForce(3) } } },
        ],
        (r) => [
          r.options.s.definitions.length,
          r.options.s.isDefined,
          r.options.s.definitions.map((d: any) => Object.keys(d)),
        ],
      );
    },
  },
  {
    name: "e15",
    nix: { x: { a: 1 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ _module: { args: { name: mkForce("renamed") } } }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e16",
    nix: { x: { a: 1, b: [1, 2] } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.listOf(types.int), default: [] }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { a: 1, b: [1] } } },
          { s: { x: { a: 1, b: [2] } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e17",
    nix: { x: { a: 7 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ config: ({ options }: any) => ({ a: mkIf("a" in options, 7) }) }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e18",
    nix: { x: { a: 6, w: { k1: "forced", k2: "b" } } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          w: mkOption({ type: types.attrsOf(types.str), default: {} }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          {
            s: {
              x: {
                w: mkMerge([{ k1: "a" }, mkIf(true, { k2: "b" })]),
                a: mkMerge([mkIf(false, 5), mkDefault(6)]),
              },
            },
          },
          { s: { x: { w: { k1: mkForce("forced") } } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e19",
    nix: { x: { a: 3 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          {
            s: {
              x: () => ({
                imports: [
                  { key: "dup", a: 3 },
                  { key: "dup", a: 3 },
                ],
              }),
            },
          },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e20",
    nix: { x: { a: 3 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ imports: [{ a: 3 }] }) } },
          { s: { x: () => ({ imports: [{ a: 3 }] }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e21",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ imports: [{ a: 3 }] }) } },
          { s: { x: () => ({ imports: [{ a: 4 }] }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e22",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: ({ config }: any) => ({ a: mkIf(() => config.a === 5, 6) }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e23",
    nix: { x: { enable: true, list: ["imported"] }, y: { enable: false, list: [] } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          enable: mkEnableOption("x"),
          list: mkOption({ type: types.listOf(types.str), default: [] }),
        },
        imports: [{ config: ({ config }: any) => mkIf(config.enable, { list: ["imported"] }) }],
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { enable: true }, y: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "e24",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.nullOr(types.int), default: null }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { b: mkIf(false, 3) }, y: { b: mkDefault(null), a: mkDefault(null) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f01",
    nix: { x: { a: 1, l: ["imp-x", "own", "plain"] }, y: { a: 0, l: ["imp-y"] } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          l: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      });
      const m = ({ name }: any) => ({ l: [`imp-${name}`] });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ imports: [m], a: 1, l: ["own"] }) } },
          { s: { x: { l: ["plain"] }, y: () => ({ imports: [m] }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f02",
    nix: { x: { a: 0, l: ["shared", "b"] } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          l: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      });
      const m = { key: "shared", l: ["shared"] };
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ imports: [m] }) } },
          { s: { x: () => ({ imports: [m], l: ["b"] }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f03",
    nix: { x: { a: 5, en: true }, y: { a: 0, en: false } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          en: mkOption({ type: types.bool, default: false }),
          a: mkOption({ type: types.int, default: 0 }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          {
            s: {
              x: ({ config }: any) => mkIf(() => config.en, { a: 5 }),
              y: ({ config }: any) => mkIf(() => config.en, { a: 5 }),
            },
          },
          { s: { x: { en: true } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f04",
    nix: { x: { a: 5, en: true } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          en: mkOption({ type: types.bool, default: false }),
          a: mkOption({ type: types.int, default: 0 }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ config: ({ config }: any) => mkIf(config.en, { a: 5 }) }) } },
          { s: { x: { en: true } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f05",
    nix: { x: { a: 0, b: 2 }, y: { a: 0 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ options: { b: mkOption({ type: types.int, default: 1 }) } }) } },
          { s: { x: { b: 2 }, y: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f06",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ options: { b: mkOption({ type: types.int, default: 1 }) } }) } },
          { s: { y: { b: 2 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f07",
    nix: { x: { l: ["f3", "f1-x", "plain"] } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: ({ name }: any) => ({ l: [`f1-${name}`] }) } },
          { s: { x: { l: ["plain"] } } },
          { s: { x: () => ({ l: mkBefore(["f3"]) }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f08",
    nix: [{ a: 1 }, { a: 2, b: 12 }],
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { l: mkOption({ type: types.listOf(sub), default: [] }) } },
          {
            l: [
              () => ({ a: 1 }),
              ({ config }: any) => ({
                options: { b: mkOption({ default: lazy(() => config.a + 10) }) },
                config: { a: 2 },
              }),
            ],
          },
        ],
        (c) => c.l,
      );
    },
  },
  {
    name: "f09",
    nix: { x: { a: 3 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: ({ lib }: any) => ({ a: lib.mkForce(3) }) } },
          { s: { x: { a: 4 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f10",
    nix: { x: { a: 2, b: 3 }, y: { a: 0, b: 1 } },
    run: ({ run }) => {
      const sub = types.submodule({
        imports: [{ options: { a: mkOption({ type: types.int, default: 0 }) } }],
        options: { b: mkOption({ type: types.int, default: 1 }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { a: 2, b: 3 }, y: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f11b",
    nix: { x: { b: 1 }, y: { a: 0, b: 10 } },
    run: ({ run }) => {
      const mA = { key: "A", options: { a: mkOption({ type: types.int, default: 0 }) }, config: { b: 10 } };
      const sub = types.submodule({
        imports: [mA],
        options: { b: mkOption({ type: types.int, default: 1 }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ disabledModules: [mA] }), y: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f11c",
    nix: { x: { b: 1 } },
    run: ({ run }) => {
      const mA = { key: "A", options: { a: mkOption({ type: types.int, default: 0 }) }, config: { b: 10 } };
      const sub = types.submodule({
        imports: [mA],
        options: { b: mkOption({ type: types.int, default: 1 }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ disabledModules: [{ key: "A" }] }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f12",
    nix: { x: { a: 7 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ imports: [() => ({ imports: [{ a: 7 }] })] }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f13",
    nix: { x: { a: 1, b: 2 } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ config: mkMerge([{ a: 1 }, mkIf(true, { b: 2 })]) }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f14",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ _file: "virtual.nix", a: "bad" }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f15",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ foo: 1 }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f16",
    nix: { x: { a: 5 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ _module: { args: { k: 5 } } }) } },
          { s: { x: () => ({ config: ({ k }: any) => ({ a: k }) }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f17",
    nix: failed,
    kind: "module",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { _module: { args: { k: 5 } } } } },
          { s: { y: () => ({ config: ({ k }: any) => ({ a: k }) }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f18",
    nix: { x: { a: 5, b: 11 } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
        config: ({ config }: any) => ({ _module: { args: { dbl: lazy(() => config.a * 2) } } }),
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: mkMerge([() => ({ config: ({ dbl }: any) => ({ b: dbl + 1 }) }), { a: 5 }]) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "f20",
    nix: { x: { l: [1, 2, 0] } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.int), default: [] }) },
      });
      const m1 = { key: "m1", l: [1] };
      const m2 = { imports: [m1], l: [2] };
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ imports: [m2, m1], l: [0] }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "m01",
    nix: { a: 2, b: "b" },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }),
                default: {},
              }),
            },
          },
          {
            options: {
              s: mkOption({
                type: types.submodule({ options: { b: mkOption({ type: types.str, default: "b" }) } }),
              }),
            },
          },
          { s: { a: 2 } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "m02",
    nix: { x: { a: 2, n: "x" }, y: { a: 1, n: "own" } },
    run: ({ run }) => {
      run(
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
          {
            options: {
              s: mkOption({
                type: types.attrsOf(
                  types.submodule(({ name }: any) => ({
                    options: { n: mkOption({ type: types.str, default: name }) },
                  })),
                ),
              }),
            },
          },
          { s: { x: { a: 2 }, y: { n: "own" } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "m03",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      run(
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
          {
            options: {
              s: mkOption({
                type: types.attrsOf(
                  types.submodule({ options: { a: mkOption({ type: types.int, default: 2 }) } }),
                ),
              }),
            },
          },
          { s: { x: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "m03b",
    nix: {},
    run: ({ run }) => {
      run(
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
          {
            options: {
              s: mkOption({
                type: types.attrsOf(
                  types.submodule({ options: { a: mkOption({ type: types.int, default: 2 }) } }),
                ),
              }),
            },
          },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "m03c",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }),
                default: {},
              }),
            },
          },
          {
            options: {
              s: mkOption({
                type: types.submodule({ options: { a: mkOption({ type: types.int, default: 2 }) } }),
              }),
            },
          },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "m03d",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.listOf(
                  types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }),
                ),
                default: [],
              }),
            },
          },
          {
            options: {
              s: mkOption({
                type: types.listOf(
                  types.submodule({ options: { a: mkOption({ type: types.int, default: 2 }) } }),
                ),
              }),
            },
          },
          { s: [{}] },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "m03e",
    nix: ["x"],
    run: ({ run }) => {
      run(
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
          {
            options: {
              s: mkOption({
                type: types.attrsOf(
                  types.submodule({ options: { a: mkOption({ type: types.int, default: 2 }) } }),
                ),
              }),
            },
          },
          { s: { x: {} } },
        ],
        (c) => Object.keys(c.s),
      );
    },
  },
  {
    name: "m04",
    nix: { x: { a: 5 }, y: { a: 6 } },
    run: ({ run }) => {
      run(
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
          {
            options: {
              s: mkOption({ type: types.attrsOf(types.submodule({ config: { a: mkDefault(5) } })) }),
            },
          },
          { s: { x: {}, y: { a: 6 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "m05",
    nix: [
      { a: 3, b: 2 },
      { a: 1, b: 4 },
    ],
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.listOf(
                  types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }),
                ),
                default: [],
              }),
            },
          },
          {
            options: {
              s: mkOption({
                type: types.listOf(
                  types.submodule({ options: { b: mkOption({ type: types.int, default: 2 }) } }),
                ),
              }),
            },
          },
          { s: [{ a: 3 }, { b: 4 }] },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "m06",
    nix: { a: 7, b: 2 },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }),
                default: { a: 7 },
              }),
            },
          },
          {
            options: {
              s: mkOption({
                type: types.submodule({ options: { b: mkOption({ type: types.int, default: 2 }) } }),
              }),
            },
          },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "m07",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }),
                default: { a: 7 },
              }),
            },
          },
          {
            options: {
              s: mkOption({
                type: types.submodule({ options: { b: mkOption({ type: types.int, default: 2 }) } }),
                default: { b: 8 },
              }),
            },
          },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "m08",
    nix: { a: 1, b: 2, z: "free" },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.submodule({
                  freeformType: types.attrsOf(types.str),
                  options: { a: mkOption({ type: types.int, default: 1 }) },
                }),
                default: {},
              }),
            },
          },
          {
            options: {
              s: mkOption({
                type: types.submodule({ options: { b: mkOption({ type: types.int, default: 2 }) } }),
              }),
            },
          },
          { s: { z: "free" } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "m09",
    nix: ["attribute set of string", "submodule"],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              s: mkOption({
                type: types.submodule({
                  freeformType: types.attrsOf(types.str),
                  options: { a: mkOption({ type: types.int, default: 1 }) },
                }),
                default: {},
              }),
            },
          },
          {
            options: {
              s: mkOption({
                type: types.submodule({ options: { b: mkOption({ type: types.int, default: 2 }) } }),
              }),
            },
          },
        ],
        (r) => [r.options.s.type.description, r.options.s.type.name],
      );
    },
  },
  {
    name: "m10",
    nix: ["attribute set of string", { a: 1, b: 2 }],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              s: mkOption({
                type: types.submodule({ options: { b: mkOption({ type: types.int, default: 2 }) } }),
              }),
            },
          },
          {
            options: {
              s: mkOption({
                type: types.submodule({
                  freeformType: types.attrsOf(types.str),
                  options: { a: mkOption({ type: types.int, default: 1 }) },
                }),
                default: {},
              }),
            },
          },
        ],
        (r) => [r.options.s.type.description, r.config.s],
      );
    },
  },
  {
    name: "m11",
    nix: { a: { port: 8080, url: "http://localhost:8080" }, b: { port: 80, url: "http://localhost:80" } },
    run: ({ run }) => {
      const base = {
        options: {
          services: {
            web: mkOption({
              type: types.attrsOf(
                types.submodule({ options: { port: mkOption({ type: types.port, default: 80 }) } }),
              ),
              default: {},
            }),
          },
        },
      };
      const ext = {
        options: {
          services: {
            web: mkOption({
              type: types.attrsOf(
                types.submodule(({ config }: any) => ({
                  options: {
                    url: mkOption({
                      type: types.str,
                      default: lazy(() => `http://localhost:${config.port}`),
                    }),
                  },
                })),
              ),
            }),
          },
        },
      };
      run([base, ext, { services: { web: { a: { port: 8080 }, b: {} } } }], (c) => c.services.web);
    },
  },
  {
    name: "m12",
    nix: { x: { l: ["decl2", "decl1", "def"] } },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.attrsOf(
                  types.submodule({
                    options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
                    config: { l: ["decl1"] },
                  }),
                ),
                default: {},
              }),
            },
          },
          {
            options: { s: mkOption({ type: types.attrsOf(types.submodule({ config: { l: ["decl2"] } })) }) },
          },
          { s: { x: { l: ["def"] } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "m13",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      run(
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
          {
            options: {
              s: mkOption({
                type: types.lazyAttrsOf(
                  types.submodule({ options: { b: mkOption({ type: types.int, default: 1 }) } }),
                ),
              }),
            },
          },
          { s: { x: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "m14",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.attrsOf(
                  types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }),
                ),
                default: {},
                description: "first",
              }),
            },
          },
          {
            options: {
              s: mkOption({
                type: types.attrsOf(
                  types.submodule({ options: { b: mkOption({ type: types.int, default: 1 }) } }),
                ),
                description: "second",
              }),
            },
          },
          { s: { x: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "m15",
    nix: { a: 5, b: 2 },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.nullOr(
                  types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }),
                ),
                default: null,
              }),
            },
          },
          {
            options: {
              s: mkOption({
                type: types.nullOr(
                  types.submodule({ options: { b: mkOption({ type: types.int, default: 2 }) } }),
                ),
              }),
            },
          },
          { s: { a: 5 } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "m16",
    nix: { a: 1, b: 2 },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }),
                default: {},
              }),
            },
          },
          { options: { s: { b: mkOption({ type: types.int, default: 2 }) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "m17",
    nix: { x: { inner: { a: 1, b: 3 } } },
    run: ({ run }) => {
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.attrsOf(
                  types.submodule({
                    options: {
                      inner: mkOption({
                        type: types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } }),
                        default: {},
                      }),
                    },
                  }),
                ),
                default: {},
              }),
            },
          },
          {
            options: {
              s: mkOption({
                type: types.attrsOf(
                  types.submodule({
                    options: {
                      inner: mkOption({
                        type: types.submodule({ options: { b: mkOption({ type: types.int, default: 2 }) } }),
                      }),
                    },
                  }),
                ),
              }),
            },
          },
          { s: { x: { inner: { b: 3 } } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "m18",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      run(
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
          { options: { s: mkOption({ type: types.attrsOf(types.int) }) } },
          { s: { x: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "n01",
    nix: {
      a: { listen: { addr: "::1", port: 8080 }, name: "svc" },
      b: { listen: { addr: "0.0.0.0", port: 80 }, name: "svc" },
    },
    run: ({ run }) => {
      const listen = types.submodule({
        options: {
          addr: mkOption({ type: types.str, default: "0.0.0.0" }),
          port: mkOption({ type: types.port, default: 80 }),
        },
      });
      const svc = types.submodule({
        options: {
          listen: mkOption({ type: listen, default: {} }),
          name: mkOption({ type: types.str, default: "svc" }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(svc), default: {} }) } },
          { s: { a: { listen: { port: 8080 } } } },
          { s: { a: { listen: { addr: "::1" } }, b: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "n02",
    nix: { a: { sub: { x: { v: 3 }, y: { v: 2 } } }, b: { sub: { z: { v: 0 } } } },
    run: ({ run }) => {
      const inner = types.submodule({ options: { v: mkOption({ type: types.int, default: 0 }) } });
      const outer = types.submodule({
        options: { sub: mkOption({ type: types.attrsOf(inner), default: {} }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(outer), default: {} }) } },
          { s: { a: { sub: { x: { v: 1 }, y: mkForce({ v: 2 }) } } } },
          { s: { a: { sub: { x: { v: mkForce(3) }, y: { v: 4 } } }, b: { sub: { z: mkDefault({}) } } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "n03",
    nix: [{ v: 0 }, { v: 1 }, { v: 0 }, { v: 3 }],
    run: ({ run }) => {
      const inner = types.submodule({ options: { v: mkOption({ type: types.int, default: 0 }) } });
      const outer = types.submodule({
        options: { items: mkOption({ type: types.listOf(inner), default: [] }) },
      });
      const m3 = { s: { a: { items: [{ v: 3 }] } } };
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(outer), default: {} }) } },
          { imports: [m3], s: { a: { items: [{ v: 1 }] } } },
          { s: { a: { items: mkBefore([{ v: 0 }]) } } },
          { s: { a: { items: [{}] } } },
        ],
        (c) => c.s.a.items,
      );
    },
  },
  {
    name: "n04",
    nix: {
      a: { host: "x", inner: { url: "http://x" } },
      b: { host: "h", inner: { url: "http://h" } },
      c: { host: "h", inner: { url: "set" } },
    },
    run: ({ run }) => {
      const outer = types.submodule(({ config }: any) => ({
        options: {
          host: mkOption({ type: types.str, default: "h" }),
          inner: mkOption({
            type: types.submodule({
              options: { url: mkOption({ type: types.str, default: lazy(() => `http://${config.host}`) }) },
            }),
            default: {},
          }),
        },
      }));
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(outer), default: {} }) } },
          { s: { a: { host: "x" }, b: {}, c: { inner: { url: "set" } } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "n05",
    nix: { a: { inner: { x: 0, y: 2 } }, b: { inner: { x: 1, y: 0 } } },
    run: ({ run }) => {
      const inner = types.submodule({
        options: {
          x: mkOption({ type: types.int, default: 0 }),
          y: mkOption({ type: types.int, default: 0 }),
        },
      });
      const outer = types.submodule({ options: { inner: mkOption({ type: inner, default: {} }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(outer), default: {} }) } },
          { s: { a: { inner: mkDefault({ x: 1 }) } } },
          { s: { a: { inner: { y: 2 } }, b: { inner: mkDefault({ x: 1 }) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "n06",
    nix: { p: { b: { q: { c: { r: { v: 1 }, s: { v: 4 } } } } } },
    run: ({ run }) => {
      const l3 = types.submodule({ options: { v: mkOption({ type: types.int, default: 0 }) } });
      const l2 = types.submodule({ options: { c: mkOption({ type: types.attrsOf(l3), default: {} }) } });
      const l1 = types.submodule({ options: { b: mkOption({ type: types.attrsOf(l2), default: {} }) } });
      run(
        [
          { options: { a: mkOption({ type: types.attrsOf(l1), default: {} }) } },
          { a: { p: { b: { q: { c: { r: { v: mkOverride(10, 1) } } } } } } },
          { a: { p: { b: { q: { c: { r: { v: mkForce(2) }, s: { v: mkOverride(60, 3) } } } } } } },
          { a: { p: { b: { q: { c: { s: { v: mkForce(4) } } } } } } },
        ],
        (c) => c.a,
      );
    },
  },
  {
    name: "n07",
    nix: { a: { inner: { b: { full: "b" } }, tag: "a" }, c: { inner: { d: { full: "set" } }, tag: "c" } },
    run: ({ run }) => {
      const outer = types.submodule(({ name }: any) => ({
        options: {
          inner: mkOption({
            type: types.attrsOf(
              types.submodule(({ name }: any) => ({
                options: { full: mkOption({ type: types.str, default: `${name}` }) },
              })),
            ),
            default: {},
          }),
          tag: mkOption({ type: types.str, default: name }),
        },
      }));
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(outer), default: {} }) } },
          { s: { a: { inner: { b: {} } }, c: { inner: { d: { full: "set" } } } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "n08",
    nix: { a: { inner: { b: { full: "a-b" }, c: { full: "a-c" } } }, x: { inner: { y: { full: "x-y" } } } },
    run: ({ run }) => {
      const outer = types.submodule(({ name }: any) => {
        const on = name;
        return {
          options: {
            inner: mkOption({
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: { full: mkOption({ type: types.str, default: `${on}-${name}` }) },
                })),
              ),
              default: {},
            }),
          },
        };
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(outer), default: {} }) } },
          { s: { a: { inner: { b: {}, c: {} } }, x: { inner: { y: {} } } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "n09",
    nix: { a: { tls: null }, b: { tls: { cert: "c", key: "k" } } },
    run: ({ run }) => {
      const tls = types.submodule({
        options: { cert: mkOption({ type: types.str }), key: mkOption({ type: types.str, default: "k0" }) },
      });
      const vhost = types.submodule({
        options: { tls: mkOption({ type: types.nullOr(tls), default: null }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(vhost), default: {} }) } },
          { s: { a: {}, b: { tls: { cert: "c" } } } },
          { s: { b: { tls: { key: "k" } } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "n10",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const tls = types.submodule({
        options: { cert: mkOption({ type: types.str }), key: mkOption({ type: types.str, default: "k0" }) },
      });
      const vhost = types.submodule({
        options: { tls: mkOption({ type: types.nullOr(tls), default: null }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(vhost), default: {} }) } },
          { s: { b: { tls: { cert: "c" } } } },
          { s: { b: { tls: null } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "n11",
    nix: { b: { tls: null } },
    run: ({ run }) => {
      const tls = types.submodule({
        options: { cert: mkOption({ type: types.str }), key: mkOption({ type: types.str, default: "k0" }) },
      });
      const vhost = types.submodule({
        options: { tls: mkOption({ type: types.nullOr(tls), default: null }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(vhost), default: {} }) } },
          { s: { b: { tls: { cert: "c" } } } },
          { s: { b: { tls: mkForce(null) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "n12",
    nix: {
      eth0: {
        ipv4: {
          addresses: [
            { address: "10.0.0.0", prefixLength: 24 },
            { address: "10.0.0.1", prefixLength: 24 },
            { address: "10.0.0.2", prefixLength: 16 },
          ],
        },
        mtu: 1400,
      },
      lo: { ipv4: { addresses: [] }, mtu: null },
    },
    run: ({ run }) => {
      const addr = types.submodule({
        options: {
          address: mkOption({ type: types.str }),
          prefixLength: mkOption({ type: types.int, default: 24 }),
        },
      });
      const iface = types.submodule({
        options: {
          ipv4: { addresses: mkOption({ type: types.listOf(addr), default: [] }) },
          mtu: mkOption({ type: types.nullOr(types.int), default: null }),
        },
      });
      run(
        [
          { options: { interfaces: mkOption({ type: types.attrsOf(iface), default: {} }) } },
          { interfaces: { eth0: { ipv4: { addresses: [{ address: "10.0.0.1" }] } } } },
          {
            interfaces: {
              eth0: { ipv4: { addresses: mkAfter([{ address: "10.0.0.2", prefixLength: 16 }]) }, mtu: 1400 },
            },
          },
          { interfaces: { eth0: { ipv4: { addresses: mkBefore([{ address: "10.0.0.0" }]) } }, lo: {} } },
        ],
        (c) => c.interfaces,
      );
    },
  },
  {
    name: "n13",
    nix: { m: { a: [{ v: 1 }, { v: 2 }] } },
    run: ({ run }) => {
      const inner = types.submodule({ options: { v: mkOption({ type: types.int, default: 0 }) } });
      const outer = types.submodule({
        options: { m: mkOption({ type: types.attrsOf(types.listOf(inner)), default: {} }) },
      });
      run(
        [
          { options: { s: mkOption({ type: outer, default: {} }) } },
          { s: { m: { a: [{ v: 1 }] } } },
          { s: { m: { a: [{ v: 2 }], b: mkIf(false, [{}]) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "n14",
    nix: { a: { inner: { v: 7 } }, b: { inner: { v: 1 } }, c: { inner: { v: 2 } } },
    run: ({ run }) => {
      const inner = types.submodule({ options: { v: mkOption({ type: types.int, default: 0 }) } });
      const outer = types.submodule({ options: { inner: mkOption({ type: inner, default: { v: 7 } }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(outer), default: {} }) } },
          { s: { a: {}, b: { inner: { v: 1 } }, c: { inner: mkDefault({ v: 2 }) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "n15",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      const inner = types.submodule({ options: { v: mkOption({ type: types.int }) } });
      const outer = types.submodule({
        options: { inner: mkOption({ type: types.attrsOf(inner), default: {} }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(outer), default: {} }) } },
          { s: { a: { inner: { b: { v: "str" } } } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "n16",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const inner = types.submodule({ options: { v: mkOption({ type: types.int }) } });
      const outer = types.submodule({
        options: { inner: mkOption({ type: types.attrsOf(inner), default: {} }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(outer), default: {} }) } },
          { s: { a: { inner: { b: { w: 1 } } } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "n17",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      const inner = types.submodule({ options: { v: mkOption({ type: types.int }) } });
      const outer = types.submodule({
        options: { inner: mkOption({ type: types.attrsOf(inner), default: {} }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(outer), default: {} }) } },
          { s: { a: { inner: { b: {} } } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "n18",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const inner = types.submodule({ options: { v: mkOption({ type: types.int }) } });
      const outer = types.submodule({
        options: { inner: mkOption({ type: types.attrsOf(inner), default: {} }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(outer), default: {} }) } },
          { s: { a: { inner: { b: { v: 1 } } } } },
          { s: { a: { inner: { b: { v: 2 } } } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "n19",
    nix: {
      a: { inner: { v: 3, w: 30 }, total: 33 },
      b: { inner: { v: 1, w: 10 }, total: 11 },
      c: { inner: { v: 1, w: 5 }, total: 6 },
    },
    run: ({ run }) => {
      const inner = types.submodule(({ config }: any) => ({
        options: {
          v: mkOption({ type: types.int, default: 1 }),
          w: mkOption({ type: types.int, default: lazy(() => config.v * 10) }),
        },
      }));
      const outer = types.submodule(({ config }: any) => ({
        options: {
          inner: mkOption({ type: inner, default: {} }),
          total: mkOption({ type: types.int, default: lazy(() => config.inner.w + config.inner.v) }),
        },
      }));
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(outer), default: {} }) } },
          { s: { a: { inner: { v: 3 } }, b: {}, c: { inner: { w: 5 } } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "n20",
    nix: { a: { inner: { l: ["m2", "m1", "outer-own"] } }, b: { inner: { l: ["outer-own"] } } },
    run: ({ run }) => {
      const inner = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
      });
      const outer = types.submodule({
        options: { inner: mkOption({ type: inner, default: {} }) },
        config: { inner: { l: ["outer-own"] } },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(outer), default: {} }) } },
          { s: { a: { inner: { l: ["m1"] } } } },
          { s: { a: { inner: { l: mkBefore(["m2"]) } }, b: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "o01",
    nix: ["before", "mid1", "mid2", "after"],
    run: ({ run }) => {
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { l: mkAfter(["after"]) } } },
          { s: { x: { l: ["mid1"] } } },
          { s: { x: { l: mkBefore(["before"]) } } },
          { s: { x: { l: ["mid2"] } } },
        ],
        (c) => c.s.x.l,
      );
    },
  },
  {
    name: "o02",
    nix: ["400", "700", "1000", "1600", "1600b"],
    run: ({ run }) => {
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { l: mkOrder(700, ["700"]) } } },
          { s: { x: { l: ["1000"] } } },
          { s: { x: { l: mkOrder(1600, ["1600"]) } } },
          { s: { x: { l: mkOrder(400, ["400"]) } } },
          { s: { x: { l: mkOrder(1600, ["1600b"]) } } },
        ],
        (c) => c.s.x.l,
      );
    },
  },
  {
    name: "o03",
    nix: ["type-before", "def-before", "def"],
    run: ({ run }) => {
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
        config: { l: mkBefore(["type-before"]) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { l: mkBefore(["def-before"]) } } },
          { s: { x: { l: ["def"] } } },
        ],
        (c) => c.s.x.l,
      );
    },
  },
  {
    name: "o04",
    nix: ["fn", "type", "def1", "def3"],
    run: ({ run }) => {
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
        config: { l: ["type"] },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { l: ["def1"] } } },
          { s: { x: () => ({ l: ["fn"] }) } },
          { s: { x: { l: ["def3"] } } },
        ],
        (c) => c.s.x.l,
      );
    },
  },
  {
    name: "o05",
    nix: ["first", "m4i", "m3", "m5", "m2", "m1"],
    run: ({ run }) => {
      const sub = types.submodule({ options: { v: mkOption({ type: types.str }) } });
      const m3 = { l: [{ v: "m3" }] };
      const m2 = { imports: [m3], l: [{ v: "m2" }] };
      run(
        [
          { options: { l: mkOption({ type: types.listOf(sub), default: [] }) } },
          { l: [{ v: "m1" }] },
          m2,
          { l: mkBefore([{ v: "first" }]), imports: [{ l: [{ v: "m4i" }] }] },
          { l: [{ v: "m5" }] },
        ],
        (c) => c.l.map((x: any) => x.v),
      );
    },
  },
  {
    name: "o06",
    nix: ["0", "10", "9", "C", "_x", "a", "a-b", "b"],
    run: ({ run }) => {
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(types.int), default: {} }) } },
          { s: { b: 1, a: mkIf(true, 2), C: 3, _x: 4, "a-b": 5, Z: mkIf(false, 6) } },
          { s: { "0": 7, "10": 8, "9": 9 } },
        ],
        (c) => Object.keys(c.s).sort(),
      );
    },
  },
  {
    name: "o07",
    nix: ["Mid=0", "alpha=2", "zeta=1"],
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          {
            options: {
              s: mkOption({ type: types.attrsOf(sub), default: {} }),
              out: mkOption({ type: types.listOf(types.str), default: [] }),
            },
          },
          {
            config: ({ config }: any) => ({
              out: Object.entries(config.s).map(([n, v]: any) => `${n}=${v.a}`),
            }),
          },
          { s: { zeta: { a: 1 }, alpha: mkIf(true, { a: 2 }), Mid: {}, beta: mkIf(false, {}) } },
        ],
        (c) => c.out,
      );
    },
  },
  {
    name: "o08",
    nix: ["top", "a1", "b0", "b1", "c1"],
    run: ({ run }) => {
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
      });
      run(
        [
          {
            options: {
              s: mkOption({ type: types.attrsOf(sub), default: {} }),
              all: mkOption({ type: types.listOf(types.str), default: [] }),
            },
          },
          { config: ({ config }: any) => ({ all: Object.values(config.s).flatMap((v: any) => v.l) }) },
          { s: { b: { l: ["b1"] }, a: { l: ["a1"] } } },
          { s: { b: { l: mkBefore(["b0"]) }, c: { l: ["c1"] } }, all: mkBefore(["top"]) },
        ],
        (c) => c.all,
      );
    },
  },
  {
    name: "o09",
    nix: [0, 3, 5, 1, 4, 9],
    run: ({ run }) => {
      const inner = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.int), default: [] }) },
      });
      const outer = types.submodule({ options: { i: mkOption({ type: inner, default: {} }) } });
      const mI = { s: { x: { i: { l: [3] } } } };
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(outer), default: {} }) } },
          { imports: [mI], s: { x: { i: { l: [1] } } } },
          { s: { x: () => ({ i: { l: mkAfter([9]) }, imports: [{ i: { l: [4] } }] }) } },
          { s: { x: { i: mkMerge([{ l: [5] }, { l: mkBefore([0]) }]) } } },
        ],
        (c) => c.s.x.i.l,
      );
    },
  },
  {
    name: "o10",
    nix: [[4, 3], [1], [2]],
    run: ({ run }) => {
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.int), default: [] }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.listOf(sub), default: [] }) } },
          { s: [{ l: [1] }] },
          { s: mkAfter([{ l: mkBefore([2]) }]) },
          { s: mkBefore([{ l: mkMerge([[3], mkBefore([4])]) }]) },
        ],
        (c) => c.s.map((x: any) => x.l),
      );
    },
  },
  {
    name: "o11",
    nix: { x: { l: ["default-x", "optdef"] }, y: { l: ["default-y"] }, z: { l: ["o1500"] } },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: { l: mkOption({ type: types.listOf(types.str), default: [`default-${name}`] }) },
      }));
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { l: mkOptionDefault(["optdef"]) }, y: {}, z: { l: mkOrder(1500, ["o1500"]) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "o12",
    nix: ["b1", "b2", "n1", "a1", "a2"],
    run: ({ run }) => {
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { l: mkMerge([mkAfter(["a1"]), ["n1"], mkBefore(["b1"])]) } } },
          { s: { x: { l: mkIf(true, mkBefore(["b2"])) } } },
          { s: { x: { l: mkMerge([mkIf(false, mkBefore(["no"])), mkAfter(["a2"])]) } } },
        ],
        (c) => c.s.x.l,
      );
    },
  },
  {
    name: "o13",
    nix: ["shared", "b", "a"],
    run: ({ run }) => {
      const sub = types.submodule({ options: { v: mkOption({ type: types.str }) } });
      const m = { l: [{ v: "shared" }], key: "K" };
      run(
        [
          { options: { l: mkOption({ type: types.listOf(sub), default: [] }) } },
          { imports: [m], l: [{ v: "a" }] },
          { imports: [m], l: [{ v: "b" }] },
        ],
        (c) => c.l.map((x: any) => x.v),
      );
    },
  },
  {
    name: "o14",
    nix: ["key", "whole"],
    run: ({ run }) => {
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: mkBefore({ x: { l: ["whole"] } }) },
          { s: { x: { l: ["key"] } } },
        ],
        (c) => c.s.x.l,
      );
    },
  },
  {
    name: "o15",
    nix: ["m1", "key", "m2"],
    run: ({ run }) => {
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { l: ["key"] } } },
          { s: mkMerge([{ x: { l: mkBefore(["m1"]) } }, { x: { l: ["m2"] } }]) },
        ],
        (c) => c.s.x.l,
      );
    },
  },
  {
    name: "o17",
    nix: { x: { l: ["from-y:y,late"] }, y: { l: ["y", "late"] } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { y: { l: ["y"] } } },
          {
            config: ({ config }: any) => ({
              s: { x: { l: lazy(() => [`from-y:${config.s.y.l.join(",")}`]) }, y: { l: mkAfter(["late"]) } },
            }),
          },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "p01",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { a: mkOptionDefault(2) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "p02",
    nix: { x: { a: 1 }, y: { a: 1 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { a: mkOptionDefault(1) }, y: { a: mkOverride(1501, 5) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "p03",
    nix: { x: { l: ["d", "od1", "od2"] }, y: { l: ["p1499"] } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { l: mkOption({ type: types.listOf(types.str), default: ["d"] }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { l: mkOptionDefault(["od1"]) } } },
          { s: { x: { l: mkOptionDefault(["od2"]) }, y: { l: mkOverride(1499, ["p1499"]) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "p04",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({
        options: { a: mkOption({ type: types.int, default: 1 }) },
        config: { a: mkDefault(2) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: {}, y: { a: 3 }, z: { a: mkDefault(4) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "p05",
    nix: { x: { a: 2 }, y: { a: 2 }, z: { a: 4 } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { a: mkOption({ type: types.int, default: 1 }) },
        config: { a: mkForce(2) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: {}, y: { a: 3 }, z: { a: mkOverride(10, 4) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "p06",
    nix: { x: { a: 2 }, y: { a: 3 } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { a: mkOption({ type: types.int, default: 1 }) },
        config: { a: mkOverride(1200, 2) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: {}, y: { a: mkDefault(3) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "p07",
    nix: { a: { inner: { x: 1, y: 0 } } },
    run: ({ run }) => {
      const inner = types.submodule({
        options: {
          x: mkOption({ type: types.int, default: 0 }),
          y: mkOption({ type: types.int, default: 0 }),
        },
      });
      const outer = types.submodule({ options: { inner: mkOption({ type: inner, default: {} }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(outer), default: {} }) } },
          { s: { a: mkForce({ inner: { x: 1 } }) } },
          { s: { a: { inner: { y: 2 } } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "p08",
    nix: { a: { inner: { x: 1, y: 0 } } },
    run: ({ run }) => {
      const inner = types.submodule({
        options: {
          x: mkOption({ type: types.int, default: 0 }),
          y: mkOption({ type: types.int, default: 0 }),
        },
      });
      const outer = types.submodule({ options: { inner: mkOption({ type: inner, default: {} }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(outer), default: {} }) } },
          { s: { a: { inner: mkForce({ x: 1 }) } } },
          { s: { a: { inner: { y: 2, x: mkOverride(40, 5) } } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "p09",
    nix: { y: { a: 2 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: mkDefault({ x: { a: 1 } }) },
          { s: { y: mkDefault({ a: 2 }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "p10",
    nix: { x: { a: 1 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: { d: {} } }) } },
          { s: mkDefault({ x: {} }) },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "p11",
    nix: { a: { x: 1 }, b: { z: 3 } },
    run: ({ run }) => {
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(types.attrsOf(types.int)), default: {} }) } },
          { s: { a: mkForce({ x: 1 }) } },
          { s: { a: { y: 2 }, b: { z: 3 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "p12",
    nix: { x: { a: 1, b: 4 } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 1 }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.lazyAttrsOf(sub), default: {} }) } },
          { s: { x: mkOverride(900, { a: 2 }) } },
          { s: { x: mkDefault({ b: 3 }) } },
          { s: { x: { b: mkOverride(900, 4) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "p13",
    nix: [{ a: 3 }],
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { l: mkOption({ type: types.listOf(sub), default: [] }) } },
          { l: mkDefault([{ a: 2 }]) },
          { l: [{ a: 3 }] },
        ],
        (c) => c.l,
      );
    },
  },
  {
    name: "p14",
    nix: [{ a: 9 }, { a: 2 }],
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { l: mkOption({ type: types.listOf(sub), default: [{ a: 9 }] }) } },
          { l: mkOptionDefault([{ a: 2 }]) },
        ],
        (c) => c.l,
      );
    },
  },
  {
    name: "p15",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [{ options: { s: mkOption({ type: sub, default: { a: 5 } }) } }, { s: mkOptionDefault({ a: 6 }) }],
        (c) => c.s,
      );
    },
  },
  {
    name: "p16",
    nix: { a: 1, b: 2 },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 1 }),
        },
      });
      run(
        [{ options: { s: mkOption({ type: sub, default: { a: 5 } }) } }, { s: { b: mkDefault(2) } }],
        (c) => c.s,
      );
    },
  },
  {
    name: "p17",
    nix: { a: 5, b: 2 },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 1 }),
        },
      });
      run(
        [{ options: { s: mkOption({ type: sub, default: { a: 5 } }) } }, { s: mkOptionDefault({ b: 2 }) }],
        (c) => c.s,
      );
    },
  },
  {
    name: "p18",
    nix: { d: { a: 5, b: 2 } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 1 }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: { d: { a: 5 } } }) } },
          { s: mkOptionDefault({ d: { b: 2 } }) },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "p19",
    nix: [100, 3, 2],
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
          { s: { x: mkDefault({ a: 2 }) } },
          { s: { x: { a: mkForce(3) }, y: {} } },
        ],
        (r) => [r.options.s.highestPrio, r.config.s.x.a, r.options.s.definitions.length],
      );
    },
  },
  {
    name: "p20",
    nix: [1000, true],
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
          { s: mkDefault({ x: { a: 2 } }) },
        ],
        (r) => [r.options.s.highestPrio, r.options.s.isDefined],
      );
    },
  },
  {
    name: "p21",
    nix: { w: 50, x: 1500, y: 100, z: 1000 },
    run: ({ run }) => {
      const sub = types.submodule(({ options }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          prio: mkOption({ type: types.int, default: lazy(() => options.a.highestPrio) }),
        },
      }));
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: {}, y: { a: 2 }, z: { a: mkDefault(3) }, w: { a: mkForce(4) } } },
        ],
        (c) => Object.fromEntries(Object.entries(c.s).map(([n, v]: any) => [n, v.prio])),
      );
    },
  },
  {
    name: "p22",
    nix: { x: { a: 2 }, y: { a: 1 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: mkVMOverride({ a: 2 }) } },
          { s: { x: mkForce({ a: 3 }) } },
          { s: { y: mkMerge([mkOverride(5, {}), { a: 7 }]) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "q01",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run(
        [
          { options: { a: mkOption({ type: types.int }), b: mkOption({ type: types.int, default: 0 }) } },
          { config: ({ config }: any) => ({ b: config.a + 1 }) },
        ],
        (c) => c.b,
      );
    },
  },
  {
    name: "q02",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      run(
        [
          { options: { a: mkOption({ type: types.int }), b: mkOption({ type: types.int, default: 0 }) } },
          {
            config: ({ config }: any) => ({
              get b() {
                return config.a + 1;
              },
            }),
          },
        ],
        (c) => c.b,
      );
    },
  },
  {
    name: "q03",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      run(
        [{ options: { a: mkOption({ type: types.int, default: 0 }) } }, { _file: "virtual.nix", a: "bad" }],
        (c) => c.a,
      );
    },
  },
  {
    name: "q04",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ _file: "virtual.nix", a: 1 }) } },
          { s: { x: { a: 2 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "q05",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { _file: "outer.nix", s: { x: { a: 1 } } },
          { s: { x: { a: 2 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "q06",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({
        _file: "type.nix",
        options: { a: mkOption({ type: types.int, default: 0 }) },
        config: { a: 1 },
      });
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } }, { s: { x: { a: 2 } } }],
        (c) => c.s,
      );
    },
  },
  {
    name: "q07",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ imports: [{ _file: "imp.nix", a: 1 }] }) } },
          { s: { x: { a: 2 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "q08",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { _file: "virtual.nix", a: 1 } } },
          { s: { x: { a: 2 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "r01",
    nix: { a: { v: "H-a" }, b: { v: "own" } },
    run: ({ run }) => {
      const top = ({ config }: any) => ({
        options: {
          g: mkOption({ type: types.str, default: "G" }),
          s: mkOption({
            type: types.attrsOf(
              types.submodule(({ name }: any) => ({
                options: { v: mkOption({ type: types.str, default: lazy(() => `${config.g}-${name}`) }) },
              })),
            ),
            default: {},
          }),
        },
      });
      run([top, { s: { a: {}, b: { v: "own" } }, g: "H" }], (c) => c.s);
    },
  },
  {
    name: "r02",
    nix: { x: { a: 5, b: 6 }, y: { a: 1, b: 2 }, z: { a: 1, b: 0 } },
    run: ({ run }) => {
      const sub = types.submodule(({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: lazy(() => config.a + 1) }),
        },
      }));
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { a: 5 }, y: {}, z: { b: 0 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "r03",
    nix: {
      x: { enable: true, l: ["on-x"] },
      y: { enable: false, l: [] },
      z: { enable: true, l: ["on-z", "extra"] },
    },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: { enable: mkEnableOption("e"), l: mkOption({ type: types.listOf(types.str), default: [] }) },
        config: ({ config }: any) => mkIf(config.enable, { l: [`on-${name}`] }),
      }));
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { enable: true }, y: {}, z: { enable: true, l: ["extra"] } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "r04",
    nix: [1, 3],
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          en: mkOption({ type: types.bool, default: true }),
        },
      });
      run(
        [
          {
            options: {
              s: mkOption({ type: types.attrsOf(sub), default: {} }),
              out: mkOption({ type: types.listOf(types.int), default: [] }),
            },
          },
          {
            config: ({ config }: any) => ({
              out: Object.entries(config.s)
                .filter(([n, v]: any) => v.en)
                .map(([n, v]: any) => v.a),
            }),
          },
          { s: { x: { a: 3 }, y: { a: 4, en: false }, w: {} } },
        ],
        (c) => c.out,
      );
    },
  },
  {
    name: "r05",
    nix: { x: { a: 3, b: true }, y: { a: 1, b: false }, z: { a: 2, b: true } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: { a: mkOption({ type: types.int, default: 1 }), b: mkOption({ type: types.bool }) },
        config: ({ options }: any) => ({ b: options.a.isDefined && options.a.highestPrio < 1500 }),
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { a: 3 }, y: {}, z: { a: mkDefault(2) } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "r06",
    nix: { a: { peers: ["b", "c"] }, b: { peers: ["a", "c"] }, c: { peers: ["z"] } },
    run: ({ run }) => {
      const top = ({ config }: any) => ({
        options: {
          s: mkOption({
            type: types.attrsOf(
              types.submodule(({ name }: any) => ({
                options: {
                  peers: mkOption({
                    type: types.listOf(types.str),
                    default: lazy(() => Object.keys(config.s).filter((k) => k !== name)),
                  }),
                },
              })),
            ),
            default: {},
          }),
        },
      });
      run([top, { s: { a: {}, b: {}, c: { peers: ["z"] } } }], (c) => c.s);
    },
  },
  {
    name: "r07",
    nix: { a: { x: 7, y: 0 }, b: { x: 0, y: 8 } },
    run: ({ run }) => {
      const top = ({ config }: any) => ({
        options: {
          s: mkOption({
            type: types.attrsOf(
              types.submodule(({ name }: any) => ({
                options: {
                  x: mkOption({ type: types.int, default: 0 }),
                  y: mkOption({
                    type: types.int,
                    default: lazy(() => (name === "a" ? 0 : config.s.a.x + 1)),
                  }),
                },
              })),
            ),
            default: {},
          }),
        },
      });
      run([top, { s: { a: { x: 5 }, b: {} } }, { s: { a: { x: mkForce(7) } } }], (c) => c.s);
    },
  },
  {
    name: "r08",
    nix: { ssh: { name: "secure", port: 22 }, web: { name: "web", port: 80 } },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: { port: mkOption({ type: types.port }), name: mkOption({ type: types.str, default: name }) },
      }));
      run(
        [
          {
            options: {
              ports: mkOption({ type: types.attrsOf(types.port), default: {} }),
              s: mkOption({ type: types.attrsOf(sub), default: {} }),
            },
          },
          {
            config: ({ config }: any) => ({
              s: Object.fromEntries(Object.entries(config.ports).map(([n, v]) => [n, { port: v }])),
            }),
          },
          { ports: { web: 80, ssh: 22 }, s: { ssh: { name: "secure" } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "r09",
    nix: [22, 80, 443],
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: {
          port: mkOption({ type: types.port, default: 1 }),
          open: mkOption({ type: types.bool, default: false }),
        },
      }));
      run(
        [
          {
            options: {
              s: mkOption({ type: types.attrsOf(sub), default: {} }),
              fw: mkOption({ type: types.listOf(types.port), default: [] }),
            },
          },
          {
            config: ({ config }: any) => ({
              fw: Object.values(config.s).flatMap((v: any) => (v.open ? [v.port] : [])),
            }),
          },
          { s: { a: { port: 80, open: true }, b: { port: 81 }, c: { port: 443, open: true } }, fw: [22] },
        ],
        (c) => c.fw,
      );
    },
  },
  {
    name: "r10",
    nix: { x: { n: 0, v: "x" }, yy: { n: 2, v: "" } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          v: mkOption({ type: types.str, default: "" }),
          n: mkOption({ type: types.int, default: 0 }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: ({ name }: any) => ({ v: name }), yy: ({ name }: any) => ({ n: name.length }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "r11",
    nix: { x: { a: 21, b: 42 } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: () => ({ config: ({ config }: any) => ({ b: config.a * 2 }) }) } },
          { s: { x: { a: 21 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "r12",
    nix: { x: { a: 21, b: 42 } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          {
            s: {
              x: ({ config }: any) => ({
                get b() {
                  return config.a * 2;
                },
              }),
            },
          },
          { s: { x: { a: 21 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "r13",
    nix: { x: { a: 5 }, y: { a: 3 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          {
            options: {
              base: mkOption({ type: types.int, default: 1 }),
              s: mkOption({ type: types.attrsOf(sub), default: {} }),
            },
          },
          {
            config: ({ config }: any) => ({
              s: { x: { a: config.base + 1 }, y: { a: mkDefault(config.base * 10) } },
            }),
          },
          { base: 4, s: { y: { a: 3 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "r14",
    nix: { x: { n: "x" }, y: { n: "set" } },
    run: ({ run }) => {
      const sub = types.submodule(({ config }: any) => ({
        options: { n: mkOption({ type: types.str, default: lazy(() => config._module.args.name) }) },
      }));
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: {}, y: { n: "set" } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "r15",
    nix: { x: { a: 3, b: 300 } },
    run: ({ run }) => {
      const sub = types.submodule(({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: lazy(() => config.a * 100) }),
        },
      }));
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { a: 2 } } },
          { s: { x: { a: mkForce(3) } } },
          { s: { x: mkDefault({ a: 4 }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "r16",
    nix: {
      api: { domainOverride: "o.net", serverName: "api.o.net" },
      www: { domainOverride: "t.org", serverName: "www.t.org" },
      x: { domainOverride: "t.org", serverName: "fixed" },
    },
    run: ({ run }) => {
      const top_domain = "t.org";
      const top = ({ config }: any) => ({
        options: {
          domain: mkOption({ type: types.str, default: "example.org" }),
          vhosts: mkOption({
            type: types.attrsOf(
              types.submodule(({ name, config }: any) => ({
                options: {
                  serverName: mkOption({
                    type: types.str,
                    default: lazy(() => `${name}.${config.domainOverride}`),
                  }),
                  domainOverride: mkOption({ type: types.str, default: top_domain }),
                },
              })),
            ),
            default: {},
          }),
        },
      });
      run(
        [top, { vhosts: { www: {}, api: { domainOverride: "o.net" }, x: { serverName: "fixed" } } }],
        (c) => c.vhosts,
      );
    },
  },
  {
    name: "r17",
    nix: { www: { serverName: "www.d.io" }, x: { serverName: "fixed" } },
    run: ({ run }) => {
      const top = ({ config }: any) => ({
        options: {
          domain: mkOption({ type: types.str, default: "example.org" }),
          vhosts: mkOption({
            type: types.attrsOf(
              types.submodule(({ name }: any) => ({
                options: { serverName: mkOption({ type: types.str }) },
                config: { serverName: mkDefault(lazy(() => `${name}.${config.domain}`)) },
              })),
            ),
            default: {},
          }),
        },
      });
      run([top, { vhosts: { www: {}, x: { serverName: "fixed" } }, domain: "d.io" }], (c) => c.vhosts);
    },
  },
  {
    name: "r18",
    nix: { www: { serverName: "www.d.io" }, x: { serverName: "fixed" } },
    run: ({ run }) => {
      const top = ({ config }: any) => ({
        options: {
          domain: mkOption({ type: types.str, default: "example.org" }),
          vhosts: mkOption({
            type: types.attrsOf(
              types.submodule(({ name }: any) => ({
                options: { serverName: mkOption({ type: types.str }) },
                config: () => ({ serverName: mkDefault(`${name}.${config.domain}`) }),
              })),
            ),
            default: {},
          }),
        },
      });
      run([top, { vhosts: { www: {}, x: { serverName: "fixed" } }, domain: "d.io" }], (c) => c.vhosts);
    },
  },
  {
    name: "r19",
    nix: { x: { a: 50, b: 6 }, y: { a: 1, b: 2 } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 2 }),
        },
        config: ({ config }: any) => ({ a: mkIf(config.b > 5, 50) }),
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { b: 6 }, y: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "r20",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const sub = types.submodule({
        options: { a: mkOption({ type: types.int, default: 1 }) },
        config: ({ config }: any) => ({ a: mkIf(() => config.a > 5, 50) }),
      });
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } }, { s: { x: { a: 6 } } }],
        (c) => c.s,
      );
    },
  },
  {
    name: "r21",
    nix: [
      {
        alice: { home: "/home/alice", isSystem: false },
        bob: { home: "/srv/bob", isSystem: true },
        sys: { home: "/var/empty", isSystem: true },
      },
      ["/home/alice", "/srv/bob", "/var/empty"],
    ],
    run: ({ run }) => {
      const top = ({ config }: any) => ({
        options: {
          users: mkOption({
            type: types.attrsOf(
              types.submodule(({ name }: any) => ({
                options: {
                  home: mkOption({ type: types.str, default: `/home/${name}` }),
                  isSystem: mkOption({ type: types.bool, default: false }),
                },
                config: ({ config }: any) => ({ home: mkIf(config.isSystem, mkOverride(999, "/var/empty")) }),
              })),
            ),
            default: {},
          }),
          homes: mkOption({ type: types.listOf(types.str), default: [] }),
        },
        config: ({ config }: any) => ({ homes: Object.values(config.users).map((u: any) => u.home) }),
      });
      run(
        [top, { users: { alice: {}, sys: { isSystem: true }, bob: { isSystem: true, home: "/srv/bob" } } }],
        (c) => [c.users, c.homes],
      );
    },
  },
  {
    name: "r22",
    nix: { a: 1, b: 1 },
    run: ({ run }) => {
      const sub = types.submodule(({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: lazy(() => config.b) }),
          b: mkOption({ type: types.int, default: lazy(() => config.a) }),
        },
      }));
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: {}, y: { a: 1 } } },
        ],
        (c) => c.s.y,
      );
    },
  },
  {
    name: "r23",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const sub = types.submodule(({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: lazy(() => config.b) }),
          b: mkOption({ type: types.int, default: lazy(() => config.a) }),
        },
      }));
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: {}, y: { a: 1 } } },
        ],
        (c) => c.s.x,
      );
    },
  },
  {
    name: "r24",
    nix: { a: { v: 11, w: 10 }, b: { v: 2, w: 1 } },
    run: ({ run }) => {
      const top = ({ config }: any) => ({
        options: {
          s: mkOption({
            type: types.attrsOf(
              types.submodule(({ name }: any) => ({
                options: {
                  v: mkOption({ type: types.int, default: lazy(() => config.s[name].w + 1) }),
                  w: mkOption({ type: types.int, default: 1 }),
                },
              })),
            ),
            default: {},
          }),
        },
      });
      run([top, { s: { a: { w: 10 }, b: {} } }], (c) => c.s);
    },
  },
  {
    name: "r25",
    nix: { x: { all: ["self", "a", "b"], deps: ["a", "b"] }, y: { all: ["self"], deps: [] } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          deps: mkOption({ type: types.listOf(types.str), default: [] }),
          all: mkOption({ type: types.listOf(types.str), readOnly: true }),
        },
        config: ({ config }: any) => ({ all: ["self", ...config.deps] }),
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { deps: ["a"] } } },
          { s: { x: { deps: ["b"] }, y: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "r26",
    nix: failed,
    kind: "read-only",
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          deps: mkOption({ type: types.listOf(types.str), default: [] }),
          all: mkOption({ type: types.listOf(types.str), readOnly: true }),
        },
        config: ({ config }: any) => ({ all: ["self", ...config.deps] }),
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { all: ["bad"] } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "t01",
    nix: ["thing b: port must be set", "thing c: port must be set"],
    run: ({ run }) => {
      const thing = types.submodule(({ name }: any) => ({
        options: {
          port: mkOption({ type: types.int, default: 0 }),
          assertions: mkOption({ type: types.listOf(types.unspecified), default: [] }),
        },
        config: ({ config }: any) => ({
          assertions: [{ assertion: config.port > 0, message: `thing ${name}: port must be set` }],
        }),
      }));
      const top = {
        options: { things: mkOption({ type: types.attrsOf(thing), default: {} }) },
        config: ({ config }: any) => ({
          assertions: Object.values(config.things).flatMap((v: any) => v.assertions),
        }),
      };
      run([assertionsModule, top, { things: { a: { port: 80 }, b: {}, c: { port: -1 } } }], (c) =>
        failedMessages(c),
      );
    },
  },
  {
    name: "t02",
    nix: [["top", "thing b: port must be set", "thing c: port must be set"], 4],
    run: ({ run }) => {
      const thing = types.submodule(({ name }: any) => ({
        options: {
          port: mkOption({ type: types.int, default: 0 }),
          assertions: mkOption({ type: types.listOf(types.unspecified), default: [] }),
        },
        config: ({ config }: any) => ({
          assertions: [{ assertion: config.port > 0, message: `thing ${name}: port must be set` }],
        }),
      }));
      const top = {
        options: { things: mkOption({ type: types.attrsOf(thing), default: {} }) },
        config: ({ config }: any) => ({
          assertions: Object.values(config.things).flatMap((v: any) => v.assertions),
        }),
      };
      run(
        [
          assertionsModule,
          top,
          {
            things: { a: { port: 80 }, b: {}, c: { port: -1 } },
            assertions: [{ assertion: false, message: "top" }],
          },
        ],
        (c) => [failedMessages(c), c.assertions.length],
      );
    },
  },
  {
    name: "t03",
    nix: ["top-warn", "no user set", "no user set"],
    run: ({ run }) => {
      const thing = types.submodule({
        options: {
          enable: mkEnableOption("t"),
          user: mkOption({ type: types.nullOr(types.str), default: null }),
          warnings: mkOption({ type: types.listOf(types.str), default: [] }),
        },
        config: ({ config }: any) => ({
          warnings: config.enable && config.user === null ? ["no user set"] : [],
        }),
      });
      const top = {
        options: { things: mkOption({ type: types.listOf(thing), default: [] }) },
        config: ({ config }: any) => ({ warnings: config.things.flatMap((t: any) => t.warnings) }),
      };
      run(
        [
          assertionsModule,
          top,
          { things: [{ enable: true }, { enable: true, user: "u" }, {}], warnings: ["top-warn"] },
          { things: [{ enable: true }] },
        ],
        (c) => c.warnings,
      );
    },
  },
  {
    name: "t04",
    nix: ["user alice: normal users need uid >= 1000", "duplicate uids"],
    run: ({ run }) => {
      const top = {
        options: {
          users: mkOption({
            type: types.attrsOf(
              types.submodule(({ name }: any) => ({
                options: {
                  uid: mkOption({ type: types.nullOr(types.int), default: null }),
                  isNormalUser: mkOption({ type: types.bool, default: false }),
                },
              })),
            ),
            default: {},
          }),
        },
        config: ({ config }: any) => {
          const us: any[] = Object.entries(config.users);
          const uids = us.map(([n, u]) => u.uid).filter((x) => x !== null);
          return {
            assertions: [
              ...us.map(([n, u]) => ({
                assertion: !u.isNormalUser || u.uid === null || u.uid >= 1000,
                message: `user ${n}: normal users need uid >= 1000`,
              })),
              { assertion: new Set(uids).size === uids.length, message: "duplicate uids" },
            ],
          };
        },
      };
      run(
        [
          assertionsModule,
          top,
          {
            users: {
              alice: { isNormalUser: true, uid: 500 },
              bob: { isNormalUser: true, uid: 1000 },
              svc: { uid: 1000 },
              carl: { isNormalUser: true },
            },
          },
        ],
        (c) => failedMessages(c),
      );
    },
  },
  {
    name: "t05",
    nix: ["g1/inner b: negative", "g2: no items", "g3/inner c: negative"],
    run: ({ run }) => {
      const inner = types.submodule(({ name }: any) => ({
        options: {
          v: mkOption({ type: types.int, default: 0 }),
          assertions: mkOption({ type: types.listOf(types.unspecified), default: [] }),
        },
        config: ({ config }: any) => ({
          assertions: [{ assertion: config.v >= 0, message: `inner ${name}: negative` }],
        }),
      }));
      const outer = types.submodule(({ name }: any) => ({
        options: {
          items: mkOption({ type: types.attrsOf(inner), default: {} }),
          assertions: mkOption({ type: types.listOf(types.unspecified), default: [] }),
        },
        config: ({ config }: any) => ({
          assertions: [
            ...Object.values(config.items)
              .flatMap((v: any) => v.assertions)
              .map((a: any) => ({ ...a, message: `${name}/${a.message}` })),
            { assertion: Object.keys(config.items).length > 0, message: `${name}: no items` },
          ],
        }),
      }));
      const top = {
        options: { groups: mkOption({ type: types.attrsOf(outer), default: {} }) },
        config: ({ config }: any) => ({
          assertions: Object.values(config.groups).flatMap((v: any) => v.assertions),
        }),
      };
      run(
        [
          assertionsModule,
          top,
          {
            groups: { g1: { items: { a: { v: 1 }, b: { v: -1 } } }, g2: {}, g3: { items: { c: { v: -5 } } } },
          },
        ],
        (c) => failedMessages(c),
      );
    },
  },
  {
    name: "t06",
    nix: [["a enabled without port"], 2],
    run: ({ run }) => {
      const thing = types.submodule(({ name }: any) => ({
        options: {
          enable: mkEnableOption("t"),
          port: mkOption({ type: types.int, default: 0 }),
          assertions: mkOption({ type: types.listOf(types.unspecified), default: [] }),
        },
        config: ({ config }: any) =>
          mkIf(config.enable, {
            assertions: [{ assertion: config.port !== 0, message: `${name} enabled without port` }],
          }),
      }));
      const top = {
        options: { things: mkOption({ type: types.attrsOf(thing), default: {} }) },
        config: ({ config }: any) => ({
          assertions: Object.values(config.things).flatMap((v: any) => v.assertions),
        }),
      };
      run(
        [assertionsModule, top, { things: { a: { enable: true }, b: {}, c: { enable: true, port: 1 } } }],
        (c) => [failedMessages(c), c.assertions.length],
      );
    },
  },
  {
    name: "t07",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      const thing = types.submodule(({ name }: any) => ({
        options: {
          path: mkOption({ type: types.str }),
          assertions: mkOption({ type: types.listOf(types.unspecified), default: [] }),
        },
        config: ({ config }: any) => ({
          assertions: [{ assertion: config.path.startsWith("/"), message: `${name}: path must be absolute` }],
        }),
      }));
      const top = {
        options: { things: mkOption({ type: types.attrsOf(thing), default: {} }) },
        config: ({ config }: any) => ({
          assertions: Object.values(config.things).flatMap((v: any) => v.assertions),
        }),
      };
      run([assertionsModule, top, { things: { a: { path: "/x" }, b: {} } }], (c) => failedMessages(c));
    },
  },
  {
    name: "t07b",
    nix: 2,
    run: ({ run }) => {
      const thing = types.submodule(({ name }: any) => ({
        options: {
          path: mkOption({ type: types.str }),
          assertions: mkOption({ type: types.listOf(types.unspecified), default: [] }),
        },
        config: ({ config }: any) => ({
          assertions: [
            {
              get assertion() {
                return config.path.startsWith("/");
              },
              message: `${name}: path must be absolute`,
            },
          ],
        }),
      }));
      const top = {
        options: { things: mkOption({ type: types.attrsOf(thing), default: {} }) },
        config: ({ config }: any) => ({
          assertions: Object.values(config.things).flatMap((v: any) => v.assertions),
        }),
      };
      run([assertionsModule, top, { things: { a: { path: "/x" }, b: {} } }], (c) => c.assertions.length);
    },
  },
  {
    name: "t08",
    nix: ["x: set only one of a and b", "z: set only one of a and b"],
    run: ({ run }) => {
      const thing = types.submodule(({ name }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
          assertions: mkOption({ type: types.listOf(types.unspecified), default: [] }),
        },
        config: ({ options }: any) => ({
          assertions: [
            {
              assertion: !(
                options.a.isDefined &&
                options.a.highestPrio < 1500 &&
                options.b.highestPrio < 1500
              ),
              message: `${name}: set only one of a and b`,
            },
          ],
        }),
      }));
      const top = {
        options: { things: mkOption({ type: types.attrsOf(thing), default: {} }) },
        config: ({ config }: any) => ({
          assertions: Object.values(config.things).flatMap((v: any) => v.assertions),
        }),
      };
      run(
        [
          assertionsModule,
          top,
          { things: { x: { a: 1, b: 2 }, y: { a: 1 }, z: { b: mkDefault(3) } } },
          { things: { z: { a: 1 } } },
        ],
        (c) => failedMessages(c),
      );
    },
  },
  {
    name: "t09",
    nix: failed,
    kind: "thrown",
    run: ({ run }) => {
      const thing = types.submodule(({ name }: any) => ({
        options: {
          port: mkOption({ type: types.int, default: 0 }),
          assertions: mkOption({ type: types.listOf(types.unspecified), default: [] }),
        },
        config: ({ config }: any) => ({
          assertions: [{ assertion: config.port > 0, message: `thing ${name}: port must be set` }],
        }),
      }));
      const top = {
        options: {
          things: mkOption({ type: types.attrsOf(thing), default: {} }),
          result: mkOption({ type: types.str, default: "" }),
        },
        config: ({ config }: any) => ({
          assertions: Object.values(config.things).flatMap((v: any) => v.assertions),
          result: lazy(() => {
            const f = failedMessages(config);
            if (f.length) throw new Error(`Failed assertions: ${f.join("; ")}`);
            return "ok";
          }),
        }),
      };
      run([assertionsModule, top, { things: { a: { port: 80 }, b: {} } }], (c) => c.result);
    },
  },
  {
    name: "t10",
    nix: ["thing b: port must be set", "extra b"],
    run: ({ run }) => {
      const thing = types.submodule(({ name }: any) => ({
        options: {
          port: mkOption({ type: types.int, default: 0 }),
          assertions: mkOption({
            type: types.listOf(
              types.submodule({
                options: {
                  assertion: mkOption({ type: types.bool }),
                  message: mkOption({ type: types.str }),
                },
              }),
            ),
            default: [],
          }),
        },
        config: ({ config }: any) => ({
          assertions: [{ assertion: config.port > 0, message: `thing ${name}: port must be set` }],
        }),
      }));
      const top = {
        options: { things: mkOption({ type: types.attrsOf(thing), default: {} }) },
        config: ({ config }: any) => ({
          assertions: Object.values(config.things).flatMap((v: any) => v.assertions),
        }),
      };
      run(
        [
          assertionsModule,
          top,
          { things: { a: { port: 80 }, b: { assertions: [{ assertion: false, message: "extra b" }] } } },
        ],
        (c) => failedMessages(c),
      );
    },
  },
  {
    name: "t11",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const thing = types.submodule(({ name }: any) => ({
        options: {
          port: mkOption({ type: types.int, default: 0 }),
          assertions: mkOption({
            type: types.listOf(
              types.submodule({
                options: {
                  assertion: mkOption({ type: types.bool }),
                  message: mkOption({ type: types.str }),
                },
              }),
            ),
            default: [],
          }),
        },
        config: ({ config }: any) => ({ assertions: [{ assertion: config.port > 0, msg: "typo" }] }),
      }));
      const top = {
        options: { things: mkOption({ type: types.attrsOf(thing), default: {} }) },
        config: ({ config }: any) => ({
          assertions: Object.values(config.things).flatMap((v: any) => v.assertions),
        }),
      };
      run([assertionsModule, top, { things: { a: { port: 80 } } }], (c) => failedMessages(c));
    },
  },
  {
    name: "t12",
    nix: [["no things"], [], [], ["thing x port 0"]],
    run: ({ run }) => {
      const top = {
        options: {
          things: mkOption({
            type: types.attrsOf(
              types.submodule({ options: { port: mkOption({ type: types.int, default: 0 }) } }),
            ),
            default: {},
          }),
        },
        config: ({ config }: any) => ({
          assertions: Object.entries(config.things).map(([n, v]: any) => ({
            assertion: v.port > 0,
            message: `thing ${n} port ${v.port}`,
          })),
          warnings: mkIf(Object.keys(config.things).length === 0, ["no things"]),
        }),
      };
      const e1 = evalModules({ modules: [assertionsModule, top] as any }).config as any;
      const e2 = evalModules({
        modules: [assertionsModule, top, { things: { x: { port: 0 }, y: { port: 1 } } }] as any,
      }).config as any;
      run([], () => [e1.warnings, failedMessages(e1), e2.warnings, failedMessages(e2)]);
    },
  },
  {
    name: "t13",
    nix: ["thing [definition 1-entry 1]: port must be set", "thing [definition 2-entry 2]: port must be set"],
    run: ({ run }) => {
      const thing = types.submodule(({ name }: any) => ({
        options: {
          port: mkOption({ type: types.int, default: 0 }),
          assertions: mkOption({ type: types.listOf(types.unspecified), default: [] }),
        },
        config: ({ config }: any) => ({
          assertions: [{ assertion: config.port > 0, message: `thing ${name}: port must be set` }],
        }),
      }));
      const top = {
        options: { things: mkOption({ type: types.listOf(thing), default: [] }) },
        config: ({ config }: any) => ({ assertions: config.things.flatMap((v: any) => v.assertions) }),
      };
      run(
        [assertionsModule, top, { things: [{ port: 80 }, {}] }, { things: mkBefore([{ port: -2 }]) }],
        (c) => failedMessages(c),
      );
    },
  },
  {
    name: "w01",
    nix: { x: { v: "S-x" }, y: { v: "own" } },
    run: ({ run }) => {
      const t = types.submoduleWith({
        specialArgs: { sa: "S" },
        modules: [
          ({ sa, name }: any) => ({
            options: { v: mkOption({ type: types.str, default: `${sa}-${name}` }) },
          }),
        ],
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } },
          { s: { x: {}, y: { v: "own" } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "w02",
    nix: { x: { v: "S!" } },
    run: ({ run }) => {
      const t = types.submoduleWith({
        specialArgs: { sa: "S" },
        modules: [{ options: { v: mkOption({ type: types.str, default: "" }) } }],
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } },
          { s: { x: ({ sa }: any) => ({ v: sa + "!" }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "w03",
    nix: { x: { a: 3, b: 8 } },
    run: ({ run }) => {
      const t = types.submoduleWith({
        modules: [{ options: { a: mkOption({ type: types.int, default: 0 }) } }],
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } },
          { s: { x: { imports: [{ a: 3 }], options: { b: mkOption({ type: types.int, default: 7 }) } } } },
          { s: { x: { b: 8 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "w04",
    nix: failed,
    kind: "module",
    run: ({ run }) => {
      const t = types.submoduleWith({
        modules: [
          {
            options: {
              a: mkOption({ type: types.int, default: 0 }),
              b: mkOption({ type: types.int, default: 0 }),
            },
          },
        ],
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } },
          { s: { x: { config: { a: 1 } }, y: { a: 2 }, z: { config: { a: 3 }, b: 4 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "w05",
    nix: failed,
    kind: "laziness",
    run: ({ run }) => {
      const t = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } },
          { s: { x: ({ outer }: any) => ({ a: outer }) } },
        ],
        (c) => c.s,
        { outer: 1 },
      );
    },
  },
  {
    name: "w05b",
    nix: failed,
    kind: "module",
    run: ({ run }) => {
      const t = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } },
          { s: { x: () => ({ config: ({ outer }: any) => ({ a: outer }) }) } },
        ],
        (c) => c.s,
        { outer: 1 },
      );
    },
  },
  {
    name: "w06",
    nix: { x: { two: "yes" } },
    run: ({ run }) => {
      const t = types.submoduleWith({
        specialArgs: { sa: 2 },
        modules: [
          ({ sa }: any) => ({
            imports: [sa === 2 ? { options: { two: mkOption({ default: "yes" }) } } : {}],
          }),
        ],
      });
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } }, { s: { x: {} } }],
        (c) => c.s,
      );
    },
  },
  {
    name: "w07",
    nix: ["attribute set of (my thing)", "list of (my thing)", "null or (my thing)"],
    run: ({ runE }) => {
      const t = types.submoduleWith({
        description: "my thing",
        modules: [{ options: { a: mkOption({ type: types.int, default: 0 }) } }],
      });
      runE(
        [
          {
            options: {
              s: mkOption({ type: types.attrsOf(t), default: {} }),
              l: mkOption({ type: types.listOf(t), default: [] }),
              n: mkOption({ type: types.nullOr(t), default: null }),
            },
          },
        ],
        (r) => [r.options.s.type.description, r.options.l.type.description, r.options.n.type.description],
      );
    },
  },
  {
    name: "w08",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const t = types.submoduleWith({
        modules: [{ options: { a: mkOption({ type: types.int, default: 0 }) } }],
      });
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } }, { s: { x: { a: 1, b: 2 } } }],
        (c) => c.s,
      );
    },
  },
  {
    name: "w09",
    nix: failed,
    kind: "module",
    run: ({ run }) => {
      const t = types.submoduleWith({
        modules: [{ options: { a: mkOption({ type: types.int, default: 0 }) } }],
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } },
          { s: { x: { config: { a: 1 }, b: 2 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "w10",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      const t1 = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      const t2 = types.submoduleWith({
        specialArgs: { sa: 5 },
        modules: [({ sa }: any) => ({ options: { b: mkOption({ type: types.int, default: sa }) } })],
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(t1), default: {} }) } },
          { options: { s: mkOption({ type: types.attrsOf(t2) }) } },
          { s: { x: { a: 1 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "w11",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      const t1 = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      const t2 = types.submoduleWith({
        modules: [{ options: { b: mkOption({ type: types.int, default: 1 }) } }],
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(t1), default: {} }) } },
          { options: { s: mkOption({ type: types.attrsOf(t2) }) } },
          { s: { x: { a: 1 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "w12",
    nix: { a: 0, b: 3 },
    run: ({ run }) => {
      const t1 = types.submoduleWith({
        specialArgs: { p: 1 },
        modules: [{ options: { a: mkOption({ type: types.int, default: 0 }) } }],
      });
      const t2 = types.submoduleWith({
        specialArgs: { q: 2 },
        modules: [({ p, q }: any) => ({ options: { b: mkOption({ type: types.int, default: p + q }) } })],
      });
      run(
        [{ options: { s: mkOption({ type: t1, default: {} }) } }, { options: { s: mkOption({ type: t2 }) } }],
        (c) => c.s,
      );
    },
  },
  {
    name: "w13",
    nix: { x: { a: 4, b: 8 } },
    run: ({ run }) => {
      const t = types.submoduleWith({
        modules: [
          {
            options: { a: mkOption({ type: types.int, default: 1 }) },
            config: ({ config }: any) => ({ _module: { args: { twice: lazy(() => config.a * 2) } } }),
          },
        ],
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } },
          {
            s: {
              x: mkMerge([
                {
                  options: { b: mkOption({ type: types.int, default: 0 }) },
                  config: ({ twice }: any) => ({ b: twice }),
                },
                { a: 4 },
              ]),
            },
          },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "w14",
    nix: { x: { a: 4, b: 8 } },
    run: ({ run }) => {
      const t = types.submoduleWith({
        modules: [
          {
            options: { a: mkOption({ type: types.int, default: 1 }) },
            config: ({ config }: any) => ({ _module: { args: { twice: lazy(() => config.a * 2) } } }),
          },
        ],
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } },
          {
            s: {
              x: {
                options: { b: mkOption({ type: types.int, default: 0 }) },
                config: ({ twice }: any) => ({ b: twice }),
              },
            },
          },
          { s: { x: { a: 4 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "w15",
    nix: { x: { a: 2, b: 1 } },
    run: ({ run }) => {
      const t = types.submoduleWith({
        shorthandOnlyDefinesConfig: true,
        modules: [{ options: { a: mkOption({ type: types.int, default: 0 }) } }],
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } },
          {
            s: { x: () => ({ options: { b: mkOption({ type: types.int, default: 1 }) }, config: { a: 2 } }) },
          },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "w16",
    nix: [{ a: "S" }, { a: "p" }],
    run: ({ run }) => {
      const t = types.submoduleWith({
        specialArgs: { sa: "S" },
        modules: [{ options: { a: mkOption({ type: types.str, default: "" }) } }],
      });
      run(
        [
          { options: { s: mkOption({ type: types.listOf(t), default: [] }) } },
          { s: [({ sa }: any) => ({ a: sa }), { a: "p" }] },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "w17",
    nix: { x: { a: 1, n: "x" } },
    run: ({ run }) => {
      const t = types.submoduleWith({
        modules: [{ options: { a: mkOption({ type: types.int, default: 0 }) } }],
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } },
          {
            s: {
              x: { imports: [({ name }: any) => ({ options: { n: mkOption({ default: name }) } })], a: 1 },
            },
          },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "w18",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const t = types.submoduleWith({
        modules: [{ options: { a: mkOption({ type: types.int, default: 0 }) } }],
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } },
          { s: { x: { imports: [{ a: 1 }] } } },
          { s: { x: { imports: [{ a: 2 }] } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "w19",
    nix: { x: { a: "mine" } },
    run: ({ run }) => {
      const t = types.submoduleWith({
        specialArgs: { lib: { ...lib, marker: "mine" } },
        modules: [({ lib }: any) => ({ options: { a: mkOption({ type: types.str, default: lib.marker }) } })],
      });
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } }, { s: { x: {} } }],
        (c) => c.s,
      );
    },
  },
  {
    name: "w20",
    nix: { x: { n: "fixed" } },
    run: ({ run }) => {
      const t = types.submoduleWith({
        specialArgs: { name: "fixed" },
        modules: [({ name }: any) => ({ options: { n: mkOption({ type: types.str, default: name }) } })],
      });
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } }, { s: { x: {} } }],
        (c) => c.s,
      );
    },
  },
  {
    name: "w20b",
    nix: { x: { n: "fixed" } },
    run: ({ run }) => {
      const t = types.submoduleWith({
        specialArgs: { name: "fixed" },
        modules: [{ options: { n: mkOption({ type: types.str, default: "" }) } }],
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } },
          { s: { x: ({ name }: any) => ({ n: name }) } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "w20c",
    nix: "top",
    run: ({ run }) => {
      run(
        [{ options: { n: mkOption({ type: types.str, default: "" }) } }, ({ name }: any) => ({ n: name })],
        (c) => c.n,
        { name: "top" },
      );
    },
  },
  {
    name: "w21",
    nix: failed,
    kind: "declaration",
    run: ({ run }) => {
      const t = types.submoduleWith({
        modules: [{ options: { a: mkOption({ type: types.int, default: 0 }) } }],
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } },
          { s: { x: { options: { a: mkOption({ type: types.int, default: 5 }) } } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "w22",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const t = types.submoduleWith({
        modules: [{ options: { a: mkOption({ type: types.int, default: 0 }) } }],
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(t), default: {} }) } },
          { s: { x: { options: { extra: mkOption({ type: types.int, default: 5 }) } }, y: { extra: 3 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "x01",
    nix: {
      db: "[Unit] db\nNice=5\nType=simple",
      web: "[Unit] web\nEnv=A=1 B=2\nExecStart=/bin/web\nRestart=no\nType=notify",
    },
    run: ({ run }) => {
      const unit = types.submodule(({ name }: any) => ({
        options: {
          enable: mkOption({ type: types.bool, default: true }),
          serviceConfig: mkOption({
            type: types.attrsOf(types.oneOf([types.str, types.int, types.bool, types.listOf(types.str)])),
            default: {},
          }),
          wantedBy: mkOption({ type: types.listOf(types.str), default: [] }),
          text: mkOption({ type: types.str, readOnly: true }),
        },
        config: ({ config }: any) => ({
          serviceConfig: { Type: mkDefault("simple") },
          text: lazy(() =>
            [
              `[Unit] ${name}`,
              ...Object.entries(config.serviceConfig).map(
                ([k, v]: any) =>
                  `${k}=${Array.isArray(v) ? v.join(" ") : typeof v === "boolean" ? (v ? "1" : "") : String(v)}`,
              ),
            ].join("\n"),
          ),
        }),
      }));
      run(
        [
          { options: { systemd: { services: mkOption({ type: types.attrsOf(unit), default: {} }) } } },
          {
            systemd: {
              services: {
                web: {
                  wantedBy: ["multi-user.target"],
                  serviceConfig: { ExecStart: "/bin/web", Restart: mkDefault("always") },
                },
              },
            },
          },
          {
            systemd: {
              services: {
                web: { serviceConfig: { Restart: "no", Type: "notify", Env: ["A=1", "B=2"] } },
                db: { serviceConfig: { Nice: 5 } },
              },
            },
          },
        ],
        (c) => Object.fromEntries(Object.entries(c.systemd.services).map(([n, v]: any) => [n, v.text])),
      );
    },
  },
  {
    name: "x02",
    nix: [
      "hosts:symlink:127.0.0.1 localhost\n::1 localhost",
      "nginx/nginx.conf:0644:events {}\nhttp {}",
      "resolv.conf:symlink:-",
    ],
    run: ({ run }) => {
      const etcFile = types.submodule(({ name }: any) => ({
        options: {
          enable: mkOption({ type: types.bool, default: true }),
          target: mkOption({ type: types.str, default: name }),
          text: mkOption({ type: types.nullOr(types.lines), default: null }),
          mode: mkOption({ type: types.str, default: "symlink" }),
        },
      }));
      run(
        [
          {
            options: {
              environment: { etc: mkOption({ type: types.attrsOf(etcFile), default: {} }) },
              files: mkOption({ type: types.listOf(types.str), default: [] }),
            },
          },
          {
            config: ({ config }: any) => ({
              files: Object.values(config.environment.etc)
                .filter((f: any) => f.enable)
                .map((f: any) => `${f.target}:${f.mode}:${f.text === null ? "-" : f.text}`),
            }),
          },
          {
            environment: {
              etc: {
                hosts: { text: "127.0.0.1 localhost" },
                "nginx/nginx.conf": { text: mkBefore("events {}"), mode: "0644" },
              },
            },
          },
          {
            environment: {
              etc: {
                hosts: { text: "::1 localhost" },
                "nginx/nginx.conf": { text: "http {}" },
                motd: { enable: false, text: "hi" },
                resolv: { target: "resolv.conf" },
              },
            },
          },
        ],
        (c) => c.files,
      );
    },
  },
  {
    name: "x03",
    nix: { x: { a: 3, double: 6, key: "x" }, y: { a: 1, double: 2, key: "y" } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.attrsOf(sub),
                default: {},
                apply: (s: any) =>
                  Object.fromEntries(
                    Object.entries(s).map(([n, v]: any) => [n, { ...v, key: n, double: v.a * 2 }]),
                  ),
              }),
            },
          },
          { s: { x: { a: 3 }, y: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "x04",
    nix: { x: { a: 5, b: "own" } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.str, default: "b" }),
        },
      });
      run(
        [
          {
            options: {
              s: mkOption({ type: types.attrsOf(sub), default: {} }),
              alias: mkOption({ type: types.attrs, default: {} }),
            },
          },
          { config: ({ options }: any) => ({ s: { x: mkAliasDefinitions(options.alias) } }) },
          { alias: { a: 5 }, s: { x: { b: "own" } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "x05",
    nix: { a: { v: "g-a" }, b: { v: "g-b" }, c: { v: "d-c" } },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: { v: mkOption({ type: types.str, default: `d-${name}` }) },
      }));
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: Object.fromEntries(["a", "b"].map((n) => [n, { v: `g-${n}` }])) },
          { s: mkMerge(["c", "a"].map((n) => ({ [n]: {} }))) },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "x06",
    nix: { other: { a: 1 }, "p-x": { a: 20 }, "p-y": { a: 10 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          {
            options: {
              t: mkOption({ type: types.attrsOf(sub), default: {} }),
              s: mkOption({ type: types.attrsOf(sub), default: {} }),
            },
          },
          {
            config: ({ config }: any) => ({
              s: Object.fromEntries(
                Object.entries(config.t).map(([n, v]: any) => [`p-${n}`, { a: v.a * 10 }]),
              ),
            }),
          },
          { t: { x: { a: 2 }, y: {} }, s: { other: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "x07",
    nix: [{ x: { a: 2, l: [1] } }, { x: { a: 9, l: [1, 2] }, y: { a: 3, l: [] } }],
    run: ({ runE }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          l: mkOption({ type: types.listOf(types.int), default: [] }),
        },
      });
      runE(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { a: 2, l: [1] } } },
        ],
        (r) => {
          const r2 = r.extendModules({
            modules: [{ s: { x: { l: [2] }, y: { a: 3 } } }, { s: { x: { a: mkForce(9) } } }],
          });
          return [r.config.s, r2.config.s];
        },
      );
    },
  },
  {
    name: "x08",
    nix: {
      a: { enable: false, settings: { extra: true, name: "custom", port: 9000 } },
      b: { enable: false, settings: { log: "debug", name: "b", port: 8000 } },
    },
    run: ({ run }) => {
      const settingsFormat = types.attrsOf(types.oneOf([types.str, types.int, types.bool]));
      const svc = types.submodule(({ name }: any) => ({
        options: {
          settings: mkOption({
            type: types.submodule({
              freeformType: settingsFormat,
              options: { port: mkOption({ type: types.port, default: 8000 }) },
            }),
            default: {},
          }),
          enable: mkEnableOption("svc"),
        },
        config: { settings: { name: mkDefault(name) } },
      }));
      run(
        [
          { options: { services: mkOption({ type: types.attrsOf(svc), default: {} }) } },
          { services: { a: { settings: { port: 9000, extra: true } }, b: {} } },
          { services: { a: { settings: { name: "custom" } }, b: { settings: { log: "debug" } } } },
        ],
        (c) => c.services,
      );
    },
  },
  {
    name: "x09",
    nix: { big: [10, ["big", "base"]], dbg: [1, ["dbg-1", "base"]] },
    run: ({ runE }) => {
      const spec = types.submodule({
        options: {
          configuration: mkOption({ type: types.deferredModule, default: {} }),
          inheritParentConfig: mkOption({ type: types.bool, default: true }),
        },
      });
      const base = {
        options: {
          x: mkOption({ type: types.int, default: 1 }),
          l: mkOption({ type: types.listOf(types.str), default: [] }),
          specialisation: mkOption({ type: types.attrsOf(spec), default: {} }),
        },
      };
      runE(
        [
          base,
          {
            l: ["base"],
            specialisation: {
              big: { configuration: { x: 10, l: ["big"] } },
              dbg: { configuration: { config: ({ config }: any) => ({ l: [`dbg-${config.x}`] }) } },
            },
          },
        ],
        (r) =>
          Object.fromEntries(
            Object.entries(r.config.specialisation).map(([n, s]: any) => {
              const e = r.extendModules({ modules: [s.configuration, { specialisation: mkForce({}) }] });
              return [n, [e.config.x, e.config.l]];
            }),
          ),
      );
    },
  },
  {
    name: "x11",
    nix: [
      {
        alice: { group: "users", isSystemUser: false },
        nginx: { group: "www", isSystemUser: true },
        postgres: { group: "postgres", isSystemUser: true },
      },
      ["postgres", "svc"],
    ],
    run: ({ run }) => {
      const svc = types.submodule(({ name }: any) => ({
        options: {
          user: mkOption({ type: types.str, default: name }),
          group: mkOption({ type: types.str, default: "svc" }),
        },
      }));
      const user = types.submodule({
        options: {
          group: mkOption({ type: types.str, default: "users" }),
          isSystemUser: mkOption({ type: types.bool, default: false }),
        },
      });
      run(
        [
          {
            options: {
              services: mkOption({ type: types.attrsOf(svc), default: {} }),
              users: {
                users: mkOption({ type: types.attrsOf(user), default: {} }),
                groups: mkOption({ type: types.attrsOf(types.submodule({})), default: {} }),
              },
            },
          },
          {
            config: ({ config }: any) => ({
              users: {
                users: Object.fromEntries(
                  Object.values(config.services).map((v: any) => [
                    v.user,
                    { group: v.group, isSystemUser: true },
                  ]),
                ),
                groups: Object.fromEntries(Object.values(config.services).map((v: any) => [v.group, {}])),
              },
            }),
          },
          {
            services: { nginx: {}, pg: { user: "postgres", group: "postgres" } },
            users: { users: { alice: {}, nginx: { group: mkForce("www") } } },
          },
        ],
        (c) => [c.users.users, Object.keys(c.users.groups).sort()],
      );
    },
  },
  {
    name: "x12",
    nix: [
      { a: { l: ["own"] }, b: { l: [] } },
      { a: { l: ["global", "own"] }, b: { l: ["global"] } },
    ],
    run: ({ run }) => {
      const top = ({ config }: any) => ({
        options: {
          globalEnable: mkOption({ type: types.bool, default: false }),
          s: mkOption({
            type: types.attrsOf(
              types.submodule({
                options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
                config: mkIf(() => config.globalEnable, { l: ["global"] }),
              }),
            ),
            default: {},
          }),
        },
      });
      const c1 = evalModules({ modules: [top, { s: { a: { l: ["own"] }, b: {} } }] as any }).config as any;
      const c2 = evalModules({
        modules: [top, { s: { a: { l: ["own"] }, b: {} }, globalEnable: true }] as any,
      }).config as any;
      run([], () => [c1.s, c2.s]);
    },
  },
  {
    name: "x13",
    nix: { a: { l: ["global", "own"] }, b: { l: ["global"] } },
    run: ({ run }) => {
      const top = ({ config }: any) => ({
        options: {
          globalEnable: mkOption({ type: types.bool, default: false }),
          s: mkOption({
            type: types.attrsOf(
              types.submodule({
                options: { l: mkOption({ type: types.listOf(types.str), default: [] }) },
                config: () => mkIf(config.globalEnable, { l: ["global"] }),
              }),
            ),
            default: {},
          }),
        },
      });
      run([top, { s: { a: { l: ["own"] }, b: {} }, globalEnable: true }], (c) => c.s);
    },
  },
  {
    name: "x14",
    nix: { "": { a: 1 }, "a b": { a: 1 }, "foo.service": { a: 2 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { "foo.service": { a: 2 }, "a b": {}, "": {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "x15",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { "foo.service": { bad: 2 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "x16",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } }, { s: { x: "str" } }],
        (c) => c.s,
      );
    },
  },
  {
    name: "x17",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [{ options: { l: mkOption({ type: types.listOf(sub), default: [] }) } }, { l: [{}, 5] }],
        (c) => c.l,
      );
    },
  },
  {
    name: "x18",
    nix: { a: 2 },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { bad: "str", good: { a: 2 } } },
        ],
        (c) => c.s.good,
      );
    },
  },
  {
    name: "x19",
    nix: { a: 2 },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { bad: { a: "str" }, good: { a: 2 } } },
        ],
        (c) => c.s.good,
      );
    },
  },
  {
    name: "x20",
    nix: { a: 2 },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { bad: { zzz: 1 }, good: { a: 2 } } },
        ],
        (c) => c.s.good,
      );
    },
  },
  {
    name: "x21",
    nix: [
      "attribute set of list of (submodule)",
      "null or (attribute set of (submodule))",
      "list of (string or (submodule))",
      "lazy attribute set of (null or (submodule))",
      "attribute set of (attribute set of signed integer)",
    ],
    run: ({ runE }) => {
      runE(
        [
          {
            options: {
              a: mkOption({ type: types.attrsOf(types.listOf(types.submodule({}))), default: {} }),
              b: mkOption({ type: types.nullOr(types.attrsOf(types.submodule({}))), default: null }),
              c: mkOption({ type: types.listOf(types.either(types.str, types.submodule({}))), default: [] }),
              d: mkOption({ type: types.lazyAttrsOf(types.nullOr(types.submodule({}))), default: {} }),
              e: mkOption({
                type: types.attrsOf(types.submodule({ freeformType: types.attrsOf(types.int) })),
                default: {},
              }),
            },
          },
        ],
        (r) => ["a", "b", "c", "d", "e"].map((n) => r.options[n].type.description),
      );
    },
  },
  {
    name: "x22",
    nix: ["attrsOf", "submodule", "submodule"],
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
        ],
        (r) => [
          r.options.s.type.name,
          r.options.s.type.nestedTypes.elemType.name,
          r.options.s.type.nestedTypes.elemType.description,
        ],
      );
    },
  },
  {
    name: "x23",
    nix: { x: { a: 2, b: 1 }, y: { a: 1, b: 3 } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 1 }),
        },
      });
      run(
        [
          {
            options: {
              s: mkOption({ type: types.attrsOf(sub), default: {} }),
              cond: mkOption({ type: types.bool, default: true }),
            },
          },
          { config: ({ config }: any) => ({ s: { x: { a: 2 }, ...(config.cond ? { y: { b: 3 } } : {}) } }) },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "x24",
    nix: 2,
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          bad: mkOption({
            type: types.int,
            get default(): number {
              throw new Error("bad default");
            },
          }),
        },
      });
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } }, { s: { x: { a: 2 } } }],
        (c) => c.s.x.a,
      );
    },
  },
  {
    name: "x25",
    nix: { a: 2 },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.lazyAttrsOf(sub), default: {} }) } },
          { s: { bad: "str", good: { a: 2 } } },
        ],
        (c) => c.s.good,
      );
    },
  },
  {
    name: "x26",
    nix: { db: { port: 5432 } },
    run: ({ run }) => {
      const mWeb = { key: "web", services: { web: { port: 80 } } };
      const svc = types.submodule({ options: { port: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { services: mkOption({ type: types.attrsOf(svc), default: {} }) } },
          { imports: [mWeb], services: { db: { port: 5432 } } },
          { disabledModules: [mWeb] },
        ],
        (c) => c.services,
      );
    },
  },
  {
    name: "x27",
    nix: ["x", "y"],
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          deps: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          {
            config: ({ config }: any) => ({
              s: { all: { deps: lazy(() => Object.keys(config.s).filter((k) => k !== "all")) } },
            }),
          },
          { s: { x: {}, y: { a: 2 } } },
        ],
        (c) => c.s.all.deps,
      );
    },
  },
  {
    name: "x28",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          {
            options: {
              s: mkOption({ type: types.attrsOf(sub), default: {} }),
              n: mkOption({ type: types.int, default: 0 }),
            },
          },
          {
            config: ({ config }: any) => ({
              n: lazy(() => Object.keys(config.s).length),
              s: { extra: mkIf(() => config.n > 100, {}) },
            }),
          },
          { s: { x: {}, y: {} } },
        ],
        (c) => [c.n, Object.keys(c.s)],
      );
    },
  },
  {
    name: "y01",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          en: mkOption({ type: types.bool, default: false }),
          a: mkOption({ type: types.int, default: 1 }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { config: ({ config }: any) => ({ s: { x: mkIf(() => config.s.x.en, { a: 2 }) } }) },
          { s: { x: { en: true } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "y02",
    nix: { x: { a: 2, en: true } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          en: mkOption({ type: types.bool, default: false }),
          a: mkOption({ type: types.int, default: 1 }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { config: ({ config }: any) => ({ s: { x: { a: mkIf(() => config.s.x.en, 2) } } }) },
          { s: { x: { en: true } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "y03",
    nix: [{ a: 2, b: 3 }],
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 1 }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.listOf(sub), default: [] }) } },
          { s: [mkMerge([{ a: 2 }, { b: 3 }]), mkMerge([mkIf(false, { a: 4 })])] },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "y04",
    nix: [{ a: 2 }, { a: 2 }],
    run: ({ run }) => {
      const sub = types.submodule({
        options: { a: mkOption({ type: types.int, default: 1 }) },
        config: { a: mkForce(2) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.listOf(sub), default: [] }) } },
          { s: [mkOverride(10, { a: 3 }), { a: 4 }] },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "y05",
    nix: { x: { v: "dflt-x" } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { v: mkOption({ type: types.str, default: "" }) } });
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.attrsOf(sub),
                default: { x: ({ name }: any) => ({ v: `dflt-${name}` }) },
              }),
            },
          },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "y07",
    nix: { a: 5, b: 6 },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: sub, default: {} }) } },
          {
            config: ({ config }: any) => ({
              s: {
                get b() {
                  return config.s.a + 1;
                },
              },
            }),
          },
          { s: { a: 5 } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "y08",
    nix: {
      audio: { members: ["alice"] },
      empty: { members: [] },
      staff: { members: ["bob"] },
      users: { members: ["alice"] },
      wheel: { members: ["alice", "root"] },
    },
    run: ({ run }) => {
      const user = types.submodule(({ name }: any) => ({
        options: {
          group: mkOption({ type: types.str, default: "users" }),
          extraGroups: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      }));
      const group = types.submodule({
        options: { members: mkOption({ type: types.listOf(types.str), default: [] }) },
      });
      run(
        [
          {
            options: {
              users: {
                users: mkOption({ type: types.attrsOf(user), default: {} }),
                groups: mkOption({ type: types.attrsOf(group), default: {} }),
              },
            },
          },
          {
            config: ({ config }: any) => ({
              users: {
                groups: mkMerge(
                  Object.entries(config.users.users).flatMap(([n, u]: any) =>
                    [u.group, ...u.extraGroups].map((g: string) => ({ [g]: { members: [n] } })),
                  ),
                ),
              },
            }),
          },
          {
            users: {
              users: { alice: { extraGroups: ["wheel", "audio"] }, bob: { group: "staff" } },
              groups: { wheel: { members: ["root"] }, empty: {} },
            },
          },
        ],
        (c) => c.users.groups,
      );
    },
  },
  {
    name: "y09",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const sub = types.submodule({ options: { en: mkOption({ type: types.bool, default: false }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { config: ({ config }: any) => ({ s: mkIf(() => config.s.a.en, { b: {} }) }) },
          { s: { a: { en: true } } },
        ],
        (c) => Object.keys(c.s),
      );
    },
  },
  {
    name: "y10",
    nix: [6, [3, 4], 3, []],
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          f: mkOption({ type: types.functionTo(types.int), default: (x: number) => x }),
          g: mkOption({ type: types.functionTo(types.listOf(types.int)), default: (x: number) => [] }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { f: (x: number) => x * 2, g: (x: number) => [x] } } },
          { s: { x: { g: (x: number) => [x + 1] }, y: {} } },
        ],
        (c) => [c.s.x.f(3), c.s.x.g(3), c.s.y.f(3), c.s.y.g(3)],
      );
    },
  },
  {
    name: "y11",
    nix: { x: { a: 20, b: 0 }, y: { a: 10, b: 20 } },
    run: ({ run }) => {
      const sub = types.submodule({
        options: {
          a: mkOption({ type: types.int, default: 1, apply: (x: number) => x * 10 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { config: ({ config }: any) => ({ s: { y: { b: lazy(() => config.s.x.a) } } }) },
          { s: { x: { a: 2 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "y12",
    nix: { x: { a: 20, b: 20 } },
    run: ({ run }) => {
      const sub = types.submodule(({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 1, apply: (x: number) => x * 10 }),
          b: mkOption({ type: types.int, default: lazy(() => config.a) }),
        },
      }));
      run(
        [{ options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } }, { s: { x: { a: 2 } } }],
        (c) => c.s,
      );
    },
  },
  {
    name: "y13",
    nix: { x: { a: 2 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.attrsOf(sub),
                default: {},
                apply: (s: any) => Object.fromEntries(Object.entries(s).filter(([n, v]: any) => v.a > 1)),
              }),
            },
          },
          { s: { x: { a: 2 }, y: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "y14",
    nix: { x: { a: 2, self: "x" }, y: { a: 1, self: "y" } },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          self: mkOption({ type: types.str, default: name }),
        },
      }));
      run(
        [
          { options: { s: mkOption({ type: types.nullOr(types.attrsOf(sub)), default: null }) } },
          { s: { x: { a: 2 } } },
          { s: { y: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "y15",
    nix: { x: { self: "x" } },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: { self: mkOption({ type: types.str, default: name }) },
      }));
      run(
        [
          {
            options: { s: mkOption({ type: types.either(types.str, types.attrsOf(sub)), default: "none" }) },
          },
          { s: { x: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "y16",
    nix: { a: { self: "a" }, b: { self: "b" } },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: { self: mkOption({ type: types.str, default: name }) },
      }));
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.coercedTo(
                  types.listOf(types.str),
                  (l: string[]) => Object.fromEntries(l.map((n) => [n, {}])),
                  types.attrsOf(sub),
                ),
                default: {},
              }),
            },
          },
          { s: ["a", "b"] },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "y17",
    nix: { a: { self: "A" }, b: { self: "b" }, c: { self: "own" } },
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: { self: mkOption({ type: types.str, default: name }) },
      }));
      run(
        [
          {
            options: {
              s: mkOption({
                type: types.coercedTo(
                  types.listOf(types.str),
                  (l: string[]) => Object.fromEntries(l.map((n) => [n, {}])),
                  types.attrsOf(sub),
                ),
                default: {},
              }),
            },
          },
          { s: ["a", "b"] },
          { s: { c: { self: "own" }, a: { self: "A" } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "y18",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      const sub = types.submodule({ options: { port: mkOption({ type: types.port }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { port: 70000 } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "y19",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      const sub = types.submodule({
        options: { kind: mkOption({ type: types.enum(["a", "b"]), default: "a" }) },
      });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: { kind: "c" } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "y20",
    nix: failed,
    kind: "type",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.listOf(sub), default: [] }) } },
          { s: [{ a: 1 }] },
          { s: [{ a: "x" }] },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "y21",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(types.listOf(sub)), default: {} }) } },
          { s: { k: [{ a: 1 }, { b: 2 }] } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "y22",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 0 }) } });
      run(
        [
          defineModule({ options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } }),
          defineModule({ s: { x: { a: 1 } } }),
          defineModule({ s: { x: { a: 2 } } }),
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "z01",
    nix: [{ x: { a: 2 } }, { x: { a: 2, b: "x-2" }, y: { a: 1, b: "y-1" } }],
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
          { s: { x: { a: 2 } } },
        ],
        (r) => {
          const r2 = r.extendModules({
            modules: [
              {
                options: {
                  s: mkOption({
                    type: types.attrsOf(
                      types.submodule(({ name, config }: any) => ({
                        options: {
                          b: mkOption({ type: types.str, default: lazy(() => `${name}-${config.a}`) }),
                        },
                      })),
                    ),
                  }),
                },
              },
              { s: { y: {} } },
            ],
          });
          return [r.config.s, r2.config.s];
        },
      );
    },
  },
  {
    name: "z02",
    nix: failed,
    kind: "type",
    run: ({ runA }) => {
      runA(
        {
          prefix: ["pre"],
          modules: [
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
            { s: { x: { a: "bad" } } },
          ],
        },
        (r) => r.config.s,
      );
    },
  },
  {
    name: "z03",
    nix: { x: { a: 1, loc: ["pre", "s", "x", "a"] } },
    run: ({ runA }) => {
      runA(
        {
          prefix: ["pre"],
          modules: [
            {
              options: {
                s: mkOption({
                  type: types.attrsOf(
                    types.submodule(({ options }: any) => ({
                      options: {
                        a: mkOption({ type: types.int, default: 1 }),
                        loc: mkOption({ default: lazy(() => options.a.loc) }),
                      },
                    })),
                  ),
                  default: {},
                }),
              },
            },
            { s: { x: {} } },
          ],
        },
        (r) => r.config.s,
      );
    },
  },
  {
    name: "z04",
    nix: [["s", "x", "y", "a"], [["l", "[definition 1-entry 1]", "a"]]],
    run: ({ run }) => {
      const sub = types.submodule(({ options }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          loc: mkOption({ default: lazy(() => options.a.loc) }),
        },
      }));
      run(
        [
          {
            options: {
              s: mkOption({ type: types.attrsOf(types.attrsOf(sub)), default: {} }),
              l: mkOption({ type: types.listOf(sub), default: [] }),
            },
          },
          { s: { x: { y: {} } }, l: [{}] },
        ],
        (c) => [c.s.x.y.loc, c.l.map((e: any) => e.loc)],
      );
    },
  },
  {
    name: "z05",
    nix: { x: { a: 4 }, y: { a: 3 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          {
            options: {
              s: mkOption({ type: types.attrsOf(sub), default: {} }),
              en: mkOption({ type: types.bool, default: false }),
            },
          },
          {
            config: ({ config }: any) =>
              mkMerge([
                { s: { x: { a: 2 } } },
                mkIf(config.en, { s: { y: { a: 3 }, x: { a: mkForce(4) } } }),
              ]),
          },
          { en: true },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "z06",
    nix: { x: { a: 2 }, z: { a: 1 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          {
            options: {
              s: mkOption({ type: types.attrsOf(sub), default: {} }),
              en: mkOption({ type: types.bool, default: false }),
            },
          },
          {
            config: ({ config }: any) =>
              mkIf(config.en, mkMerge([{ s: { x: { a: 2 } } }, { s: { x: mkDefault({ a: 5 }) } }])),
          },
          { en: true, s: { z: {} } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "z07",
    nix: { a: { i: { a: { v: 1 } } }, b: { i: { b: { v: 7 } } }, c: { i: { c: { v: 1 }, other: { v: 0 } } } },
    run: ({ run }) => {
      const inner = types.submodule({ options: { v: mkOption({ type: types.int, default: 0 }) } });
      const outer = types.submodule(({ name }: any) => ({
        options: { i: mkOption({ type: types.attrsOf(inner), default: {} }) },
        config: { i: { [name]: mkDefault({ v: 1 }) } },
      }));
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(outer), default: {} }) } },
          { s: { a: {}, b: { i: { b: { v: 7 } } }, c: { i: { other: {} } } } },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "z08",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const sub = types.submodule(({ name }: any) => ({
        options: { a: mkOption({ type: types.int, default: 1 }) },
      }));
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: mkOverride(900, { x: { a: 2 } }) },
          { s: mkOverride(900, { y: { a: 3 }, x: { a: 4 } }) },
        ],
        (c) => c.s,
      );
    },
  },
  {
    name: "z09",
    nix: false,
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
          { s: { x: { a: 2 } } },
        ],
        (r) => r.options.s.type.getSubModules == null,
      );
    },
  },
  {
    name: "z10",
    nix: { x: { a: 9 } },
    run: ({ run }) => {
      const sub = types.submodule({ options: { a: mkOption({ type: types.int, default: 1 }) } });
      run(
        [
          { options: { s: mkOption({ type: types.attrsOf(sub), default: {} }) } },
          { s: { x: ({ lib, name }: any) => ({ a: lib.mkIf(name === "x", lib.mkDefault(9)) }) } },
          { s: { x: { a: mkOverride(1001, 3) } } },
        ],
        (c) => c.s,
      );
    },
  },
];

// @ts-nocheck: modules transcribed from Nix, some ill-typed on purpose (a type error is what is compared).
/**
 * Compared with Nix, round 9: the lazy fixed point as NixOS modules use it. Services enabling and
 * reading each other, defaults and apply reading the configuration, submodule elements reading
 * the outer configuration, their siblings and themselves, configuration functions that define and
 * read, mkMerge of mkIfs, true cycles, errors met while the configuration is computed, NixOS-shaped
 * sets (a reverse proxy, a firewall, users, backups, monitoring). Where a hearth user writes the
 * plain form first and hearth needs a lazy one, the lazy form is a case of its own (suffix b/c/d).
 * Each case: the modules as hearth reads them, and what Nix printed for the same modules written
 * in Nix (or `failed`). Written by the sessions that compared them; Nix's answers recorded as given.
 */
import {
  assertionsModule,
  evalModules,
  lazy,
  mkAfter,
  mkBefore,
  mkDefault,
  mkDerivedConfig,
  mkEnableOption,
  mkForce,
  mkIf,
  mkMerge,
  mkOption,
  mkOverride,
  types,
} from "../../../src/modules/index.ts";
import { failedMessages } from "./nixos-base.ts";
import { failed, type Scenario, tryValue as tryv } from "./scenario.ts";
export const round9: Scenario[] = [
  {
    name: "cy01",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        _file: "m.nix",
        options: {
          a: mkOption({ type: types.int, default: lazy(() => config.b) }),
          b: mkOption({ type: types.int, default: lazy(() => config.a) }),
        },
      });
      run([M], (c) => c.a);
    },
  },
  {
    name: "cy02",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        _file: "m.nix",
        options: {
          a: mkOption({ type: types.int, default: lazy(() => config.b + 1) }),
          b: mkOption({ type: types.int, default: lazy(() => config.c + 1) }),
          c: mkOption({ type: types.int, default: lazy(() => config.a + 1) }),
        },
      });
      run([M], (c) => c.b);
    },
  },
  {
    name: "cy03b",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const A = {
        _file: "a.nix",
        options: { services: { a: { enable: mkEnableOption("a") } } },
        config: ({ config }: any) =>
          mkIf(() => config.services.a.enable, { services: { b: { enable: true } } }),
      };
      const B = {
        _file: "b.nix",
        options: { services: { b: { enable: mkEnableOption("b") } } },
        config: ({ config }: any) =>
          mkIf(() => config.services.b.enable, { services: { a: { enable: true } } }),
      };
      run([A, B, { _file: "host.nix", services: { b: { enable: true } } }], (c) => c.services.a.enable);
    },
  },
  {
    name: "cy04",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        _file: "m.nix",
        options: { a: mkOption({ type: types.int, default: lazy(() => config.a + 1) }) },
      });
      run([M], (c) => c.a);
    },
  },
  {
    name: "cy05",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        _file: "m.nix",
        options: { a: mkOption({ type: types.int, default: 1, apply: (v: number) => v + config.a }) },
      });
      run([M], (c) => c.a);
    },
  },
  {
    name: "cy06",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          _file: "m.nix",
          options: {
            nodes: mkOption({
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: {
                    port: mkOption({ type: types.int, default: lazy(() => outer.nodes[name].port + 1) }),
                  },
                })),
              ),
              default: {},
            }),
          },
        };
      };
      run([M, { nodes: { a: {} } }], (c) => c.nodes.a.port);
    },
  },
  {
    name: "cy07b",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        _file: "m.nix",
        options: {
          x: { auto: mkOption({ type: types.bool, default: lazy(() => config.services.b.enable) }) },
          services: { b: { enable: mkEnableOption("b") } },
        },
      });
      const B = {
        _file: "b.nix",
        config: ({ config }: any) => ({ services: { b: { enable: mkIf(() => config.x.auto, true) } } }),
      };
      run([M, B], (c) => c.services.b.enable);
    },
  },
  {
    name: "cy08b",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const D = { options: { x: mkOption({ type: types.bool, default: false }) } };
      const M = { _file: "m.nix", config: ({ config }: any) => ({ x: mkIf(() => config.x, true) }) };
      run([D, M], (c) => c.x);
    },
  },
  {
    name: "cy09",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const D = { options: { x: mkOption({ type: types.int, default: 0 }) } };
      const M = {
        _file: "m.nix",
        config: ({ options }: any) => ({ x: mkIf(() => !options.x.isDefined, 1) }),
      };
      run([D, M], (c) => c.x);
    },
  },
  {
    name: "cy10",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const D = { options: { list: mkOption({ type: types.listOf(types.int), default: [] }) } };
      const M = { _file: "m.nix", config: ({ config }: any) => ({ list: lazy(() => [config.list.length]) }) };
      run([D, M], (c) => c.list);
    },
  },
  {
    name: "cy11",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          _file: "m.nix",
          options: {
            total: mkOption({ type: types.int, default: 0 }),
            nodes: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: { w: mkOption({ type: types.int, default: lazy(() => outer.total) }) },
                }),
              ),
              default: {},
            }),
          },
        };
      };
      const T = {
        _file: "t.nix",
        config: ({ config }: any) => ({
          total: lazy(() => Object.values(config.nodes).reduce((a: number, n: any) => a + n.w, 0)),
        }),
      };
      run([M, T, { nodes: { a: {} } }], (c) => c.total);
    },
  },
  {
    name: "cy12",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          _file: "m.nix",
          options: {
            nodes: mkOption({
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: {
                    port: mkOption({
                      type: types.int,
                      default: lazy(() => (name === "a" ? outer.nodes.b.port : outer.nodes.a.port)),
                    }),
                  },
                })),
              ),
              default: {},
            }),
          },
        };
      };
      run([M, { nodes: { a: {}, b: {} } }], (c) => c.nodes.a.port);
    },
  },
  {
    name: "cy13",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const M = {
        _file: "m.nix",
        freeformType: types.lazyAttrsOf(types.int),
        config: ({ config }: any) => ({
          get x() {
            return config.x + 1;
          },
        }),
      };
      run([M], (c) => c.x);
    },
  },
  {
    name: "cy14",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const D = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 1, apply: (v: number) => v + config.b }),
          b: mkOption({ type: types.int, default: 1, apply: (v: number) => v + config.a }),
        },
      });
      run([D], (c) => c.b);
    },
  },
  {
    name: "cy15",
    nix: failed,
    kind: "laziness",
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = { _file: "a.nix", config: ({ config }: any) => ({ a: config.b + 1 }) };
      const B = { _file: "b.nix", config: ({ config }: any) => ({ b: config.a + 1 }) };
      run([D, A, B], (c) => c.a);
    },
  },
  {
    name: "cy15b",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = {
        _file: "a.nix",
        config: ({ config }: any) => ({
          get a() {
            return config.b + 1;
          },
        }),
      };
      const B = {
        _file: "b.nix",
        config: ({ config }: any) => ({
          get b() {
            return config.a + 1;
          },
        }),
      };
      run([D, A, B], (c) => c.a);
    },
  },
  {
    name: "cy16",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const D = {
        options: {
          services: {
            a: { enable: mkEnableOption("a") },
            b: { enable: mkEnableOption("b") },
            c: { enable: mkEnableOption("c") },
          },
        },
      };
      const A = {
        _file: "a.nix",
        config: ({ config }: any) =>
          mkIf(() => config.services.a.enable, { services: { b: { enable: true } } }),
      };
      const B = {
        _file: "b.nix",
        config: ({ config }: any) =>
          mkIf(() => config.services.b.enable, { services: { c: { enable: true } } }),
      };
      const C = {
        _file: "c.nix",
        config: ({ config }: any) =>
          mkIf(() => config.services.c.enable, { services: { a: { enable: true } } }),
      };
      run([D, A, B, C, { services: { a: { enable: true } } }], (c) => c.services.c.enable);
    },
  },
  {
    name: "cy17",
    nix: 2,
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
          o: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = { _file: "a.nix", config: ({ config }: any) => ({ a: 1, o: config.b }) };
      const B = { _file: "b.nix", config: ({ config }: any) => ({ b: config.a + 1 }) };
      run([D, A, B], (c) => c.o);
    },
  },
  {
    name: "cy17b",
    nix: 2,
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
          o: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = { _file: "a.nix", config: ({ config }: any) => ({ a: 1, o: config.b }) };
      const B = { _file: "b.nix", config: ({ config }: any) => ({ b: config.a + 1 }) };
      run([D, B, A], (c) => c.o);
    },
  },
  {
    name: "cy18",
    nix: failed,
    kind: "conflict",
    run: ({ run }) => {
      const D = { options: { x: mkOption({ type: types.attrsOf(types.int), default: {} }) } };
      const M = {
        _file: "m.nix",
        config: ({ config }: any) => ({
          x: Object.fromEntries(Object.entries(config.x).map(([n, v]: any) => [n, v + 1])),
        }),
      };
      run([D, M, { x: { a: 1 } }], (c) => c.x);
    },
  },
  {
    name: "cy18b",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const D = { options: { x: mkOption({ type: types.attrsOf(types.int), default: {} }) } };
      const M = {
        _file: "m.nix",
        config: ({ config }: any) => ({
          x: lazy(() => Object.fromEntries(Object.entries(config.x).map(([n, v]: any) => [n, v + 1]))),
        }),
      };
      run([D, M, { x: { a: 1 } }], (c) => c.x);
    },
  },
  {
    name: "cy19",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = {
        _file: "a.nix",
        config: ({ config }: any) => ({
          get a() {
            return config.b > 0 ? 1 : 2;
          },
        }),
      };
      const B = { _file: "b.nix", config: ({ config }: any) => ({ b: mkIf(() => config.a > 5, 1) }) };
      run([D, A, B], (c) => c.a);
    },
  },
  {
    name: "cy20",
    nix: 0,
    run: ({ run }) => {
      const D = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: lazy(() => config.c) }),
          b: mkOption({ type: types.int, default: 0 }),
          c: mkOption({ type: types.int, default: 0 }),
        },
      });
      const M = {
        _file: "m.nix",
        config: ({ config }: any) => ({
          c: mkIf(
            () => config.b === 0,
            lazy(() => config.a),
          ),
        }),
      };
      run([D, M], (c) => c.b);
    },
  },
  {
    name: "cy21",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const D = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: lazy(() => config.c) }),
          b: mkOption({ type: types.int, default: 0 }),
          c: mkOption({ type: types.int, default: 0 }),
        },
      });
      const M = {
        _file: "m.nix",
        config: ({ config }: any) => ({
          c: mkIf(
            () => config.b === 0,
            lazy(() => config.a),
          ),
        }),
      };
      run([D, M], (c) => c.a);
    },
  },
  {
    name: "df01b",
    nix: 2,
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: lazy(() => config.b + 1) }),
          b: mkOption({ type: types.int }),
        },
      });
      run([M, { b: 1 }], (c) => c.a);
    },
  },
  {
    name: "df01c",
    nix: 2,
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          a: mkOption({
            type: types.int,
            get default() {
              return config.b + 1;
            },
          }),
          b: mkOption({ type: types.int }),
        },
      });
      run([M, { b: 1 }], (c) => c.a);
    },
  },
  {
    name: "df02",
    nix: [{ a: 8, b: 4, c: 3 }, 20],
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: lazy(() => config.b * 2) }),
          b: mkOption({ type: types.int, default: lazy(() => config.c + 1) }),
          c: mkOption({ type: types.int }),
        },
      });
      const r2 = () => evalModules({ modules: [M, { c: 3, b: 10 }] as any }).config.a;
      run([M, { c: 3 }], (c) => [{ a: c.a, b: c.b, c: c.c }, r2()]);
    },
  },
  {
    name: "df03",
    nix: [80, 81],
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          instances: mkOption({
            type: types.attrsOf(
              types.submodule({ options: { port: mkOption({ type: types.int, default: 80 }) } }),
            ),
            default: {},
          }),
          mainPort: mkOption({ type: types.int, default: lazy(() => config.instances.main.port) }),
        },
      });
      const r1 = () => evalModules({ modules: [M, { instances: { main: {} } }] as any }).config.mainPort;
      run([M, { instances: { main: { port: 81 }, other: { port: 82 } } }], (c) => [r1(), c.mainPort]);
    },
  },
  {
    name: "df04",
    nix: [4, 0],
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          items: mkOption({ type: types.listOf(types.str), default: [] }),
          count: mkOption({ type: types.int, default: lazy(() => config.items.length) }),
        },
      });
      const r1 = () =>
        evalModules({
          modules: [M, { items: ["a"] }, { items: ["b", "c"] }, { items: mkBefore(["z"]) }] as any,
        }).config.count;
      run([M], (c) => [r1(), c.count]);
    },
  },
  {
    name: "df05",
    nix: ["profile", "box.example.org", "nixos"],
    run: ({ run }) => {
      const N = ({ config }: any) => ({
        options: {
          networking: {
            hostName: mkOption({ type: types.str, default: "nixos" }),
            domain: mkOption({ type: types.nullOr(types.str), default: null }),
            fqdn: mkOption({
              type: types.str,
              readOnly: true,
              default: lazy(() =>
                config.networking.domain !== null
                  ? `${config.networking.hostName}.${config.networking.domain}`
                  : config.networking.hostName,
              ),
            }),
          },
        },
      });
      const P = { networking: { hostName: mkDefault("profile") } };
      const f = (ms: any[]) => evalModules({ modules: ms }).config.networking.fqdn;
      run([], () => [
        f([N, P]),
        f([N, P, { networking: { hostName: "box", domain: "example.org" } }]),
        f([N]),
      ]);
    },
  },
  {
    name: "df06",
    nix: [["a", "e"], ["x"]],
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          list: mkOption({
            type: types.listOf(types.str),
            default: [],
            apply: (v: string[]) => [...v, config.extra],
          }),
          extra: mkOption({ type: types.str, default: "e" }),
        },
      });
      const r1 = () => evalModules({ modules: [M, { list: ["a"] }] as any }).config.list;
      run([M, { extra: "x" }], (c) => [r1(), c.list]);
    },
  },
  {
    name: "df07",
    nix: [21, 7],
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 1, apply: (v: number) => v + config.b }),
          b: mkOption({ type: types.int, default: 10, apply: (v: number) => v * 2 }),
        },
      });
      const r1 = () => evalModules({ modules: [M] as any }).config.a;
      run([M, { a: 5, b: 1 }], (c) => [r1(), c.a]);
    },
  },
  {
    name: "df08",
    nix: [9, 0, 0],
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          flag: mkOption({ type: types.bool, default: lazy(() => config.level > 2) }),
          level: mkOption({ type: types.int, default: 0 }),
          x: mkOption({ type: types.int, default: 0 }),
        },
      });
      const S = { config: ({ config }: any) => ({ x: mkIf(config.flag, 9) }) };
      const x = (ms: any[]) => evalModules({ modules: ms }).config.x;
      run([], () => [x([M, S, { level: 3 }]), x([M, S]), x([M, S, { level: 3, flag: false }])]);
    },
  },
  {
    name: "df09",
    nix: [10, 14, 1],
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            top: mkOption({ type: types.int, default: 5 }),
            sub: mkOption({
              type: types.submodule({
                options: { x: mkOption({ type: types.int, default: lazy(() => outer.top * 2) }) },
              }),
              default: {},
            }),
          },
        };
      };
      const x = (ms: any[]) => evalModules({ modules: ms }).config.sub.x;
      run([], () => [x([M]), x([M, { top: 7 }]), x([M, { top: 7, sub: { x: 1 } }])]);
    },
  },
  {
    name: "df10",
    nix: [2, 1, 3],
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: lazy(() => config.b) }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      });
      const a = (ms: any[]) => evalModules({ modules: ms }).config.a;
      run([], () => [
        a([M, { b: mkDefault(1) }, { b: 2 }]),
        a([M, { b: mkDefault(1) }]),
        a([M, { b: mkOverride(1400, 3) }]),
      ]);
    },
  },
  {
    name: "df11",
    nix: [-1, 4, -1],
    run: ({ run }) => {
      const M = ({ config, options }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: lazy(() => (options.b.isDefined ? config.b : -1)) }),
          b: mkOption({ type: types.int }),
        },
      });
      const a = (ms: any[]) => evalModules({ modules: ms }).config.a;
      run([], () => [a([M]), a([M, { b: 4 }]), a([M, { b: mkIf(false, 4) }])]);
    },
  },
  {
    name: "df13",
    nix: [11, 6],
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 10 }),
          b: mkOption({ type: types.int, default: lazy(() => config.a + 1) }),
        },
      });
      const b = (ms: any[]) => evalModules({ modules: ms }).config.b;
      run([], () => [b([M, { a: mkIf(false, 5) }]), b([M, { a: mkIf(true, 5) }])]);
    },
  },
  {
    name: "df14",
    nix: ["none", "a=x"],
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.nullOr(types.str), default: null }),
          b: mkOption({
            type: types.str,
            default: lazy(() => (config.a === null ? "none" : `a=${config.a}`)),
          }),
        },
      });
      const b = (ms: any[]) => evalModules({ modules: ms }).config.b;
      run([], () => [b([M]), b([M, { a: "x" }])]);
    },
  },
  {
    name: "df15",
    nix: ["alpha", "mid", "zed"],
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          instances: mkOption({
            type: types.attrsOf(
              types.submodule({ options: { port: mkOption({ type: types.int, default: 80 }) } }),
            ),
            default: {},
          }),
          names: mkOption({
            type: types.listOf(types.str),
            default: lazy(() => Object.keys(config.instances)),
          }),
        },
      });
      run([M, { instances: { zed: {}, alpha: {} } }, { instances: { mid: { port: 1 } } }], (c) => c.names);
    },
  },
  {
    name: "df16",
    nix: 40,
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: lazy(() => config.b * 10) }),
          b: mkOption({ type: types.int }),
        },
        config: { b: 4 },
      });
      run([M], (c) => c.a);
    },
  },
  {
    name: "df17",
    nix: [200, 301],
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 2, apply: (v: number) => v * 100 }),
          b: mkOption({ type: types.int, default: 0, apply: (v: number) => v + config.a }),
        },
      });
      const b = (ms: any[]) => evalModules({ modules: ms }).config.b;
      run([], () => [b([M]), b([M, { a: 3, b: 1 }])]);
    },
  },
  {
    name: "df18",
    nix: 11,
    run: ({ run }) => {
      const D = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: lazy(() => config.b + 1) }),
          b: mkOption({ type: types.int }),
          c: mkOption({ type: types.int }),
        },
      });
      const R = { config: ({ config }: any) => ({ b: config.c * 2 }) };
      run([D, R, { c: 5 }], (c) => c.a);
    },
  },
  {
    name: "df19",
    nix: ["www.host", "www.profile", "www.forced"],
    run: ({ run }) => {
      const N = { options: { networking: { hostName: mkOption({ type: types.str, default: "nixos" }) } } };
      const S = ({ config }: any) => ({
        options: {
          services: {
            web: {
              serverName: mkOption({
                type: types.str,
                default: lazy(() => `www.${config.networking.hostName}`),
              }),
            },
          },
        },
      });
      const P = { networking: { hostName: mkDefault("profile") } };
      const H = { networking: { hostName: "host" } };
      const s = (ms: any[]) => evalModules({ modules: ms }).config.services.web.serverName;
      run([], () => [
        s([N, S, P, H]),
        s([N, S, P]),
        s([N, S, H, P, { networking: { hostName: mkForce("forced") } }]),
      ]);
    },
  },
  {
    name: "df20",
    nix: [["a0", "x"], ["u"], ["a1", "x"], ["d"]],
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.listOf(types.str), default: ["a0"] }),
          b: mkOption({ type: types.listOf(types.str), default: lazy(() => [...config.a, "x"]) }),
        },
      });
      const b = (ms: any[]) => evalModules({ modules: ms }).config.b;
      run([], () => [b([M]), b([M, { b: ["u"] }]), b([M, { a: ["a1"] }]), b([M, { b: mkDefault(["d"]) }])]);
    },
  },
  {
    name: "df21",
    nix: { a: 1001, b: 1002 },
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          m: mkOption({
            type: types.attrsOf(types.int),
            default: {},
            apply: (m: any) =>
              Object.fromEntries(Object.entries(m).map(([n, v]: any) => [n, v + config.offset])),
          }),
          offset: mkOption({ type: types.int, default: 100 }),
        },
      });
      run([M, { m: { a: 1 } }, { m: { b: 2 }, offset: 1000 }], (c) => c.m);
    },
  },
  {
    name: "df22",
    nix: [2, 1, 1],
    run: ({ run }) => {
      const M = ({ options }: any) => ({
        options: {
          items: mkOption({ type: types.listOf(types.int), default: [] }),
          n: mkOption({ type: types.int, default: lazy(() => options.items.definitions.length) }),
        },
      });
      const n = (ms: any[]) => evalModules({ modules: ms }).config.n;
      run([], () => [
        n([M, { items: [1] }, { items: [2, 3] }]),
        n([M]),
        n([M, { items: mkIf(false, [1]) }, { items: [5] }]),
      ]);
    },
  },
  {
    name: "df23",
    nix: [3, 7],
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: lazy(() => config.b) }),
          b: mkOption({ type: types.int, default: lazy(() => config.c) }),
          c: mkOption({ type: types.int, default: 1 }),
        },
      });
      const a = (ms: any[]) => evalModules({ modules: ms }).config.a;
      run([], () => [a([M, { c: mkForce(3) }, { c: 2 }]), a([M, { b: mkDefault(7) }])]);
    },
  },
  {
    name: "df24",
    nix: failed,
    kind: "no-value",
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: lazy(() => config.b + 1) }),
          b: mkOption({ type: types.int }),
        },
      });
      run([M], (c) => c.a);
    },
  },
  {
    name: "df25",
    nix: "ERR",
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: lazy(() => config.b + 1) }),
          b: mkOption({ type: types.int }),
        },
      });
      run([M], (c) => tryv(() => c.a));
    },
  },
  {
    name: "df26",
    nix: [80, 443, 80],
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          services: {
            a: {
              enable: mkEnableOption("a"),
              port: mkOption({ type: types.port, default: lazy(() => (config.services.a.tls ? 443 : 80)) }),
              tls: mkOption({ type: types.bool, default: lazy(() => config.security.tlsEverywhere) }),
            },
          },
          security: { tlsEverywhere: mkOption({ type: types.bool, default: false }) },
        },
      });
      const P = { security: { tlsEverywhere: mkDefault(true) } };
      const p = (ms: any[]) => evalModules({ modules: ms }).config.services.a.port;
      run([], () => [p([M]), p([M, P]), p([M, P, { services: { a: { tls: false } } }])]);
    },
  },
  {
    name: "df27",
    nix: failed,
    kind: "laziness",
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.str, default: "d", apply: (v: string) => `${v}-${config.b}` }),
          b: mkOption({ type: types.str, default: "b" }),
        },
      });
      const O = { config: ({ config }: any) => ({ b: mkIf(config.a === "d-b", "changed") }) };
      run([M, O], (c) => c.a);
    },
  },
  {
    name: "df27b",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.str, default: "d", apply: (v: string) => `${v}-${config.b}` }),
          b: mkOption({ type: types.str, default: "b" }),
        },
      });
      const O = { config: ({ config }: any) => ({ b: mkIf(() => config.a === "d-b", "changed") }) };
      run([M, O], (c) => c.a);
    },
  },
  {
    name: "df28",
    nix: [[1], [2], [9]],
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          list: mkOption({ type: types.listOf(types.int), default: lazy(() => [config.x]) }),
          x: mkOption({ type: types.int, default: 1 }),
        },
      });
      const l = (ms: any[]) => evalModules({ modules: ms }).config.list;
      run([], () => [l([M]), l([M, { x: 2 }]), l([M, { list: mkAfter([9]) }])]);
    },
  },
  {
    name: "df29",
    nix: [{ host: "h" }, { port: "1" }, { host: "z" }],
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          settings: mkOption({
            type: types.attrsOf(types.str),
            default: {
              get host() {
                return config.host;
              },
            },
          }),
          host: mkOption({ type: types.str, default: "h" }),
        },
      });
      const s = (ms: any[]) => evalModules({ modules: ms }).config.settings;
      run([], () => [s([M]), s([M, { settings: { port: "1" } }]), s([M, { host: "z" }])]);
    },
  },
  {
    name: "df29b",
    nix: [{ host: "h" }, { port: "1" }, { host: "z" }],
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          settings: mkOption({
            type: types.attrsOf(types.str),
            default: lazy(() => ({ host: config.host })),
          }),
          host: mkOption({ type: types.str, default: "h" }),
        },
      });
      const s = (ms: any[]) => evalModules({ modules: ms }).config.settings;
      run([], () => [s([M]), s([M, { settings: { port: "1" } }]), s([M, { host: "z" }])]);
    },
  },
  {
    name: "df30",
    nix: [5, 6],
    run: ({ run }) => {
      const M = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: lazy(() => config.a) }),
        },
      });
      const S = { config: ({ config }: any) => ({ a: mkDefault(5) }) };
      const b = (ms: any[]) => evalModules({ modules: ms }).config.b;
      run([], () => [b([M, S]), b([M, S, { a: 6 }])]);
    },
  },
  {
    name: "dr01b",
    nix: 2,
    run: ({ run }) => {
      const D = { options: { a: mkOption({ type: types.int }), b: mkOption({ type: types.int }) } };
      const M = {
        config: ({ config }: any) => ({
          a: 1,
          get b() {
            return config.a + 1;
          },
        }),
      };
      run([D, M], (c) => c.b);
    },
  },
  {
    name: "dr01c",
    nix: 2,
    run: ({ run }) => {
      const D = { options: { a: mkOption({ type: types.int }), b: mkOption({ type: types.int }) } };
      const M = { config: ({ config }: any) => ({ a: 1, b: lazy(() => config.a + 1) }) };
      run([D, M], (c) => c.b);
    },
  },
  {
    name: "dr02b",
    nix: { a: 1, b: 2 },
    run: ({ run }) => {
      const D = {
        options: { settings: { a: mkOption({ type: types.int }), b: mkOption({ type: types.int }) } },
      };
      const M = {
        config: ({ config }: any) => {
          const cfg = config.settings;
          return {
            settings: {
              a: 1,
              get b() {
                return cfg.a + 1;
              },
            },
          };
        },
      };
      run([D, M], (c) => c.settings);
    },
  },
  {
    name: "dr03",
    nix: 11,
    run: ({ run }) => {
      const D = {
        options: { a: mkOption({ type: types.int, default: 10 }), b: mkOption({ type: types.int }) },
      };
      const M = { config: ({ config }: any) => ({ a: mkIf(false, 5), b: config.a + 1 }) };
      run([D, M], (c) => c.b);
    },
  },
  {
    name: "dr03b",
    nix: 11,
    run: ({ run }) => {
      const D = {
        options: { a: mkOption({ type: types.int, default: 10 }), b: mkOption({ type: types.int }) },
      };
      const M = {
        config: ({ config }: any) => ({
          a: mkIf(false, 5),
          get b() {
            return config.a + 1;
          },
        }),
      };
      run([D, M], (c) => c.b);
    },
  },
  {
    name: "dr04b",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const D = {
        options: { services: { x: { settings: mkOption({ type: types.attrsOf(types.int), default: {} }) } } },
      };
      const M = {
        config: ({ config }: any) => {
          const cfg = config.services.x;
          return {
            services: {
              x: {
                settings: {
                  a: 1,
                  get b() {
                    return cfg.settings.a;
                  },
                },
              },
            },
          };
        },
      };
      run([D, M], (c) => c.services.x.settings);
    },
  },
  {
    name: "dr05",
    nix: { a: 1, b: 1 },
    run: ({ run }) => {
      const D = {
        options: {
          services: { x: { settings: mkOption({ type: types.lazyAttrsOf(types.int), default: {} }) } },
        },
      };
      const M = {
        config: ({ config }: any) => {
          const cfg = config.services.x;
          return { services: { x: { settings: { a: 1, b: cfg.settings.a } } } };
        },
      };
      run([D, M], (c) => c.services.x.settings);
    },
  },
  {
    name: "dr05b",
    nix: { a: 1, b: 1 },
    run: ({ run }) => {
      const D = {
        options: {
          services: { x: { settings: mkOption({ type: types.lazyAttrsOf(types.int), default: {} }) } },
        },
      };
      const M = {
        config: ({ config }: any) => {
          const cfg = config.services.x;
          return {
            services: {
              x: {
                settings: {
                  a: 1,
                  get b() {
                    return cfg.settings.a;
                  },
                },
              },
            },
          };
        },
      };
      run([D, M], (c) => c.services.x.settings);
    },
  },
  {
    name: "dr05c",
    nix: { a: 2, b: 2 },
    run: ({ run }) => {
      const D = {
        options: {
          services: { x: { settings: mkOption({ type: types.lazyAttrsOf(types.int), default: {} }) } },
        },
      };
      const M = {
        config: ({ config }: any) => {
          const cfg = config.services.x;
          return {
            services: {
              x: {
                settings: {
                  a: 1,
                  get b() {
                    return cfg.settings.a;
                  },
                },
              },
            },
          };
        },
      };
      run([D, M, { services: { x: { settings: { a: mkForce(2) } } } }], (c) => c.services.x.settings);
    },
  },
  {
    name: "dr06b",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const D = {
        options: {
          settings: mkOption({
            type: types.submodule({
              freeformType: types.attrsOf(types.str),
              options: { host: mkOption({ type: types.str, default: "h" }) },
            }),
            default: {},
          }),
        },
      };
      const M = {
        config: ({ config }: any) => ({
          settings: {
            get url() {
              return `http://${config.settings.host}`;
            },
          },
        }),
      };
      run([D, M, { settings: { host: "x" } }], (c) => c.settings);
    },
  },
  {
    name: "dr07",
    nix: 6,
    run: ({ run }) => {
      const D = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: lazy(() => config.a * 2) }),
          c: mkOption({ type: types.int, default: 0 }),
        },
      });
      const M = { config: ({ config }: any) => ({ a: 3, c: config.b }) };
      run([D, M], (c) => c.c);
    },
  },
  {
    name: "dr07b",
    nix: 6,
    run: ({ run }) => {
      const D = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: lazy(() => config.a * 2) }),
          c: mkOption({ type: types.int, default: 0 }),
        },
      });
      const M = {
        config: ({ config }: any) => ({
          a: 3,
          get c() {
            return config.b;
          },
        }),
      };
      run([D, M], (c) => c.c);
    },
  },
  {
    name: "dr08",
    nix: [12, 21],
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
          o1: mkOption({ type: types.int, default: 0 }),
          o2: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = { config: ({ config }: any) => ({ a: 1, o1: config.b + 10 }) };
      const B = { config: ({ config }: any) => ({ b: 2, o2: config.a + 20 }) };
      run([D, A, B], (c) => [c.o1, c.o2]);
    },
  },
  {
    name: "dr08b",
    nix: [12, 21],
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
          o1: mkOption({ type: types.int, default: 0 }),
          o2: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = {
        config: ({ config }: any) => ({
          a: 1,
          get o1() {
            return config.b + 10;
          },
        }),
      };
      const B = {
        config: ({ config }: any) => ({
          b: 2,
          get o2() {
            return config.a + 20;
          },
        }),
      };
      run([D, A, B], (c) => [c.o1, c.o2]);
    },
  },
  {
    name: "dr08d",
    nix: [12, 21],
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
          o1: mkOption({ type: types.int, default: 0 }),
          o2: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = { config: ({ config }: any) => ({ a: 1, o1: config.b + 10 }) };
      const B = {
        config: ({ config }: any) => ({
          b: 2,
          get o2() {
            return config.a + 20;
          },
        }),
      };
      run([D, A, B], (c) => [c.o1, c.o2]);
    },
  },
  {
    name: "dr09",
    nix: 1,
    run: ({ run }) => {
      const D = { options: { a: mkOption({ type: types.int }), b: mkOption({ type: types.int }) } };
      const M = { config: ({ options }: any) => ({ a: 5, b: options.a.isDefined ? 1 : 0 }) };
      run([D, M], (c) => c.b);
    },
  },
  {
    name: "dr09b",
    nix: 1,
    run: ({ run }) => {
      const D = { options: { a: mkOption({ type: types.int }), b: mkOption({ type: types.int }) } };
      const M = {
        config: ({ options }: any) => ({
          a: 5,
          get b() {
            return options.a.isDefined ? 1 : 0;
          },
        }),
      };
      run([D, M], (c) => c.b);
    },
  },
  {
    name: "dr10",
    nix: 5,
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.bool, default: false }),
        },
      };
      const M = { config: ({ config }: any) => ({ b: true, a: mkIf(config.b, 5) }) };
      run([D, M], (c) => c.a);
    },
  },
  {
    name: "dr10b",
    nix: 5,
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.bool, default: false }),
        },
      };
      const M = { config: ({ config }: any) => ({ b: true, a: mkIf(() => config.b, 5) }) };
      run([D, M], (c) => c.a);
    },
  },
  {
    name: "dr11",
    nix: { y: 5, z: 6 },
    run: ({ run }) => {
      const D = {
        options: {
          x: { y: mkOption({ type: types.int, default: 1 }), z: mkOption({ type: types.int, default: 0 }) },
        },
      };
      const M = { config: ({ config }: any) => ({ x: { z: config.x.y + 1 } }) };
      run([D, M, { x: { y: 5 } }], (c) => c.x);
    },
  },
  {
    name: "dr12b",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const D = { options: { s: mkOption({ type: types.attrsOf(types.int), default: {} }) } };
      const M = {
        config: ({ config }: any) => ({
          s: {
            get b() {
              return config.s.a + 1;
            },
          },
        }),
      };
      run([D, M, { s: { a: 1 } }], (c) => c.s);
    },
  },
  {
    name: "dr13",
    nix: 1,
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.bool, default: false }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = { config: ({ config }: any) => mkMerge([{ a: true }, mkIf(config.a, { b: 1 })]) };
      run([D, M], (c) => c.b);
    },
  },
  {
    name: "dr13b",
    nix: 1,
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.bool, default: false }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = { config: ({ config }: any) => mkMerge([{ a: true }, mkIf(() => config.a, { b: 1 })]) };
      run([D, M], (c) => c.b);
    },
  },
  {
    name: "dr15b",
    nix: 2,
    run: ({ run }) => {
      const M = {
        freeformType: types.lazyAttrsOf(types.int),
        config: ({ config }: any) => ({
          x: 1,
          get y() {
            return config.x + 1;
          },
        }),
      };
      run([M], (c) => c.y);
    },
  },
  {
    name: "dr16",
    nix: 5,
    run: ({ run }) => {
      const D = {
        options: {
          flag: mkOption({ type: types.bool, default: false }),
          a: mkOption({ type: types.int, default: 0 }),
          out: mkOption({ type: types.int, default: -1 }),
        },
      };
      const A = { config: ({ config }: any) => ({ flag: true, out: config.a }) };
      const B = { config: ({ config }: any) => ({ a: mkIf(config.flag, 5) }) };
      run([D, A, B], (c) => c.out);
    },
  },
  {
    name: "dr16b",
    nix: 5,
    run: ({ run }) => {
      const D = {
        options: {
          flag: mkOption({ type: types.bool, default: false }),
          a: mkOption({ type: types.int, default: 0 }),
          out: mkOption({ type: types.int, default: -1 }),
        },
      };
      const A = {
        config: ({ config }: any) => ({
          flag: true,
          get out() {
            return config.a;
          },
        }),
      };
      const B = { config: ({ config }: any) => ({ a: mkIf(config.flag, 5) }) };
      run([D, A, B], (c) => c.out);
    },
  },
  {
    name: "dr16c",
    nix: 5,
    run: ({ run }) => {
      const D = {
        options: {
          flag: mkOption({ type: types.bool, default: false }),
          a: mkOption({ type: types.int, default: 0 }),
          out: mkOption({ type: types.int, default: -1 }),
        },
      };
      const A = { config: ({ config }: any) => ({ flag: true, out: config.a }) };
      const B = { config: ({ config }: any) => ({ a: mkIf(config.flag, 5) }) };
      run([D, B, A], (c) => c.out);
    },
  },
  {
    name: "dr17",
    nix: [["x"], []],
    run: ({ run }) => {
      const D = {
        options: {
          x: { enable: mkOption({ type: types.bool, default: false }) },
          y: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      };
      const M = {
        config: ({ config }: any) => ({ x: { enable: mkDefault(true) }, y: mkIf(config.x.enable, ["x"]) }),
      };
      const y = (ms: any[]) => evalModules({ modules: ms }).config.y;
      run([], () => [y([D, M]), y([D, M, { x: { enable: false } }])]);
    },
  },
  {
    name: "dr17b",
    nix: [["x"], []],
    run: ({ run }) => {
      const D = {
        options: {
          x: { enable: mkOption({ type: types.bool, default: false }) },
          y: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      };
      const M = {
        config: ({ config }: any) => ({
          x: { enable: mkDefault(true) },
          y: mkIf(() => config.x.enable, ["x"]),
        }),
      };
      const y = (ms: any[]) => evalModules({ modules: ms }).config.y;
      run([], () => [y([D, M]), y([D, M, { x: { enable: false } }])]);
    },
  },
  {
    name: "dr18",
    nix: 1,
    run: ({ run }) => {
      const D = {
        options: {
          a: { enable: mkOption({ type: types.bool, default: false }) },
          out: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = {
        imports: [{ a: { enable: true } }],
        config: ({ config }: any) => mkIf(config.a.enable, { out: 1 }),
      };
      run([D, M], (c) => c.out);
    },
  },
  {
    name: "dr19",
    nix: [[], ["a too small"]],
    run: ({ run }) => {
      const D = { options: { a: mkOption({ type: types.int, default: 0 }) } };
      const M = {
        config: ({ config }: any) => ({
          a: 5,
          assertions: [{ assertion: config.a > 3, message: "a too small" }],
        }),
      };
      const f = (ms: any[]) => failedMessages(evalModules({ modules: ms }).config);
      run([], () => [f([assertionsModule, D, M]), f([assertionsModule, D, M, { a: mkForce(1) }])]);
    },
  },
  {
    name: "dr19b",
    nix: [[], ["a too small"]],
    run: ({ run }) => {
      const D = { options: { a: mkOption({ type: types.int, default: 0 }) } };
      const M = {
        config: ({ config }: any) => ({
          a: 5,
          assertions: [
            {
              get assertion() {
                return config.a > 3;
              },
              message: "a too small",
            },
          ],
        }),
      };
      const f = (ms: any[]) => failedMessages(evalModules({ modules: ms }).config);
      run([], () => [f([assertionsModule, D, M]), f([assertionsModule, D, M, { a: mkForce(1) }])]);
    },
  },
  {
    name: "dr19c",
    nix: [[], ["a too small"]],
    run: ({ run }) => {
      const D = { options: { a: mkOption({ type: types.int, default: 0 }) } };
      const M = {
        config: ({ config }: any) => ({
          a: 5,
          assertions: lazy(() => [{ assertion: config.a > 3, message: "a too small" }]),
        }),
      };
      const f = (ms: any[]) => failedMessages(evalModules({ modules: ms }).config);
      run([], () => [f([assertionsModule, D, M]), f([assertionsModule, D, M, { a: mkForce(1) }])]);
    },
  },
  {
    name: "dr20",
    nix: { domain: "box.example", hostName: "box" },
    run: ({ run }) => {
      const D = {
        options: {
          networking: {
            hostName: mkOption({ type: types.str, default: "h" }),
            domain: mkOption({ type: types.str, default: "" }),
          },
        },
      };
      const M = {
        config: ({ config }: any) => ({ networking: { domain: `${config.networking.hostName}.example` } }),
      };
      run([D, M, { networking: { hostName: "box" } }], (c) => c.networking);
    },
  },
  {
    name: "dr21",
    nix: 2,
    run: ({ run }) => {
      const D = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
          c: mkOption({ type: types.int, default: lazy(() => config.a) }),
        },
      });
      const M = { config: ({ config }: any) => ({ a: 1, b: mkIf(config.c > 0, 2) }) };
      run([D, M], (c) => c.b);
    },
  },
  {
    name: "dr21b",
    nix: 2,
    run: ({ run }) => {
      const D = ({ config }: any) => ({
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
          c: mkOption({ type: types.int, default: lazy(() => config.a) }),
        },
      });
      const M = { config: ({ config }: any) => ({ a: 1, b: mkIf(() => config.c > 0, 2) }) };
      run([D, M], (c) => c.b);
    },
  },
  {
    name: "dr22",
    nix: 6,
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = { config: ({ options }: any) => ({ a: 2, b: options.a.value * 3 }) };
      run([D, M], (c) => c.b);
    },
  },
  {
    name: "dr22b",
    nix: 6,
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = {
        config: ({ options }: any) => ({
          a: 2,
          get b() {
            return options.a.value * 3;
          },
        }),
      };
      run([D, M], (c) => c.b);
    },
  },
  {
    name: "dr23",
    nix: 7,
    run: ({ run }) => {
      const D = {
        options: { a: mkOption({ type: types.int }), b: mkOption({ type: types.int, default: 0 }) },
      };
      const M = {
        config: ({ config, options }: any) => ({
          a: mkIf(false, 1),
          get b() {
            return options.a.isDefined ? config.a : 7;
          },
        }),
      };
      run([D, M], (c) => c.b);
    },
  },
  {
    name: "dr24",
    nix: [4, 8],
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = {
        config: ({ config }: any) => ({
          a: mkIf(true, mkOverride(900, 4)),
          get b() {
            return config.a;
          },
        }),
      };
      const b = (ms: any[]) => evalModules({ modules: ms }).config.b;
      run([], () => [b([D, M]), b([D, M, { a: 8 }])]);
    },
  },
  {
    name: "dr25",
    nix: { bar: { uid: 500 }, foo: { uid: 501 } },
    run: ({ run }) => {
      const D = {
        options: {
          users: {
            users: mkOption({
              type: types.attrsOf(
                types.submodule({ options: { uid: mkOption({ type: types.int, default: 1000 }) } }),
              ),
              default: {},
            }),
          },
        },
      };
      const M = {
        config: ({ config }: any) => ({ users: { users: { foo: { uid: config.users.users.bar.uid + 1 } } } }),
      };
      run([D, M, { users: { users: { bar: { uid: 500 } } } }], (c) => c.users.users);
    },
  },
  {
    name: "dr25b",
    nix: { bar: { uid: 500 }, foo: { uid: 501 } },
    run: ({ run }) => {
      const D = {
        options: {
          users: {
            users: mkOption({
              type: types.attrsOf(
                types.submodule({ options: { uid: mkOption({ type: types.int, default: 1000 }) } }),
              ),
              default: {},
            }),
          },
        },
      };
      const M = {
        config: ({ config }: any) => ({
          users: {
            users: {
              foo: {
                get uid() {
                  return config.users.users.bar.uid + 1;
                },
              },
            },
          },
        }),
      };
      run([D, M, { users: { users: { bar: { uid: 500 } } } }], (c) => c.users.users);
    },
  },
  {
    name: "dr26",
    nix: [6, 8],
    run: ({ run }) => {
      const M = {
        options: {
          a: mkOption({ type: types.int, default: 3 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
        config: ({ config }: any) => ({ b: config.a * 2 }),
      };
      const b = (ms: any[]) => evalModules({ modules: ms }).config.b;
      run([], () => [b([M]), b([M, { a: 4 }])]);
    },
  },
  {
    name: "dr27b",
    nix: 9,
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = ({ config }: any) => ({
        config: {
          get b() {
            return config.a;
          },
        },
      });
      run([D, M, { a: 9 }], (c) => c.b);
    },
  },
  {
    name: "dr28",
    nix: 109,
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = { config: ({ config: { a } }: any) => ({ b: a + 100 }) };
      run([D, M, { a: 9 }], (c) => c.b);
    },
  },
  {
    name: "dr29",
    nix: 2,
    run: ({ run }) => {
      const D = {
        options: {
          list: mkOption({ type: types.listOf(types.str), default: [] }),
          n: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = { config: ({ config }: any) => ({ list: ["m"], n: config.list.length }) };
      run([D, M, { list: ["u"] }], (c) => c.n);
    },
  },
  {
    name: "dr29b",
    nix: 2,
    run: ({ run }) => {
      const D = {
        options: {
          list: mkOption({ type: types.listOf(types.str), default: [] }),
          n: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = {
        config: ({ config }: any) => ({
          list: ["m"],
          get n() {
            return config.list.length;
          },
        }),
      };
      run([D, M, { list: ["u"] }], (c) => c.n);
    },
  },
  {
    name: "dr30",
    nix: 3,
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
          c: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = {
        imports: [{ config: ({ config }: any) => ({ c: config.a + config.b }) }],
        config: { a: 1, b: 2 },
      };
      run([D, M], (c) => c.c);
    },
  },
  {
    name: "dr31",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = {
        config: ({ config }: any) => ({ a: mkIf(() => config.b === 0, 1), b: mkIf(() => config.a === 0, 2) }),
      };
      run([D, M], (c) => c.a);
    },
  },
  {
    name: "dr32",
    nix: { x: 4, y: 5 },
    run: ({ run }) => {
      const D = {
        options: {
          s: mkOption({
            type: types.submodule({
              options: {
                x: mkOption({ type: types.int, default: 1 }),
                y: mkOption({ type: types.int, default: 0 }),
              },
            }),
            default: {},
          }),
        },
      };
      const M = { config: ({ config }: any) => ({ s: { y: config.s.x + 1 } }) };
      run([D, M, { s: { x: 4 } }], (c) => c.s);
    },
  },
  {
    name: "dr32b",
    nix: { x: 4, y: 5 },
    run: ({ run }) => {
      const D = {
        options: {
          s: mkOption({
            type: types.submodule({
              options: {
                x: mkOption({ type: types.int, default: 1 }),
                y: mkOption({ type: types.int, default: 0 }),
              },
            }),
            default: {},
          }),
        },
      };
      const M = {
        config: ({ config }: any) => ({
          s: {
            get y() {
              return config.s.x + 1;
            },
          },
        }),
      };
      run([D, M, { s: { x: 4 } }], (c) => c.s);
    },
  },
  {
    name: "dr33",
    nix: 10,
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = {
        config: ({ config }: any) => ({
          a: 1,
          b: mkMerge([mkIf(() => config.a > 0, 10), mkIf(() => config.a > 5, 20)]),
        }),
      };
      run([D, M], (c) => c.b);
    },
  },
  {
    name: "el01",
    nix: { a: { port: 101 }, b: { port: 9 } },
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            basePort: mkOption({ type: types.int, default: 8000 }),
            instances: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: { port: mkOption({ type: types.int, default: lazy(() => outer.basePort + 1) }) },
                }),
              ),
              default: {},
            }),
          },
        };
      };
      run([M, { instances: { a: {}, b: { port: 9 } }, basePort: 100 }], (c) => c.instances);
    },
  },
  {
    name: "el02",
    nix: { db: { dataDir: "/var/lib/db", user: "postgres" }, web: { dataDir: "/var/lib/web", user: "web" } },
    run: ({ run }) => {
      const M = {
        options: {
          instances: mkOption({
            type: types.attrsOf(
              types.submodule(({ name }: any) => ({
                options: {
                  dataDir: mkOption({ type: types.str, default: `/var/lib/${name}` }),
                  user: mkOption({ type: types.str, default: name }),
                },
              })),
            ),
            default: {},
          }),
        },
      };
      run([M, { instances: { web: {}, db: { user: "postgres" } } }], (c) => c.instances);
    },
  },
  {
    name: "el03",
    nix: {
      a: { host: "localhost", port: 80, url: "http://localhost:80" },
      b: { host: "b", port: 8080, url: "http://b:8080" },
      c: { host: "localhost", port: 80, url: "set" },
    },
    run: ({ run }) => {
      const M = {
        options: {
          instances: mkOption({
            type: types.attrsOf(
              types.submodule(({ config }: any) => ({
                options: {
                  host: mkOption({ type: types.str, default: "localhost" }),
                  port: mkOption({ type: types.int, default: 80 }),
                  url: mkOption({
                    type: types.str,
                    default: lazy(() => `http://${config.host}:${config.port}`),
                  }),
                },
              })),
            ),
            default: {},
          }),
        },
      };
      run([M, { instances: { a: {}, b: { port: 8080, host: "b" }, c: { url: "set" } } }], (c) => c.instances);
    },
  },
  {
    name: "el04",
    nix: [{ a: { enable: true }, b: { enable: false } }, { a: { enable: false } }],
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            global: { enable: mkEnableOption("g") },
            instances: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: { enable: mkEnableOption("i") },
                  config: () => mkIf(outer.global.enable, { enable: mkDefault(true) }),
                }),
              ),
              default: {},
            }),
          },
        };
      };
      const i = (ms: any[]) => evalModules({ modules: ms }).config.instances;
      run([], () => [
        i([M, { global: { enable: true }, instances: { a: {}, b: { enable: false } } }]),
        i([M, { instances: { a: {} } }]),
      ]);
    },
  },
  {
    name: "el04b",
    nix: [{ a: { enable: true }, b: { enable: false } }, { a: { enable: false } }],
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            global: { enable: mkEnableOption("g") },
            instances: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: { enable: mkEnableOption("i") },
                  config: mkIf(() => outer.global.enable, { enable: mkDefault(true) }),
                }),
              ),
              default: {},
            }),
          },
        };
      };
      const i = (ms: any[]) => evalModules({ modules: ms }).config.instances;
      run([], () => [
        i([M, { global: { enable: true }, instances: { a: {}, b: { enable: false } } }]),
        i([M, { instances: { a: {} } }]),
      ]);
    },
  },
  {
    name: "el05",
    nix: {
      a: { peer: "b", peerPort: 20, port: 10 },
      b: { peer: "a", peerPort: 10, port: 20 },
      c: { peer: null, peerPort: null, port: 1 },
    },
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            instances: mkOption({
              type: types.attrsOf(
                types.submodule(({ config }: any) => ({
                  options: {
                    port: mkOption({ type: types.int, default: 1 }),
                    peer: mkOption({ type: types.nullOr(types.str), default: null }),
                    peerPort: mkOption({
                      type: types.nullOr(types.int),
                      default: lazy(() => (config.peer === null ? null : outer.instances[config.peer].port)),
                    }),
                  },
                })),
              ),
              default: {},
            }),
          },
        };
      };
      run(
        [M, { instances: { a: { port: 10, peer: "b" }, b: { port: 20, peer: "a" }, c: {} } }],
        (c) => c.instances,
      );
    },
  },
  {
    name: "el06",
    nix: [1, 2],
    run: ({ run }) => {
      const M = {
        options: {
          instances: mkOption({
            type: types.attrsOf(
              types.submodule({
                options: {
                  port: mkOption({ type: types.int, default: 80 }),
                  enable: mkOption({ type: types.bool, default: true }),
                },
              }),
            ),
            default: {},
          }),
          ports: mkOption({ type: types.listOf(types.int), default: [] }),
        },
      };
      const C = {
        config: ({ config }: any) => ({
          ports: Object.values(config.instances)
            .filter((i: any) => i.enable)
            .map((i: any) => i.port),
        }),
      };
      run(
        [
          M,
          C,
          { instances: { b: { port: 2 }, a: {} } },
          { instances: { c: { enable: false }, a: { port: 1 } } },
        ],
        (c) => c.ports,
      );
    },
  },
  {
    name: "el07",
    nix: { a: { port: 80, url: "x:80" }, b: { port: 1, url: "x:1" } },
    run: ({ run }) => {
      const M = {
        options: {
          instances: mkOption({
            type: types.attrsOf(
              types.submodule({
                options: {
                  port: mkOption({ type: types.int, default: 80 }),
                  url: mkOption({ type: types.str }),
                },
                config: ({ config }: any) => ({ url: `x:${config.port}` }),
              }),
            ),
            default: {},
          }),
        },
      };
      run([M, { instances: { a: {}, b: { port: 1 } } }], (c) => c.instances);
    },
  },
  {
    name: "el08b",
    nix: { a: { port: 80, url: "x:80" }, b: { port: 1, url: "x:1" } },
    run: ({ run }) => {
      const M = {
        options: {
          instances: mkOption({
            type: types.attrsOf(
              types.submodule({
                options: { port: mkOption({ type: types.int }), url: mkOption({ type: types.str }) },
                config: ({ config }: any) => ({
                  port: mkDefault(80),
                  get url() {
                    return `x:${config.port}`;
                  },
                }),
              }),
            ),
            default: {},
          }),
        },
      };
      run([M, { instances: { a: {}, b: { port: 1 } } }], (c) => c.instances);
    },
  },
  {
    name: "el09",
    nix: [{ always: { port: 80 }, extra: { port: 1 } }, { always: { port: 80 } }],
    run: ({ run }) => {
      const M = {
        options: {
          flag: mkOption({ type: types.bool, default: false }),
          instances: mkOption({
            type: types.attrsOf(
              types.submodule({ options: { port: mkOption({ type: types.int, default: 80 }) } }),
            ),
            default: {},
          }),
        },
      };
      const A = {
        config: ({ config }: any) => ({ instances: { extra: mkIf(config.flag, { port: 1 }), always: {} } }),
      };
      const i = (ms: any[]) => evalModules({ modules: ms }).config.instances;
      run([], () => [i([M, A, { flag: true }]), i([M, A])]);
    },
  },
  {
    name: "el10",
    nix: [{ a: { enable: true } }, { a: { enable: false } }],
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            defaults: { enable: mkOption({ type: types.bool, default: false }) },
            instances: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: {
                    enable: mkOption({ type: types.bool, default: lazy(() => outer.defaults.enable) }),
                  },
                }),
              ),
              default: {},
            }),
          },
        };
      };
      const P = { defaults: { enable: mkDefault(true) } };
      const i = (ms: any[]) => evalModules({ modules: ms }).config.instances;
      run([], () => [
        i([M, P, { instances: { a: {} } }]),
        i([M, P, { instances: { a: {} }, defaults: { enable: false } }]),
      ]);
    },
  },
  {
    name: "el11",
    nix: [
      { fqdn: "b.x", name: "b" },
      { fqdn: "a.home", name: "a" },
    ],
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            domain: mkOption({ type: types.str, default: "lan" }),
            hosts: mkOption({
              type: types.listOf(
                types.submodule(({ config }: any) => ({
                  options: {
                    name: mkOption({ type: types.str }),
                    fqdn: mkOption({
                      type: types.str,
                      default: lazy(() => `${config.name}.${outer.domain}`),
                    }),
                  },
                })),
              ),
              default: [],
            }),
          },
        };
      };
      run(
        [M, { hosts: [{ name: "a" }] }, { hosts: [{ name: "b", fqdn: "b.x" }], domain: "home" }],
        (c) => c.hosts,
      );
    },
  },
  {
    name: "el12",
    nix: {
      blog: { index: ["b.html", "a.html"], root: "/var/www/blog" },
      shop: { index: ["index.html"], root: "/var/www/shop" },
    },
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            prefix: mkOption({ type: types.str, default: "/srv" }),
            sites: mkOption({
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: {
                    root: mkOption({ type: types.str, default: lazy(() => `${outer.prefix}/${name}`) }),
                    index: mkOption({ type: types.listOf(types.str), default: ["index.html"] }),
                  },
                })),
              ),
              default: {},
            }),
          },
        };
      };
      run(
        [
          M,
          { sites: { blog: { index: ["a.html"] } } },
          { sites: { blog: { index: mkBefore(["b.html"]) }, shop: {} }, prefix: "/var/www" },
        ],
        (c) => c.sites,
      );
    },
  },
  {
    name: "el13",
    nix: { first: { next: 1006, port: 1005 }, second: { next: 0, port: 1006 } },
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            instances: mkOption({
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: {
                    port: mkOption({ type: types.int, default: 1000 + name.length }),
                    next: mkOption({
                      type: types.int,
                      default: lazy(() => (name === "first" ? outer.instances.second.port : 0)),
                    }),
                  },
                })),
              ),
              default: {},
            }),
          },
        };
      };
      run([M, { instances: { first: {}, second: {} } }], (c) => c.instances);
    },
  },
  {
    name: "el14",
    nix: { x: { label: "<x>" } },
    run: ({ run }) => {
      const M = {
        options: {
          instances: mkOption({
            type: types.attrsOf(
              types.submodule(({ config }: any) => ({
                options: {
                  label: mkOption({ type: types.str, default: lazy(() => `<${config._module.args.name}>`) }),
                },
              })),
            ),
            default: {},
          }),
        },
      };
      run([M, { instances: { x: {} } }], (c) => c.instances);
    },
  },
  {
    name: "el15",
    nix: {
      a: { locations: { x: { path: "/srv/a/x" } }, root: "/srv/a" },
      b: { locations: { y: { path: "/b/y" }, z: { path: "/z" } }, root: "/b" },
    },
    run: ({ run }) => {
      const inner = (outerEl: any) =>
        types.submodule(({ name }: any) => ({
          options: { path: mkOption({ type: types.str, default: lazy(() => `${outerEl.root}/${name}`) }) },
        }));
      const M = {
        options: {
          sites: mkOption({
            type: types.attrsOf(
              types.submodule(({ name, config }: any) => ({
                options: {
                  root: mkOption({ type: types.str, default: `/srv/${name}` }),
                  locations: mkOption({ type: types.attrsOf(inner(config)), default: {} }),
                },
              })),
            ),
            default: {},
          }),
        },
      };
      run(
        [
          M,
          {
            sites: {
              a: { locations: { x: {} } },
              b: { root: "/b", locations: { y: {}, z: { path: "/z" } } },
            },
          },
        ],
        (c) => c.sites,
      );
    },
  },
  {
    name: "el16",
    nix: { a: { peers: ["manual"] }, b: { peers: ["a", "c"] }, c: { peers: ["a", "b"] } },
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            nodes: mkOption({
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: {
                    peers: mkOption({
                      type: types.listOf(types.str),
                      default: lazy(() => Object.keys(outer.nodes).filter((n) => n !== name)),
                    }),
                  },
                })),
              ),
              default: {},
            }),
          },
        };
      };
      run([M, { nodes: { c: {}, a: {} } }, { nodes: { b: {}, a: { peers: ["manual"] } } }], (c) => c.nodes);
    },
  },
  {
    name: "el17",
    nix: { a: { text: "hi?" }, b: { text: "?" } },
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            suffix: mkOption({ type: types.str, default: "!" }),
            items: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: {
                    text: mkOption({ type: types.str, default: "", apply: (t: string) => t + outer.suffix }),
                  },
                }),
              ),
              default: {},
            }),
          },
        };
      };
      run([M, { items: { a: { text: "hi" }, b: {} }, suffix: "?" }], (c) => c.items);
    },
  },
  {
    name: "el18",
    nix: [2],
    run: ({ run }) => {
      const M = {
        options: {
          ports: mkOption({ type: types.attrsOf(types.int), default: {} }),
          instances: mkOption({
            type: types.attrsOf(
              types.submodule({
                options: {
                  port: mkOption({ type: types.int }),
                  open: mkOption({ type: types.bool, default: false }),
                },
              }),
            ),
            default: {},
          }),
          openPorts: mkOption({ type: types.listOf(types.int), default: [] }),
        },
      };
      const G = {
        config: ({ config }: any) => ({
          instances: Object.fromEntries(Object.entries(config.ports).map(([n, p]) => [n, { port: p }])),
        }),
      };
      const R = {
        config: ({ config }: any) => ({
          openPorts: Object.values(config.instances)
            .filter((i: any) => i.open)
            .map((i: any) => i.port),
        }),
      };
      run([M, R, G, { ports: { a: 1, b: 2 }, instances: { b: { open: true } } }], (c) => c.openPorts);
    },
  },
  {
    name: "el19",
    nix: { x: { id: "custom" }, y: { id: "id-y" } },
    run: ({ run }) => {
      const M = {
        options: {
          names: mkOption({ type: types.listOf(types.str), default: [] }),
          instances: mkOption({
            type: types.attrsOf(
              types.submodule(({ name }: any) => ({
                options: { id: mkOption({ type: types.str, default: `id-${name}` }) },
              })),
            ),
            default: {},
          }),
        },
      };
      const G = {
        config: ({ config }: any) => ({
          instances: Object.fromEntries(config.names.map((n: string) => [n, {}])),
        }),
      };
      run([M, G, { names: ["x"] }, { names: ["y"], instances: { x: { id: "custom" } } }], (c) => c.instances);
    },
  },
  {
    name: "el20",
    nix: { a: { enable: true, port: 443 }, b: { enable: false, port: 0 }, c: { enable: true, port: 1 } },
    run: ({ run }) => {
      const M = {
        options: {
          instances: mkOption({
            type: types.attrsOf(
              types.submodule({
                options: { enable: mkEnableOption("e"), port: mkOption({ type: types.int, default: 0 }) },
                config: ({ config }: any) => mkIf(config.enable, { port: mkDefault(443) }),
              }),
            ),
            default: {},
          }),
        },
      };
      run(
        [M, { instances: { a: { enable: true }, b: {}, c: { enable: true, port: 1 } } }],
        (c) => c.instances,
      );
    },
  },
  {
    name: "el21",
    nix: { a: { enable: true, x: 5 }, b: { enable: false, x: 0 } },
    run: ({ run }) => {
      const M = {
        options: {
          instances: mkOption({
            type: types.attrsOf(
              types.submodule({
                options: { enable: mkEnableOption("e"), x: mkOption({ type: types.int, default: 0 }) },
                config: ({ config }: any) => ({ enable: mkDefault(true), x: mkIf(config.enable, 5) }),
              }),
            ),
            default: {},
          }),
        },
      };
      run([M, { instances: { a: {}, b: { enable: false } } }], (c) => c.instances);
    },
  },
  {
    name: "el21b",
    nix: { a: { enable: true, x: 5 }, b: { enable: false, x: 0 } },
    run: ({ run }) => {
      const M = {
        options: {
          instances: mkOption({
            type: types.attrsOf(
              types.submodule({
                options: { enable: mkEnableOption("e"), x: mkOption({ type: types.int, default: 0 }) },
                config: ({ config }: any) => ({ enable: mkDefault(true), x: mkIf(() => config.enable, 5) }),
              }),
            ),
            default: {},
          }),
        },
      };
      run([M, { instances: { a: {}, b: { enable: false } } }], (c) => c.instances);
    },
  },
  {
    name: "el22",
    nix: { a: { adminPort: 1080, port: 80 }, b: { adminPort: 1001, port: 1 } },
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            services: {
              x: {
                instances: mkOption({
                  type: types.attrsOf(
                    types.submodule(({ name }: any) => ({
                      options: {
                        port: mkOption({ type: types.int, default: 80 }),
                        adminPort: mkOption({
                          type: types.int,
                          default: lazy(() => outer.services.x.instances[name].port + 1000),
                        }),
                      },
                    })),
                  ),
                  default: {},
                }),
              },
            },
          },
        };
      };
      run([M, { services: { x: { instances: { a: {}, b: { port: 1 } } } } }], (c) => c.services.x.instances);
    },
  },
  {
    name: "el23",
    nix: 4,
    run: ({ run }) => {
      const M = {
        options: {
          total: mkOption({ type: types.int, default: 0 }),
          workers: mkOption({
            type: types.attrsOf(
              types.submodule({
                options: {
                  weight: mkOption({ type: types.int, default: 1 }),
                  share: mkOption({ type: types.int, default: 0 }),
                },
              }),
            ),
            default: {},
          }),
        },
      };
      const T = {
        config: ({ config }: any) => ({
          total: Object.values(config.workers).reduce((a: number, w: any) => a + w.weight, 0),
        }),
      };
      const S = { config: () => ({ workers: { big: { weight: 3 }, small: {} } }) };
      run([M, T, S], (c) => c.total);
    },
  },
  {
    name: "el24",
    nix: { big: { share: 75, weight: 3 }, small: { share: 25, weight: 1 } },
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            total: mkOption({ type: types.int, default: 0 }),
            workers: mkOption({
              type: types.attrsOf(
                types.submodule(({ config }: any) => ({
                  options: {
                    weight: mkOption({ type: types.int, default: 1 }),
                    share: mkOption({
                      type: types.int,
                      default: lazy(() => Math.trunc((config.weight * 100) / outer.total)),
                    }),
                  },
                })),
              ),
              default: {},
            }),
          },
        };
      };
      const T = {
        config: ({ config }: any) => ({
          total: Object.values(config.workers).reduce((a: number, w: any) => a + w.weight, 0),
        }),
      };
      run([M, T, { workers: { big: { weight: 3 }, small: {} } }], (c) => c.workers);
    },
  },
  {
    name: "el25",
    nix: [
      { dsn: "pg://localhost:5432", name: "app" },
      { dsn: "pg://localhost:1", name: "x" },
    ],
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            db: {
              host: mkOption({ type: types.str, default: "localhost" }),
              port: mkOption({ type: types.int, default: 5432 }),
            },
            app: mkOption({
              type: types.submodule({
                options: {
                  dsn: mkOption({
                    type: types.str,
                    default: lazy(() => `pg://${outer.db.host}:${outer.db.port}`),
                  }),
                  name: mkOption({ type: types.str, default: "app" }),
                },
              }),
              default: {},
            }),
          },
        };
      };
      const a = (ms: any[]) => evalModules({ modules: ms }).config.app;
      run([], () => [a([M]), a([M, { db: { port: 1 }, app: { name: "x" } }])]);
    },
  },
  {
    name: "el27",
    nix: { a: { count: 2 }, b: { count: 2 } },
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            nodes: mkOption({
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: { count: mkOption({ type: types.int, default: 0 }) },
                  config: () => ({ count: Object.keys(outer.nodes).length }),
                })),
              ),
              default: {},
            }),
          },
        };
      };
      run([M, { nodes: { a: {}, b: {} } }], (c) => c.nodes);
    },
  },
  {
    name: "el28",
    nix: { main: { port: 1, primary: 1 }, other: { port: 2, primary: 1 } },
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            primary: mkOption({ type: types.int, default: lazy(() => outer.nodes.main.port) }),
            nodes: mkOption({
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: {
                    port: mkOption({ type: types.int, default: name === "main" ? 1 : 2 }),
                    primary: mkOption({ type: types.int, default: lazy(() => outer.primary) }),
                  },
                })),
              ),
              default: {},
            }),
          },
        };
      };
      run([M, { nodes: { main: {}, other: {} } }], (c) => c.nodes);
    },
  },
  {
    name: "el30",
    nix: { v: 1 },
    run: ({ run }) => {
      const M = {
        options: {
          items: mkOption({
            type: types.lazyAttrsOf(types.submodule({ options: { v: mkOption({ type: types.int }) } })),
            default: {},
          }),
        },
      };
      run(
        [
          M,
          {
            items: {
              good: { v: 1 },
              bad: {
                get v(): number {
                  throw new Error("bad");
                },
              },
            },
          },
        ],
        (c) => c.items.good,
      );
    },
  },
  {
    name: "el31",
    nix: ["bad", "good"],
    run: ({ run }) => {
      const M = {
        options: {
          items: mkOption({
            type: types.attrsOf(types.submodule({ options: { v: mkOption({ type: types.int }) } })),
            default: {},
          }),
        },
      };
      run(
        [
          M,
          {
            items: {
              good: { v: 1 },
              bad: {
                get v(): number {
                  throw new Error("bad");
                },
              },
            },
          },
        ],
        (c) => tryv(() => Object.keys(c.items)),
      );
    },
  },
  {
    name: "el32",
    nix: { a: { full: "a-x", suffix: "x" }, b: { full: "b-", suffix: "" } },
    run: ({ run }) => {
      const M = {
        options: {
          users: mkOption({
            type: types.attrsOf(
              types.submodule(({ name }: any) => ({
                options: {
                  suffix: mkOption({ type: types.str, default: "" }),
                  full: mkOption({ type: types.str }),
                },
                config: ({ config }: any) => ({ full: `${name}-${config.suffix}` }),
              })),
            ),
            default: {},
          }),
        },
      };
      run([M, { users: { a: { suffix: "x" }, b: {} } }], (c) => c.users);
    },
  },
  {
    name: "el34",
    nix: [{ a: { enable: true }, b: { enable: false } }, { a: { enable: false } }],
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            defaults: { enable: mkOption({ type: types.bool, default: true }) },
            svcs: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: { enable: mkOption({ type: types.bool, default: false }) },
                  config: () => ({ enable: mkDefault(outer.defaults.enable) }),
                }),
              ),
              default: {},
            }),
          },
        };
      };
      const s = (ms: any[]) => evalModules({ modules: ms }).config.svcs;
      run([], () => [
        s([M, { svcs: { a: {}, b: { enable: false } } }]),
        s([M, { svcs: { a: {} }, defaults: { enable: false } }]),
      ]);
    },
  },
  {
    name: "el35",
    nix: 7,
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            nodes: mkOption({
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: {
                    port: mkOption({ type: types.int, default: 1 }),
                    sibling: mkOption({
                      type: types.int,
                      default: lazy(() => (name === "a" ? outer.nodes.b.port : -1)),
                    }),
                  },
                })),
              ),
              default: {},
            }),
          },
        };
      };
      run(
        [M, { nodes: { a: {}, b: { port: mkDefault(5) } } }, { nodes: { b: { port: mkForce(7) } } }],
        (c) => c.nodes.a.sibling,
      );
    },
  },
  {
    name: "el36",
    nix: [{ a: { on: true, v: 1 } }, { a: { on: false, v: 0 }, b: { on: true, v: 1 } }],
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            flag: mkOption({ type: types.bool, default: false }),
            items: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: {
                    on: mkOption({ type: types.bool, default: false }),
                    v: mkOption({ type: types.int, default: 0 }),
                  },
                  config: ({ config }: any) =>
                    mkMerge([mkIf(outer.flag, { on: true }), mkIf(config.on, { v: 1 })]),
                }),
              ),
              default: {},
            }),
          },
        };
      };
      const i = (ms: any[]) => evalModules({ modules: ms }).config.items;
      run([], () => [
        i([M, { flag: true, items: { a: {} } }]),
        i([M, { items: { a: {}, b: { on: true } } }]),
      ]);
    },
  },
  {
    name: "el36b",
    nix: [{ a: { on: true, v: 1 } }, { a: { on: false, v: 0 }, b: { on: true, v: 1 } }],
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            flag: mkOption({ type: types.bool, default: false }),
            items: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: {
                    on: mkOption({ type: types.bool, default: false }),
                    v: mkOption({ type: types.int, default: 0 }),
                  },
                  config: ({ config }: any) =>
                    mkMerge([mkIf(outer.flag, { on: true }), mkIf(() => config.on, { v: 1 })]),
                }),
              ),
              default: {},
            }),
          },
        };
      };
      const i = (ms: any[]) => evalModules({ modules: ms }).config.items;
      run([], () => [
        i([M, { flag: true, items: { a: {} } }]),
        i([M, { items: { a: {}, b: { on: true } } }]),
      ]);
    },
  },
  {
    name: "er01b",
    nix: [7, "ERR"],
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int }),
          b: mkOption({ type: types.int, default: 0 }),
          x: mkOption({ type: types.int, default: 7 }),
        },
      };
      const M = { config: ({ config }: any) => mkIf(() => config.a === 1, { b: 5 }) };
      run([D, M, { a: 1 }, { a: 2 }], (c) => [c.x, tryv(() => c.b)]);
    },
  },
  {
    name: "er02b",
    nix: [7, "ERR"],
    run: ({ run }) => {
      const D = {
        options: {
          name: mkOption({ type: types.str }),
          greeting: mkOption({ type: types.str, default: "" }),
          x: mkOption({ type: types.int, default: 7 }),
        },
      };
      const M = {
        config: ({ config }: any) => ({
          get greeting() {
            return `hello ${config.name}`;
          },
        }),
      };
      run([D, M], (c) => [c.x, tryv(() => c.greeting)]);
    },
  },
  {
    name: "er04b",
    nix: "/srv/app",
    run: ({ run }) => {
      const D = {
        options: {
          users: {
            users: mkOption({
              type: types.attrsOf(
                types.submodule({ options: { home: mkOption({ type: types.str, default: "/var/empty" }) } }),
              ),
              default: {},
            }),
          },
          out: mkOption({ type: types.str, default: "" }),
        },
      };
      const M = {
        config: ({ config }: any) => ({
          users: { users: { app: { home: "/srv/app" } } },
          get out() {
            return config.users.users.app.home;
          },
        }),
      };
      run([D, M], (c) => c.out);
    },
  },
  {
    name: "er04d",
    nix: 3,
    run: ({ run }) => {
      const D = {
        options: {
          s: mkOption({ type: types.attrsOf(types.str), default: {} }),
          n: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = { config: ({ config }: any) => ({ s: { a: "abc" }, n: (config.s.a ?? "").length }) };
      run([D, M], (c) => c.n);
    },
  },
  {
    name: "er04e",
    nix: 3,
    run: ({ run }) => {
      const D = {
        options: {
          s: mkOption({ type: types.attrsOf(types.str), default: {} }),
          n: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = {
        config: ({ config }: any) => ({
          s: { a: "abc" },
          get n() {
            return config.s.a.length;
          },
        }),
      };
      run([D, M], (c) => c.n);
    },
  },
  {
    name: "er05",
    nix: "/srv/app",
    run: ({ run }) => {
      const D = {
        options: {
          users: {
            users: mkOption({
              type: types.attrsOf(
                types.submodule({ options: { home: mkOption({ type: types.str, default: "/var/empty" }) } }),
              ),
              default: {},
            }),
          },
          out: mkOption({ type: types.str, default: "" }),
        },
      };
      const A = { config: ({ config }: any) => ({ out: config.users.users.app.home }) };
      const B = { users: { users: { app: { home: "/srv/app" } } } };
      run([D, A, B], (c) => c.out);
    },
  },
  {
    name: "er06",
    nix: failed,
    kind: "thrown",
    run: ({ run }) => {
      const D = {
        options: {
          users: {
            users: mkOption({
              type: types.attrsOf(
                types.submodule({ options: { home: mkOption({ type: types.str, default: "/var/empty" }) } }),
              ),
              default: {},
            }),
          },
          out: mkOption({ type: types.str, default: "" }),
        },
      };
      const A = { config: ({ config }: any) => ({ out: config.users.users.app.home }) };
      const B = {
        config: ({ config }: any) => ({
          users: { users: mkIf(() => config.out === "", { app: { home: "/srv/app" } }) },
        }),
      };
      run([D, A, B], (c) => c.out);
    },
  },
  {
    name: "er09",
    nix: 42,
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          s: mkOption({ type: types.attrsOf(types.int), default: {} }),
        },
      };
      const M = { config: ({ config }: any) => ({ s: { k: 1 }, a: config.s.missing ?? 42 }) };
      run([D, M, { s: { j: 2 } }], (c) => c.a);
    },
  },
  {
    name: "er09b",
    nix: 42,
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          s: mkOption({ type: types.attrsOf(types.int), default: {} }),
        },
      };
      const M = {
        config: ({ config }: any) => ({
          s: { k: 1 },
          get a() {
            return config.s.missing ?? 42;
          },
        }),
      };
      run([D, M, { s: { j: 2 } }], (c) => c.a);
    },
  },
  {
    name: "er10",
    nix: 2,
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          s: mkOption({ type: types.attrsOf(types.int), default: {} }),
        },
      };
      const M = { config: ({ config }: any) => ({ s: { k: 1 }, a: Object.keys(config.s).length }) };
      run([D, M, { s: { j: 2 } }], (c) => c.a);
    },
  },
  {
    name: "er10b",
    nix: 2,
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          s: mkOption({ type: types.attrsOf(types.int), default: {} }),
        },
      };
      const M = {
        config: ({ config }: any) => ({
          s: { k: 1 },
          get a() {
            return Object.keys(config.s).length;
          },
        }),
      };
      run([D, M, { s: { j: 2 } }], (c) => c.a);
    },
  },
  {
    name: "er11",
    nix: failed,
    kind: "thrown",
    run: ({ run }) => {
      const D = {
        options: {
          services: { web: { port: mkOption({ type: types.int, default: 80 }) } },
          out: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = { _file: "m.nix", config: ({ config }: any) => ({ out: config.services.nope.port }) };
      run([D, M], (c) => c.out);
    },
  },
  {
    name: "er11b",
    nix: failed,
    kind: "thrown",
    run: ({ run }) => {
      const D = {
        options: {
          services: { web: { port: mkOption({ type: types.int, default: 80 }) } },
          out: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = {
        _file: "m.nix",
        config: ({ config }: any) => ({
          get out() {
            return config.services.nope.port;
          },
        }),
      };
      run([D, M], (c) => c.out);
    },
  },
  {
    name: "mm01",
    nix: [["x", "z"], ["z"]],
    run: ({ run }) => {
      const D = {
        options: {
          x: mkOption({ type: types.bool, default: false }),
          z: mkOption({ type: types.bool, default: false }),
          out: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      };
      const M = {
        config: ({ config }: any) =>
          mkMerge([mkIf(config.x, { out: ["x"] }), mkIf(config.z, { out: ["z"] })]),
      };
      const o = (ms: any[]) => evalModules({ modules: ms }).config.out;
      run([], () => [o([D, M, { x: true, z: true }]), o([D, M, { z: true }])]);
    },
  },
  {
    name: "mm02",
    nix: [1, 0, 1],
    run: ({ run }) => {
      const D = {
        options: {
          x: mkOption({ type: types.bool, default: false }),
          y: mkOption({ type: types.bool, default: false }),
          z: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = {
        config: ({ config }: any) => mkMerge([mkIf(config.x, { y: true }), mkIf(config.y, { z: 1 })]),
      };
      const z = (ms: any[]) => evalModules({ modules: ms }).config.z;
      run([], () => [z([D, M, { x: true }]), z([D, M]), z([D, M, { y: true }])]);
    },
  },
  {
    name: "mm02b",
    nix: [1, 0, 1],
    run: ({ run }) => {
      const D = {
        options: {
          x: mkOption({ type: types.bool, default: false }),
          y: mkOption({ type: types.bool, default: false }),
          z: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = {
        config: ({ config }: any) => mkMerge([mkIf(config.x, { y: true }), mkIf(() => config.y, { z: 1 })]),
      };
      const z = (ms: any[]) => evalModules({ modules: ms }).config.z;
      run([], () => [z([D, M, { x: true }]), z([D, M]), z([D, M, { y: true }])]);
    },
  },
  {
    name: "mm03b",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const D = { options: { ports: mkOption({ type: types.attrsOf(types.int), default: {} }) } };
      const M = { config: ({ config }: any) => ({ ports: { a: 1, b: mkIf(() => config.ports.a > 0, 2) } }) };
      run([D, M], (c) => c.ports);
    },
  },
  {
    name: "mm04",
    nix: { a: 1, b: 2 },
    run: ({ run }) => {
      const D = { options: { ports: mkOption({ type: types.lazyAttrsOf(types.int), default: {} }) } };
      const M = { config: ({ config }: any) => ({ ports: { a: 1, b: mkIf(config.ports.a > 0, 2) } }) };
      run([D, M], (c) => c.ports);
    },
  },
  {
    name: "mm04b",
    nix: { a: 1, b: 2 },
    run: ({ run }) => {
      const D = { options: { ports: mkOption({ type: types.lazyAttrsOf(types.int), default: {} }) } };
      const M = { config: ({ config }: any) => ({ ports: { a: 1, b: mkIf(() => config.ports.a > 0, 2) } }) };
      run([D, M], (c) => c.ports);
    },
  },
  {
    name: "mm04c",
    nix: [1, ["a", "b"]],
    run: ({ run }) => {
      const D = { options: { ports: mkOption({ type: types.lazyAttrsOf(types.int), default: {} }) } };
      const M = { config: ({ config }: any) => ({ ports: { a: 1, b: mkIf(() => config.ports.a > 5, 2) } }) };
      run([D, M], (c) => [c.ports.a, Object.keys(c.ports)]);
    },
  },
  {
    name: "mm05",
    nix: [[], ["on"]],
    run: ({ run }) => {
      const D = {
        options: {
          flag: mkOption({ type: types.bool, default: false }),
          out: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      };
      const A = { config: ({ config }: any) => mkIf(config.flag, { out: ["on"] }) };
      const o = (ms: any[]) => evalModules({ modules: ms }).config.out;
      run([], () => [
        o([D, A, { flag: true }, { flag: mkForce(false) }]),
        o([D, A, { flag: mkDefault(false) }, { flag: true }]),
      ]);
    },
  },
  {
    name: "mm07",
    nix: [5, 2, 1],
    run: ({ run }) => {
      const D = {
        options: {
          flag: mkOption({ type: types.bool, default: true }),
          x: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = { config: ({ config }: any) => ({ x: mkIf(config.flag, mkOverride(900, 5)) }) };
      const x = (ms: any[]) => evalModules({ modules: ms }).config.x;
      run([], () => [
        x([D, A, { x: mkDefault(1) }]),
        x([D, A, { x: 2 }]),
        x([D, A, { x: mkDefault(1), flag: false }]),
      ]);
    },
  },
  {
    name: "mm08",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      const D = {
        options: {
          flag: mkOption({ type: types.bool, default: true }),
          x: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = { config: ({ config }: any) => ({ x: mkOverride(900, mkIf(config.flag, 5)) }) };
      run([D, A], (c) => c.x);
    },
  },
  {
    name: "mm08b",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      const D = {
        options: {
          flag: mkOption({ type: types.bool, default: true }),
          x: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = { config: ({ config }: any) => mkOverride(900, mkIf(config.flag, { x: 5 })) };
      const x = (ms: any[]) => evalModules({ modules: ms }).config.x;
      run([], () => [x([D, A]), x([D, A, { flag: false }]), x([D, A, { x: mkDefault(3) }])]);
    },
  },
  {
    name: "mm10",
    nix: [true, false],
    run: ({ run }) => {
      const D = {
        options: {
          flag: mkOption({ type: types.bool, default: false }),
          services: { b: { enable: mkOption({ type: types.bool, default: false }) } },
        },
      };
      const A = { config: ({ config }: any) => ({ services: { b: config.flag ? { enable: true } : {} } }) };
      const e = (ms: any[]) => evalModules({ modules: ms }).config.services.b.enable;
      run([], () => [e([D, A, { flag: true }]), e([D, A])]);
    },
  },
  {
    name: "mm11b",
    nix: true,
    run: ({ run }) => {
      const D = {
        options: {
          services: {
            a: { enable: mkOption({ type: types.bool, default: false }) },
            b: { enable: mkOption({ type: types.bool, default: false }) },
          },
        },
      };
      const A = {
        config: ({ config }: any) => ({ services: mkIf(config.services.a.enable, { b: { enable: true } }) }),
      };
      run([D, A, { services: { a: { enable: true } } }], (c) => c.services.b.enable);
    },
  },
  {
    name: "mm12b",
    nix: [1],
    run: ({ run }) => {
      const D = {
        options: {
          services: mkOption({
            type: types.attrsOf(
              types.submodule({
                options: {
                  port: mkOption({ type: types.int, default: 0 }),
                  open: mkOption({ type: types.bool, default: false }),
                },
              }),
            ),
            default: {},
          }),
          fw: mkOption({ type: types.listOf(types.int), default: [] }),
        },
      };
      const F = {
        config: ({ config }: any) => ({
          fw: mkMerge(Object.values(config.services).map((s: any) => mkIf(s.open, [s.port]))),
        }),
      };
      run([D, F, { services: { a: { port: 1, open: true }, b: { port: 2 } } }], (c) => c.fw);
    },
  },
  {
    name: "mm13",
    nix: [
      { a: true, b: true, c: true, d: false },
      { a: false, b: true, c: true, d: true },
    ],
    run: ({ run }) => {
      const D = {
        options: Object.fromEntries(
          ["a", "b", "c", "d"].map((n) => [n, mkOption({ type: types.bool, default: false })]),
        ),
      };
      const M1 = { config: ({ config }: any) => ({ b: mkIf(config.a, true) }) };
      const M2 = { config: ({ config }: any) => ({ c: mkIf(config.b, true) }) };
      const M3 = { config: ({ config }: any) => ({ d: mkIf(config.c && !config.a, true) }) };
      const e = (ms: any[]) => {
        const c = evalModules({ modules: ms }).config;
        return { a: c.a, b: c.b, c: c.c, d: c.d };
      };
      run([], () => [e([D, M3, M2, M1, { a: true }]), e([D, M3, M2, M1, { b: true }])]);
    },
  },
  {
    name: "mm14",
    nix: [[0, 1, 2], [1]],
    run: ({ run }) => {
      const D = {
        options: {
          flag: mkOption({ type: types.bool, default: true }),
          l: mkOption({ type: types.listOf(types.int), default: [] }),
        },
      };
      const A = {
        config: ({ config }: any) =>
          mkMerge([
            { l: [1] },
            mkIf(
              config.flag,
              mkMerge([{ l: [2] }, mkIf(!config.flag, { l: [3] }), mkMerge([{ l: mkBefore([0]) }])]),
            ),
          ]),
      };
      const l = (ms: any[]) => evalModules({ modules: ms }).config.l;
      run([], () => [l([D, A]), l([D, A, { flag: false }])]);
    },
  },
  {
    name: "mm15",
    nix: failed,
    kind: "undeclared",
    run: ({ run }) => {
      const D = { options: { flag: mkOption({ type: types.bool, default: false }) } };
      const A = { config: ({ config }: any) => mkIf(config.flag, { nonexistent: 1 }) };
      run([D, A], (c) => c.flag);
    },
  },
  {
    name: "mm16",
    nix: ["explicit", "", ""],
    run: ({ run }) => {
      const D = {
        options: {
          x: mkOption({ type: types.int, default: 0 }),
          y: mkOption({ type: types.str, default: "" }),
        },
      };
      const A = { config: ({ options }: any) => ({ y: mkIf(options.x.highestPrio < 1000, "explicit") }) };
      const y = (ms: any[]) => evalModules({ modules: ms }).config.y;
      run([], () => [y([D, A, { x: 1 }]), y([D, A, { x: mkDefault(1) }]), y([D, A])]);
    },
  },
  {
    name: "mm17",
    nix: [0, 1],
    run: ({ run }) => {
      const D = {
        options: {
          other: mkOption({ type: types.bool, default: false }),
          flag: mkOption({ type: types.bool, default: false }),
          out: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = { config: ({ config }: any) => ({ flag: mkIf(config.other, mkForce(false)) }) };
      const B = { config: ({ config }: any) => ({ out: mkIf(config.flag, 1) }) };
      const o = (ms: any[]) => evalModules({ modules: ms }).config.out;
      run([], () => [o([D, A, B, { flag: true, other: true }]), o([D, A, B, { flag: true }])]);
    },
  },
  {
    name: "mm19",
    nix: [["first", "u"], ["u"]],
    run: ({ run }) => {
      const D = {
        options: {
          flag: mkOption({ type: types.bool, default: false }),
          l: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      };
      const A = { config: ({ config }: any) => ({ l: mkIf(config.flag, mkBefore(["first"])) }) };
      const l = (ms: any[]) => evalModules({ modules: ms }).config.l;
      run([], () => [l([D, A, { l: ["u"], flag: true }]), l([D, A, { l: ["u"] }])]);
    },
  },
  {
    name: "mm20",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      const D = {
        options: {
          v: mkOption({ type: types.nullOr(types.bool), default: null }),
          out: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = { config: ({ config }: any) => ({ out: mkIf(config.v, 1) }) };
      run([D, A], (c) => c.out);
    },
  },
  {
    name: "mm20b",
    nix: failed,
    kind: "property",
    run: ({ run }) => {
      const D = {
        options: {
          v: mkOption({ type: types.nullOr(types.bool), default: null }),
          out: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = { config: ({ config }: any) => ({ out: mkIf(() => config.v, 1) }) };
      run([D, A], (c) => c.out);
    },
  },
  {
    name: "mm21",
    nix: 0,
    run: ({ run }) => {
      const D = {
        options: {
          flag: mkOption({ type: types.bool, default: true }),
          x: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = {
        config: ({ config }: any) => mkMerge([{ flag: mkForce(false) }, mkIf(config.flag, { x: 1 })]),
      };
      run([D, A, { flag: true }], (c) => c.x);
    },
  },
  {
    name: "mm21b",
    nix: 0,
    run: ({ run }) => {
      const D = {
        options: {
          flag: mkOption({ type: types.bool, default: true }),
          x: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = {
        config: ({ config }: any) => mkMerge([{ flag: mkForce(false) }, mkIf(() => config.flag, { x: 1 })]),
      };
      run([D, A, { flag: true }], (c) => c.x);
    },
  },
  {
    name: "mm22",
    nix: ["on", "off"],
    run: ({ run }) => {
      const D = {
        options: {
          disabled: mkOption({ type: types.bool, default: false, apply: (v: boolean) => !v }),
          out: mkOption({ type: types.str, default: "off" }),
        },
      };
      const A = { config: ({ config }: any) => ({ out: mkIf(config.disabled, "on") }) };
      const o = (ms: any[]) => evalModules({ modules: ms }).config.out;
      run([], () => [o([D, A]), o([D, A, { disabled: true }])]);
    },
  },
  {
    name: "mm23",
    nix: [{ k0: 0, k1: 1 }, {}],
    run: ({ run }) => {
      const D = {
        options: {
          n: mkOption({ type: types.int, default: 2 }),
          m: mkOption({ type: types.attrsOf(types.int), default: {} }),
        },
      };
      const A = {
        config: ({ config }: any) => ({
          m: mkIf(
            () => config.n > 0,
            lazy(() => Object.fromEntries(Array.from({ length: config.n }, (_, i) => [`k${i}`, i]))),
          ),
        }),
      };
      const m = (ms: any[]) => evalModules({ modules: ms }).config.m;
      run([], () => [m([D, A]), m([D, A, { n: 0 }])]);
    },
  },
  {
    name: "mm25",
    nix: [["x"], ["y", "z"]],
    run: ({ run }) => {
      const D = {
        options: {
          flag: mkOption({ type: types.bool, default: false }),
          l: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      };
      const A = {
        config: ({ config }: any) => ({
          l: [...(config.flag ? ["x"] : []), ...(!config.flag ? ["y", "z"] : [])],
        }),
      };
      const l = (ms: any[]) => evalModules({ modules: ms }).config.l;
      run([], () => [l([D, A, { flag: true }]), l([D, A])]);
    },
  },
  {
    name: "mm26",
    nix: [10, 1],
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = { config: ({ config }: any) => ({ a: mkIf(config.b > 0, mkForce(10)) }) };
      const a = (ms: any[]) => evalModules({ modules: ms }).config.a;
      run([], () => [a([D, A, { a: 1, b: 1 }]), a([D, A, { a: 1 }])]);
    },
  },
  {
    name: "mm27",
    nix: [7, 1],
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = { config: ({ config }: any) => ({ a: mkOverride(config.b > 0 ? 10 : 2000, 7) }) };
      const a = (ms: any[]) => evalModules({ modules: ms }).config.a;
      run([], () => [a([D, A, { a: 1, b: 1 }]), a([D, A, { a: mkDefault(1) }])]);
    },
  },
  {
    name: "mm28",
    nix: [1, 2, 9, 0],
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = {
        config: ({ config }: any) => ({
          a: mkMerge([mkIf(config.b === 1, 1), mkIf(config.b === 2, mkDefault(2))]),
        }),
      };
      const a = (ms: any[]) => evalModules({ modules: ms }).config.a;
      run([], () => [a([D, A, { b: 1 }]), a([D, A, { b: 2 }]), a([D, A, { b: 2, a: 9 }]), a([D, A])]);
    },
  },
  {
    name: "mm29",
    nix: 1,
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = {
        config: ({ config }: any) => ({
          a: mkIf(
            false,
            lazy((): number => {
              throw new Error("never");
            }),
          ),
          b: mkIf(() => config.a === 0, 1),
        }),
      };
      run([D, A], (c) => c.b);
    },
  },
  {
    name: "mm30",
    nix: [6, 0],
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const A = { config: ({ config }: any) => mkIf(config.b > 0, { a: config.b * 2 }) };
      const a = (ms: any[]) => evalModules({ modules: ms }).config.a;
      run([], () => [a([D, A, { b: 3 }]), a([D, A])]);
    },
  },
  {
    name: "nx01",
    nix: ["gitea.home.lan https -> 3000\ngraphs.home.lan https -> 3001\nnextcloud.home.lan http -> 80", true],
    run: ({ run }) => {
      const proxy = ({ config }: any) => ({
        options: {
          services: {
            proxy: {
              enable: mkEnableOption("proxy"),
              baseDomain: mkOption({ type: types.str, default: "example.org" }),
              defaultSSL: mkOption({ type: types.bool, default: true }),
              vhosts: mkOption({
                type: types.attrsOf(
                  types.submodule(({ name }: any) => ({
                    options: {
                      port: mkOption({ type: types.port }),
                      ssl: mkOption({
                        type: types.bool,
                        default: lazy(() => config.services.proxy.defaultSSL),
                      }),
                      serverName: mkOption({ type: types.str, default: name }),
                    },
                  })),
                ),
                default: {},
              }),
              rendered: mkOption({ type: types.str, default: "" }),
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services.proxy;
          return mkIf(cfg.enable, {
            services: {
              proxy: {
                rendered: Object.values(cfg.vhosts)
                  .map((v: any) => `${v.serverName} ${v.ssl ? "https" : "http"} -> ${v.port}`)
                  .join("\n"),
              },
            },
          });
        },
      });
      const svc =
        (name: string, port: number) =>
        ({ config }: any) => ({
          options: {
            services: {
              [name]: {
                enable: mkEnableOption(name),
                port: mkOption({ type: types.port, default: port }),
                domain: mkOption({
                  type: types.str,
                  default: lazy(() => `${name}.${config.services.proxy.baseDomain}`),
                }),
              },
            },
          },
          config: ({ config }: any) => {
            const cfg = config.services[name];
            return mkIf(cfg.enable, {
              services: { proxy: { enable: true, vhosts: { [cfg.domain]: { port: cfg.port } } } },
            });
          },
        });
      const host = {
        services: {
          gitea: { enable: true },
          grafana: { enable: true, domain: "graphs.home.lan" },
          nextcloud: { enable: true },
          proxy: { vhosts: { "nextcloud.home.lan": { ssl: false } }, baseDomain: "home.lan" },
        },
      };
      run(
        [proxy, svc("gitea", 3000), svc("grafana", 3001), svc("nextcloud", 80), svc("wiki", 8080), host],
        (c) => [c.services.proxy.rendered, c.services.proxy.enable],
      );
    },
  },
  {
    name: "nx02",
    nix: [["accept tcp 22", "accept tcp 80", "accept tcp 9000"], []],
    run: ({ run }) => {
      const fw = ({ config }: any) => ({
        options: {
          networking: {
            firewall: {
              enable: mkOption({ type: types.bool, default: true }),
              allowedTCPPorts: mkOption({ type: types.listOf(types.port), default: [] }),
              rules: mkOption({
                type: types.listOf(types.str),
                default: lazy(() =>
                  [...new Set<number>(config.networking.firewall.allowedTCPPorts)]
                    .sort((a, b) => a - b)
                    .map((p) => `accept tcp ${p}`),
                ),
              }),
            },
          },
        },
      });
      const svc = (name: string, port: number) => ({
        options: {
          services: {
            [name]: {
              enable: mkEnableOption(name),
              port: mkOption({ type: types.port, default: port }),
              openFirewall: mkOption({ type: types.bool, default: false }),
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services[name];
          return mkIf(cfg.enable, {
            networking: { firewall: { allowedTCPPorts: mkIf(cfg.openFirewall, [cfg.port]) } },
          });
        },
      });
      const profile = { services: { ssh: { enable: mkDefault(true), openFirewall: mkDefault(true) } } };
      const host = {
        services: {
          web: { enable: true, openFirewall: true },
          web2: { enable: true, openFirewall: true, port: 80 },
          db: { enable: true },
        },
        networking: { firewall: { allowedTCPPorts: [9000] } },
      };
      const r = (ms: any[]) => evalModules({ modules: ms }).config.networking.firewall.rules;
      run([], () => [
        r([fw, svc("ssh", 22), svc("web", 80), svc("web2", 443), svc("db", 5432), profile, host]),
        r([fw, svc("ssh", 22), svc("web", 80), profile, { services: { ssh: { openFirewall: false } } }]),
      ]);
    },
  },
  {
    name: "nx03",
    nix: [
      {
        gitea: { group: "gitea", home: "/var/lib/gitea", isSystemUser: true, uid: null },
        minio: { group: "storage", home: "/var/lib/minio", isSystemUser: true, uid: null },
        nobody: { group: "", home: "/var/empty", isSystemUser: false, uid: 65534 },
      },
      ["gitea", "redis"],
      ["user minio: group storage does not exist"],
    ],
    run: ({ run }) => {
      const users = {
        options: {
          users: {
            users: mkOption({
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: {
                    isSystemUser: mkOption({ type: types.bool, default: false }),
                    group: mkOption({ type: types.str, default: "" }),
                    home: mkOption({ type: types.str, default: "/var/empty" }),
                    uid: mkOption({ type: types.nullOr(types.int), default: null }),
                  },
                })),
              ),
              default: {},
            }),
            groups: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: { gid: mkOption({ type: types.nullOr(types.int), default: null }) },
                }),
              ),
              default: {},
            }),
          },
        },
        config: ({ config }: any) => ({
          assertions: Object.entries(config.users.users).map(([n, u]: any) => ({
            assertion: u.group === "" || u.group in config.users.groups,
            message: `user ${n}: group ${u.group} does not exist`,
          })),
        }),
      };
      const svc = (name: string) => ({
        options: {
          services: {
            [name]: {
              enable: mkEnableOption(name),
              user: mkOption({ type: types.str, default: name }),
              group: mkOption({ type: types.str, default: name }),
              dataDir: mkOption({ type: types.str, default: `/var/lib/${name}` }),
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services[name];
          return mkIf(cfg.enable, {
            users: {
              users: mkIf(cfg.user === name, {
                [name]: { isSystemUser: true, group: cfg.group, home: cfg.dataDir },
              }),
              groups: mkIf(cfg.group === name, { [name]: {} }),
            },
          });
        },
      });
      const host = {
        services: {
          gitea: { enable: true },
          redis: { enable: true, user: "nobody" },
          minio: { enable: true, group: "storage" },
          off: { enable: false },
        },
        users: { users: { nobody: { uid: 65534 } } },
      };
      run([assertionsModule, users, svc("gitea"), svc("redis"), svc("minio"), svc("off"), host], (c) => [
        c.users.users,
        Object.keys(c.users.groups),
        failedMessages(c),
      ]);
    },
  },
  {
    name: "nx04",
    nix: [
      "restic backup /home relative /var/lib/a --exclude relative/cache --exclude /var/lib/a/cache",
      true,
      ["backup path relative is not absolute"],
      false,
    ],
    run: ({ run }) => {
      const backup = ({ config }: any) => ({
        options: {
          services: {
            backup: {
              enable: mkEnableOption("backup"),
              paths: mkOption({ type: types.listOf(types.str), default: [] }),
              exclude: mkOption({ type: types.listOf(types.str), default: [] }),
              script: mkOption({
                type: types.str,
                default: lazy(
                  () =>
                    `restic backup ${config.services.backup.paths.join(" ")}${config.services.backup.exclude.map((e: string) => ` --exclude ${e}`).join("")}`,
                ),
              }),
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services.backup;
          return {
            services: { backup: { enable: mkDefault(cfg.paths.length > 0) } },
            assertions: cfg.paths.map((p: string) => ({
              assertion: p.startsWith("/"),
              message: `backup path ${p} is not absolute`,
            })),
          };
        },
      });
      const svc = (name: string) => ({
        options: {
          services: {
            [name]: {
              enable: mkEnableOption(name),
              dataDir: mkOption({ type: types.str, default: `/var/lib/${name}` }),
              backup: mkOption({ type: types.bool, default: true }),
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services[name];
          return mkIf(cfg.enable && cfg.backup, {
            services: { backup: { paths: [cfg.dataDir], exclude: [`${cfg.dataDir}/cache`] } },
          });
        },
      });
      const host = {
        services: {
          a: { enable: true },
          b: { enable: true, dataDir: "relative" },
          c: { enable: true, backup: false },
          backup: { paths: mkBefore(["/home"]) },
        },
      };
      const c2 = () =>
        evalModules({ modules: [assertionsModule, backup, svc("a")] as any }).config.services.backup.enable;
      run([assertionsModule, backup, svc("a"), svc("b"), svc("c"), svc("d"), host], (c) => [
        c.services.backup.script,
        c.services.backup.enable,
        failedMessages(c),
        c2(),
      ]);
    },
  },
  {
    name: "nx05",
    nix: [["duplicate ports: 80,8080,8080,443", "d uses a privileged port"], []],
    run: ({ run }) => {
      const svc = (name: string, port: number) => ({
        options: {
          services: {
            [name]: { enable: mkEnableOption(name), port: mkOption({ type: types.port, default: port }) },
          },
        },
      });
      const check = {
        config: ({ config }: any) => {
          const ports = ["a", "b", "c", "d"]
            .filter((n) => config.services[n].enable)
            .map((n) => config.services[n].port);
          return {
            assertions: [
              {
                assertion: ports.length === new Set(ports).size,
                message: `duplicate ports: ${ports.join(",")}`,
              },
              ...["a", "b", "c", "d"].map((n) => ({
                assertion: !config.services[n].enable || config.services[n].port >= 1024 || n === "a",
                message: `${n} uses a privileged port`,
              })),
            ],
          };
        },
      };
      const f = (ms: any[]) => failedMessages(evalModules({ modules: ms }).config);
      run([], () => [
        f([
          assertionsModule,
          check,
          svc("a", 80),
          svc("b", 8080),
          svc("c", 8080),
          svc("d", 443),
          {
            services: { a: { enable: true }, b: { enable: true }, c: { enable: true }, d: { enable: true } },
          },
        ]),
        f([
          assertionsModule,
          check,
          svc("a", 80),
          svc("b", 8080),
          svc("c", 8080),
          svc("d", 443),
          { services: { a: { enable: true }, b: { enable: true }, c: { enable: true, port: 8081 } } },
        ]),
      ]);
    },
  },
  {
    name: "nx06b",
    nix: ["d /var/lib/app 0750 app"],
    run: ({ run }) => {
      const users = {
        options: {
          users: {
            users: mkOption({
              type: types.attrsOf(
                types.submodule({ options: { home: mkOption({ type: types.str, default: "/var/empty" }) } }),
              ),
              default: {},
            }),
          },
          tmpfiles: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      };
      const svc = ({ config }: any) => ({
        options: {
          services: {
            app: {
              enable: mkEnableOption("app"),
              user: mkOption({ type: types.str, default: "app" }),
              dataDir: mkOption({
                type: types.str,
                default: lazy(() => config.users.users[config.services.app.user].home),
              }),
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services.app;
          return mkIf(cfg.enable, {
            users: { users: { app: { home: "/var/lib/app" } } },
            tmpfiles: lazy(() => [`d ${cfg.dataDir} 0750 ${cfg.user}`]),
          });
        },
      });
      run([users, svc, { services: { app: { enable: true } } }], (c) => c.tmpfiles);
    },
  },
  {
    name: "nx07",
    nix: {
      app: { after: ["db.service"], wantedBy: ["multi-user.target"], wants: [] },
      db: { after: [], wantedBy: ["multi-user.target"], wants: [] },
    },
    run: ({ run }) => {
      const units = {
        options: {
          systemd: {
            services: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: {
                    after: mkOption({ type: types.listOf(types.str), default: [] }),
                    wants: mkOption({ type: types.listOf(types.str), default: [] }),
                    wantedBy: mkOption({ type: types.listOf(types.str), default: [] }),
                  },
                }),
              ),
              default: {},
            }),
          },
        },
      };
      const db = {
        options: { services: { db: { enable: mkEnableOption("db") } } },
        config: ({ config }: any) =>
          mkIf(config.services.db.enable, {
            systemd: { services: { db: { wantedBy: ["multi-user.target"] } } },
          }),
      };
      const cache = {
        options: { services: { cache: { enable: mkEnableOption("cache") } } },
        config: ({ config }: any) =>
          mkIf(config.services.cache.enable, { systemd: { services: { cache: {} } } }),
      };
      const app = {
        options: { services: { app: { enable: mkEnableOption("app") } } },
        config: ({ config }: any) =>
          mkIf(config.services.app.enable, {
            systemd: {
              services: {
                app: {
                  after: [
                    ...(config.services.db.enable ? ["db.service"] : []),
                    ...(config.services.cache.enable ? ["cache.service"] : []),
                  ],
                  wants: mkIf(config.services.cache.enable, ["cache.service"]),
                  wantedBy: ["multi-user.target"],
                },
              },
            },
          }),
      };
      run(
        [units, app, db, cache, { services: { app: { enable: true }, db: { enable: true } } }],
        (c) => c.systemd.services,
      );
    },
  },
  {
    name: "nx08",
    nix: [["generic.lan"], ["box.example.org", "static.example.org"]],
    run: ({ run }) => {
      const net = ({ config }: any) => ({
        options: {
          networking: {
            hostName: mkOption({ type: types.str, default: "nixos" }),
            domain: mkOption({ type: types.nullOr(types.str), default: null }),
            fqdn: mkOption({
              type: types.str,
              readOnly: true,
              default: lazy(() =>
                config.networking.domain !== null
                  ? `${config.networking.hostName}.${config.networking.domain}`
                  : config.networking.hostName,
              ),
            }),
          },
        },
      });
      const web = {
        options: {
          services: {
            web: {
              enable: mkEnableOption("web"),
              vhosts: mkOption({
                type: types.attrsOf(
                  types.submodule({ options: { root: mkOption({ type: types.str, default: "/srv" }) } }),
                ),
                default: {},
              }),
            },
          },
        },
        config: ({ config }: any) =>
          mkIf(config.services.web.enable, {
            services: { web: { vhosts: { [config.networking.fqdn]: { root: "/srv/main" } } } },
          }),
      };
      const profile = {
        networking: { hostName: mkDefault("generic"), domain: mkDefault("lan") },
        services: { web: { enable: mkDefault(true) } },
      };
      const v = (ms: any[]) => Object.keys(evalModules({ modules: ms }).config.services.web.vhosts);
      run([], () => [
        v([net, web, profile]),
        v([
          net,
          web,
          profile,
          {
            networking: { hostName: "box", domain: "example.org" },
            services: { web: { vhosts: { "static.example.org": {} } } },
          },
        ]),
      ]);
    },
  },
  {
    name: "nx09",
    nix: ["every 30s: localhost:9113,localhost:9100", "every 15s: "],
    run: ({ run }) => {
      const mon = ({ config }: any) => ({
        options: {
          services: {
            monitoring: {
              enable: mkEnableOption("mon"),
              targets: mkOption({ type: types.listOf(types.str), default: [] }),
              interval: mkOption({ type: types.int, default: 15 }),
              scrapeConfig: mkOption({
                type: types.str,
                default: lazy(
                  () =>
                    `every ${config.services.monitoring.interval}s: ${config.services.monitoring.targets.join(",")}`,
                ),
              }),
            },
          },
        },
      });
      const svc =
        (name: string, port: number) =>
        ({ config }: any) => ({
          options: {
            services: {
              [name]: {
                enable: mkEnableOption(name),
                metrics: {
                  port: mkOption({ type: types.port, default: port }),
                  enable: mkOption({
                    type: types.bool,
                    default: lazy(() => config.services.monitoring.enable),
                  }),
                },
              },
            },
          },
          config: ({ config }: any) => {
            const cfg = config.services[name];
            return mkIf(cfg.enable && cfg.metrics.enable, {
              services: { monitoring: { targets: [`localhost:${cfg.metrics.port}`] } },
            });
          },
        });
      const s = (ms: any[]) => evalModules({ modules: ms }).config.services.monitoring.scrapeConfig;
      run([], () => [
        s([
          mon,
          svc("node", 9100),
          svc("db", 9187),
          svc("web", 9113),
          {
            services: {
              node: { enable: true },
              db: { enable: true, metrics: { enable: false } },
              web: { enable: true },
              monitoring: { enable: true, interval: 30 },
            },
          },
        ]),
        s([mon, svc("node", 9100), { services: { node: { enable: true } } }]),
      ]);
    },
  },
  {
    name: "nx10",
    nix: [
      [["app: services.db is not enabled"], []],
      [[], []],
      [[], ["app: db enabled but unused"]],
    ],
    run: ({ run }) => {
      const db = { options: { services: { db: { enable: mkEnableOption("db") } } } };
      const app = {
        options: {
          services: {
            app: { enable: mkEnableOption("app"), useDb: mkOption({ type: types.bool, default: true }) },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services.app;
          return mkIf(cfg.enable, {
            warnings: cfg.useDb && !config.services.db.enable ? ["app: services.db is not enabled"] : [],
            assertions: [
              { assertion: cfg.useDb || !config.services.db.enable, message: "app: db enabled but unused" },
            ],
          });
        },
      };
      const w = (ms: any[]) => {
        const c = evalModules({ modules: [assertionsModule, db, app, ...ms] }).config;
        return [c.warnings, failedMessages(c)];
      };
      run([], () => [
        w([{ services: { app: { enable: true } } }]),
        w([{ services: { app: { enable: true }, db: { enable: true } } }]),
        w([{ services: { app: { enable: true, useDb: false }, db: { enable: true } } }]),
      ]);
    },
  },
  {
    name: "nx11",
    nix: [
      { enable: true, vhosts: { app: 3000 } },
      { enable: false, vhosts: {} },
    ],
    run: ({ run }) => {
      const proxy = {
        options: {
          services: {
            proxy: {
              enable: mkEnableOption("proxy"),
              vhosts: mkOption({ type: types.attrsOf(types.int), default: {} }),
            },
          },
        },
      };
      const app = {
        options: { services: { app: { enable: mkEnableOption("app") } } },
        config: ({ config }: any) => {
          const cfg = config.services.app;
          return mkIf(cfg.enable, {
            services: {
              proxy: { enable: mkDefault(true), vhosts: mkIf(config.services.proxy.enable, { app: 3000 }) },
            },
          });
        },
      };
      const p = (ms: any[]) => evalModules({ modules: ms }).config.services.proxy;
      run([], () => [
        p([proxy, app, { services: { app: { enable: true } } }]),
        p([proxy, app, { services: { app: { enable: true }, proxy: { enable: false } } }]),
      ]);
    },
  },
  {
    name: "nx11b",
    nix: [
      { enable: true, vhosts: { app: 3000 } },
      { enable: false, vhosts: {} },
    ],
    run: ({ run }) => {
      const proxy = {
        options: {
          services: {
            proxy: {
              enable: mkEnableOption("proxy"),
              vhosts: mkOption({ type: types.attrsOf(types.int), default: {} }),
            },
          },
        },
      };
      const app = {
        options: { services: { app: { enable: mkEnableOption("app") } } },
        config: ({ config }: any) => {
          const cfg = config.services.app;
          return mkIf(cfg.enable, {
            services: {
              proxy: {
                enable: mkDefault(true),
                vhosts: mkIf(() => config.services.proxy.enable, { app: 3000 }),
              },
            },
          });
        },
      };
      const p = (ms: any[]) => evalModules({ modules: ms }).config.services.proxy;
      run([], () => [
        p([proxy, app, { services: { app: { enable: true } } }]),
        p([proxy, app, { services: { app: { enable: true }, proxy: { enable: false } } }]),
      ]);
    },
  },
  {
    name: "nx12",
    nix: [
      {
        enable: true,
        ensureDatabases: ["wiki", "gitea"],
        ensureUsers: [
          { name: "wiki", owns: true },
          { name: "gitea", owns: true },
        ],
      },
      { db: { group: "db" } },
      false,
      {},
    ],
    run: ({ run }) => {
      const db = {
        options: {
          services: {
            db: {
              enable: mkEnableOption("db"),
              ensureDatabases: mkOption({ type: types.listOf(types.str), default: [] }),
              ensureUsers: mkOption({
                type: types.listOf(
                  types.submodule({
                    options: {
                      name: mkOption({ type: types.str }),
                      owns: mkOption({ type: types.bool, default: false }),
                    },
                  }),
                ),
                default: [],
              }),
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services.db;
          return {
            services: { db: { enable: mkDefault(cfg.ensureDatabases.length > 0) } },
            users: { users: mkIf(cfg.enable, { db: { group: "db" } }) },
          };
        },
      };
      const users = {
        options: {
          users: {
            users: mkOption({
              type: types.attrsOf(
                types.submodule({ options: { group: mkOption({ type: types.str, default: "" }) } }),
              ),
              default: {},
            }),
          },
        },
      };
      const svc = (name: string) => ({
        options: {
          services: {
            [name]: {
              enable: mkEnableOption(name),
              database: { createLocally: mkOption({ type: types.bool, default: true }) },
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services[name];
          return mkIf(cfg.enable && cfg.database.createLocally, {
            services: { db: { ensureDatabases: [name], ensureUsers: [{ name, owns: true }] } },
          });
        },
      });
      const c2 = () => evalModules({ modules: [db, users, svc("gitea")] as any }).config;
      run(
        [
          db,
          users,
          svc("gitea"),
          svc("nextcloud"),
          svc("wiki"),
          {
            services: {
              gitea: { enable: true },
              nextcloud: { enable: true, database: { createLocally: false } },
              wiki: { enable: true },
            },
          },
        ],
        (c) => [c.services.db, c.users.users, c2().services.db.enable, c2().users.users],
      );
    },
  },
  {
    name: "nx12b",
    nix: [
      {
        enable: true,
        ensureDatabases: ["wiki", "gitea"],
        ensureUsers: [
          { name: "wiki", owns: true },
          { name: "gitea", owns: true },
        ],
      },
      { db: { group: "db" } },
      false,
      {},
    ],
    run: ({ run }) => {
      const db = {
        options: {
          services: {
            db: {
              enable: mkEnableOption("db"),
              ensureDatabases: mkOption({ type: types.listOf(types.str), default: [] }),
              ensureUsers: mkOption({
                type: types.listOf(
                  types.submodule({
                    options: {
                      name: mkOption({ type: types.str }),
                      owns: mkOption({ type: types.bool, default: false }),
                    },
                  }),
                ),
                default: [],
              }),
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services.db;
          return {
            services: { db: { enable: mkDefault(lazy(() => cfg.ensureDatabases.length > 0)) } },
            users: { users: mkIf(() => cfg.enable, { db: { group: "db" } }) },
          };
        },
      };
      const users = {
        options: {
          users: {
            users: mkOption({
              type: types.attrsOf(
                types.submodule({ options: { group: mkOption({ type: types.str, default: "" }) } }),
              ),
              default: {},
            }),
          },
        },
      };
      const svc = (name: string) => ({
        options: {
          services: {
            [name]: {
              enable: mkEnableOption(name),
              database: { createLocally: mkOption({ type: types.bool, default: true }) },
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services[name];
          return mkIf(cfg.enable && cfg.database.createLocally, {
            services: { db: { ensureDatabases: [name], ensureUsers: [{ name, owns: true }] } },
          });
        },
      });
      const c2 = () => evalModules({ modules: [db, users, svc("gitea")] as any }).config;
      run(
        [
          db,
          users,
          svc("gitea"),
          svc("nextcloud"),
          svc("wiki"),
          {
            services: {
              gitea: { enable: true },
              nextcloud: { enable: true, database: { createLocally: false } },
              wiki: { enable: true },
            },
          },
        ],
        (c) => [c.services.db, c.users.users, c2().services.db.enable, c2().users.users],
      );
    },
  },
  {
    name: "nx13",
    nix: [
      ["/run/secrets/a-key:901", "/run/secrets/b-key:902", "/run/secrets/global:0"],
      "/run/secrets/a-key",
    ],
    run: ({ run }) => {
      const users = {
        options: {
          users: {
            users: mkOption({
              type: types.attrsOf(types.submodule({ options: { uid: mkOption({ type: types.int }) } })),
              default: {},
            }),
          },
        },
      };
      const secrets = {
        options: {
          secrets: mkOption({
            type: types.attrsOf(
              types.submodule(({ name }: any) => ({
                options: {
                  owner: mkOption({ type: types.str, default: "root" }),
                  path: mkOption({ type: types.str, default: `/run/secrets/${name}` }),
                },
              })),
            ),
            default: {},
          }),
          secretFiles: mkOption({ type: types.listOf(types.str), default: [] }),
        },
        config: ({ config }: any) => ({
          secretFiles: Object.values(config.secrets).map(
            (s: any) => `${s.path}:${config.users.users[s.owner].uid}`,
          ),
        }),
      };
      const svc =
        (name: string, uid: number) =>
        ({ config }: any) => ({
          options: {
            services: {
              [name]: {
                enable: mkEnableOption(name),
                keyFile: mkOption({
                  type: types.str,
                  default: lazy(() => config.secrets[`${name}-key`].path),
                }),
              },
            },
          },
          config: ({ config }: any) =>
            mkIf(config.services[name].enable, {
              users: { users: { [name]: { uid } } },
              secrets: { [`${name}-key`]: { owner: name } },
            }),
        });
      run(
        [
          users,
          secrets,
          svc("a", 901),
          svc("b", 902),
          {
            services: { a: { enable: true }, b: { enable: true } },
            users: { users: { root: { uid: 0 } } },
            secrets: { global: {} },
          },
        ],
        (c) => [c.secretFiles, c.services.a.keyFile],
      );
    },
  },
  {
    name: "nx14",
    nix: { "app.conf": { text: "extra=yes\nlisten=127.0.0.1:9000\nlog=debug\n# end" } },
    run: ({ run }) => {
      const etc = {
        options: {
          environment: {
            etc: mkOption({
              type: types.attrsOf(types.submodule({ options: { text: mkOption({ type: types.lines }) } })),
              default: {},
            }),
          },
        },
      };
      const svc = ({ config }: any) => ({
        options: {
          services: {
            app: {
              enable: mkEnableOption("app"),
              host: mkOption({ type: types.str, default: "127.0.0.1" }),
              port: mkOption({ type: types.port, default: 8000 }),
              settings: mkOption({
                type: types.submodule({
                  freeformType: types.attrsOf(types.str),
                  options: {
                    listen: mkOption({
                      type: types.str,
                      default: lazy(() => `${config.services.app.host}:${config.services.app.port}`),
                    }),
                    log: mkOption({ type: types.str, default: "info" }),
                  },
                }),
                default: {},
              }),
            },
          },
        },
        config: ({ config }: any) => {
          const cfg = config.services.app;
          return mkIf(cfg.enable, {
            environment: {
              etc: {
                "app.conf": {
                  text: Object.entries(cfg.settings)
                    .map(([k, v]) => `${k}=${v}`)
                    .join("\n"),
                },
              },
            },
          });
        },
      });
      run(
        [
          etc,
          svc,
          { services: { app: { enable: true, port: 9000, settings: { extra: "yes", log: "debug" } } } },
          { environment: { etc: { "app.conf": { text: mkAfter("# end") } } } },
        ],
        (c) => c.environment.etc,
      );
    },
  },
  {
    name: "nx15",
    nix: ["base", "db", "ssh", "db-tools"],
    run: ({ run }) => {
      const pkgs = {
        options: {
          environment: { systemPackages: mkOption({ type: types.listOf(types.str), default: [] }) },
        },
      };
      const svc = (name: string) => ({
        options: { services: { [name]: { enable: mkEnableOption(name) } } },
        config: ({ config }: any) =>
          mkIf(config.services[name].enable, { environment: { systemPackages: [name] } }),
      });
      const profile = {
        services: { ssh: { enable: mkDefault(true) }, web: { enable: mkDefault(true) } },
        environment: { systemPackages: mkBefore(["base"]) },
      };
      const host = {
        config: ({ config }: any) => ({
          services: { web: { enable: false }, db: { enable: true } },
          environment: { systemPackages: mkIf(config.services.db.enable, mkAfter(["db-tools"])) },
        }),
      };
      run([pkgs, svc("ssh"), svc("web"), svc("db"), profile, host], (c) => c.environment.systemPackages);
    },
  },
  {
    name: "nx15b",
    nix: ["base", "db", "ssh", "db-tools"],
    run: ({ run }) => {
      const pkgs = {
        options: {
          environment: { systemPackages: mkOption({ type: types.listOf(types.str), default: [] }) },
        },
      };
      const svc = (name: string) => ({
        options: { services: { [name]: { enable: mkEnableOption(name) } } },
        config: ({ config }: any) =>
          mkIf(config.services[name].enable, { environment: { systemPackages: [name] } }),
      });
      const profile = {
        services: { ssh: { enable: mkDefault(true) }, web: { enable: mkDefault(true) } },
        environment: { systemPackages: mkBefore(["base"]) },
      };
      const host = {
        config: ({ config }: any) => ({
          services: { web: { enable: false }, db: { enable: true } },
          environment: { systemPackages: mkIf(() => config.services.db.enable, mkAfter(["db-tools"])) },
        }),
      };
      run([pkgs, svc("ssh"), svc("web"), svc("db"), profile, host], (c) => c.environment.systemPackages);
    },
  },
  {
    name: "sv01",
    nix: [["b:80"], true],
    run: ({ run }) => {
      const O = { options: { out: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const A = {
        options: { services: { a: { enable: mkEnableOption("a") } } },
        config: ({ config }: any) => mkIf(config.services.a.enable, { services: { b: { enable: true } } }),
      };
      const B = {
        options: {
          services: { b: { enable: mkEnableOption("b"), port: mkOption({ type: types.port, default: 80 }) } },
        },
        config: ({ config }: any) => mkIf(config.services.b.enable, { out: [`b:${config.services.b.port}`] }),
      };
      run([O, A, B, { services: { a: { enable: true } } }], (c) => [c.out, c.services.b.enable]);
    },
  },
  {
    name: "sv02",
    nix: [[], false],
    run: ({ run }) => {
      const O = { options: { out: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const A = {
        options: { services: { a: { enable: mkEnableOption("a") } } },
        config: ({ config }: any) => mkIf(config.services.a.enable, { services: { b: { enable: true } } }),
      };
      const B = {
        options: {
          services: { b: { enable: mkEnableOption("b"), port: mkOption({ type: types.port, default: 80 }) } },
        },
        config: ({ config }: any) => mkIf(config.services.b.enable, { out: [`b:${config.services.b.port}`] }),
      };
      run([O, A, B, { services: { a: { enable: false } } }], (c) => [c.out, c.services.b.enable]);
    },
  },
  {
    name: "sv03",
    nix: [["b:81"], true],
    run: ({ run }) => {
      const O = { options: { out: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const A = {
        options: { services: { a: { enable: mkEnableOption("a") } } },
        config: ({ config }: any) =>
          mkIf(config.services.a.enable, { services: { b: { enable: true, port: 81 } } }),
      };
      const B = {
        options: {
          services: { b: { enable: mkEnableOption("b"), port: mkOption({ type: types.port, default: 80 }) } },
        },
        config: ({ config }: any) => mkIf(config.services.b.enable, { out: [`b:${config.services.b.port}`] }),
      };
      run([{ services: { a: { enable: true } } }, B, A, O], (c) => [c.out, c.services.b.enable]);
    },
  },
  {
    name: "sv04",
    nix: [["a", "b", "c"], true],
    run: ({ run }) => {
      const O = { options: { out: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const svc = (n: string, next: string | null) => ({
        options: { services: { [n]: { enable: mkEnableOption(n) } } },
        config: ({ config }: any) =>
          mkIf(
            config.services[n].enable,
            next === null ? { out: [n] } : { services: { [next]: { enable: true } }, out: [n] },
          ),
      });
      run([svc("c", null), svc("b", "c"), svc("a", "b"), O, { services: { a: { enable: true } } }], (c) => [
        c.out,
        c.services.c.enable,
      ]);
    },
  },
  {
    name: "sv05",
    nix: [["c"], true],
    run: ({ run }) => {
      const O = { options: { out: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const A = { options: { services: { a: { enable: mkEnableOption("a") } } } };
      const B = {
        options: { services: { b: { enable: mkEnableOption("b") } } },
        config: ({ config }: any) =>
          mkIf(config.services.b.enable && config.services.a.enable, { services: { c: { enable: true } } }),
      };
      const C = {
        options: { services: { c: { enable: mkEnableOption("c") } } },
        config: ({ config }: any) => mkIf(config.services.c.enable, { out: ["c"] }),
      };
      run([O, C, B, A, { services: { b: { enable: true }, a: { enable: true } } }], (c) => [
        c.out,
        c.services.c.enable,
      ]);
    },
  },
  {
    name: "sv06",
    nix: [[], false],
    run: ({ run }) => {
      const O = { options: { out: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const A = { options: { services: { a: { enable: mkEnableOption("a") } } } };
      const B = {
        options: { services: { b: { enable: mkEnableOption("b") } } },
        config: ({ config }: any) =>
          mkIf(config.services.b.enable && config.services.a.enable, { services: { c: { enable: true } } }),
      };
      const C = {
        options: { services: { c: { enable: mkEnableOption("c") } } },
        config: ({ config }: any) => mkIf(config.services.c.enable, { out: ["c"] }),
      };
      run([O, C, B, A, { services: { b: { enable: true } } }], (c) => [c.out, c.services.c.enable]);
    },
  },
  {
    name: "sv07",
    nix: ["u", "x on"],
    run: ({ run }) => {
      const A = {
        options: { out: mkOption({ type: types.listOf(types.str), default: [] }) },
        config: ({ config }: any) => mkIf(config.services.x.enable, { out: ["x on"] }),
      };
      const X = { options: { services: { x: { enable: mkOption({ type: types.bool, default: true }) } } } };
      run([A, { out: ["u"] }, X], (c) => c.out);
    },
  },
  {
    name: "sv08",
    nix: { enable: true, x: 5 },
    run: ({ run }) => {
      const A = {
        options: { a: { enable: mkEnableOption("a"), x: mkOption({ type: types.int, default: 0 }) } },
        config: ({ config }: any) => mkIf(config.a.enable, { a: { x: 5 } }),
      };
      run([A, { a: { enable: true } }], (c) => c.a);
    },
  },
  {
    name: "sv09",
    nix: ["foo"],
    run: ({ run }) => {
      const I = {
        options: {
          instances: mkOption({
            type: types.attrsOf(
              types.submodule({ options: { enable: mkOption({ type: types.bool, default: false }) } }),
            ),
            default: {},
          }),
          out: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      };
      const A = { config: ({ config }: any) => mkIf(config.instances.foo.enable, { out: ["foo"] }) };
      run([I, A, { instances: { foo: { enable: true }, bar: {} } }], (c) => c.out);
    },
  },
  {
    name: "sv10b",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const I = {
        options: {
          instances: mkOption({
            type: types.attrsOf(
              types.submodule({ options: { enable: mkOption({ type: types.bool, default: false }) } }),
            ),
            default: {},
          }),
        },
      };
      const A = {
        config: ({ config }: any) => ({
          instances: { bar: mkIf(() => config.instances.foo.enable, { enable: true }) },
        }),
      };
      run([I, A, { instances: { foo: { enable: true } } }], (c) => c.instances);
    },
  },
  {
    name: "sv10c",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const I = {
        options: {
          instances: mkOption({
            type: types.attrsOf(
              types.submodule({ options: { enable: mkOption({ type: types.bool, default: false }) } }),
            ),
            default: {},
          }),
        },
      };
      const A = {
        config: ({ config }: any) => ({
          instances: { bar: mkIf(() => config.instances.foo.enable, { enable: true }) },
        }),
      };
      run([I, A, { instances: { foo: { enable: false } } }], (c) => c.instances);
    },
  },
  {
    name: "sv10d",
    nix: { bar: { enable: true }, foo: { enable: true } },
    run: ({ run }) => {
      const I = {
        options: {
          instances: mkOption({
            type: types.lazyAttrsOf(
              types.submodule({ options: { enable: mkOption({ type: types.bool, default: false }) } }),
            ),
            default: {},
          }),
        },
      };
      const A = {
        config: ({ config }: any) => ({
          instances: { bar: mkIf(() => config.instances.foo.enable, { enable: true }) },
        }),
      };
      run([I, A, { instances: { foo: { enable: true } } }], (c) => c.instances);
    },
  },
  {
    name: "sv11",
    nix: [[], false],
    run: ({ run }) => {
      const O = { options: { out: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const A = {
        options: { services: { a: { enable: mkEnableOption("a") } } },
        config: ({ config }: any) =>
          mkIf(config.services.a.enable, { services: { b: { enable: mkDefault(true) } } }),
      };
      const B = {
        options: { services: { b: { enable: mkEnableOption("b") } } },
        config: ({ config }: any) => mkIf(config.services.b.enable, { out: ["b"] }),
      };
      run([O, A, B, { services: { a: { enable: true }, b: { enable: false } } }], (c) => [
        c.out,
        c.services.b.enable,
      ]);
    },
  },
  {
    name: "sv12",
    nix: [["b"], true],
    run: ({ run }) => {
      const O = { options: { out: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const A = {
        options: { services: { a: { enable: mkEnableOption("a") } } },
        config: ({ config }: any) =>
          mkIf(config.services.a.enable, { services: { b: { enable: mkForce(true) } } }),
      };
      const B = {
        options: { services: { b: { enable: mkEnableOption("b") } } },
        config: ({ config }: any) => mkIf(config.services.b.enable, { out: ["b"] }),
      };
      run([O, A, B, { services: { a: { enable: true }, b: { enable: false } } }], (c) => [
        c.out,
        c.services.b.enable,
      ]);
    },
  },
  {
    name: "sv14",
    nix: ["http://localhost:3100", true],
    run: ({ run }) => {
      const A = {
        options: {
          services: {
            a: { enable: mkEnableOption("a"), port: mkOption({ type: types.port, default: 3000 }) },
          },
        },
      };
      const B = ({ config }: any) => ({
        options: {
          services: {
            b: {
              enable: mkEnableOption("b"),
              upstream: mkOption({
                type: types.str,
                default: lazy(() => `http://localhost:${config.services.a.port}`),
              }),
            },
          },
        },
        config: mkIf(() => config.services.b.enable, { services: { a: { enable: true } } }),
      });
      const C = {
        options: {
          services: { c: { enable: mkEnableOption("c") } },
          out: mkOption({ type: types.str, default: "" }),
        },
        config: ({ config }: any) =>
          mkIf(config.services.c.enable, {
            services: { b: { enable: true } },
            out: config.services.b.upstream,
          }),
      };
      run([A, B, C, { services: { c: { enable: true }, a: { port: 3100 } } }], (c) => [
        c.out,
        c.services.a.enable,
      ]);
    },
  },
  {
    name: "sv15",
    nix: ["box.lan"],
    run: ({ run }) => {
      const N = { options: { networking: { hostName: mkOption({ type: types.str, default: "nixos" }) } } };
      const A = ({ config }: any) => ({
        options: {
          services: {
            a: {
              enable: mkEnableOption("a"),
              host: mkOption({ type: types.str, default: lazy(() => `${config.networking.hostName}.lan`) }),
            },
          },
        },
      });
      const B = {
        options: {
          services: { b: { enable: mkEnableOption("b") } },
          out: mkOption({ type: types.listOf(types.str), default: [] }),
        },
        config: ({ config }: any) => {
          const cfg = config.services.b;
          const cfgA = config.services.a;
          return mkIf(cfg.enable, { out: [cfgA.host] });
        },
      };
      run(
        [N, A, B, { services: { b: { enable: true } } }, { networking: { hostName: mkDefault("box") } }],
        (c) => c.out,
      );
    },
  },
  {
    name: "sv16",
    nix: [true, false],
    run: ({ run }) => {
      const I = {
        options: {
          services: {
            x: {
              instances: mkOption({
                type: types.attrsOf(
                  types.submodule({ options: { port: mkOption({ type: types.int, default: 1 }) } }),
                ),
                default: {},
              }),
            },
          },
        },
      };
      const A = {
        options: { services: { a: { enable: mkEnableOption("a") } } },
        config: ({ config }: any) =>
          mkIf(Object.keys(config.services.x.instances).length > 0, { services: { a: { enable: true } } }),
      };
      const r1 = () =>
        evalModules({ modules: [I, A, { services: { x: { instances: { one: {} } } } }] as any }).config
          .services.a.enable;
      run([I, A], (c) => [r1(), c.services.a.enable]);
    },
  },
  {
    name: "sv17",
    nix: ["on", "off"],
    run: ({ run }) => {
      const A = {
        options: {
          services: { a: { enable: mkEnableOption("a") } },
          mode: mkOption({ type: types.str, default: "?" }),
        },
        config: ({ config }: any) => {
          const cfg = config.services.a;
          return mkMerge([mkIf(cfg.enable, { mode: "on" }), mkIf(!cfg.enable, { mode: "off" })]);
        },
      };
      const r1 = () =>
        evalModules({ modules: [A, { services: { a: { enable: true } } }] as any }).config.mode;
      run([A], (c) => [r1(), c.mode]);
    },
  },
  {
    name: "sv18",
    nix: [["b"], []],
    run: ({ run }) => {
      const O = { options: { out: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const A = {
        options: { services: { a: { enable: mkEnableOption("a") } } },
        config: ({ config }: any) => mkIf(config.services.a.enable, { services: { b: { enable: true } } }),
      };
      const B = {
        options: { services: { b: { enable: mkEnableOption("b") } } },
        config: ({ config }: any) => mkIf(config.services.b.enable, { out: ["b"] }),
      };
      const profile = { services: { a: { enable: mkDefault(true) } } };
      const c1 = () => evalModules({ modules: [O, A, B, profile] as any }).config.out;
      run([O, A, B, profile, { services: { a: { enable: false } } }], (c) => [c1(), c.out]);
    },
  },
  {
    name: "sv19",
    nix: [
      { enable: true, port: 8080 },
      { enable: false, port: 80 },
    ],
    run: ({ run }) => {
      const A = {
        options: { services: { a: { enable: mkEnableOption("a") } } },
        config: ({ config }: any) => ({
          services: { b: mkIf(config.services.a.enable, { enable: true, port: 8080 }) },
        }),
      };
      const B = {
        options: {
          services: { b: { enable: mkEnableOption("b"), port: mkOption({ type: types.port, default: 80 }) } },
        },
      };
      const r1 = () =>
        evalModules({ modules: [A, B, { services: { a: { enable: true } } }] as any }).config.services.b;
      run([A, B], (c) => [r1(), c.services.b]);
    },
  },
  {
    name: "sv20",
    nix: [7, 0],
    run: ({ run }) => {
      const A = { config: ({ config }: any) => mkIf(config.late.flag, { late: { value: 7 } }) };
      const L = {
        options: {
          late: {
            flag: mkOption({ type: types.bool, default: false }),
            value: mkOption({ type: types.int, default: 0 }),
          },
        },
      };
      const r1 = () => evalModules({ modules: [A, { late: { flag: true } }, L] as any }).config.late.value;
      run([A, L], (c) => [r1(), c.late.value]);
    },
  },
  {
    name: "sv21b",
    nix: 2,
    run: ({ run }) => {
      const A = ({ config }: any) => ({
        options: {
          services: { a: { enable: mkEnableOption("a"), port: mkOption({ type: types.int, default: 1 }) } },
        },
        config: mkIf(() => config.services.a.enable, { services: { a: { port: 2 } } }),
      });
      run([A, { services: { a: { enable: true } } }], (c) => c.services.a.port);
    },
  },
  {
    name: "sv22",
    nix: [["needed"], []],
    run: ({ run }) => {
      const O = {
        options: {
          out: mkOption({ type: types.listOf(types.str), default: [] }),
          services: { a: { enable: mkEnableOption("a") }, c: { enable: mkEnableOption("c") } },
        },
      };
      const B = {
        config: ({ config }: any) =>
          mkIf(config.services.a.enable || config.services.c.enable, { out: ["needed"] }),
      };
      const r1 = () =>
        evalModules({ modules: [O, B, { services: { c: { enable: true } } }] as any }).config.out;
      run([O, B], (c) => [r1(), c.out]);
    },
  },
  {
    name: "sv23",
    nix: { a: { enable: true }, b: { enable: true }, c: { enable: true }, d: { enable: true } },
    run: ({ run }) => {
      const D = {
        options: {
          services: {
            a: { enable: mkEnableOption("a") },
            b: { enable: mkEnableOption("b") },
            c: { enable: mkEnableOption("c") },
            d: { enable: mkEnableOption("d") },
          },
        },
      };
      const A = {
        config: ({ config }: any) => mkIf(config.services.a.enable, { services: { b: { enable: true } } }),
      };
      const B = {
        config: ({ config }: any) => mkIf(config.services.b.enable, { services: { c: { enable: true } } }),
      };
      const C = {
        config: ({ config }: any) =>
          mkIf(config.services.c.enable && config.services.a.enable, { services: { d: { enable: true } } }),
      };
      run([C, B, A, D, { services: { a: { enable: true } } }], (c) => c.services);
    },
  },
  {
    name: "sv24",
    nix: [[20], []],
    run: ({ run }) => {
      const D = {
        options: {
          services: { a: { level: mkOption({ type: types.int, default: 0, apply: (x: number) => x * 10 }) } },
          out: mkOption({ type: types.listOf(types.int), default: [] }),
        },
      };
      const B = {
        config: ({ config }: any) => mkIf(config.services.a.level > 15, { out: [config.services.a.level] }),
      };
      const r1 = () => evalModules({ modules: [D, B, { services: { a: { level: 2 } } }] as any }).config.out;
      run([D, B, { services: { a: { level: 1 } } }], (c) => [r1(), c.out]);
    },
  },
  {
    name: "sv25",
    nix: ["has a"],
    run: ({ run }) => {
      const D = {
        options: {
          services: { a: { enable: mkEnableOption("a") } },
          out: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      };
      const B = {
        config: ({ config }: any) =>
          mkIf("a" in config.services && config.services.a.enable && !("zz" in config.services), {
            out: ["has a"],
          }),
      };
      run([D, B, { services: { a: { enable: true } } }], (c) => c.out);
    },
  },
  {
    name: "sv26",
    nix: [true, false],
    run: ({ run }) => {
      const D = {
        options: {
          items: mkOption({ type: types.listOf(types.str), default: [] }),
          services: { a: { enable: mkEnableOption("a") } },
        },
      };
      const A = {
        config: ({ config }: any) => mkIf(config.items.length > 1, { services: { a: { enable: true } } }),
      };
      const r1 = () =>
        evalModules({ modules: [D, A, { items: ["x"] }, { items: ["y"] }] as any }).config.services.a.enable;
      run([D, A, { items: ["x"] }], (c) => [r1(), c.services.a.enable]);
    },
  },
  {
    name: "sv27",
    nix: [true, false],
    run: ({ run }) => {
      const D = {
        options: {
          items: mkOption({ type: types.listOf(types.str), default: [] }),
          many: mkOption({ type: types.bool, default: false }),
        },
      };
      const A = {
        config: ({ config }: any) => ({ items: ["a"], many: mkIf(config.items.length > 1, true) }),
      };
      const r1 = () => evalModules({ modules: [D, A, { items: ["x"] }] as any }).config.many;
      run([D, A], (c) => [r1(), c.many]);
    },
  },
  {
    name: "sv27b",
    nix: [true, false],
    run: ({ run }) => {
      const D = {
        options: {
          items: mkOption({ type: types.listOf(types.str), default: [] }),
          many: mkOption({ type: types.bool, default: false }),
        },
      };
      const A = {
        config: ({ config }: any) => ({ items: ["a"], many: mkIf(() => config.items.length > 1, true) }),
      };
      const r1 = () => evalModules({ modules: [D, A, { items: ["x"] }] as any }).config.many;
      run([D, A], (c) => [r1(), c.many]);
    },
  },
  {
    name: "sv28",
    nix: [["extra"], [], []],
    run: ({ run }) => {
      const D = {
        options: {
          services: {
            a: { enable: mkEnableOption("a"), extra: mkOption({ type: types.bool, default: false }) },
          },
          out: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      };
      const P = { services: { a: { extra: mkDefault(true), enable: mkDefault(true) } } };
      const A = {
        config: ({ config }: any) =>
          mkIf(config.services.a.enable && config.services.a.extra, { out: ["extra"] }),
      };
      const o = (ms: any[]) => evalModules({ modules: ms }).config.out;
      run([D], () => [
        o([D, P, A]),
        o([D, P, A, { services: { a: { extra: false } } }]),
        o([D, P, A, { services: { a: { enable: mkForce(false) } } }]),
      ]);
    },
  },
  {
    name: "sv29",
    nix: [true, false],
    run: ({ run }) => {
      const D = {
        options: { services: { a: { enable: mkEnableOption("a") }, b: { enable: mkEnableOption("b") } } },
      };
      const A = { config: ({ config }: any) => ({ services: { a: { enable: config.services.b.enable } } }) };
      const r1 = () =>
        evalModules({ modules: [D, A, { services: { b: { enable: true } } }] as any }).config.services.a
          .enable;
      run([D, A], (c) => [r1(), c.services.a.enable]);
    },
  },
  {
    name: "sv30",
    nix: [true, false],
    run: ({ run }) => {
      const D = {
        options: { services: { a: { enable: mkEnableOption("a") }, b: { enable: mkEnableOption("b") } } },
      };
      const A = {
        config: ({ config }: any) => ({
          services: { b: { enable: mkDefault(true) }, a: { enable: config.services.b.enable } },
        }),
      };
      const r1 = () => evalModules({ modules: [D, A] as any }).config.services.a.enable;
      run([D, A, { services: { b: { enable: false } } }], (c) => [r1(), c.services.a.enable]);
    },
  },
  {
    name: "sv30b",
    nix: [true, false],
    run: ({ run }) => {
      const D = {
        options: { services: { a: { enable: mkEnableOption("a") }, b: { enable: mkEnableOption("b") } } },
      };
      const A = {
        config: ({ config }: any) => ({
          services: {
            b: { enable: mkDefault(true) },
            a: {
              get enable() {
                return config.services.b.enable;
              },
            },
          },
        }),
      };
      const r1 = () => evalModules({ modules: [D, A] as any }).config.services.a.enable;
      run([D, A, { services: { b: { enable: false } } }], (c) => [r1(), c.services.a.enable]);
    },
  },
  {
    name: "sv31",
    nix: ["c", "b", "a"],
    run: ({ run }) => {
      const O = { options: { out: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const A = {
        options: { services: { a: { enable: mkEnableOption("a") } } },
        config: ({ config }: any) =>
          mkIf(config.services.a.enable, { services: { b: { enable: true } }, out: ["a"] }),
      };
      const B = {
        options: { services: { b: { enable: mkEnableOption("b") } } },
        config: ({ config }: any) =>
          mkIf(config.services.b.enable, { services: { c: { enable: true } }, out: ["b"] }),
      };
      const C = {
        options: { services: { c: { enable: mkEnableOption("c") } } },
        config: ({ config }: any) => mkIf(config.services.c.enable, { out: ["c"] }),
      };
      run([O, A, B, C, { services: { a: { enable: true } } }], (c) => c.out);
    },
  },
  {
    name: "sv32",
    nix: ["a", "b", "c"],
    run: ({ run }) => {
      const O = { options: { out: mkOption({ type: types.listOf(types.str), default: [] }) } };
      const A = {
        options: { services: { a: { enable: mkEnableOption("a") } } },
        config: ({ config }: any) =>
          mkIf(config.services.a.enable, { services: { b: { enable: true } }, out: ["a"] }),
      };
      const B = {
        options: { services: { b: { enable: mkEnableOption("b") } } },
        config: ({ config }: any) =>
          mkIf(config.services.b.enable, { services: { c: { enable: true } }, out: ["b"] }),
      };
      const C = {
        options: { services: { c: { enable: mkEnableOption("c") } } },
        config: ({ config }: any) => mkIf(config.services.c.enable, { out: ["c"] }),
      };
      run([C, O, B, { services: { a: { enable: true } } }, A], (c) => c.out);
    },
  },
  {
    name: "sv33",
    nix: [
      { services: { a: { enable: true, user: "svc" }, b: { enable: true } }, users: { svc: "from a" } },
      { enable: false },
    ],
    run: ({ run }) => {
      const D = {
        options: {
          services: {
            a: { enable: mkEnableOption("a"), user: mkOption({ type: types.str, default: "a" }) },
            b: { enable: mkEnableOption("b") },
          },
          users: mkOption({ type: types.attrsOf(types.str), default: {} }),
        },
      };
      const A = {
        config: ({ config }: any) => {
          const cfg = config.services.a;
          return mkIf(cfg.enable, {
            users: { [cfg.user]: "from a" },
            services: { b: { enable: mkIf(cfg.user !== "root", true) } },
          });
        },
      };
      const r2 = () =>
        evalModules({ modules: [D, A, { services: { a: { enable: true, user: "root" } } }] as any }).config
          .services.b;
      run([D, A, { services: { a: { enable: true, user: "svc" } } }], (c) => [
        { services: c.services, users: c.users },
        r2(),
      ]);
    },
  },
  {
    name: "xt01",
    nix: failed,
    kind: "thrown",
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 0 }),
          out: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = {
        _file: "m.nix",
        config: ({ config }: any) => {
          if (config.a > 100) return { out: 1 };
          throw new Error("boom in m.nix");
        },
      };
      run([D, M], (c) => c.out);
    },
  },
  {
    name: "xt02",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const M = {
        _file: "m.nix",
        freeformType: types.lazyAttrsOf(types.int),
        config: ({ config }: any) => ({
          get x() {
            return config.y + 1;
          },
          get y() {
            return config.x + 1;
          },
        }),
      };
      run([M], (c) => c.x);
    },
  },
  {
    name: "xt03",
    nix: failed,
    kind: "cycle",
    run: ({ run }) => {
      const M = {
        _file: "m.nix",
        freeformType: types.attrsOf(types.int),
        config: ({ config }: any) => ({
          get x() {
            return config.x + 1;
          },
        }),
      };
      run([M], (c) => c.x);
    },
  },
  {
    name: "xt04",
    nix: failed,
    kind: "laziness",
    run: ({ run }) => {
      const D = {
        options: {
          flag: mkOption({ type: types.bool, default: false }),
          out: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = ({ config }: any) => ({ _file: "m.nix", imports: config.flag ? [{ out: 1 }] : [] });
      run([D, M], (c) => c.out);
    },
  },
  {
    name: "xt05",
    nix: [1, 0],
    run: ({ run }) => {
      const D = {
        options: {
          services: { x: { enable: mkOption({ type: types.bool, default: false }) } },
          out: mkOption({ type: types.int, default: 0 }),
        },
      };
      const P = { config: ({ config }: any) => ({ _module: { args: { svc: config.services.x } } }) };
      const Q = { config: ({ svc }: any) => mkIf(svc.enable, { out: 1 }) };
      const o = (ms: any[]) => evalModules({ modules: ms }).config.out;
      run([], () => [o([D, P, Q, { services: { x: { enable: true } } }]), o([D, P, Q])]);
    },
  },
  {
    name: "xt06",
    nix: [1, 0],
    run: ({ run }) => {
      const D = {
        options: {
          services: { x: { enable: mkOption({ type: types.bool, default: false }) } },
          out: mkOption({ type: types.int, default: 0 }),
        },
      };
      const P = { config: ({ config }: any) => ({ _module: { args: { svc: config.services.x } } }) };
      const Q = {
        config: ({ svc }: any) => ({
          services: { x: { enable: mkDefault(true) } },
          out: mkIf(svc.enable, 1),
        }),
      };
      const o = (ms: any[]) => evalModules({ modules: ms }).config.out;
      run([], () => [o([D, P, Q]), o([D, P, Q, { services: { x: { enable: false } } }])]);
    },
  },
  {
    name: "xt06b",
    nix: [1, 0],
    run: ({ run }) => {
      const D = {
        options: {
          services: { x: { enable: mkOption({ type: types.bool, default: false }) } },
          out: mkOption({ type: types.int, default: 0 }),
        },
      };
      const P = { config: ({ config }: any) => ({ _module: { args: { svc: config.services.x } } }) };
      const Q = {
        config: ({ svc }: any) => ({
          services: { x: { enable: mkDefault(true) } },
          out: mkIf(() => svc.enable, 1),
        }),
      };
      const o = (ms: any[]) => evalModules({ modules: ms }).config.out;
      run([], () => [o([D, P, Q]), o([D, P, Q, { services: { x: { enable: false } } }])]);
    },
  },
  {
    name: "xt08",
    nix: ["a.lan", "fixed"],
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            domain: mkOption({ type: types.str, default: "none" }),
            out: mkOption({ type: types.listOf(types.str), default: [] }),
            instances: mkOption({
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: {
                    url: mkOption({ type: types.str, default: lazy(() => `${name}.${outer.domain}`) }),
                  },
                })),
              ),
              default: {},
            }),
          },
        };
      };
      const U = {
        config: ({ config }: any) => ({
          domain: "lan",
          out: Object.values(config.instances).map((i: any) => i.url),
        }),
      };
      run([M, U, { instances: { a: {}, b: { url: "fixed" } } }], (c) => c.out);
    },
  },
  {
    name: "xt08b",
    nix: ["a.lan", "fixed"],
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            domain: mkOption({ type: types.str, default: "none" }),
            out: mkOption({ type: types.listOf(types.str), default: [] }),
            instances: mkOption({
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: {
                    url: mkOption({ type: types.str, default: lazy(() => `${name}.${outer.domain}`) }),
                  },
                })),
              ),
              default: {},
            }),
          },
        };
      };
      const U = {
        config: ({ config }: any) => ({
          domain: "lan",
          out: lazy(() => Object.values(config.instances).map((i: any) => i.url)),
        }),
      };
      run([M, U, { instances: { a: {}, b: { url: "fixed" } } }], (c) => c.out);
    },
  },
  {
    name: "xt09",
    nix: {
      a: { source: "store:a:hello", text: "hello" },
      b: { source: "store:b:x", text: "x" },
      c: { source: "/own", text: "y" },
      d: { source: "/d", text: null },
    },
    run: ({ run }) => {
      const etc = {
        options: {
          environment: {
            etc: mkOption({
              type: types.attrsOf(
                types.submodule(({ name }: any) => ({
                  options: {
                    text: mkOption({ type: types.nullOr(types.lines), default: null }),
                    source: mkOption({ type: types.str }),
                  },
                  config: ({ config, options }: any) => ({
                    source: mkIf(
                      config.text !== null,
                      mkDerivedConfig(options.text, (t: string) => `store:${name}:${t}`),
                    ),
                  }),
                })),
              ),
              default: {},
            }),
          },
        },
      };
      run(
        [
          etc,
          {
            environment: {
              etc: {
                a: { text: "hello" },
                b: { text: mkDefault("x") },
                c: { text: mkDefault("y"), source: "/own" },
                d: { source: "/d" },
              },
            },
          },
        ],
        (c) => c.environment.etc,
      );
    },
  },
  {
    name: "xt10",
    nix: [10, 20, 5, "ERR"],
    run: ({ run }) => {
      const D = {
        options: { a: mkOption({ type: types.int, default: 1 }), b: mkOption({ type: types.int }) },
      };
      const M = { config: ({ options }: any) => ({ b: mkDerivedConfig(options.a, (x: number) => x * 10) }) };
      const b = (ms: any[]) => evalModules({ modules: ms }).config;
      run([], () => [
        b([D, M]).b,
        b([D, M, { a: mkForce(2) }]).b,
        b([D, M, { b: 5 }]).b,
        tryv(() => b([D, M, { a: 3, b: 5 }]).b),
      ]);
    },
  },
  {
    name: "xt11",
    nix: [40, 20],
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = {
        config: ({ options }: any) => ({
          a: mkDefault(4),
          b: mkDerivedConfig(options.a, (x: number) => x * 10),
        }),
      };
      const b = (ms: any[]) => evalModules({ modules: ms }).config.b;
      run([], () => [b([D, M]), b([D, M, { a: 2 }])]);
    },
  },
  {
    name: "xt11b",
    nix: [40, 20],
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = {
        config: ({ options }: any) => ({
          a: mkDefault(4),
          b: lazy(() => mkDerivedConfig(options.a, (x: number) => x * 10)),
        }),
      };
      const b = (ms: any[]) => evalModules({ modules: ms }).config.b;
      run([], () => [b([D, M]), b([D, M, { a: 2 }])]);
    },
  },
  {
    name: "xt12",
    nix: [40, 20],
    run: ({ run }) => {
      const D = {
        options: {
          a: mkOption({ type: types.int, default: 1 }),
          b: mkOption({ type: types.int, default: 0 }),
        },
      };
      const M = {
        config: ({ config, options }: any) => ({
          b: mkIf(
            config.a > 0,
            mkDerivedConfig(options.a, (x: number) => x * 10),
          ),
        }),
      };
      const N = { a: mkDefault(4) };
      const b = (ms: any[]) => evalModules({ modules: ms }).config.b;
      run([], () => [b([D, M, N]), b([D, N, M, { a: 2 }])]);
    },
  },
  {
    name: "xt13",
    nix: "lan",
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            domain: mkOption({ type: types.str, default: "none" }),
            unrelated: mkOption({ type: types.int, default: 0 }),
            o1: mkOption({ type: types.int, default: 0 }),
            o2: mkOption({ type: types.str, default: "" }),
            instances: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: { url: mkOption({ type: types.str }) },
                  config: {
                    get url() {
                      return outer.domain;
                    },
                  },
                }),
              ),
              default: {},
            }),
          },
        };
      };
      const A = { config: ({ config }: any) => ({ domain: "lan", o1: config.unrelated }) };
      const B = { config: ({ config }: any) => ({ o2: config.instances.a.url }) };
      run([M, A, B, { instances: { a: {} } }], (c) => c.o2);
    },
  },
  {
    name: "xt13b",
    nix: "lan",
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            domain: mkOption({ type: types.str, default: "none" }),
            unrelated: mkOption({ type: types.int, default: 0 }),
            o1: mkOption({ type: types.int, default: 0 }),
            o2: mkOption({ type: types.str, default: "" }),
            instances: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: { url: mkOption({ type: types.str }) },
                  config: () => ({ url: outer.domain }),
                }),
              ),
              default: {},
            }),
          },
        };
      };
      const A = { config: ({ config }: any) => ({ domain: "lan", o1: config.unrelated }) };
      const B = { config: ({ config }: any) => ({ o2: config.instances.a.url }) };
      run([M, A, B, { instances: { a: {} } }], (c) => c.o2);
    },
  },
  {
    name: "xt13c",
    nix: "lan",
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            domain: mkOption({ type: types.str, default: "none" }),
            unrelated: mkOption({ type: types.int, default: 0 }),
            o1: mkOption({ type: types.int, default: 0 }),
            o2: mkOption({ type: types.str, default: "" }),
            instances: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: {
                    url: mkOption({
                      type: types.str,
                      get default() {
                        return outer.domain;
                      },
                    }),
                  },
                }),
              ),
              default: {},
            }),
          },
        };
      };
      const A = { config: ({ config }: any) => ({ domain: "lan", o1: config.unrelated }) };
      const B = { config: ({ config }: any) => ({ o2: config.instances.a.url }) };
      run([M, A, B, { instances: { a: {} } }], (c) => c.o2);
    },
  },
  {
    name: "xt13d",
    nix: "lan",
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            domain: mkOption({ type: types.str, default: "none" }),
            unrelated: mkOption({ type: types.int, default: 0 }),
            o1: mkOption({ type: types.int, default: 0 }),
            o2: mkOption({ type: types.str, default: "" }),
            instances: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: { url: mkOption({ type: types.str, default: lazy(() => outer.domain) }) },
                }),
              ),
              default: {},
            }),
          },
        };
      };
      const A = { config: ({ config }: any) => ({ domain: "lan", o1: config.unrelated }) };
      const B = { config: ({ config }: any) => ({ o2: config.instances.a.url }) };
      run([M, A, B, { instances: { a: {} } }], (c) => c.o2);
    },
  },
  {
    name: "xt14",
    nix: "lan",
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            domain: mkOption({ type: types.str, default: "none" }),
            unrelated: mkOption({ type: types.int, default: 0 }),
            o1: mkOption({ type: types.int, default: 0 }),
            o2: mkOption({ type: types.str, default: "" }),
            instances: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: { url: mkOption({ type: types.str }) },
                  config: {
                    get url() {
                      return outer.domain;
                    },
                  },
                }),
              ),
              default: {},
            }),
          },
        };
      };
      const A = { config: ({ config }: any) => ({ domain: "lan", o1: config.unrelated }) };
      const B = { config: ({ config }: any) => ({ o2: config.instances.a.url }) };
      run([M, B, A, { instances: { a: {} } }], (c) => c.o2);
    },
  },
  {
    name: "xt14b",
    nix: "lan",
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            domain: mkOption({ type: types.str, default: "none" }),
            unrelated: mkOption({ type: types.int, default: 0 }),
            o1: mkOption({ type: types.int, default: 0 }),
            o2: mkOption({ type: types.str, default: "" }),
            instances: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: { url: mkOption({ type: types.str }) },
                  config: () => ({ url: outer.domain }),
                }),
              ),
              default: {},
            }),
          },
        };
      };
      const A = { config: ({ config }: any) => ({ domain: "lan", o1: config.unrelated }) };
      const B = { config: ({ config }: any) => ({ o2: config.instances.a.url }) };
      run([M, B, A, { instances: { a: {} } }], (c) => c.o2);
    },
  },
  {
    name: "xt14c",
    nix: "lan",
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            domain: mkOption({ type: types.str, default: "none" }),
            unrelated: mkOption({ type: types.int, default: 0 }),
            o1: mkOption({ type: types.int, default: 0 }),
            o2: mkOption({ type: types.str, default: "" }),
            instances: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: {
                    url: mkOption({
                      type: types.str,
                      get default() {
                        return outer.domain;
                      },
                    }),
                  },
                }),
              ),
              default: {},
            }),
          },
        };
      };
      const A = { config: ({ config }: any) => ({ domain: "lan", o1: config.unrelated }) };
      const B = { config: ({ config }: any) => ({ o2: config.instances.a.url }) };
      run([M, B, A, { instances: { a: {} } }], (c) => c.o2);
    },
  },
  {
    name: "xt14d",
    nix: "lan",
    run: ({ run }) => {
      const M = ({ config }: any) => {
        const outer = config;
        return {
          options: {
            domain: mkOption({ type: types.str, default: "none" }),
            unrelated: mkOption({ type: types.int, default: 0 }),
            o1: mkOption({ type: types.int, default: 0 }),
            o2: mkOption({ type: types.str, default: "" }),
            instances: mkOption({
              type: types.attrsOf(
                types.submodule({
                  options: { url: mkOption({ type: types.str, default: lazy(() => outer.domain) }) },
                }),
              ),
              default: {},
            }),
          },
        };
      };
      const A = { config: ({ config }: any) => ({ domain: "lan", o1: config.unrelated }) };
      const B = { config: ({ config }: any) => ({ o2: config.instances.a.url }) };
      run([M, B, A, { instances: { a: {} } }], (c) => c.o2);
    },
  },
  {
    name: "xt15",
    nix: ["lan", "lan"],
    run: ({ run }) => {
      const D = {
        options: {
          domain: mkOption({ type: types.str, default: "none" }),
          unrelated: mkOption({ type: types.int, default: 0 }),
          o1: mkOption({ type: types.int, default: 0 }),
          o2: mkOption({ type: types.str, default: "" }),
          o3: mkOption({ type: types.str, default: "" }),
        },
      };
      const I = ({ config }: any) => ({
        imports: [
          {
            get o2() {
              return config.domain;
            },
          },
        ],
      });
      const C = { config: ({ config }: any) => ({ o3: config.o2 }) };
      const A = { config: ({ config }: any) => ({ domain: "lan", o1: config.unrelated }) };
      run([D, I, C, A], (c) => [c.o2, c.o3]);
    },
  },
  {
    name: "xt15b",
    nix: ["lan", "lan"],
    run: ({ run }) => {
      const D = {
        options: {
          domain: mkOption({ type: types.str, default: "none" }),
          unrelated: mkOption({ type: types.int, default: 0 }),
          o1: mkOption({ type: types.int, default: 0 }),
          o2: mkOption({ type: types.str, default: "" }),
          o3: mkOption({ type: types.str, default: "" }),
        },
      };
      const I = ({ config }: any) => ({ imports: [{ o2: lazy(() => config.domain) }] });
      const C = { config: ({ config }: any) => ({ o3: config.o2 }) };
      const A = { config: ({ config }: any) => ({ domain: "lan", o1: config.unrelated }) };
      run([D, I, C, A], (c) => [c.o2, c.o3]);
    },
  },
  {
    name: "xt15c",
    nix: ["lan", "lan"],
    run: ({ run }) => {
      const D = {
        options: {
          domain: mkOption({ type: types.str, default: "none" }),
          unrelated: mkOption({ type: types.int, default: 0 }),
          o1: mkOption({ type: types.int, default: 0 }),
          o2: mkOption({ type: types.str, default: "" }),
          o3: mkOption({ type: types.str, default: "" }),
        },
      };
      const I = ({ config }: any) => ({
        imports: [
          {
            config: {
              get o2() {
                return config.domain;
              },
            },
          },
        ],
      });
      const C = { config: ({ config }: any) => ({ o3: config.o2 }) };
      const A = { config: ({ config }: any) => ({ domain: "lan", o1: config.unrelated }) };
      run([D, I, C, A], (c) => [c.o2, c.o3]);
    },
  },
  {
    name: "xt15d",
    nix: ["lan", "lan"],
    run: ({ run }) => {
      const D = {
        options: {
          domain: mkOption({ type: types.str, default: "none" }),
          unrelated: mkOption({ type: types.int, default: 0 }),
          o1: mkOption({ type: types.int, default: 0 }),
          o2: mkOption({ type: types.str, default: "" }),
          o3: mkOption({ type: types.str, default: "" }),
        },
      };
      const I = ({ config }: any) => ({
        get o2() {
          return config.domain;
        },
      });
      const C = { config: ({ config }: any) => ({ o3: config.o2 }) };
      const A = { config: ({ config }: any) => ({ domain: "lan", o1: config.unrelated }) };
      run([D, I, C, A], (c) => [c.o2, c.o3]);
    },
  },
];

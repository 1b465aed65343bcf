/**
 * Evaluations that read each other, as a lab's hosts do through `nodes`: each host's modules read
 * the others' options while computing their own configuration, eagerly. Whichever host is read
 * first, every host must end with the values NixOS' lazy evaluation gives, or with an error: never
 * with a value computed from another host's configuration before its definitions were all in.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  type Evaluation,
  evalModules,
  mkOption,
  type Module,
  ModuleError,
  types,
} from "../../src/modules/index.ts";

type Hosts = Record<string, Evaluation>;
/** A host's modules, given the other hosts' configurations (plain modules, loosely typed). */
type HostModules = (nodes: Record<string, any>) => object[];

/**
 * Evaluations of `hosts` (each a function of the other hosts' configurations, as `nodes`), each
 * made when first read, as a lab makes its hosts.
 */
function lab(hosts: Record<string, HostModules>): Hosts {
  const made: Hosts = {};
  const nodes: Record<string, any> = {};
  for (const name of Object.keys(hosts))
    Object.defineProperty(nodes, name, { get: () => evaluation(name).config, enumerable: true });
  const evaluation = (name: string) => {
    made[name] ??= evalModules({ modules: hosts[name]!(nodes) as Module[], label: name });
    return made[name]!;
  };
  return new Proxy(made, { get: (_t, name: string) => evaluation(name) });
}

const str = (d = "unset") => mkOption({ type: types.str, default: d });
const peer = types.submodule({ options: { addr: str() } });

interface Case {
  name: string;
  hosts: Record<string, HostModules>;
  /** Per host (every order of reading them tried): option path → value; or an error matching. */
  expect: Record<string, Record<string, string>> | RegExp;
}

const cases: Case[] = [
  {
    name: "two hosts each read the other's option, which the reading module itself defines",
    hosts: {
      a: (nodes) => [
        { options: { purpose: str(), peer: str() } },
        { config: () => ({ peer: nodes.b.purpose, purpose: "nas" }) },
      ],
      b: (nodes) => [
        { options: { purpose: str(), peer: str() } },
        { config: () => ({ peer: nodes.a.purpose, purpose: "vps" }) },
      ],
    },
    expect: { a: { purpose: "nas", peer: "vps" }, b: { purpose: "vps", peer: "nas" } },
  },
  {
    name: "a value relayed through a third host",
    hosts: {
      a: (nodes) => [
        { options: { name: str(), seen: str() } },
        { config: () => ({ seen: nodes.b.relay, name: "from a" }) },
      ],
      b: (nodes) => [{ options: { relay: str() } }, { config: () => ({ relay: nodes.c.relay }) }],
      c: (nodes) => [{ options: { relay: str() } }, { config: () => ({ relay: nodes.a.name }) }],
    },
    expect: { a: { name: "from a", seen: "from a" }, b: { relay: "from a" }, c: { relay: "from a" } },
  },
  {
    name: "a host starting over for a reason of its own after another read it",
    hosts: {
      a: (nodes) => [
        { options: { x: str(), y: str(), fromB: str() } },
        // Reads its own y before the module after it defines it: a starts over.
        { config: ({ config }: any) => ({ x: `x of ${config.y}`, fromB: nodes.b.copy }) },
        { config: () => ({ y: "y" }) },
      ],
      b: (nodes) => [{ options: { copy: str() } }, { config: () => ({ copy: nodes.a.x }) }],
    },
    expect: { a: { x: "x of y", y: "y", fromB: "x of y" }, b: { copy: "x of y" } },
  },
  {
    name: "a host read mid-round that starts over for a reason of its own",
    hosts: {
      a: (nodes) => [
        { options: { x: str(), seen: str() } },
        { config: () => ({ seen: nodes.b.w, x: "ax" }) },
      ],
      b: (nodes) => [
        { options: { w: str(), v: str(), copy: str() } },
        // Reads its own w before defining it (given in advance), and a's x.
        { config: ({ config }: any) => ({ w: "bw", v: `v+${config.w}`, copy: nodes.a.x }) },
      ],
    },
    expect: { a: { x: "ax", seen: "bw" }, b: { w: "bw", v: "v+bw", copy: "ax" } },
  },
  {
    name: "a true cycle between hosts is an error, not a value",
    hosts: {
      a: (nodes) => [{ options: { x: str("a") } }, { config: () => ({ x: `from ${nodes.b.x}` }) }],
      b: (nodes) => [{ options: { x: str("b") } }, { config: () => ({ x: `from ${nodes.a.x}` }) }],
    },
    expect:
      /Infinite recursion between hosts: `a' and `b' \(this configuration, the configurations it reads \(other hosts, through `nodes'\) and those reading them\) were computed 8 times over/,
  },
];

for (const c of cases) {
  for (const first of Object.keys(c.hosts)) {
    test(`${c.name} (${first} read first)`, () => {
      const hosts = lab(c.hosts);
      const order = [first, ...Object.keys(c.hosts).filter((h) => h !== first)];
      if (c.expect instanceof RegExp) {
        for (const h of order) assert.throws(() => JSON.stringify(hosts[h]!.config), c.expect);
        return;
      }
      const got: Record<string, Record<string, string>> = {};
      for (const h of order) {
        const config = hosts[h]!.config;
        got[h] = Object.fromEntries(
          Object.keys(c.expect[h]!).map((k) => [k, k.split(".").reduce((o, p) => o[p], config)]),
        );
      }
      assert.deepEqual(got, c.expect);
    });
  }
}

test("a WireGuard mesh of 12 hosts, each reading every other's key and defining its own: right, in a few rounds", () => {
  let calls = 0;
  const names = Array.from({ length: 12 }, (_, i) => `h${i}`);
  const hosts: Record<string, HostModules> = {};
  for (const me of names)
    hosts[me] = (nodes) => [
      { options: { key: str(), peers: mkOption({ type: types.listOf(types.str), default: [] }) } },
      {
        config: () => {
          calls++;
          return { peers: names.filter((p) => p !== me).map((p) => nodes[p].key), key: `key-${me}` };
        },
      },
    ];
  const made = lab(hosts);
  for (const me of names)
    assert.deepEqual(
      made[me]!.config.peers,
      names.filter((p) => p !== me).map((p) => `key-${p}`),
    );
  // Each host's module runs a few times (it gives its key in advance once; the mesh goes again
  // once), not once per other host.
  assert.ok(calls <= 4 * names.length, `${calls} configuration-function calls`);
});

test("a submodule element made before another host's round, whose lazy value reads that host", () => {
  const made = lab({
    a: (nodes) => [
      { options: { addr: str(), seen: str() } },
      { config: () => ({ seen: nodes.b.peers.p.addr, addr: "10.0.0.1" }) },
    ],
    b: (nodes) => [
      { options: { peers: mkOption({ type: types.attrsOf(peer), default: {} }) } },
      {
        config: {
          peers: {
            p: {
              get addr() {
                return nodes.a.addr;
              },
            },
          },
        },
      },
    ],
  });
  // b's elements exist (their values not computed) when a's module reads one of them.
  assert.deepEqual(Object.keys(made.b!.config.peers), ["p"]);
  assert.deepEqual([made.a!.config.addr, made.a!.config.seen], ["10.0.0.1", "10.0.0.1"]);
  assert.equal(made.b!.config.peers.p.addr, "10.0.0.1");
});

test("a host whose module's refusal is caught by another of its modules still fails", () => {
  const made = lab({
    a: (nodes) => [{ options: { p: str("ap"), q: str("aq") } }, { config: () => ({ p: `ap+${nodes.b.y}` }) }],
    b: (nodes) => [
      { options: { x: str("bx"), y: str("by"), z: str("bz") } },
      // Reads its own y, which it defines with a getter (not data: it cannot be given in advance).
      {
        config: ({ config }: any) => ({
          x: `bx+${config.y}`,
          get y() {
            return "B";
          },
        }),
      },
      {
        config: () => {
          let v: string;
          try {
            v = nodes.a.q;
          } catch {
            v = "caught";
          }
          return { z: `bz+${v}` };
        },
      },
    ],
  });
  for (const k of ["x", "y", "z"])
    assert.throws(() => made.b!.config[k], /defines `y', but that option was read/, k);
});

test("another host going again while one merges its freeform values: an error of the configuration, not of hearth", () => {
  const made = lab({
    a: (nodes) => [
      { freeformType: types.attrsOf(types.str), options: { x: str("ax") } },
      { config: () => ({ name: `a+${nodes.b.y}` }) },
    ],
    b: (nodes) => [
      { freeformType: types.attrsOf(types.str), options: { y: str("by") } },
      {
        config: {
          get name() {
            return `b+${nodes.a.x}`;
          },
        },
      },
    ],
  });
  assert.throws(
    () => made.b!.config.y,
    (e: Error) => e instanceof ModuleError,
  );
});

test("hosts checked one after another, each reading those before and one option of its own: linear work", () => {
  let calls = 0;
  const names = Array.from({ length: 20 }, (_, i) => `h${i}`);
  const hosts: Record<string, HostModules> = {};
  names.forEach((me, i) => {
    hosts[me] = (nodes) => [
      {
        options: {
          key: str(),
          x: str(),
          y: str(),
          peers: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      },
      {
        // Reads its own y before defining it: given in advance, once.
        config: ({ config }: any) => {
          calls++;
          return {
            peers: names.slice(0, i).map((p) => nodes[p].key),
            x: `x+${config.y}`,
            y: "y",
            key: `key-${me}`,
          };
        },
      },
    ];
  });
  const made = lab(hosts);
  names.forEach((me, i) => {
    assert.deepEqual(
      made[me]!.config.peers,
      names.slice(0, i).map((p) => `key-${p}`),
    );
    assert.equal(made[me]!.config.x, "x+y");
  });
  assert.ok(calls <= 3 * names.length, `${calls} configuration-function calls`);
});

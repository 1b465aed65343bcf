/**
 * Hosts reading each other through `nodes.<name>.config`: the values are the host's own, and an
 * error of one host's configuration is that host's, whoever meets it and however: lab.check
 * reports it with that host, and the readers name it (failingReads).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { defineLab, Lab } from "../../src/lab/index.ts";
import { defineModule, type Module, mkOption, ModuleError, types } from "../../src/modules/index.ts";

type Nodes = Record<string, { config: any }>;

const shared = defineModule({
  options: {
    port: mkOption({ type: types.port, default: 80 }),
    tags: mkOption({ type: types.listOf(types.str), default: [] }),
    seen: mkOption({ type: types.attrsOf(types.port), default: {} }),
    relayed: mkOption({ type: types.listOf(types.str), default: [] }),
    since: mkOption({ type: types.raw, default: null }),
    portOf: mkOption({ type: types.raw, default: null }),
  },
});

/** A module of a host, from the lab's `nodes` (as lab/lib/nodes.ts gives them). */
const reading = (f: (nodes: Nodes) => Record<string, unknown>) =>
  defineModule((({ nodes }: { nodes: Nodes }) => f(nodes)) as unknown as Module);

/** A host that lists every host's port (as a monitoring host reads every host's checks). */
const monitor = reading((nodes) => ({
  get seen() {
    return Object.fromEntries(Object.keys(nodes).map((n) => [n, nodes[n]!.config.port]));
  },
}));

/** A host that reads another host's tags. */
const relayOf = (host: string) =>
  reading((nodes) => ({
    get relayed() {
      return [...nodes[host]!.config.tags];
    },
  }));

const lab = (hosts: Record<string, Module[]>) =>
  new Lab("/nonexistent", defineLab({ modules: [shared], hosts }));

function thrownBy(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  assert.fail("nothing was thrown");
}

describe("nodes: other hosts' configurations", () => {
  test("read through nodes, the values are the host's own objects", () => {
    const date = new Date(0);
    const l = lab({
      app: [defineModule({ port: 8080, tags: ["web", "db"], since: date } as never)],
      monitor: [monitor],
      relay: [relayOf("app")],
    });
    assert.deepEqual(l.host("monitor").config.seen, { app: 8080, monitor: 80, relay: 80 });
    assert.deepEqual(l.host("relay").config.relayed, ["web", "db"]);
    const app = l.nodes.app!.config;
    assert.equal(app.tags, l.host("app").config.tags);
    assert.equal(app.since, date);
    assert.equal(app.since.getTime(), 0);
    for (const name of ["app", "monitor", "relay"]) assert.equal(l.check(name).ok, true, name);
  });

  test("a broken host is reported with its errors; the hosts reading it name it instead", () => {
    const l = lab({
      app: [defineModule({ port: "80x" } as never)],
      monitor: [monitor],
      relay: [relayOf("app")],
    });
    const app = l.check("app");
    assert.equal(app.ok, false);
    assert.match(app.errors.join("\n"), /A definition for option `port' is not of type/);
    assert.deepEqual(app.failingReads, []);
    const mon = l.check("monitor");
    assert.equal(mon.ok, false);
    assert.deepEqual(mon.errors, []);
    assert.deepEqual(
      mon.failingReads.map((r) => r.host),
      ["app"],
    );
    assert.equal(mon.failingReads[0]!.message, app.errors[0]);
    // Met by a command on the reader alone, the error says whose it is.
    const thrown = thrownBy(() => l.host("monitor").config.seen);
    assert.ok(thrown instanceof ModuleError);
    assert.match(
      l.messageOf("monitor", thrown),
      /^While reading the configuration of app \(through nodes\.app\):\nA definition for option `port'/,
    );
    assert.doesNotMatch(l.messageOf("app", thrown), /While reading/);
  });

  test("an error met through a host that read it from another is the innermost host's", () => {
    const l = lab({
      app: [defineModule({ tags: [1] } as never)],
      relay: [relayOf("app")],
      // Reads relay's `relayed`, which is app's tags.
      last: [
        reading((nodes) => ({
          get tags() {
            return [...nodes.relay!.config.relayed];
          },
        })),
      ],
      // Reads relay's own tags (none): healthy.
      edge: [relayOf("relay")],
    });
    assert.deepEqual(
      l.check("relay").failingReads.map((r) => r.host),
      ["app"],
    );
    assert.deepEqual(
      l.check("last").failingReads.map((r) => r.host),
      ["app"],
    );
    assert.equal(l.check("edge").ok, true);
  });

  test("an error that reaches a reader through a function of the other host stays that host's", () => {
    const l = lab({
      // Gives a function reading its own broken option.
      z: [defineModule({ port: "bad" } as never), reading(() => ({ portOf: () => l.host("z").config.port }))],
      // Calls it, then a third host reads r.
      r: [
        reading((nodes) => ({
          get port() {
            return nodes.z!.config.portOf();
          },
        })),
      ],
      a: [
        reading((nodes) => ({
          get seen() {
            return { r: nodes.r!.config.port };
          },
        })),
      ],
    });
    // Met first by `a` (through r, through z's function), then by z's own check.
    assert.deepEqual(
      l.check("a").failingReads.map((r) => r.host),
      ["z"],
    );
    assert.deepEqual(
      l.check("r").failingReads.map((r) => r.host),
      ["z"],
    );
    const z = l.check("z");
    assert.match(z.errors.join("\n"), /A definition for option `port' is not of type/);
    assert.deepEqual(z.failingReads, []);
  });

  test("values no option declares (a freeform type's) are checked with their host", () => {
    const l = lab({
      free: [defineModule({ freeformType: types.lazyAttrsOf(types.int), extra: "not a number" } as never)],
    });
    const free = l.check("free");
    assert.equal(free.ok, false);
    assert.match(free.errors.join("\n"), /`extra' is not of type `signed integer'/);
  });
});

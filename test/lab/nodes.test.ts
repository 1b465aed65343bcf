/**
 * Hosts reading each other through `nodes.<name>.config`: the values are the host's own, and an
 * error met there is the other host's, reported once with it (lab.check), named by the readers.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { defineLab, Lab } from "../../src/lab/index.ts";
import { defineModule, type Module, mkOption, ModuleError, types } from "../../src/modules/index.ts";

const shared = defineModule({
  options: {
    port: mkOption({ type: types.port, default: 80 }),
    tags: mkOption({ type: types.listOf(types.str), default: [] }),
    seen: mkOption({ type: types.attrsOf(types.port), default: {} }),
    relayed: mkOption({ type: types.listOf(types.str), default: [] }),
  },
});

/** A host that lists every host's port (a monitoring host reading every host's checks). */
const monitor = defineModule((({ nodes }: { nodes: Record<string, { config: any }> }) => ({
  get seen() {
    return Object.fromEntries(Object.keys(nodes).map((n) => [n, nodes[n]!.config.port]));
  },
})) as unknown as Module);

/** A host that reads one other host's tags. */
const relayOf = (host: string) =>
  defineModule((({ nodes }: { nodes: Record<string, { config: any }> }) => ({
    get relayed() {
      return [...nodes[host]!.config.tags];
    },
  })) as unknown as Module);

function lab(hosts: Record<string, Module[]>): Lab {
  return new Lab("/nonexistent", defineLab({ modules: [shared], hosts }));
}

describe("nodes: other hosts' configurations", () => {
  test("read through nodes, values are the host's own (lists, attribute sets, keys, JSON)", () => {
    const l = lab({
      app: [defineModule({ port: 8080, tags: ["web", "db"] } as never)],
      monitor: [monitor],
      relay: [relayOf("app")],
    });
    assert.deepEqual(l.host("monitor").config.seen, { app: 8080, monitor: 80, relay: 80 });
    assert.deepEqual(l.host("relay").config.relayed, ["web", "db"]);
    const app = l.nodes.app!.config;
    assert.ok(Array.isArray(app.tags));
    assert.equal(JSON.stringify(app.tags), '["web","db"]');
    assert.deepEqual(Object.keys(app.seen), []);
    assert.deepEqual({ ...app.tags }, { 0: "web", 1: "db" });
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
    assert.deepEqual(mon.failingReads, ["app"]);
    // Read for a command on the reader alone, the error says whose it is.
    let thrown: unknown;
    try {
      void l.host("monitor").config.seen;
    } catch (e) {
      thrown = e;
    }
    assert.ok(thrown instanceof ModuleError);
    assert.match(
      l.messageOf("monitor", thrown),
      /^While reading the configuration of app \(through nodes\.app\):\nA definition for option `port'/,
    );
    assert.doesNotMatch(l.messageOf("app", thrown), /While reading/);
  });

  test("an error read through a host that read it from another is the innermost host's", () => {
    const l = lab({
      app: [defineModule({ tags: [1] } as never)],
      relay: [relayOf("app")],
      // Reads relay's `relayed`, which reads app's tags.
      edge: [relayOf("relay"), defineModule({ tags: ["edge"] } as never)],
      last: [
        defineModule((({ nodes }: { nodes: Record<string, { config: any }> }) => ({
          get tags() {
            return [...nodes.relay!.config.relayed];
          },
        })) as unknown as Module),
      ],
    });
    assert.deepEqual(l.check("relay").failingReads, ["app"]);
    assert.deepEqual(l.check("last").failingReads, ["app"]);
    assert.deepEqual(l.check("edge").failingReads, []);
  });
});

/** Where a value comes from: what `hearth check` and the realiser name in their messages. */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  defineModule,
  evalModules,
  type Module,
  mkDefault,
  mkOption,
  types,
  whereDefined,
} from "../../src/modules/index.ts";

const entry = types.submodule({
  options: {
    mode: mkOption({ type: types.str, default: "0400" }),
    key: mkOption({ type: types.str }),
  },
});
const declare = defineModule(
  {
    options: {
      secrets: mkOption({ type: types.attrsOf(entry), default: {} }),
      domain: mkOption({ type: types.str, default: "lab.example" }),
      port: mkOption({ type: types.port, default: 80 }),
    },
  },
  { file: "/lab/options.ts", line: 3, column: 1 },
);
const host = defineModule(
  // A module of options no declaration types here (the lab's `Modules` interface is not extended).
  { config: { secrets: { db: { key: "password" } }, port: mkDefault(8080) } } as Module,
  { file: "/lab/host.ts", line: 10, column: 1 },
);
const evaluation = evalModules({ modules: [declare, host] });

test("an option's definitions, the declared default not among them", () => {
  assert.deepEqual(whereDefined(evaluation, ["port"]), ["/lab/host.ts:10"]);
  assert.deepEqual(whereDefined(evaluation, ["domain"]), []);
});

test("a value left at its default inside an entry: where the entry is defined", () => {
  assert.deepEqual(whereDefined(evaluation, ["secrets", "db", "key"]), ["/lab/host.ts:10"]);
  assert.deepEqual(whereDefined(evaluation, ["secrets", "db", "mode"]), ["/lab/host.ts:10"]);
});

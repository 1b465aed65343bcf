/**
 * Table-driven module system tests: each case is modules in, and a value or an error out.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { evalModules, type Module } from "../../src/modules/index.ts";

export interface Case {
  name: string;
  modules: readonly unknown[];
  /** What to read from the evaluated config (default: the whole config). */
  read?: (config: any) => unknown;
  /** The expected value (compared as plain JSON data). */
  expect?: unknown;
  /** Every fragment must appear in the error message (strings, or patterns). */
  error?: readonly (string | RegExp)[];
  specialArgs?: Record<string, unknown>;
}

/** Plain data, for comparing lazily built configs. */
export const plain = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

export function runCases(group: string, cases: readonly Case[]): void {
  for (const c of cases) {
    test(`${group}: ${c.name}`, () => {
      const run = () => {
        const { config } = evalModules({ modules: c.modules as Module[], specialArgs: c.specialArgs });
        return plain((c.read ?? ((x) => x))(config));
      };
      if (c.error) {
        let message: string | undefined;
        try {
          const value = run();
          assert.fail(`expected an error, got ${JSON.stringify(value)}`);
        } catch (e) {
          if ((e as { code?: string }).code === "ERR_ASSERTION") throw e;
          message = (e as Error).message;
        }
        for (const fragment of c.error) {
          if (typeof fragment === "string")
            assert.ok(message!.includes(fragment), `missing "${fragment}" in:\n${message}`);
          else assert.match(message!, fragment);
        }
      } else {
        assert.deepEqual(run(), c.expect);
      }
    });
  }
}

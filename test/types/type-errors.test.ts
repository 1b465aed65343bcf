/** The lab's configuration is typed: mistakes in a host file fail `tsc` where they are written. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsc = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");

test("a host file with mistakes fails tsc, each at its own line", () => {
  const r = spawnSync(
    process.execPath,
    [tsc, "-p", "test/fixtures/type-errors/tsconfig.json", "--noEmit", "--pretty", "false"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  assert.notEqual(r.status, 0, "tsc must fail");
  const errors = r.stdout
    .split("\n")
    .filter((l) => l.includes("bad-host.ts("))
    .map((l) => /bad-host\.ts\((\d+),\d+\): error (TS\d+): (.*)/.exec(l)!)
    .map((m) => ({ line: Number(m[1]), code: m[2], message: m[3] }));
  const at = (line: number) => errors.filter((e) => e.line === line);
  // port: "8096x" where a port (number) is expected.
  assert.match(at(5)[0]?.message ?? "", /Type 'string' is not assignable to type/);
  // A misspelt option name.
  assert.match(at(9)[0]?.message ?? "", /'prot' does not exist/);
  // Under mkIf and mkForce, the wrong value is still caught.
  assert.ok(at(13).length > 0, `no error under mkIf/mkForce: ${r.stdout}`);
  // Reading a misspelt option in a config function.
  assert.match(at(17)[0]?.message ?? "", /Property 'subdomian' does not exist/);
  // enable: "yes" where a boolean is expected.
  assert.match(at(21)[0]?.message ?? "", /Type 'string' is not assignable to type/);
  // A standard option of an mkService app, given a value it does not take.
  assert.match(at(25)[0]?.message ?? "", /Type '"everyone"' is not assignable to type/);
  // And nothing else in the lab is wrong.
  assert.deepEqual(
    r.stdout.split("\n").filter((l) => l.includes("error TS") && !l.includes("bad-host.ts")),
    [],
  );
});

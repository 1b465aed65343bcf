// V8 settings for hearth's short-lived processes (bin/hearth, bench/workload), set before the
// bundle is loaded. V8's defaults suit long-running programs: TurboFan inlines large callees, so
// each of the module system's hot functions takes tens of milliseconds to compile on the one
// background compiler thread a 2-core machine leaves, and a run is half over before the code it
// needs is optimised. Smaller inlining budgets halve compile time: ~6 % less wall time for
// bench/workload at 100 × 100 in alternated runs (docs/benchmarks.md).
import { setFlagsFromString } from "node:v8";

for (const flag of ["--max-inlined-bytecode-size=60", "--max-inlined-bytecode-size-cumulative=150"]) {
  setFlagsFromString(flag);
}

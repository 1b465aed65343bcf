#!/usr/bin/env node
// The work bench/workload does, counted in machine instructions instead of seconds: wall time on
// the shared 2-core machines drifts by ±20 % within minutes, so a change worth 3 % needs dozens of
// alternated runs to show; the number of instructions executed shows it in one run each.
// Each run is one bench/workload process under valgrind's cachegrind, with V8 single-threaded
// (`--single-threaded`: TurboFan compiles and GC run on the main thread, at fixed points), so the
// count repeats to ~0.2 % from run to run. It counts work, not time: what runs in parallel in a
// real run (compiling, part of GC) is added up here, and cache misses are not counted.
// For the largest size it also says where the instructions go (V8's compiler, GC, code V8
// generated, built-ins, JSON), from cachegrind's per-function counts.
//
//   node bench/instructions.mjs [--hosts 20,50,100] [--services 100] [--against REV]
//
// `--against REV` counts the same workloads with another commit's build (made in a temporary git
// worktree) and prints this tree's count as a ratio of that one. Needs valgrind (apt-get install
// valgrind) and the workload generator of ../shared/bench.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: {
    hosts: { type: "string", default: "20,50,100" },
    services: { type: "string", default: "100" },
    against: { type: "string" },
    generator: { type: "string" },
  },
});
const generator = values.generator ?? join(root, "..", "shared", "bench", "workload.mjs");
const hostCounts = values.hosts.split(",").map(Number);
const services = Number(values.services);
if (spawnSync("valgrind", ["--version"]).status !== 0) {
  console.error("valgrind is not installed (apt-get install valgrind)");
  process.exit(2);
}
if (!existsSync(generator)) {
  console.error(`workload generator not found at ${generator} (use --generator PATH)`);
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), "hearth-instructions-"));
// The process opens no connection: no extra CA certificates to parse (as bench/workload's shebang).
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

/** A checkout's bench/workload, its bundle built first (so that building is not counted). */
function prepare(dir) {
  execFileSync(
    process.execPath,
    [join(dir, "bench", "workload"), workloadFile(1), join(scratch, "warm.json")],
    {
      env,
    },
  );
  return join(dir, "bench", "workload");
}

function workloadFile(hosts) {
  const file = join(scratch, `w${hosts}x${services}.json`);
  if (!existsSync(file))
    execFileSync(process.execPath, [generator, "json", String(hosts), String(services), file]);
  return file;
}

/** Instructions of one run (and cachegrind's per-function file when `out` is given). */
async function count(workload, hosts, out) {
  const args = [
    "--tool=cachegrind",
    "--cache-sim=no",
    `--cachegrind-out-file=${out ?? "/dev/null"}`,
    process.execPath,
    "--single-threaded",
    "--max-old-space-size=96",
    workload,
    workloadFile(hosts),
    join(scratch, "result.json"),
  ];
  const child = spawn("valgrind", args, { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const status = await new Promise((done) => child.on("close", done));
  const m = /I\s+refs:\s+([\d,]+)/.exec(stderr);
  if (status !== 0 || !m) throw new Error(`valgrind run failed:\n${stderr.slice(-2000)}`);
  return Number(m[1].replaceAll(",", ""));
}

/** Where the instructions of a run went, by what ran them (names from cachegrind's file). */
function breakdown(file) {
  const text = execFileSync("cg_annotate", ["--threshold=0", file], {
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  const kinds = new Map();
  let total = 0;
  for (const line of text.split("\n")) {
    const m = /^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.+)$/.exec(line);
    if (!m || m[2].includes("PROGRAM TOTALS")) continue;
    const n = Number(m[1].replaceAll(",", ""));
    total += n;
    kinds.set(kindOf(m[2]), (kinds.get(kindOf(m[2])) ?? 0) + n);
  }
  return [...kinds].sort((a, b) => b[1] - a[1]).map(([kind, n]) => [kind, n / total]);
}

function kindOf(name) {
  // Code V8 generated at run time has no symbol: optimised and baseline code of the bundle.
  if (name === "???:???") return "code V8 generated (JavaScript run)";
  if (name.includes("compiler::")) return "TurboFan compiling";
  if (
    /Scaveng|Marking|MarkCompact|Sweeper|Evacuat|heap::|Heap::|Pretenuring|RecordWrite|BodyDescriptor/.test(
      name,
    )
  )
    return "garbage collection";
  if (/Json/.test(name)) return "JSON (parse, stringify)";
  if (/Builtins_\w*IC\b|Builtins_\w*IC_/.test(name)) return "property access built-ins (inline-cache misses)";
  if (/Parser|Scanner|BytecodeGenerator|AstValueFactory|Deserializer/.test(name))
    return "parsing, bytecode, start-up snapshot";
  if (name.includes("Builtins_")) return "other built-ins (Map, ===, descriptors, calls)";
  if (name.includes("v8::internal")) return "other V8 runtime";
  return "other (libc, Node)";
}

const G = (n) => `${(n / 1e9).toFixed(3)} G`;
const M = (n) => `${(n / 1e6).toFixed(1)} M`;

try {
  const builds = [{ name: "this tree", workload: prepare(root) }];
  let worktree;
  if (values.against) {
    worktree = join(scratch, "against");
    execFileSync("git", ["-C", root, "worktree", "add", "--detach", worktree, values.against], {
      stdio: "ignore",
    });
    symlinkSync(join(root, "node_modules"), join(worktree, "node_modules"));
    builds.push({ name: values.against, workload: prepare(worktree) });
  }
  console.log(
    `Instructions executed by bench/workload (valgrind cachegrind, V8 --single-threaded), ${services} services, node ${process.version}`,
  );
  const rows = [];
  for (const hosts of hostCounts) {
    const largest = hosts === Math.max(...hostCounts);
    // Both builds at once: the machines have two cores, and the counts do not depend on load.
    const counts = await Promise.all(
      builds.map((b, i) =>
        count(b.workload, hosts, largest && i === 0 ? join(scratch, "cachegrind.out") : undefined),
      ),
    );
    rows.push({ hosts, counts });
    const prev = rows.length > 1 ? rows[rows.length - 2] : undefined;
    const marginal = prev
      ? ` (${M((counts[0] - prev.counts[0]) / (hosts - prev.hosts))} per further host)`
      : "";
    const against =
      counts.length > 1
        ? `; ${values.against}: ${G(counts[1])}, ratio ${(counts[0] / counts[1]).toFixed(4)}`
        : "";
    console.log(`  ${hosts} × ${services}: ${G(counts[0])}${marginal}${against}`);
  }
  console.log(`Where the ${Math.max(...hostCounts)} × ${services} run's instructions go (this tree):`);
  for (const [kind, share] of breakdown(join(scratch, "cachegrind.out")))
    if (share >= 0.005) console.log(`  ${(100 * share).toFixed(1).padStart(5)} %  ${kind}`);
  if (worktree)
    execFileSync("git", ["-C", root, "worktree", "remove", "--force", worktree], { stdio: "ignore" });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** Running TypeScript's checker over a lab, in a child process. */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";

export interface TypecheckResult {
  ok: boolean;
  command: string;
  /** The checker's report (`file(line,col): error TS…: message` lines). */
  output: string;
  diagnostics: { file: string; line: number; column: number; code: string; message: string }[];
}

/** tsconfig.lab.json (just the lab) if the lab has one, else tsconfig.json. */
export function labTsconfig(root: string): string | undefined {
  return ["tsconfig.lab.json", "tsconfig.json"].map((f) => join(root, f)).find(existsSync);
}

export async function typecheck(root: string): Promise<TypecheckResult | undefined> {
  const project = labTsconfig(root);
  if (!project) return undefined;
  const require = createRequire(import.meta.url);
  let tsc: string;
  try {
    tsc = join(dirname(require.resolve("typescript/package.json", { paths: [root] })), "bin", "tsc");
  } catch {
    return undefined;
  }
  // Incremental: tsc keeps what it learnt (per file, by content hash) in the lab's cache, so a
  // check after a small edit re-checks only what the edit can affect (about half the time).
  const cache = join(root, ".hearth", "cache");
  mkdirSync(cache, { recursive: true });
  const buildInfo = join(cache, `${basename(project, ".json")}.tsbuildinfo`);
  const args = [
    tsc,
    "-p",
    project,
    "--noEmit",
    "--pretty",
    "false",
    "--incremental",
    "--tsBuildInfoFile",
    buildInfo,
  ];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    child.stdout.on("data", (d) => (text += d));
    child.stderr.on("data", (d) => (text += d));
    child.on("error", reject);
    child.on("close", () => resolve(text.trim()));
  });
  const diagnostics = [...output.matchAll(/^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/gm)].map((m) => ({
    file: m[1]!,
    line: Number(m[2]),
    column: Number(m[3]),
    code: m[4]!,
    message: m[5]!,
  }));
  return { ok: output === "", command: `tsc -p ${project.slice(root.length + 1)}`, output, diagnostics };
}

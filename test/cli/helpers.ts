/** Running `hearth` commands in-process, and scratch copies of the example lab. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../src/cli/main.ts";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function hearth(args: string[], cwd = repoRoot): Promise<Run> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t), cwd, isTTY: false });
  return { code, out, err };
}

/**
 * A copy of the example lab inside the repository (so that `hearth` resolves for the type
 * checker too), removed by the returned function.
 */
export function copyLab(): {
  dir: string;
  edit: (file: string, from: string, to: string) => void;
  remove: () => void;
} {
  const base = join(repoRoot, ".hearth", "test-labs");
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, "lab-"));
  for (const f of ["hearth.config.ts", "lab", "deployments", "tsconfig.lab.json"])
    cpSync(join(repoRoot, f), join(dir, f), { recursive: true });
  writeFileSync(
    join(dir, "tsconfig.lab.json"),
    JSON.stringify({
      extends: "../../../tsconfig.json",
      include: ["hearth.config.ts", "lab", "deployments"],
      exclude: [],
    }),
  );
  return {
    dir,
    edit(file, from, to) {
      const path = join(dir, file);
      const text = readFileSync(path, "utf8");
      if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
      writeFileSync(path, text.replace(from, to));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The 1-based line of the first occurrence of `text` in a lab copy's file. */
export function lineOf(dir: string, file: string, text: string): number {
  return (
    readFileSync(join(dir, file), "utf8")
      .split("\n")
      .findIndex((l) => l.includes(text)) + 1
  );
}

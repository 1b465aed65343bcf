/** Running `hearth` commands in-process, and scratch copies of the example lab. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

/**
 * Replaces every secrets file of a lab copy by one with the same key paths and test values,
 * encrypted for a new age key and for every host's key (the operator's key is not in the
 * repository); returns that key's identity, for SOPS_AGE_KEY.
 */
export async function testSecrets(dir: string): Promise<string> {
  const { encryptData, generateAgeKey, listKeyPaths, sshPublicKeyToAgeRecipient } = await import(
    "../../src/secrets/index.ts"
  );
  const key = await generateAgeKey();
  const hostsDir = join(dir, "lab/hosts");
  const hosts = readdirSync(hostsDir).map((h) => {
    const hostKey = /hostKey: "([^"]+)"/.exec(readFileSync(join(hostsDir, h, "index.ts"), "utf8"))![1]!;
    return sshPublicKeyToAgeRecipient(hostKey);
  });
  const files = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(d, e.name)) : e.name.endsWith(".sops.yaml") ? [join(d, e.name)] : [],
    );
  for (const file of files(join(dir, "lab"))) {
    const tree: Record<string, unknown> = {};
    for (const path of listKeyPaths(file)) {
      let node = tree;
      for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
      node[path.at(-1)!] = `test-${path.join("-")}`;
    }
    writeFileSync(file, await encryptData(tree as never, { file, recipients: [key.recipient, ...hosts] }));
  }
  return key.identity;
}

/**
 * Helpers for the service tests: the example lab (and variants of it with a few more modules per
 * host), its generations, golden files, and a host's own Debian root (the image with exactly its
 * packages, from src/testbed) where its generated configuration is checked by the programs that
 * will read it.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type Generation, realise, writeGeneration } from "../../src/host/index.ts";
import { Lab, type LabDefinition, loadLab } from "../../src/lab/index.ts";
import type { Module } from "../../src/modules/index.ts";
import { ensureImage } from "../../src/testbed/index.ts";
import { repoRoot } from "../cli/helpers.ts";

export { repoRoot };

let definition: Promise<LabDefinition> | undefined;
const exampleDefinition = () => (definition ??= loadLab(repoRoot));

/** The example lab, with `extra` modules added to the hosts named (`"*"`: to every host). */
export async function exampleLab(extra: Readonly<Record<string, readonly Module[]>> = {}): Promise<Lab> {
  const def = await exampleDefinition();
  const hosts = Object.fromEntries(
    Object.entries(def.hosts).map(([name, h]) => [
      name,
      { ...h, modules: [...h.modules, ...(extra["*"] ?? []), ...(extra[name] ?? [])] },
    ]),
  );
  return new Lab(repoRoot, { ...def, hosts });
}

/** The host's generation (every error of the host fails the test). */
export function generationOf(lab: Lab, host: string): Generation {
  const check = lab.check(host);
  assert.ok(check.ok, `${host}: ${check.errors.join("\n")}`);
  return realise({ host, evaluation: lab.host(host).evaluation, root: repoRoot });
}

/** The text of a file a host's configuration writes (`files."<path>".text`). */
export function fileOf(lab: Lab, host: string, path: string): string {
  const file = (lab.host(host).config.files as Record<string, { text: string | null }>)[path];
  assert.ok(file?.text != null, `${host} writes no ${path}`);
  return file.text;
}

/**
 * Compares `text` with test/golden/<name>; `UPDATE_GOLDEN=1` writes it instead (review the diff
 * before committing it).
 */
export function assertGolden(name: string, text: string): void {
  const path = join(repoRoot, "test", "golden", name);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return;
  }
  assert.ok(existsSync(path), `no golden file ${name}: run the test with UPDATE_GOLDEN=1 and review it`);
  assert.equal(
    text,
    readFileSync(path, "utf8"),
    `${name} differs from its golden file (UPDATE_GOLDEN=1 refreshes it)`,
  );
}

export const notRoot = process.getuid?.() !== 0;
export const rootOnly = notRoot
  ? "needs root: the checks run in the host's Debian root (mount namespace)"
  : false;
/** Skips a test when one of the programs it runs is missing (scripts/apt-packages.txt installs them). */
export function needs(...programs: string[]): string | false {
  if (notRoot) return rootOnly;
  const missing = programs.filter((p) => spawnSync("sh", ["-c", `command -v ${p}`]).status !== 0);
  return missing.length > 0 ? `needs ${missing.join(", ")} (scripts/apt-packages.txt)` : false;
}

export interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: readonly string[], input?: string): ToolRun {
  const r = spawnSync(command, args, { encoding: "utf8", input, timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout ?? "", stderr: `${r.stderr ?? ""}${r.error ?? ""}` };
}

/** A self-signed certificate and key (PEM), for names a configuration refers to. */
export function selfSigned(dir: string, name: string, san = `DNS:${name}`): { cert: string; key: string } {
  const cert = join(dir, `${name}.crt`);
  const key = join(dir, `${name}.key`);
  const r = run("openssl", [
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:prime256v1",
    "-nodes",
    "-days",
    "2",
    "-subj",
    `/CN=${name}`,
    "-addext",
    `subjectAltName=${san}`,
    "-keyout",
    key,
    "-out",
    cert,
  ]);
  assert.equal(r.code, 0, r.stderr);
  return { cert: readFileSync(cert, "utf8"), key: readFileSync(key, "utf8") };
}

/**
 * A host's root: the Debian image with exactly the generation's packages, the generation's files
 * and `extra` files over it (an overlay, in the root mount namespace so that several processes
 * share it), /proc and /dev inside. `exec` runs a command chrooted into it; `remove` unmounts.
 */
export class HostRoot {
  private constructor(
    readonly dir: string,
    readonly merged: string,
  ) {}

  static async create(
    generation: Generation,
    extra: Readonly<Record<string, string>> = {},
  ): Promise<HostRoot> {
    const image = await ensureImage({ packages: generation.manifest.packages });
    const dir = mkdtempSync(join(tmpdir(), `hearth-root-${generation.host}-`));
    writeGeneration(generation, join(dir, "gen"));
    for (const d of ["upper", "work", "merged"]) mkdirSync(join(dir, d));
    for (const [path, text] of Object.entries(extra)) {
      mkdirSync(dirname(join(dir, "extra", path)), { recursive: true });
      writeFileSync(join(dir, "extra", path), text);
    }
    mkdirSync(join(dir, "extra"), { recursive: true });
    const merged = join(dir, "merged");
    const r = run("sh", [
      "-c",
      [
        "set -e",
        'mount -t overlay overlay -o "lowerdir=$1,upperdir=$2/upper,workdir=$2/work" "$2/merged"',
        'if [ -d "$2/gen/files" ]; then cp -a "$2/gen/files/." "$2/merged/"; fi',
        'cp -a "$2/extra/." "$2/merged/"',
        'mount -t proc proc "$2/merged/proc"',
        'mount --bind /dev "$2/merged/dev"',
      ].join("\n"),
      "sh",
      image,
      dir,
    ]);
    if (r.code !== 0) {
      run("sh", ["-c", 'umount -R "$1" 2>/dev/null; rm -rf "$2"', "sh", merged, dir]);
      throw new Error(`mounting the root of ${generation.host} failed: ${r.stderr}`);
    }
    return new HostRoot(dir, merged);
  }

  /** `chroot <root> sh -c <script>` (prefixed with `prefix`, e.g. `ip netns exec NS`). */
  exec(script: string, prefix: readonly string[] = []): ToolRun {
    const [command, ...args] = [...prefix, "chroot", this.merged, "/bin/sh", "-c", script];
    return run(command!, args);
  }

  remove(): void {
    run("umount", ["-R", this.merged]);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

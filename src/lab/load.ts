/**
 * Loading a lab: `hearth.config.ts` and everything it imports are TypeScript, bundled with esbuild
 * into one module (source maps inline, so errors name the original files and lines) and imported.
 * `hearth` imports resolve to the running hearth, so the lab and the CLI share one module system.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type LabDefinition, isLab } from "./define.ts";

export const configFileName = "hearth.config.ts";

/** The folder holding hearth.config.ts: `start` or the nearest folder above it. */
export function findLabRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, configFileName))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The module `hearth` resolves to inside a lab: the library of the hearth that is running. */
function hearthEntry(): string {
  const here = import.meta.url;
  // From the sources (tests, tsx) or from the bundle in dist/ (the `hearth` command).
  return fileURLToPath(here.endsWith(".ts") ? new URL("../index.ts", here) : new URL("./index.mjs", here));
}

export class LabLoadError extends Error {
  readonly userFacing = true;
  override name = "LabLoadError";
}

/** Bundles (or finds the bundle of) `<root>/hearth.config.ts`, imports it, returns its default export. */
export async function loadLab(labRoot: string): Promise<LabDefinition> {
  const root = resolve(labRoot);
  const entry = join(root, configFileName);
  const cacheDir = join(root, ".hearth", "cache");
  const library = hearthEntry();
  const file = cachedBundle(root, cacheDir, library) ?? (await bundle(root, entry, cacheDir, library));
  const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  if (!isLab(mod.default)) {
    throw new LabLoadError(`${entry}: the default export must be defineLab({ … }) (from "hearth").`);
  }
  return mod.default;
}

/**
 * The last bundle, if none of the files it was made from has changed: a digest of their contents
 * (reading and hashing a lab's sources takes milliseconds; esbuild's start takes a tenth of a second).
 */
interface BundleRecord {
  /** The lab it was made for: a copied lab (cache included) must not use its original's files. */
  readonly root: string;
  readonly library: string;
  readonly inputs: readonly string[];
  readonly digest: string;
  readonly file: string;
}
const recordName = "lab-bundle.json";

function inputsDigest(library: string, inputs: readonly string[]): string | undefined {
  const hash = createHash("sha256").update(library);
  try {
    for (const f of inputs) hash.update(f).update("\0").update(readFileSync(f)).update("\0");
  } catch {
    return undefined; // an input is gone: bundle again
  }
  return hash.digest("hex");
}

function cachedBundle(root: string, cacheDir: string, library: string): string | undefined {
  let record: BundleRecord;
  try {
    record = JSON.parse(readFileSync(join(cacheDir, recordName), "utf8")) as BundleRecord;
  } catch {
    return undefined;
  }
  if (record.root !== root || record.library !== library || !existsSync(record.file)) return undefined;
  return inputsDigest(library, record.inputs) === record.digest ? record.file : undefined;
}

async function bundle(root: string, entry: string, cacheDir: string, library: string): Promise<string> {
  const { build } = await import("esbuild");
  let result: Awaited<ReturnType<typeof build>>;
  try {
    result = await build({
      entryPoints: [entry],
      absWorkingDir: root,
      metafile: true,
      bundle: true,
      write: false,
      format: "esm",
      platform: "node",
      target: "node20",
      packages: "external",
      sourcemap: "inline",
      sourcesContent: false,
      outfile: join(cacheDir, "lab.mjs"),
      logLevel: "silent",
      plugins: [
        {
          name: "hearth",
          setup(b) {
            b.onResolve({ filter: /^hearth(\/.*)?$/ }, () => ({
              path: pathToFileURL(library).href,
              external: true,
            }));
            // Each file keeps its own import.meta (bundling would give them the bundle's).
            b.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
              const { readFile } = await import("node:fs/promises");
              const text = await readFile(args.path, "utf8");
              if (!text.includes("import.meta")) return undefined;
              const url = pathToFileURL(args.path).href;
              return {
                contents: text
                  .replace(/\bimport\.meta\.url\b/g, JSON.stringify(url))
                  .replace(/\bimport\.meta\.dirname\b/g, JSON.stringify(dirname(args.path)))
                  .replace(/\bimport\.meta\.filename\b/g, JSON.stringify(args.path)),
                loader: args.path.endsWith("ts") ? "ts" : "js",
              };
            });
          },
        },
      ],
    });
  } catch (e) {
    const errors = (
      e as { errors?: { text: string; location?: { file: string; line: number; column: number } }[] }
    ).errors;
    if (!errors) throw e;
    throw new LabLoadError(
      errors
        .map((m) =>
          m.location ? `${m.location.file}:${m.location.line}:${m.location.column + 1}: ${m.text}` : m.text,
        )
        .join("\n"),
    );
  }
  const code = result.outputFiles![0]!.text;
  const hash = createHash("sha256").update(code).update(library).digest("hex").slice(0, 16);
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, `lab-${hash}.mjs`);
  if (!existsSync(file)) {
    writeAtomically(file, code);
    prune(cacheDir, file);
  }
  // The inputs esbuild read (the lab's own files; packages stay external), for the next load.
  const inputs = Object.keys(result.metafile!.inputs)
    .filter((f) => !f.includes(":"))
    .map((f) => resolve(root, f));
  const digest = inputsDigest(library, inputs);
  if (digest) {
    const record: BundleRecord = { root, library, inputs, digest, file };
    writeAtomically(join(cacheDir, recordName), JSON.stringify(record));
  }
  return file;
}

function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** Keeps the cache small: the newest bundles only. */
function prune(dir: string, keep: string): void {
  const old = readdirSync(dir)
    .filter((f) => f.startsWith("lab-") && join(dir, f) !== keep)
    .map((f) => join(dir, f));
  for (const f of old.slice(0, Math.max(0, old.length - 8))) rmSync(f, { force: true });
}

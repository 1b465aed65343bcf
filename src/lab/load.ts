/**
 * Loading a lab: `hearth.config.ts` and everything it imports are TypeScript, bundled with esbuild
 * into one module (source maps inline, so errors name the original files and lines) and imported.
 * `hearth` imports resolve to the running hearth, so the lab and the CLI share one module system.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
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

/** Bundles and imports `<root>/hearth.config.ts`; returns its default export. */
export async function loadLab(root: string): Promise<LabDefinition> {
  const { build } = await import("esbuild");
  const entry = join(root, configFileName);
  const cacheDir = join(root, ".hearth", "cache");
  const library = hearthEntry();
  let result: Awaited<ReturnType<typeof build>>;
  try {
    result = await build({
      entryPoints: [entry],
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
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, file);
    prune(cacheDir, file);
  }
  const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  if (!isLab(mod.default)) {
    throw new LabLoadError(`${entry}: the default export must be defineLab({ … }) (from "hearth").`);
  }
  return mod.default;
}

/** Keeps the cache small: the newest bundles only. */
function prune(dir: string, keep: string): void {
  const old = readdirSync(dir)
    .filter((f) => f.startsWith("lab-") && join(dir, f) !== keep)
    .map((f) => join(dir, f));
  for (const f of old.slice(0, Math.max(0, old.length - 8))) rmSync(f, { force: true });
}

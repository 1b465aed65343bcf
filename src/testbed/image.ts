/**
 * Root images for test hosts: a debootstrapped Debian bookworm with systemd and sshd, plus one
 * derived image per set of extra packages (test hosts cannot reach a mirror, so what a generation
 * installs must be baked in). Images are built once per machine and cached outside the repository;
 * the cache key hashes the build script with the package list, so editing the script rebuilds.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildOnce } from "./cache.ts";
import { run } from "./run.ts";

// From the sources (src/testbed/) or from the bundle in dist/ (the `hearth` command: `hearth test`).
export const buildScript = fileURLToPath(
  new URL(
    `${import.meta.url.endsWith(".ts") ? "../.." : ".."}/scripts/testbed/build-image.sh`,
    import.meta.url,
  ),
);

export interface ImageOptions {
  /** Debian packages to add to the base image (apt names). */
  packages?: readonly string[];
  /** Where images are cached; default $HEARTH_TESTBED_CACHE or /var/cache/hearth/testbed. */
  cacheDir?: string;
}

/** What `image.json` beside each cached root records. */
export interface ImageInfo {
  key: string;
  packages: string[];
  base: string | null;
  buildSeconds: number;
  builtAt: string;
}

export const defaultCacheDir = (): string => process.env.HEARTH_TESTBED_CACHE ?? "/var/cache/hearth/testbed";

const packageName = /^[a-z0-9][a-z0-9+.-]+$/;

export function normalizePackages(packages: readonly string[] = []): string[] {
  for (const p of packages) if (!packageName.test(p)) throw new Error(`not a Debian package name: '${p}'`);
  return [...new Set(packages)].sort();
}

/** The cache key of an image: the build script's content and the sorted extra packages. */
export function imageKey(packages: readonly string[] = []): string {
  return createHash("sha256")
    .update(readFileSync(buildScript))
    .update("\0")
    .update(normalizePackages(packages).join(" "))
    .digest("hex")
    .slice(0, 16);
}

/**
 * Returns the path of a cached root image with `packages` installed, building it first if needed
 * (base: ≈ 60 s debootstrap; derived: copy of the base + apt-get install, ≈ 8 s for nodejs).
 */
export async function ensureImage(opts: ImageOptions = {}): Promise<string> {
  const packages = normalizePackages(opts.packages);
  const cacheDir = opts.cacheDir ?? defaultCacheDir();
  const base = packages.length === 0 ? null : await ensureImage({ cacheDir });
  const key = imageKey(packages);
  const dir = await buildOnce(join(cacheDir, key), async (tmp) => {
    mkdirSync(tmp, { recursive: true });
    const started = Date.now();
    process.stderr.write(`hearth testbed: building image ${key} [${packages.join(" ") || "base"}] once…\n`);
    const args = [join(tmp, "root"), ...(base ? ["--base", base] : []), ...packages];
    const r = await run("bash", [buildScript, ...args]);
    writeFileSync(join(tmp, "build.log"), r.stdout + r.stderr);
    if (r.code !== 0) {
      const tail = (r.stdout + r.stderr).trim().split("\n").slice(-15).join("\n");
      throw new Error(`building test-host image ${key} failed (exit ${r.code}):\n${tail}`);
    }
    const info: ImageInfo = {
      key,
      packages,
      base,
      buildSeconds: (Date.now() - started) / 1000,
      builtAt: new Date().toISOString(),
    };
    writeFileSync(join(tmp, "image.json"), `${JSON.stringify(info, null, 2)}\n`);
  });
  return join(dir, "root");
}

/** The image.json of a root returned by ensureImage. */
export function imageInfo(root: string): ImageInfo {
  return JSON.parse(readFileSync(join(root, "..", "image.json"), "utf8")) as ImageInfo;
}

/**
 * Removes cached images an edited build script made obsolete (their key no longer matches: the
 * base, and every image derived from an older base), except those in `inUse` (roots of running
 * labs). Returns the removed directories.
 */
export async function pruneImages(inUse: readonly string[], cacheDir = defaultCacheDir()): Promise<string[]> {
  if (!existsSync(cacheDir)) return [];
  const base = join(cacheDir, imageKey(), "root");
  const removed: string[] = [];
  for (const entry of readdirSync(cacheDir)) {
    const dir = join(cacheDir, entry);
    if (!/^[0-9a-f]{16}$/.test(entry) || inUse.includes(join(dir, "root"))) continue;
    let info: ImageInfo | null = null;
    try {
      info = imageInfo(join(dir, "root"));
    } catch {
      // no image.json: not one of ours, leave it
      continue;
    }
    const current = info.base === null ? info.key === imageKey() : info.base === base;
    if (current) continue;
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}.lock`, { force: true });
    removed.push(dir);
  }
  return removed;
}

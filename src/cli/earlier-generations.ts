/**
 * What `hearth diff` compares the lab with: the generations of a `hearth build` folder
 * (`result/`), or those the lab builds at a git revision: the repository's tracked files at that
 * revision, extracted under `<lab>/.hearth/diff/<commit>/` (kept for the next diffs against it),
 * built by the running hearth.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join, relative, resolve } from "node:path";
import { readManifest } from "../deploy/agent/store.ts";
import { manifestFileName } from "../deploy/generation.ts";
import type { Manifest } from "../host/index.ts";
import { manifestFormat } from "../host/realise/manifest.ts";
import { isUserFacing, Lab, loadLab } from "../lab/index.ts";
import { displayFile } from "../modules/index.ts";
import { UserError } from "./command.ts";
import { moduleFilesOf } from "./lab-context.ts";
import type { HostFiles } from "./shared-errors.ts";
import { hostGeneration } from "./host-generation.ts";

/** A host's earlier generation: its manifest, and its files' texts by place in the generation folder. */
export interface EarlierGeneration {
  readonly manifest: Manifest;
  text(source: string): string | undefined;
}

export interface Earlier {
  /** What it is, for people: `result/`, `HEAD (1a2b3c4d5e6f)`. */
  readonly label: string;
  /** The host's generation there; null when it has none there; its errors when it failed to build. */
  generation(host: string): EarlierGeneration | null | { readonly errors: readonly string[] };
  /** At a revision: its lab's hosts and their module files, to tell whose an error is (shared-errors.ts). */
  readonly lab?: { readonly hosts: readonly string[]; moduleFiles(host: string): HostFiles };
}

/** Files the plan shows a diff of: text, not too large to show. */
const asText = (b: Buffer | undefined) =>
  b === undefined || b.length > 1024 * 1024 || b.includes(0) ? undefined : b.toString("utf8");

/** `against`: a folder of `hearth build`, or a git revision of the lab's repository. */
export async function earlierGenerations(lab: Lab, against: string, cwd: string): Promise<Earlier> {
  const dir = resolve(cwd, against);
  if (existsSync(dir) && statSync(dir).isDirectory()) {
    const near = relative(cwd, dir);
    return buildFolder(dir, near === "" ? "." : near.startsWith("..") ? dir : near);
  }
  return atRevision(lab, against);
}

function buildFolder(dir: string, shown: string): Earlier {
  const built = readdirSync(dir).filter((h) => existsSync(join(dir, h, manifestFileName)));
  if (built.length === 0) {
    throw new UserError(
      `${shown} holds no generation (<host>/${manifestFileName}): it is not a folder \`hearth build' wrote.`,
    );
  }
  return {
    label: `${shown.replace(/\/?$/, "/")}`,
    generation(host) {
      const folder = join(dir, host);
      const file = join(folder, manifestFileName);
      if (!existsSync(file)) return null;
      let manifest: Manifest;
      try {
        manifest = readManifest(folder);
      } catch (e) {
        return { errors: [`${file}: ${(e as Error).message}`] };
      }
      if (manifest.format !== manifestFormat) {
        return {
          errors: [
            `${file}: a generation of another version of hearth (format ${manifest.format}, this one reads ${manifestFormat}): build it again.`,
          ],
        };
      }
      return {
        manifest,
        text: (source) => {
          try {
            return asText(readFileSync(join(folder, source)));
          } catch {
            return undefined;
          }
        },
      };
    },
  };
}

const git = (cwd: string, args: readonly string[]) =>
  spawnSync("git", ["-C", cwd, ...args], { encoding: "utf8" });

async function atRevision(lab: Lab, revision: string): Promise<Earlier> {
  const inside = git(lab.root, ["rev-parse", "--is-inside-work-tree"]);
  if (inside.error || inside.status !== 0) {
    const why = inside.error ? "git is not installed" : `${lab.root} is not in a git repository`;
    throw new UserError(`\`${revision}' is not a folder (the output of \`hearth build'), and ${why}.`);
  }
  const commit = git(lab.root, ["rev-parse", "--verify", "--quiet", `${revision}^{commit}`]);
  if (commit.status !== 0) {
    const shallow = git(lab.root, ["rev-parse", "--is-shallow-repository"]).stdout.trim() === "true";
    throw new UserError(
      `\`${revision}' is neither a folder (the output of \`hearth build') nor a git revision of ${lab.root}${shallow ? " (a shallow clone: fetch the revision first)" : ""}.`,
    );
  }
  const sha = commit.stdout.trim();
  const prefix = git(lab.root, ["rev-parse", "--show-prefix"]).stdout.trim();
  const trees = join(lab.root, ".hearth", "diff");
  const tree = join(trees, sha);
  if (existsSync(join(tree, ".complete"))) {
    // In use again: the last to be forgotten.
    const now = new Date();
    utimesSync(join(tree, ".complete"), now, now);
  } else extract(lab.root, sha, trees);
  const root = resolve(tree, prefix);
  const at = `At ${revision}`;
  if (!existsSync(join(root, "hearth.config.ts"))) {
    throw new UserError(
      `${at}, the repository has no hearth.config.ts in ${prefix || "its top folder"} (the lab is not committed there): compare with a folder of \`hearth build' instead (--against DIR).`,
    );
  }
  // Messages name the revision's files as `REV:lab/…`, not their extracted copies.
  const named = revisionPaths(root, revision, prefix);
  let earlier: Lab;
  try {
    earlier = new Lab(root, await loadLab(root));
  } catch (e) {
    if (!isUserFacing(e)) throw e;
    // esbuild names a file relative to the lab's folder, at the start of a line.
    const message = named((e as Error).message).replace(
      /^(?![\w.~-]+:)([\w./-]+\.[cm]?[jt]sx?:\d)/gm,
      `${revision}:${prefix}$1`,
    );
    throw new UserError(`${at}, the lab does not load: ${message}`);
  }
  const built = new Map<string, ReturnType<Earlier["generation"]>>();
  const build = (host: string): ReturnType<Earlier["generation"]> => {
    if (!earlier.hostNames().includes(host)) return null;
    const g = hostGeneration(earlier, host);
    if (!g.generation) return { errors: g.errors.map(named) };
    const files = new Map(g.generation.files.map((f) => [f.path, f.content]));
    return { manifest: g.generation.manifest, text: (source) => asText(files.get(source)) };
  };
  const files = moduleFilesOf(earlier);
  return {
    label: `${revision} (${sha.slice(0, 12)})`,
    generation(host) {
      if (!built.has(host)) built.set(host, build(host));
      return built.get(host)!;
    },
    lab: {
      hosts: earlier.hostNames(),
      moduleFiles: (host) => {
        const f = files(host);
        return { ...f, files: new Set([...f.files].map(named)) };
      },
    },
  };
}

/**
 * Messages name the revision's files as git does (`HEAD:lab/hosts/x.ts`, the lab's folder in the
 * repository included), not their extracted copies: absolute, or as shown from the current folder.
 */
function revisionPaths(root: string, revision: string, prefix: string): (message: string) => string {
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const copies = [`${root}/`, `${displayFile(root)}/`, `${relative(process.cwd(), root)}/`];
  // Longest first (an absolute path ends with the shorter forms); only where a path starts.
  const pattern = new RegExp(
    `(^|[\\s\`'"(])(?:${[...new Set(copies)]
      .sort((a, b) => b.length - a.length)
      .map(literal)
      .join("|")})`,
    "gm",
  );
  return (message) => message.replace(pattern, (_m, before: string) => `${before}${revision}:${prefix}`);
}

/**
 * The repository's files at `sha` (what `git archive` gives: tracked files, without submodules),
 * into `<trees>/<sha>`. Another diff may be extracting the same commit: each writes its own folder,
 * the first to finish is kept.
 */
function extract(root: string, sha: string, trees: string): void {
  mkdirSync(trees, { recursive: true });
  // Nothing under .hearth/ is the lab's: a repository that does not ignore it still never adds it.
  const ignore = join(trees, "..", ".gitignore");
  if (!existsSync(ignore)) writeFileSync(ignore, "*\n");
  const partial = join(trees, `.partial-${process.pid}-${randomBytes(4).toString("hex")}`);
  mkdirSync(partial);
  try {
    const top = git(root, ["rev-parse", "--show-toplevel"]).stdout.trim();
    // Through a file: in a pipe, a git archive that failed halfway would look like a whole tree.
    const tar = `${partial}.tar`;
    try {
      for (const [command, args] of [
        ["git", ["-C", top, "archive", "--format=tar", "-o", tar, sha]],
        ["tar", ["-x", "-f", tar, "-C", partial]],
      ] as const) {
        const r = spawnSync(command, args, { encoding: "utf8" });
        if (r.status !== 0) throw new Error(`extracting ${sha} (${command}): ${r.stderr || r.error}`);
      }
    } finally {
      rmSync(tar, { force: true });
    }
    writeFileSync(join(partial, ".complete"), "");
    const target = join(trees, sha);
    // Left half-extracted by a diff that was interrupted.
    if (existsSync(target) && !existsSync(join(target, ".complete"))) {
      const aside = join(trees, `.old-${sha}-${process.pid}`);
      renameSync(target, aside);
      rmSync(aside, { recursive: true, force: true });
    }
    try {
      renameSync(partial, target);
    } catch (e) {
      // Another diff put it there first: its copy is the same.
      if (!existsSync(join(target, ".complete"))) throw e;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  forgetOldTrees(trees, keptTrees);
}

/** Revisions extracted earlier: the most recently extracted are kept, for diffs against them again. */
const keptTrees = 4;

function forgetOldTrees(trees: string, keep: number): void {
  const extracted = readdirSync(trees)
    .filter((n) => /^[0-9a-f]{40,64}$/.test(n))
    .map((n) => ({ n, at: statSync(join(trees, n, ".complete"), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.at - a.at);
  for (const { n } of extracted.slice(keep)) {
    // Moved aside first: a diff starting meanwhile never takes a half-removed tree for a whole one.
    const aside = join(trees, `.old-${n}-${process.pid}`);
    try {
      renameSync(join(trees, n), aside);
    } catch {
      continue;
    }
    rmSync(aside, { recursive: true, force: true });
  }
  // What an interrupted diff left behind (a day old: not one running now).
  for (const n of readdirSync(trees).filter((x) => /^\.(partial|old)-|\.partial(\.tar)?$/.test(x))) {
    const old = Date.now() - (statSync(join(trees, n), { throwIfNoEntry: false })?.mtimeMs ?? 0) > 86_400_000;
    if (old) rmSync(join(trees, n), { recursive: true, force: true });
  }
}

/**
 * What `hearth diff` compares the lab with: the generations of a `hearth build` folder
 * (`result/`), or those the lab builds at a git revision: its files at that revision, extracted
 * under `.hearth/diff/<commit>/` (kept for the next diff against it), built by the running hearth.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { manifestFileName } from "../deploy/generation.ts";
import type { Manifest } from "../host/index.ts";
import { manifestFormat } from "../host/realise/manifest.ts";
import { Lab, loadLab } from "../lab/index.ts";
import { UserError } from "./command.ts";
import { type HostGeneration, hostGeneration } from "./host-generation.ts";

/** A host's earlier generation: its manifest, and its files' texts by place in the generation folder. */
export interface EarlierGeneration {
  readonly manifest: Manifest;
  text(source: string): string | undefined;
}

export interface Earlier {
  /** What it is, for people: `result/`, `HEAD (1a2b3c4d5e6f)`. */
  readonly label: string;
  /** The host's generation there; null when that lab has no such host; errors when it failed to build. */
  generation(host: string): EarlierGeneration | null | { errors: string[] };
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
  return {
    label: `${shown.replace(/\/?$/, "/")}`,
    generation(host) {
      const folder = join(dir, host);
      let manifest: Manifest;
      try {
        manifest = JSON.parse(readFileSync(join(folder, manifestFileName), "utf8")) as Manifest;
      } catch {
        return null;
      }
      if (manifest.format !== manifestFormat) {
        throw new UserError(
          `${join(folder, manifestFileName)}: a generation of another version of hearth (format ${manifest.format}, this one reads ${manifestFormat}): build it again.`,
        );
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
  spawnSync("git", ["-C", cwd, ...args], { encoding: "buffer", maxBuffer: 1024 * 1024 * 1024 });

async function atRevision(lab: Lab, revision: string): Promise<Earlier> {
  const commit = git(lab.root, ["rev-parse", "--verify", "--quiet", `${revision}^{commit}`]);
  if (commit.status !== 0) {
    throw new UserError(
      `\`${revision}' is neither a folder (the output of \`hearth build\`) nor a git revision of ${lab.root}.`,
    );
  }
  const sha = commit.stdout.toString().trim();
  const prefix = git(lab.root, ["rev-parse", "--show-prefix"]).stdout.toString().trim();
  const tree = join(lab.root, ".hearth", "diff", sha);
  if (!existsSync(join(tree, ".complete"))) extract(lab.root, sha, tree);
  const root = join(tree, prefix);
  if (!existsSync(join(root, "hearth.config.ts"))) {
    throw new UserError(
      `At ${revision}, the repository has no hearth.config.ts in ${prefix || "its top folder"} (the lab is not committed there): compare with a folder of \`hearth build\` instead (--against DIR).`,
    );
  }
  const earlier = new Lab(root, await loadLab(root));
  const built = new Map<string, HostGeneration>();
  return {
    label: `${revision} (${sha.slice(0, 12)})`,
    generation(host) {
      if (!earlier.hostNames().includes(host)) return null;
      let g = built.get(host);
      if (!g) built.set(host, (g = hostGeneration(earlier, host)));
      if (!g.generation) return { errors: g.errors };
      const files = new Map(g.generation.files.map((f) => [f.path, f.content]));
      return { manifest: g.generation.manifest, text: (source) => asText(files.get(source)) };
    },
  };
}

/** The repository's files at `sha` (what `git archive` gives: tracked files only). */
function extract(root: string, sha: string, tree: string): void {
  const top = git(root, ["rev-parse", "--show-toplevel"]).stdout.toString().trim();
  const archive = git(top, ["archive", "--format=tar", sha]);
  if (archive.status !== 0) throw new Error(`git archive ${sha}: ${archive.stderr.toString()}`);
  const partial = `${tree}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const tar = spawnSync("tar", ["-x", "-C", partial], { input: archive.stdout });
  if (tar.status !== 0) throw new Error(`extracting ${sha}: ${tar.stderr.toString()}`);
  writeFileSync(join(partial, ".complete"), "");
  rmSync(tree, { recursive: true, force: true });
  renameSync(partial, tree);
  forgetOldTrees(dirname(tree), keptTrees);
}

/** Revisions extracted earlier: the most recently extracted are kept, for diffs against them again. */
const keptTrees = 4;

function forgetOldTrees(dir: string, keep: number): void {
  const trees = readdirSync(dir)
    .filter((n) => /^[0-9a-f]{40,64}$/.test(n))
    .map((n) => ({ n, at: statSync(join(dir, n, ".complete"), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.at - a.at);
  for (const { n } of trees.slice(keep)) rmSync(join(dir, n), { recursive: true, force: true });
}

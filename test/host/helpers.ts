/**
 * Test helpers for the host primitives: a host evaluated from modules and realised, and the real
 * validators from Debian: `systemd-analyze verify` inside a root image that has exactly the
 * host's packages (what the generation's units may run), and `nft -c`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Generation, hostModules, realise, writeGeneration } from "../../src/host/index.ts";
import { assertionsModule, type Evaluation, evalModules, type Module } from "../../src/modules/index.ts";
import { ensureImage } from "../../src/testbed/index.ts";

export const notRoot = process.getuid?.() !== 0;
export const rootOnly = notRoot
  ? "needs root: the validators run in a mount namespace over a Debian root image"
  : false;

export function evalHost(modules: readonly Module[], hostName = "testhost"): Evaluation {
  return evalModules({ modules: [assertionsModule, ...hostModules, ...modules], specialArgs: { hostName } });
}

/** Realises a host made of `modules`; `root` is where its lab files are. */
export function realiseHost(modules: readonly Module[], root = tmpdir(), hostName = "testhost"): Generation {
  return realise({ host: hostName, evaluation: evalHost(modules, hostName), root });
}

export interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `systemd-analyze verify` of every unit of a generation, installed (with the generation's
 * files) over a Debian root image with the generation's packages, in a private mount namespace.
 */
export async function verifyUnits(
  generation: Generation,
  packages = generation.manifest.packages,
): Promise<ToolRun> {
  const image = await ensureImage({ packages });
  const work = mkdtempSync(join(tmpdir(), "hearth-verify-"));
  try {
    writeGeneration(generation, join(work, "gen"));
    for (const d of ["upper", "work", "merged"]) mkdirSync(join(work, d));
    const script = [
      "set -e",
      'mount -t overlay overlay -o "lowerdir=$1,upperdir=$2/upper,workdir=$2/work" "$2/merged"',
      'if [ -d "$2/gen/files" ]; then cp -a "$2/gen/files/." "$2/merged/"; fi',
      'if [ -d "$2/gen/units" ]; then cp -a "$2/gen/units/." "$2/merged/etc/systemd/system/"; fi',
      'root="$2/merged"; shift 2',
      // Documentation= man pages of Debian's units are not what is checked (and man is not installed).
      'exec systemd-analyze verify --man=no --root="$root" "$@"',
    ].join("\n");
    const units = generation.manifest.units.map((u) => u.name);
    const r = spawnSync(
      "unshare",
      ["--mount", "--propagation", "private", "sh", "-c", script, "sh", image, work, ...units],
      {
        encoding: "utf8",
      },
    );
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `nft -c -f`: parses the ruleset and checks it against the kernel, changing nothing. */
export function nftCheck(file: string): ToolRun {
  const r = spawnSync("nft", ["-c", "-f", file], { encoding: "utf8" });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The text of a generation file. */
export const fileText = (g: Generation, path: string): string => {
  const f = g.files.find((x) => x.path === path);
  if (!f)
    throw new Error(
      `${path} is not in the generation of ${g.host}: ${g.files.map((x) => x.path).join(", ")}`,
    );
  return f.content.toString("utf8");
};

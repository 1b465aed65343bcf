/** Opening the lab a command works on: found from --lab or the current folder upwards. */
import { type Lab as LabType, findLabRoot, Lab, loadLab } from "../lab/index.ts";
import { setDisplayRoot, showOption } from "../modules/index.ts";
import { closest, showAlternatives } from "../modules/show.ts";
import { UserError } from "./command.ts";

export const labOption = { lab: { type: "string" as const } };

export async function openLab(values: Record<string, unknown>, cwd: string): Promise<LabType> {
  const start = typeof values.lab === "string" ? values.lab : cwd;
  const root = findLabRoot(start);
  if (!root) throw new UserError(`No hearth.config.ts in ${start} or any folder above it (use --lab DIR).`);
  setDisplayRoot(root);
  return new Lab(root, await loadLab(root));
}

/** `a.b."c.d".e` → ["a", "b", "c.d", "e"]. */
export function parseOptionPath(text: string): string[] {
  const parts: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|([^.]+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] === undefined) {
      parts.push(m[2]!);
      continue;
    }
    // A quoted part as showOption writes it: a Nix string, JSON but for its escaped `$`.
    try {
      parts.push(JSON.parse(`"${m[1].replace(/\\\$/g, "$")}"`) as string);
    } catch {
      throw new UserError(
        `Cannot read the option path ${text}: the quoted part "${m[1]}" is not a valid string.`,
      );
    }
  }
  return parts;
}

/**
 * " Did you mean `a.b.port'?" for the first part of `parts` that the configuration `root` does
 * not have (nothing when no name is near, or when reading the way there fails).
 */
export function didYouMean(root: unknown, parts: readonly string[]): string {
  try {
    let value = root;
    for (let i = 0; i < parts.length; i++) {
      if (value === null || typeof value !== "object") return "";
      if (!(parts[i]! in value)) {
        const near = closest(parts[i]!, Object.keys(value)).map(
          (k) => `\`${showOption([...parts.slice(0, i), k])}'`,
        );
        return near.length > 0 ? ` Did you mean ${showAlternatives(near)}?` : "";
      }
      value = (value as Record<string, unknown>)[parts[i]!];
    }
  } catch {
    // The way there fails to compute: the command reports that itself when it reads it.
  }
  return "";
}

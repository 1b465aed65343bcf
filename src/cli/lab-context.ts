/** Opening the lab a command works on: found from --lab or the current folder upwards. */
import { findLabRoot, isUserFacing, Lab, type Lab as LabType, loadLab } from "../lab/index.ts";
import { noSuchHost } from "../lab/host-names.ts";
import { displayFile, type Evaluation, setDisplayRoot } from "../modules/index.ts";
import { OptionPlaces, pathsMeant, suggestions } from "../modules/elsewhere.ts";
import { didYouMean } from "../modules/show.ts";
import { UserError } from "./command.ts";
import { type HostFiles, printedErrors } from "./shared-errors.ts";

export const labOption = { lab: { type: "string" as const } };

export async function openLab(values: Record<string, unknown>, cwd: string): Promise<LabType> {
  const start = typeof values.lab === "string" ? values.lab : cwd;
  const root = findLabRoot(start);
  if (!root) throw new UserError(`No hearth.config.ts in ${start} or any folder above it (use --lab DIR).`);
  setDisplayRoot(root);
  return new Lab(root, await loadLab(root));
}

/** The hosts named on the command line (every host when none), each one the lab has. */
export function hostsNamed(lab: LabType, positionals: readonly string[]): string[] {
  const all = lab.hostNames();
  for (const n of positionals) if (!all.includes(n)) throw new UserError(noSuchHost(n, all));
  return positionals.length > 0 ? [...positionals] : all;
}

/** Each host's module files as messages show them, to tell whose an error is (shared-errors.ts). */
export const moduleFilesOf =
  (lab: LabType) =>
  (name: string): HostFiles => {
    const { files, collected } = lab.moduleFiles(name);
    return { files: new Set([...files].map(displayFile)), collected };
  };

/**
 * A message met evaluating `host` alone, as printed: another host's error, met reading that
 * host's configuration through `nodes`, says so (it names the other host's files).
 */
export function shownFor(lab: LabType, host: string, message: string): string {
  return printedErrors([{ name: host, errors: [message] }], moduleFilesOf(lab), lab.hostNames()).get(
    host,
  )![0]!;
}

/** An error thrown evaluating `host` alone, told as another host's when it is (see shownFor). */
export function metBy(lab: LabType, host: string, e: unknown): unknown {
  if (!isUserFacing(e) || !lab.hostNames().includes(host)) return e;
  const message = (e as Error).message;
  const shown = shownFor(lab, host, message);
  return shown === message ? e : new UserError(shown);
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

/** What is at an option path in a configuration; where the path stops, the nearest names there. */
export type PathLookup = { found: true; value: unknown } | { found: false; at: number; hint: string };

/**
 * Follows `parts` from `root` (a configuration view, or plain values below an option). Where it
 * stops, the hint names the nearest names there, or where the name is declared elsewhere.
 */
export function lookupPath(root: unknown, parts: readonly string[], evaluation?: Evaluation): PathLookup {
  let value = root;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (value === null || typeof value !== "object" || !(part in value)) {
      // Names of an attribute set, not indexes of a list: "7" is not a misspelt "1".
      const names =
        value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];
      const near = suggestions(parts.slice(0, i), part, names, elsewhere(evaluation, parts, i));
      return { found: false, at: i, hint: didYouMean(near) };
    }
    value = (value as Record<string, unknown>)[part];
  }
  return { found: true, value };
}

/** Where the names of `parts` from `at` on are declared in the evaluation (see pathsMeant). */
const elsewhere = (evaluation: Evaluation | undefined, parts: readonly string[], at: number) =>
  evaluation ? pathsMeant(new OptionPlaces(evaluation.optionPaths()), parts, at) : [];

/** The nearest names where `parts` leaves the configuration, for a message; nothing if reading fails. */
export function nearestNames(evaluation: Evaluation, parts: readonly string[]): string {
  try {
    const r = lookupPath(evaluation.config, parts, evaluation);
    return r.found ? "" : r.hint;
  } catch {
    // The way there fails to compute: the command reports that itself when it reads it.
    return "";
  }
}

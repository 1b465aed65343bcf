import { relative } from "node:path";
import { type SourceLocation, showLocation } from "./location.ts";

/** Where a module came from: its file and the call that defined it. */
export interface ModuleSource {
  readonly file: string;
  readonly location?: SourceLocation | undefined;
}

/** `[...path, key]` (Array.prototype.concat is several times slower, and paths are made often). */
export function pathWith(path: readonly string[], key: string): string[] {
  const out = new Array<string>(path.length + 1);
  for (let i = 0; i < path.length; i++) out[i] = path[i]!;
  out[path.length] = key;
  return out;
}

/** `[...a, ...b]`, as pathWith. */
export function joinPaths(a: readonly string[], b: readonly string[]): string[] {
  const out = new Array<string>(a.length + b.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]!;
  for (let i = 0; i < b.length; i++) out[a.length + i] = b[i]!;
  return out;
}

/** Where one definition was written: its module, and its option path inside that module. */
export interface Origin {
  readonly module: ModuleSource;
  /** The path from the module's configuration root to the defined value. */
  readonly path: readonly string[];
  /** An option declaration (an `mkOption(…)`), not a definition. */
  readonly declaration?: boolean;
}

/** The origin of a value inside another definition (an attribute, a list element), made lazily. */
class ChildOrigin implements Origin {
  constructor(
    readonly parent: Origin,
    readonly key: string,
  ) {}
  get module(): ModuleSource {
    return this.parent.module;
  }
  get path(): readonly string[] {
    return [...this.parent.path, this.key];
  }
}
export const childOrigin = (parent: Origin, key: string): Origin => new ChildOrigin(parent, key);

/** A definition of an option: a value (possibly still wrapped in properties) and its origin. */
export interface Definition {
  readonly value: unknown;
  readonly from: Origin;
  /** Where it was written, as messages show it: NixOS' `file` of a definition, for hand-written merges. */
  readonly file: string;
}

/** A definition made by hearth. Its `file` is found when read: finding a definition's line costs. */
export class Def implements Definition {
  constructor(
    readonly value: unknown,
    readonly from: Origin,
  ) {}
  get file(): string {
    return showOrigin(this.from);
  }
}

/**
 * `d` with another value. A definition written by hand in NixOS' shape (`{ file, value }`, as
 * nixpkgs code gives lib.filterOverrides or a type's merge) keeps its attributes and its shape.
 */
export function withValue(d: Definition, value: unknown): Definition {
  return d.from === undefined ? { ...d, value } : new Def(value, d.from);
}

/** A definition's origin; one written by hand in NixOS' shape names only its file. */
export function definedAt(d: Definition): Origin {
  return d.from ?? { module: { file: typeof d.file === "string" ? d.file : "<unknown file>" }, path: [] };
}

/** Finds the precise line of a definition in its source file (installed by locate.ts). */
export type Locator = (origin: Origin) => SourceLocation | undefined;
let locator: Locator | undefined;
export function setLocator(l: Locator | undefined): void {
  locator = l;
}

let displayRoot = process.cwd();
/** File names in messages are shown relative to this folder (the lab's root). */
export function setDisplayRoot(root: string): void {
  displayRoot = root;
}

/** A file as messages show it: relative to the display root when inside it. */
export function displayFile(file: string): string {
  if (!file.startsWith("/")) return file;
  const rel = relative(displayRoot, file);
  return rel.startsWith("..") ? file : rel;
}

/** The best location known for a definition: its own line if it can be found, else its module's. */
export function locationOf(from: Origin): SourceLocation | undefined {
  return locator?.(from) ?? from.module.location;
}

/** `lab/hosts/nas/services.ts:12` for messages. */
export function showOrigin(from: Origin): string {
  const loc = locationOf(from);
  if (!loc) return displayFile(from.module.file);
  return showLocation({ file: displayFile(loc.file), line: loc.line });
}

export function showModule(m: ModuleSource): string {
  return m.location
    ? showLocation({ file: displayFile(m.location.file), line: m.location.line })
    : displayFile(m.file);
}

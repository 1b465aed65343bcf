import { sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Where something was written: a file and, when known, a line and column. */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * A call site captured cheaply (V8 keeps the structured frames) and turned into a file and line
 * only when a message needs it: formatting a stack through source maps is the expensive part.
 */
export class CapturedLocation implements SourceLocation {
  #holder: { stack?: string } | undefined;
  #resolved: SourceLocation | undefined;
  constructor(holder: { stack?: string }) {
    this.#holder = holder;
  }
  #resolve(): SourceLocation {
    if (!this.#resolved) {
      this.#resolved = parseFrame(this.#holder?.stack) ?? { file: "<unknown file>" };
      this.#holder = undefined;
    }
    return this.#resolved;
  }
  get file(): string {
    return this.#resolve().file;
  }
  get line(): number | undefined {
    return this.#resolve().line;
  }
  get column(): number | undefined {
    return this.#resolve().column;
  }
}

/**
 * The location of the code that called `fn` (or, with `depth` > 0, that many frames further out).
 * Library helpers that build modules for their callers (like `mkService`) use it so that errors
 * point at the caller's file, not at the helper.
 */
export function callerOf(fn: Function, depth = 0): SourceLocation {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = depth + 1;
  const holder: { stack?: string } = {};
  Error.captureStackTrace(holder, fn);
  Error.stackTraceLimit = saved;
  return new CapturedLocation(holder);
}

const framePattern = /\(?((?:file:\/\/)?[^\s()]+?):(\d+):(\d+)\)?\s*$/;
const frameFile = (written: string) => (written.startsWith("file://") ? fileURLToPath(written) : written);

/** A stack frame (`at f (/x/y.ts:1:2)`) with its file as `show` writes it. */
export function frameShowingFile(frame: string, show: (file: string) => string): string {
  return frame.replace(framePattern, (match, written: string) =>
    match.replace(written, show(frameFile(written))),
  );
}

/** The last frame of a captured stack (the captured stack holds exactly the frames wanted). */
function parseFrame(stack: string | undefined): SourceLocation | undefined {
  if (!stack) return undefined;
  const lines = stack.split("\n").filter((l) => l.trimStart().startsWith("at "));
  const frame = lines[lines.length - 1];
  const m = frame && framePattern.exec(frame);
  if (!m) return undefined;
  return { file: frameFile(m[1]!), line: Number(m[2]), column: Number(m[3]) };
}

/**
 * hearth's own folder: this file is in `src/modules/` (sources) or `dist/` (the bundle); neither
 * (another layout): no frame is taken for hearth's by its folder.
 */
const hearthRoot = (() => {
  const here = fileURLToPath(import.meta.url);
  const at = Math.max(here.lastIndexOf(`${sep}src${sep}modules${sep}`), here.lastIndexOf(`${sep}dist${sep}`));
  return at < 0 ? undefined : here.slice(0, at);
})();

/** The locations of a stack's frames outside hearth (the lab's own code), innermost first. */
export function framesOutsideHearth(stack: string | undefined): SourceLocation[] {
  const out: SourceLocation[] = [];
  for (const line of stack?.split("\n") ?? []) {
    const m = line.trimStart().startsWith("at ") ? framePattern.exec(line) : null;
    if (!m) continue;
    const file = frameFile(m[1]!);
    // hearth's sources and bundle, its dependencies, Node's own modules.
    const inHearth = (dir: string) =>
      hearthRoot !== undefined && file.startsWith(`${hearthRoot}${sep}${dir}${sep}`);
    if (
      inHearth("src") ||
      inHearth("dist") ||
      file.includes(`${sep}node_modules${sep}`) ||
      file.startsWith("node:")
    )
      continue;
    out.push({ file, line: Number(m[2]), column: Number(m[3]) });
  }
  return out;
}

/** `file:line` (or `file:line:column`) for messages. */
export function showLocation(loc: SourceLocation | undefined, withColumn = false): string {
  if (!loc) return "<unknown file>";
  if (loc.line === undefined) return loc.file;
  return withColumn && loc.column !== undefined
    ? `${loc.file}:${loc.line}:${loc.column}`
    : `${loc.file}:${loc.line}`;
}

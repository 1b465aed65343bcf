/**
 * The exact line of a definition. A module knows the file and line where it was defined; the line
 * of one value inside it is found, only when a message needs it, by parsing that file and
 * following the definition's path (`services.nginx.port`) through its object literals.
 */
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import type { SourceLocation } from "./location.ts";
import { type Origin, setLocator } from "./origin.ts";

interface Node {
  type: string;
  loc?: { start: { line: number; column: number }; end: { line: number; column: number } };
  [key: string]: unknown;
}

const require = createRequire(import.meta.url);

/**
 * What lookups need from one file, computed in one walk of its syntax tree: every named place
 * (object property or array element) with its chain of names from the top of the file, and every
 * call with how many names enclose it. Messages about a whole lab ask for hundreds of lines.
 */
interface FileIndex {
  readonly places: readonly Place[];
  readonly calls: readonly { node: Node; depth: number; start: number; end: number }[];
}
interface Place {
  readonly node: Node;
  readonly chain: readonly string[];
  readonly start: number;
  readonly end: number;
}

const indexes = new Map<string, { mtime: number; index: FileIndex | null }>();

function indexOf(file: string): FileIndex | null {
  let mtime: number;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    return null;
  }
  const known = indexes.get(file);
  if (known && known.mtime === mtime) return known.index;
  let index: FileIndex | null = null;
  try {
    const { parse: babelParse } = require("@babel/parser") as typeof import("@babel/parser");
    const ast = babelParse(readFileSync(file, "utf8"), {
      sourceType: "module",
      plugins: ["typescript"],
      errorRecovery: true,
    }) as unknown as Node;
    index = buildIndex(ast);
  } catch {
    index = null;
  }
  indexes.set(file, { mtime, index });
  return index;
}

const children = (n: Node): Node[] => {
  const out: Node[] = [];
  for (const key of Object.keys(n)) {
    if (key === "loc" || key === "leadingComments" || key === "trailingComments" || key === "extra") continue;
    const v = n[key];
    if (Array.isArray(v))
      for (const x of v) if (x && typeof x === "object" && "type" in x) out.push(x as Node);
    if (v && typeof v === "object" && "type" in (v as object)) out.push(v as Node);
  }
  return out;
};

function keyName(p: Node): string | undefined {
  const k = p.key as Node | undefined;
  if (!k || p.computed) return undefined;
  if (k.type === "Identifier") return k.name as string;
  if (k.type === "StringLiteral" || k.type === "NumericLiteral") return String(k.value);
  return undefined;
}

/** Names come from object keys and array positions; calls such as mkIf(…, { … }) are looked through. */
function buildIndex(root: Node): FileIndex {
  const places: Place[] = [];
  const calls: { node: Node; depth: number; start: number; end: number }[] = [];
  const range = (n: Node) => ({ start: n.start as number, end: n.end as number });
  const walk = (n: Node, chain: string[]) => {
    if (n.type === "CallExpression") calls.push({ node: n, depth: chain.length, ...range(n) });
    if (n.type === "ObjectProperty" || n.type === "ObjectMethod") {
      const name = keyName(n);
      if (name !== undefined) {
        const next = [...chain, name];
        places.push({ node: n, chain: next, ...range(n) });
        const value = (n.value ?? n.body) as Node | undefined;
        if (value) walk(value, next);
        return;
      }
    }
    if (n.type === "ArrayExpression") {
      (n.elements as (Node | null)[]).forEach((e, i) => {
        if (!e) return;
        const next = [...chain, String(i)];
        places.push({ node: e, chain: next, ...range(e) });
        walk(e, next);
      });
      return;
    }
    for (const c of children(n)) walk(c, chain);
  };
  walk(root, []);
  return { places, calls };
}

/** The smallest call expression starting at (line, column): the defineModule(…) call. */
function callAt(index: FileIndex, line: number, column: number): FileIndex["calls"][number] | undefined {
  let best: FileIndex["calls"][number] | undefined;
  for (const c of index.calls) {
    const callee = c.node.callee as Node;
    if (callee.loc && callee.loc.start.line === line && callee.loc.start.column + 1 <= column) best = c;
  }
  return best;
}

/** `name: mkOption(…)` (or mkEnableOption, …): an option declaration. */
function isDeclaration(n: Node): boolean {
  const value = n.value as Node | undefined;
  if (value?.type !== "CallExpression") return false;
  const callee = value.callee as Node;
  const name =
    callee.type === "Identifier"
      ? callee.name
      : callee.type === "MemberExpression"
        ? (callee.property as Node).name
        : "";
  return typeof name === "string" && /^mk\w*Option$/.test(name);
}

/** The line of one definition (or declaration), or undefined when it cannot be found. */
export function locateDefinition(origin: Origin): SourceLocation | undefined {
  const moduleLoc = origin.module.location;
  const file = moduleLoc?.file ?? origin.module.file;
  if (!file?.startsWith("/") || origin.path.length === 0) return undefined;
  const index = indexOf(file);
  if (!index) return undefined;
  const call =
    moduleLoc?.line !== undefined ? callAt(index, moduleLoc.line, moduleLoc.column ?? 0) : undefined;
  const wanted = (p: Place) => isDeclaration(p.node) === (origin.declaration === true);
  // Inside the module first (names counted from the call); options and values may also be
  // written elsewhere in the file.
  const scopes = [
    ...(call
      ? [
          {
            places: index.places.filter((p) => p.start >= call.start && p.end <= call.end),
            depth: call.depth,
          },
        ]
      : []),
    { places: index.places, depth: 0 },
  ];
  for (const [i, scope] of scopes.entries()) {
    const candidates = scope.places.filter(wanted);
    // Longest suffix first: the full path is the best evidence. A single name is only trusted
    // inside the module itself.
    const shortest = call && i === 0 ? 1 : 2;
    for (let start = 0; origin.path.length - start >= shortest; start++) {
      const path = origin.path.slice(start);
      const hit = candidates.find((p) => endsWith(p.chain, scope.depth, path));
      if (hit) {
        const l = hit.node.loc!.start;
        return { file, line: l.line, column: l.column + 1 };
      }
    }
  }
  return undefined;
}

/** Whether the names of `chain` after the first `from` end with `path`. */
const endsWith = (chain: readonly string[], from: number, path: readonly string[]) =>
  path.length > 0 &&
  chain.length - from >= path.length &&
  path.every((p, i) => chain[chain.length - path.length + i] === p);

setLocator(locateDefinition);

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
const parsed = new Map<string, { mtime: number; ast: Node | null }>();

function parse(file: string): Node | null {
  let mtime: number;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    return null;
  }
  const known = parsed.get(file);
  if (known && known.mtime === mtime) return known.ast;
  let ast: Node | null = null;
  try {
    const { parse: babelParse } = require("@babel/parser") as typeof import("@babel/parser");
    ast = babelParse(readFileSync(file, "utf8"), {
      sourceType: "module",
      plugins: ["typescript"],
      errorRecovery: true,
    }) as unknown as Node;
  } catch {
    ast = null;
  }
  parsed.set(file, { mtime, ast });
  return ast;
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

/** The smallest call expression starting at (line, column): the defineModule(…) call. */
function callAt(root: Node, line: number, column: number): Node | undefined {
  let best: Node | undefined;
  const visit = (n: Node) => {
    const l = n.loc;
    if (!l || l.start.line > line || l.end.line < line) return;
    if (n.type === "CallExpression") {
      const callee = n.callee as Node;
      if (callee.loc && callee.loc.start.line === line && callee.loc.start.column + 1 <= column) best = n;
    }
    for (const c of children(n)) visit(c);
  };
  visit(root);
  return best;
}

/**
 * Property nodes under `scope` whose chain of names ends with `path`. Names come from object
 * keys and array positions; calls such as mkIf(…, { … }) are looked through.
 */
function findPath(scope: Node, path: readonly string[]): Node[] {
  const found: Node[] = [];
  const walk = (n: Node, chain: string[]) => {
    if (n.type === "ObjectProperty" || n.type === "ObjectMethod") {
      const name = keyName(n);
      if (name !== undefined) {
        const next = [...chain, name];
        if (endsWith(next, path)) found.push(n);
        const value = (n.value ?? n.body) as Node | undefined;
        if (value) walk(value, next);
        return;
      }
    }
    if (n.type === "ArrayExpression") {
      (n.elements as (Node | null)[]).forEach((e, i) => {
        if (!e) return;
        const next = [...chain, String(i)];
        if (endsWith(next, path)) found.push(e);
        walk(e, next);
      });
      return;
    }
    for (const c of children(n)) walk(c, chain);
  };
  walk(scope, []);
  return found;
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

const endsWith = (chain: readonly string[], path: readonly string[]) =>
  path.length > 0 &&
  chain.length >= path.length &&
  path.every((p, i) => chain[chain.length - path.length + i] === p);

/** The line of one definition (or declaration), or undefined when it cannot be found. */
export function locateDefinition(origin: Origin): SourceLocation | undefined {
  const moduleLoc = origin.module.location;
  const file = moduleLoc?.file ?? origin.module.file;
  if (!file?.startsWith("/") || origin.path.length === 0) return undefined;
  const ast = parse(file);
  if (!ast) return undefined;
  const call = moduleLoc?.line !== undefined ? callAt(ast, moduleLoc.line, moduleLoc.column ?? 0) : undefined;
  // Inside the module first; options and values may also be written elsewhere in the file.
  for (const scope of call ? [call, ast] : [ast]) {
    // Longest suffix first: the full path is the best evidence. A single name is only trusted
    // inside the module itself.
    const shortest = scope === call ? 1 : Math.min(2, origin.path.length);
    for (let start = 0; origin.path.length - start >= shortest; start++) {
      const hits = findPath(scope, origin.path.slice(start)).filter(
        (n) => isDeclaration(n) === (origin.declaration === true),
      );
      if (hits.length > 0) {
        const l = hits[0]!.loc!.start;
        return { file, line: l.line, column: l.column + 1 };
      }
    }
  }
  return undefined;
}

setLocator(locateDefinition);

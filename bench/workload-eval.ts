/**
 * Evaluates a synthetic homelab workload (../shared/bench format: H hosts × S services) with
 * hearth's module system, building real modules from the data: options with mkOption and types,
 * service configurations with mkIf/mkMerge, host definitions with mkForce/mkDefault/mkBefore.
 * Writes `{ <host>: <config> }` as canonical JSON (keys sorted, compact), like the Nix reference.
 *
 *   bench/workload WORKLOAD.json RESULT.json
 */
import { readFileSync, writeFileSync } from "node:fs";
import {
  defineModule,
  evalModules,
  type Module,
  mkIf,
  mkMerge,
  mkOption,
  type OptionType,
  canonicalJson,
  types,
} from "../src/modules/index.ts";

type TypeSpec =
  | string
  | { listOf: TypeSpec }
  | { attrsOf: TypeSpec }
  | { submodule: { options: OptionSpecs } };
type OptionSpecs = Record<string, { type: TypeSpec; default?: unknown }>;
type Computed = { template: string } | { param: string } | { expr: string };
interface Service {
  index: number;
  name: string;
  defaults: Record<string, unknown>;
  group: string;
  stateDir: string;
  file: string;
}
interface Workload {
  format: string;
  version: number;
  shared: { file: string; options: OptionSpecs; config: Record<string, unknown> };
  serviceTemplate: {
    optionPrefix: string;
    options: OptionSpecs;
    config: {
      when: string;
      always: Record<string, unknown>;
      conditional: { when: string; defs: Record<string, unknown> }[];
    };
  };
  serviceList: Service[];
  hostList: { name: string; file: string; definitions: Record<string, unknown> }[];
}

/** What templates and expressions may refer to. */
interface Scope {
  name?: string;
  config?: any;
  cfg?: any;
  service?: Service;
}

/** `a.b.c` compiled into a function reading that path. */
function getter(path: string): (obj: any) => any {
  const parts = path.split(".");
  if (parts.length === 1) return (o) => o?.[path];
  return (o) => {
    for (const p of parts) o = o?.[p];
    return o;
  };
}

function setPath(target: Record<string, any>, dotted: string, value: unknown): void {
  setParts(target, dotted.split("."), value);
}
function setParts(target: Record<string, any>, parts: readonly string[], value: unknown): void {
  let cur = target;
  for (let i = 0; i < parts.length - 1; i++) cur = cur[parts[i]!] ??= {};
  cur[parts[parts.length - 1]!] = value;
}

// The workload describes module code as data (templates, expressions, dotted keys). It is
// compiled into JavaScript once per piece of data, the code a user would have written by hand
// (object literals, template strings, property reads), and run for every host and element.

/** JavaScript reading `a.b.c` from the expression `from`, a missing step giving undefined. */
const readCode = (from: string, path: string) =>
  from +
  path
    .split(".")
    .map((p) => `?.[${JSON.stringify(p)}]`)
    .join("");

/** A template reference as a JavaScript expression over the scope `s`. */
function referenceCode(part: string): string {
  if (part === "name") return "s.name";
  if (part === "service") return "s.service.name";
  if (part === "url")
    return '("https://" + String(s.cfg.subdomain) + "." + String(s.config.networking.domain))';
  if (part.startsWith("config.")) return readCode("s.config", part.slice(7));
  if (part.startsWith("cfg.")) return readCode("s.cfg", part.slice(4));
  throw new Error(`unknown template reference ${part}`);
}

/** A `${…}` template as a JavaScript string expression. */
function templateCode(text: string): string {
  const pieces = text
    .split(/\$\{([^}]+)\}/)
    .map((part, i) =>
      i % 2 === 0 ? (part === "" ? "" : JSON.stringify(part)) : `String(${referenceCode(part)})`,
    )
    .filter((piece) => piece !== "");
  return pieces.length === 0 ? '""' : `(${pieces.join(" + ")})`;
}

/** The workload's expressions: `cfg.port >= 1024`, `cfg.subdomain != ""`, `cfg.enable`, … */
function expressionCode(expr: string): string {
  const m = /^(config|cfg)\.([\w.]+)(?:\s*(>=|!=|==)\s*(.+))?$/.exec(expr.trim());
  if (!m) throw new Error(`unsupported expression ${expr}`);
  const [, root, path, op, rhsText] = m;
  const read = readCode(root === "config" ? "s.config" : "s.cfg", path!);
  if (op === undefined) return read;
  const rhs = JSON.stringify(JSON.parse(rhsText!));
  return `(${read} ${op === ">=" ? ">=" : op === "!=" ? "!==" : "==="} ${rhs})`;
}

/**
 * A definition tree with computed values (templates, params, expressions, dotted and templated
 * keys) as a JavaScript expression building it from the scope `s`.
 */
function valueCode(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(valueCode).join(", ")}]`;
  if (v === undefined) return "undefined";
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  const o = v as Record<string, unknown>;
  if (typeof o.template === "string") return templateCode(o.template);
  if (typeof o.param === "string") return readCode("s.service", o.param);
  if (typeof o.expr === "string") return expressionCode(o.expr);
  return objectCode(Object.entries(o).map(([k, x]) => [k, valueCode(x)]));
}

/** An object built from `[key, code]` entries, in order: dotted keys nest, as `a.b = 1` in Nix. */
function objectCode(entries: [string, string][]): string {
  const statements = entries.map(([k, code]) => {
    const nest = (parts: string[]) => {
      let target = "out";
      for (const part of parts) target = `(${target}[${JSON.stringify(part)}] ??= {})`;
      return target;
    };
    const templated = k.indexOf("${");
    if (templated >= 0) {
      // What is filled in may hold dots: it is split when the code runs.
      const dot = k.lastIndexOf(".", templated);
      const fixed = dot < 0 ? [] : k.slice(0, dot).split(".");
      return `setPath(${nest(fixed)}, ${templateCode(k.slice(dot + 1))}, ${code});`;
    }
    const parts = k.split(".");
    return `${nest(parts.slice(0, -1))}[${JSON.stringify(parts[parts.length - 1])}] = ${code};`;
  });
  return `((out) => { ${statements.join(" ")} return out; })({})`;
}

// Compiled once per piece of data: the workload is read once, and its objects are the same for
// every host and every element.
const compiled = new Map<unknown, (s: Scope, ...rest: any[]) => any>();

function compileCode(key: unknown, code: () => string): (s: Scope, ...rest: any[]) => any {
  let f = compiled.get(key);
  if (!f) {
    f = new Function("setPath", "mkOption", `"use strict"; return (s, T) => ${code()};`)(
      setPath,
      mkOption,
    ) as (s: Scope) => any;
    compiled.set(key, f);
  }
  return f;
}

/** A definition tree compiled into a function building it from a scope. */
function compile(v: unknown): (s: Scope) => any {
  if (v === null || typeof v !== "object") return () => v;
  return compileCode(v, () => valueCode(v));
}

/** An expression compiled into a function of a scope. */
function expression(expr: string): (s: Scope) => unknown {
  return compileCode(`expr:${expr}`, () => expressionCode(expr));
}

const baseTypes: Record<string, OptionType<any, any>> = {
  str: types.str,
  int: types.int,
  bool: types.bool,
  port: types.port,
  lines: types.lines,
};

/** A hearth type from the workload's type DSL; `outer` gives the config a submodule default may read. */
function typeOf(spec: TypeSpec, outer: () => any): OptionType<any, any> {
  if (typeof spec === "string") return baseTypes[spec]!;
  if ("listOf" in spec) return types.listOf(typeOf(spec.listOf, outer));
  if ("attrsOf" in spec) return types.attrsOf(typeOf(spec.attrsOf, outer));
  const declareSub = declarations(spec.submodule.options, outer);
  if (!JSON.stringify(spec.submodule.options).includes("${"))
    return types.submodule({ options: declareSub({}) });
  // Defaults that use the attribute name or the outer config: declared per element, as in NixOS.
  return types.submodule(({ name }: { name: string }) => ({
    options: declareSub({ name, config: outer() }),
  }));
}

/**
 * Compiles option specs into a function declaring them (defaults computed from a scope). The
 * types are made here, once per call: a submodule's option types are new in every evaluation
 * of a module function that declares them, as in NixOS.
 */
function declarations(specs: OptionSpecs, outer: () => any): (scope: Scope) => Record<string, unknown> {
  const optionTypes = Object.values(specs).map((spec) => typeOf(spec.type, outer));
  const declare = compileCode(specs, () =>
    objectCode(
      Object.entries(specs).map(([path, spec], i) => [
        path,
        "default" in spec
          ? `mkOption({ type: T[${i}], default: ${valueCode(spec.default)} })`
          : `mkOption({ type: T[${i}] })`,
      ]),
    ),
  );
  return (scope) => declare(scope, optionTypes);
}

export function sharedModule(w: Workload): Module {
  const assertions = w.shared.config.assertions as { assertion: Computed; message: string }[];
  return defineModule(
    ({ config }) => ({
      options: declarations(w.shared.options, () => config)({}) as any,
      config: ({ config }) =>
        ({
          assertions: assertions.map((a) => ({
            assertion: compile(a.assertion)({ config }),
            message: a.message,
          })),
        }) as any,
    }),
    { file: w.shared.file },
  );
}

export function serviceModule(w: Workload, service: Service): Module {
  const t = w.serviceTemplate;
  const prefix = t.optionPrefix.replace("<service>", service.name);
  const cfgOf = getter(prefix);
  const options: Record<string, unknown> = {};
  setPath(options, prefix, declarations(t.options, () => undefined)({ service }));
  const when = expression(t.config.when);
  const always = compile(t.config.always);
  const conditions = t.config.conditional.map((c) => ({ when: expression(c.when), defs: compile(c.defs) }));
  return defineModule(
    {
      options: options as any,
      config: ({ config }) => {
        const scope: Scope = { config, cfg: cfgOf(config), service };
        return mkIf(
          when(scope) as boolean,
          mkMerge([always(scope), ...conditions.map((c) => mkIf(c.when(scope) as boolean, c.defs(scope)))]),
        ) as any;
      },
    },
    { file: service.file },
  );
}

/**
 * Evaluates the named hosts (all by default) and returns, per host in order, `"<host>":<config>`
 * as canonical JSON. Each host is serialised as soon as it is evaluated, so only one host's
 * evaluation is alive at a time.
 */
export function evaluateHosts(w: Workload, names?: readonly string[]): string[] {
  if (w.format !== "homelab-module-workload" || w.version !== 1) {
    throw new Error("not a homelab-module-workload v1 file");
  }
  const shared = sharedModule(w);
  const services = w.serviceList.map((s) => serviceModule(w, s));
  const wanted = names ? new Set(names) : undefined;
  const parts: string[] = [];
  for (const host of sortedHosts(w)) {
    if (wanted && !wanted.has(host.name)) continue;
    const hostModule = defineModule(host.definitions as Module, { file: host.file });
    const { config } = evalModules({ modules: [shared, hostModule, ...services] });
    const failed = (config.assertions as { assertion: boolean; message: string }[]).filter(
      (a) => !a.assertion,
    );
    if (failed.length > 0) {
      throw new Error(`Failed assertions on ${host.name}:\n- ${failed.map((a) => a.message).join("\n- ")}`);
    }
    parts.push(`${JSON.stringify(host.name)}:${canonicalJson(config)}`);
  }
  return parts;
}

const sortedHosts = (w: Workload) =>
  [...w.hostList].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/** The whole result in one thread (tests use it). */
export function evaluateWorkload(w: Workload): string {
  return `{${evaluateHosts(w).join(",")}}`;
}

export function main(argv: string[]): number {
  const [input, output] = argv;
  if (!input || !output) {
    process.stderr.write("usage: bench/workload WORKLOAD.json RESULT.json\n");
    return 2;
  }
  const w = JSON.parse(readFileSync(input, "utf8")) as Workload;
  try {
    writeFileSync(output, evaluateWorkload(w));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}

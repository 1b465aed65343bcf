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

/** Compiles a `${…}` template once; the result fills it in from a scope. */
function compileTemplate(text: string): (s: Scope) => string {
  const parts = text.split(/\$\{([^}]+)\}/);
  const pieces = parts.map((part, i): ((s: Scope) => string) => {
    if (i % 2 === 0) return () => part;
    if (part === "name") return (s) => s.name!;
    if (part === "service") return (s) => s.service!.name;
    if (part === "url") return (s) => `https://${s.cfg.subdomain}.${s.config.networking.domain}`;
    const ref = part.startsWith("config.")
      ? part.slice(7)
      : part.startsWith("cfg.")
        ? part.slice(4)
        : undefined;
    if (ref === undefined) throw new Error(`unknown template reference ${part}`);
    const read = getter(ref);
    return part.startsWith("config.") ? (s) => String(read(s.config)) : (s) => String(read(s.cfg));
  });
  return (s) => {
    let out = "";
    for (const p of pieces) out += p(s);
    return out;
  };
}

/** The workload's expressions, compiled once: `cfg.port >= 1024`, `cfg.subdomain != ""`, … */
function expression(expr: string): (s: Scope) => unknown {
  const m = /^(config|cfg)\.([\w.]+)(?:\s*(>=|!=|==)\s*(.+))?$/.exec(expr.trim());
  if (!m) throw new Error(`unsupported expression ${expr}`);
  const [, root, path, op, rhsText] = m;
  const rhs = rhsText === undefined ? undefined : JSON.parse(rhsText);
  const read = getter(path!);
  return (s) => {
    const v = read(root === "config" ? s.config : s.cfg);
    if (op === ">=") return v >= rhs;
    if (op === "!=") return v !== rhs;
    if (op === "==") return v === rhs;
    return v;
  };
}

/**
 * Compiles a definition tree with computed values (templates, params, expressions, dotted and
 * templated keys) into a function building it from a scope: the module's code, written once.
 */
function compile(v: unknown): (s: Scope) => unknown {
  if (Array.isArray(v)) {
    const items = v.map(compile);
    return (s) => items.map((f) => f(s));
  }
  if (v === null || typeof v !== "object") return () => v;
  const o = v as Record<string, unknown>;
  if (typeof o.template === "string") return compileTemplate(o.template);
  if (typeof o.param === "string") {
    const read = getter(o.param);
    return (s) => read(s.service);
  }
  if (typeof o.expr === "string") return expression(o.expr);
  const entries = Object.entries(o).map(([k, x]) => {
    const value = compile(x);
    if (k.includes("${")) {
      const key = compileTemplate(k);
      return (s: Scope, out: Record<string, unknown>) => setPath(out, key(s), value(s));
    }
    const parts = k.split(".");
    return parts.length > 1
      ? (s: Scope, out: Record<string, unknown>) => setParts(out, parts, value(s))
      : (s: Scope, out: Record<string, unknown>) => {
          out[k] = value(s);
        };
  });
  return (s) => {
    const out: Record<string, unknown> = {};
    for (const e of entries) e(s, out);
    return out;
  };
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

/** Compiles option specs into a function declaring them (defaults computed from a scope). */
function declarations(specs: OptionSpecs, outer: () => any): (scope: Scope) => Record<string, unknown> {
  const entries = Object.entries(specs).map(([path, spec]) => {
    const type = typeOf(spec.type, outer);
    const parts = path.split(".");
    const withDefault = "default" in spec;
    const computedDefault = compile(spec.default);
    return (scope: Scope, out: Record<string, unknown>) =>
      setParts(
        out,
        parts,
        withDefault ? mkOption({ type, default: computedDefault(scope) }) : mkOption({ type }),
      );
  });
  return (scope) => {
    const out: Record<string, unknown> = {};
    for (const e of entries) e(scope, out);
    return out;
  };
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

/**
 * `.sops.yaml`: `creation_rules` pick the recipients and the encryption rule of a new file (first
 * rule whose `path_regex` matches the file's path relative to the config's folder), `stores`
 * set output indentation. hearth looks for the file upwards from the secrets file's folder, then
 * (like sops) from the working directory; `--config` or `SOPS_CONFIG` name it directly.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { parse } from "yaml";
import { splitRecipients } from "./age/recipients.ts";
import { SecretsError } from "./errors.ts";
import { cachedForFile } from "./file-cache.ts";
import type { StoreOptions } from "./formats/index.ts";
import type { RecipientGroups } from "./key-groups.ts";
import { type EncryptionRule, goRegExp, type RuleKind, ruleFromFields } from "./rules.ts";

export const CONFIG_FILE_NAME = ".sops.yaml";

export interface CreationRule {
  pathRegex: string | undefined;
  keyGroups: RecipientGroups;
  shamirThreshold: number;
  rule: EncryptionRule | undefined;
  macOnlyEncrypted: boolean;
}

export interface SopsConfig {
  path: string;
  rules: CreationRule[];
  stores: StoreOptions;
}

const OTHER_KEY_KINDS = [
  "pgp",
  "kms",
  "gcp_kms",
  "azure_keyvault",
  "hc_vault_transit_uri",
  "hc_vault",
  "hckms",
];

type Fields = Record<string, unknown>;

function recipientsOf(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return splitRecipients(value);
  if (Array.isArray(value)) {
    return value.flatMap((v) => {
      if (typeof v !== "string") throw new SecretsError(`${where}: recipients must be strings`);
      return splitRecipients(v);
    });
  }
  throw new SecretsError(`${where}: expected a string or a list of strings`);
}

function refuseOtherKeys(fields: Fields, where: string): void {
  for (const kind of OTHER_KEY_KINDS) {
    const v = fields[kind];
    if (v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0)) {
      throw new SecretsError(`${where}: '${kind}' keys are not supported by hearth (only age)`);
    }
  }
}

function groupRecipients(group: unknown, where: string): string[] {
  if (!group || typeof group !== "object" || Array.isArray(group)) {
    throw new SecretsError(`${where}: a key group must be a mapping`);
  }
  const fields = group as Fields;
  refuseOtherKeys(fields, where);
  const merged = Array.isArray(fields.merge)
    ? fields.merge.flatMap((g, i) => groupRecipients(g, `${where}.merge[${i}]`))
    : [];
  return [...new Set([...recipientsOf(fields.age, `${where}.age`), ...merged])];
}

function parseRule(raw: unknown, where: string): CreationRule {
  if (!raw || typeof raw !== "object" || Array.isArray(raw))
    throw new SecretsError(`${where}: must be a mapping`);
  const fields = raw as Fields;
  let keyGroups: RecipientGroups;
  if (Array.isArray(fields.key_groups) && fields.key_groups.length > 0) {
    keyGroups = fields.key_groups.map((g, i) => groupRecipients(g, `${where}.key_groups[${i}]`));
  } else {
    refuseOtherKeys(fields, where);
    keyGroups = [recipientsOf(fields.age, `${where}.age`)];
  }
  const threshold = fields.shamir_threshold ?? 0;
  if (typeof threshold !== "number" || !Number.isInteger(threshold) || threshold < 0) {
    throw new SecretsError(`${where}: shamir_threshold must be a whole number`);
  }
  const pathRegex = fields.path_regex;
  if (pathRegex !== undefined && typeof pathRegex !== "string") {
    throw new SecretsError(`${where}: path_regex must be a string`);
  }
  if (typeof pathRegex === "string") goRegExp(pathRegex); // reports a bad pattern early
  return {
    pathRegex: pathRegex || undefined,
    keyGroups,
    shamirThreshold: threshold,
    rule: ruleFromFields(fields as Partial<Record<RuleKind, unknown>>, where),
    macOnlyEncrypted: fields.mac_only_encrypted === true,
  };
}

function indentOf(stores: Fields | undefined, store: string): number | undefined {
  const section = stores?.[store] as Fields | undefined;
  const indent = section?.indent;
  return typeof indent === "number" ? indent : undefined;
}

export function loadConfig(path: string): SopsConfig {
  return cachedForFile(path, "sops-config", () => parseConfigFile(path));
}

function parseConfigFile(path: string): SopsConfig {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new SecretsError(`cannot read ${path}: ${(e as Error).message}`);
  }
  const doc = (raw ?? {}) as Fields;
  const rules = Array.isArray(doc.creation_rules)
    ? doc.creation_rules.map((r, i) => parseRule(r, `${path}: creation_rules[${i}]`))
    : [];
  const stores = doc.stores as Fields | undefined;
  return {
    path,
    rules,
    stores: { yamlIndent: indentOf(stores, "yaml"), jsonIndent: indentOf(stores, "json") },
  };
}

/** The nearest `.sops.yaml` at or above `dir` (at most 100 levels, as sops). */
export function findConfigUpwards(dir: string): string | undefined {
  let current = resolve(dir);
  for (let i = 0; i < 100; i++) {
    const candidate = join(current, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

export interface ConfigLookup {
  /** `--config`: a config file to use instead of searching. */
  configPath?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** The config that governs `file`: explicit, else found upwards from the file, else from the cwd. */
export function findConfig(file: string, lookup: ConfigLookup = {}): SopsConfig | undefined {
  const cwd = lookup.cwd ?? process.cwd();
  const explicit = lookup.configPath ?? (lookup.env ?? process.env).SOPS_CONFIG;
  if (explicit) return loadConfig(resolve(cwd, explicit));
  const path = findConfigUpwards(dirname(resolve(cwd, file))) ?? findConfigUpwards(cwd);
  if (!path) return undefined;
  const config = loadConfig(path);
  return config.rules.length > 0 || Object.values(config.stores).some((v) => v !== undefined)
    ? config
    : undefined;
}

/** The first creation rule matching `file` (path relative to the config's folder, regex unanchored). */
export function creationRuleFor(config: SopsConfig, file: string, cwd = process.cwd()): CreationRule {
  const absolute = resolve(cwd, file);
  const configDir = dirname(config.path);
  const rel = absolute.startsWith(configDir + sep) ? relative(configDir, absolute) : absolute;
  const rule = config.rules.find((r) => r.pathRegex === undefined || goRegExp(r.pathRegex).test(rel));
  if (!rule) throw new SecretsError(`no creation rule in ${config.path} matches ${rel}`);
  return rule;
}

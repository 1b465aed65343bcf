/**
 * The `sops` metadata entry: key groups (each age recipient with its wrapped data key, plus
 * master keys of other kinds kept as they are), the MAC, the rule, timestamps and version.
 * Read leniently (old layouts, `null` or `[]` lists, numbers as strings); written as current sops
 * writes it: keys sorted alphabetically at every level, empty fields left out.
 */
import { SecretsError } from "./errors.ts";
import { type EncryptionRule, RULE_KINDS, type RuleKind, ruleFromFields } from "./rules.ts";
import { Branch, cloneNode, List, type TreeNode } from "./tree.ts";

/** The sops version hearth writes into files (strict semver: Go sops compares it). */
export const SOPS_VERSION = "3.13.2";

export const METADATA_KEY = "sops";

/** The later of two semver versions (a malformed one loses), as sops raises `version` on edit. */
export function laterVersion(a: string, b: string): string {
  const parse = (v: string) => /^(\d+)\.(\d+)\.(\d+)$/.exec(v)?.slice(1).map(Number);
  const [pa, pb] = [parse(a), parse(b)];
  if (!pa) return b;
  if (!pb) return a;
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! > pb[i]! ? a : b;
  return a;
}

/** The master-key kinds sops knows besides age; hearth keeps them but cannot use them. */
const FOREIGN_KINDS = ["azure_kv", "gcp_kms", "hc_vault", "hckms", "kms", "pgp"] as const;

export interface AgeKey {
  recipient: string;
  /** The data key (or its Shamir share), age-encrypted to `recipient`, ASCII-armored. */
  enc: string;
}

export interface ForeignKey {
  kind: string;
  entry: TreeNode;
}

export interface KeyGroup {
  age: AgeKey[];
  foreign: ForeignKey[];
}

export interface Metadata {
  keyGroups: KeyGroup[];
  /** 0 when unset (sops then needs every group). */
  shamirThreshold: number;
  lastModified: string;
  mac: string;
  /** The rule as written in the file; undefined when the file names none. */
  rule: EncryptionRule | undefined;
  macOnlyEncrypted: boolean;
  version: string;
}

function text(node: TreeNode | undefined, field: string): string {
  if (node === undefined || node === null) return "";
  if (typeof node === "string") return node;
  if (typeof node === "number" || typeof node === "bigint" || typeof node === "boolean") return String(node);
  throw new SecretsError(`sops metadata field '${field}' should be a string`);
}

function listItems(node: TreeNode | undefined, field: string): TreeNode[] {
  if (node === undefined || node === null || node === "") return [];
  if (node instanceof List) return node.values();
  throw new SecretsError(`sops metadata field '${field}' should be a list`);
}

function readGroup(source: Branch, where: string): KeyGroup {
  const age = listItems(source.get("age"), `${where}age`).map((item, i) => {
    if (!(item instanceof Branch))
      throw new SecretsError(`sops metadata ${where}age[${i}] should be a mapping`);
    const key = {
      recipient: text(item.get("recipient"), "recipient").trim(),
      enc: text(item.get("enc"), "enc"),
    };
    if (!key.recipient || !key.enc) {
      throw new SecretsError(`sops metadata ${where}age[${i}] needs both 'recipient' and 'enc'`);
    }
    return key;
  });
  const foreign = FOREIGN_KINDS.flatMap((kind) =>
    listItems(source.get(kind), `${where}${kind}`).map((entry) => ({ kind, entry: cloneNode(entry) })),
  );
  return { age, foreign };
}

function readThreshold(node: TreeNode | undefined): number {
  if (node === undefined || node === null || node === "") return 0;
  const n = typeof node === "string" ? Number(node) : typeof node === "bigint" ? Number(node) : node;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0) {
    throw new SecretsError("sops metadata field 'shamir_threshold' should be a whole number");
  }
  return n;
}

export function metadataFromBranch(sops: TreeNode | undefined): Metadata {
  if (!(sops instanceof Branch)) {
    throw new SecretsError("no sops metadata found (the file is not encrypted with sops)");
  }
  const flat = readGroup(sops, "");
  const keyGroups =
    flat.age.length > 0 || flat.foreign.length > 0
      ? [flat]
      : listItems(sops.get("key_groups"), "key_groups").map((g, i) => {
          if (!(g instanceof Branch))
            throw new SecretsError(`sops metadata key_groups[${i}] should be a mapping`);
          return readGroup(g, `key_groups[${i}].`);
        });
  if (keyGroups.length === 0 || keyGroups.every((g) => g.age.length === 0 && g.foreign.length === 0)) {
    throw new SecretsError("no keys found in the sops metadata");
  }
  const ruleFields: Partial<Record<RuleKind, unknown>> = {};
  for (const kind of RULE_KINDS) ruleFields[kind] = sops.get(kind) ?? undefined;
  const macOnly = sops.get("mac_only_encrypted");
  const lastModified = text(sops.get("lastmodified"), "lastmodified");
  if (!lastModified) throw new SecretsError("sops metadata has no 'lastmodified'");
  return {
    keyGroups,
    shamirThreshold: readThreshold(sops.get("shamir_threshold")),
    lastModified,
    mac: text(sops.get("mac"), "mac"),
    rule: ruleFromFields(ruleFields, "sops metadata"),
    macOnlyEncrypted: macOnly === true || macOnly === "true",
    version: text(sops.get("version"), "version"),
  };
}

function sorted(entries: [string, TreeNode][]): Branch {
  const byKey = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new Branch(byKey.map(([key, value]) => ({ key, value })));
}

function groupEntries(group: KeyGroup): [string, TreeNode][] {
  const out: [string, TreeNode][] = [];
  if (group.age.length > 0) {
    out.push([
      "age",
      new List(
        group.age.map((k) =>
          sorted([
            ["enc", k.enc],
            ["recipient", k.recipient],
          ]),
        ),
      ),
    ]);
  }
  for (const kind of FOREIGN_KINDS) {
    const entries = group.foreign.filter((f) => f.kind === kind).map((f) => cloneNode(f.entry));
    if (entries.length > 0) out.push([kind, new List(entries)]);
  }
  return out;
}

/** The metadata as a tree, in the layout current sops writes. */
export function metadataToBranch(md: Metadata): Branch {
  const entries: [string, TreeNode][] = [];
  if (md.keyGroups.length === 1) entries.push(...groupEntries(md.keyGroups[0]!));
  else entries.push(["key_groups", new List(md.keyGroups.map((g) => sorted(groupEntries(g))))]);
  entries.push(["lastmodified", md.lastModified], ["mac", md.mac], ["version", md.version]);
  if (md.macOnlyEncrypted) entries.push(["mac_only_encrypted", true]);
  if (md.shamirThreshold > 0 && md.keyGroups.length > 1)
    entries.push(["shamir_threshold", BigInt(md.shamirThreshold)]);
  if (md.rule) entries.push([md.rule.kind, md.rule.value]);
  return sorted(entries);
}

/**
 * The realiser: a pure function from a host's evaluated configuration to its generation (the
 * files of the generation folder, in memory, and its manifest). It reads nothing but the lab's
 * files that the configuration names (`files.*.source`, `secrets.*.sopsFile`), and never
 * decrypts: secrets files are copied encrypted. Nothing in a generation depends on where the lab
 * is checked out, when, or on which machine.
 */
import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import type { Evaluation } from "../../modules/index.ts";
import { normalMode } from "../common.ts";
import { placeholderPattern } from "../secrets.ts";
import { AccountReferences, realiseAccounts } from "./accounts.ts";
import { PathClaims, unitDir } from "./claims.ts";
import {
  type GenerationFile,
  generationHash,
  type Manifest,
  type ManifestCheck,
  type ManifestFile,
  type ManifestSecret,
  type ManifestSecretFile,
  type ManifestTemplate,
  manifestFormat,
  sha256,
} from "./manifest.ts";
import { GenerationError, Problems } from "./problems.ts";
import { enabledUnits, realiseUnits, type UnitView } from "./units.ts";

export interface Generation {
  readonly host: string;
  readonly manifest: Manifest;
  /** Every file of the generation folder but manifest.json, sorted by path. */
  readonly files: readonly GenerationFile[];
  /** The host's warnings (printed, not part of the generation). */
  readonly warnings: readonly string[];
}

export interface RealiseInput {
  readonly host: string;
  readonly evaluation: Evaluation;
  /** The lab's root: files the configuration names must be inside it. */
  readonly root: string;
  readonly readFile?: (path: string) => Buffer;
}

const byKey = <T>(o: Readonly<Record<string, T>>): [string, T][] =>
  Object.keys(o)
    .sort()
    .map((k) => [k, o[k]!]);

/** The path of a lab file inside the lab (`/`-separated), or null when it is outside. */
function labPath(root: string, path: string): string | null {
  const rel = relative(root, path);
  return rel === "" || rel.startsWith("..") || rel.startsWith(sep) ? null : rel.split(sep).join("/");
}

const secretFormats: Record<string, string> = {
  yaml: "yaml",
  yml: "yaml",
  json: "json",
  env: "dotenv",
  ini: "ini",
};

export function realise(input: RealiseInput): Generation {
  const { host, evaluation, root } = input;
  const read = input.readFile ?? ((p: string) => readFileSync(p));
  const config = evaluation.config;
  const problems = new Problems(evaluation);
  const claims = new PathClaims(problems);
  const accounts = new AccountReferences(config.users, config.groups, problems);
  const files: GenerationFile[] = [];
  const readLabFile = (path: string, at: readonly string[]): { rel: string; content: Buffer } | null => {
    const rel = labPath(root, path);
    if (rel === null) {
      problems.add(at, `\`${path}' is outside the lab (${root}): a generation holds only files of the lab`);
      return null;
    }
    try {
      return { rel, content: read(path) };
    } catch (e) {
      problems.add(at, `cannot read \`${rel}': ${(e as Error).message}`);
      return null;
    }
  };

  // files
  const manifestFiles: ManifestFile[] = [];
  for (const [path, f] of byKey<any>(config.files)) {
    if (!f.enable) continue;
    const at = ["files", path];
    claims.claim(path, "file", at);
    accounts.user(f.user, [...at, "user"]);
    accounts.group(f.group, [...at, "group"]);
    const kinds = (["text", "source", "symlink"] as const).filter((k) => f[k] !== null);
    if (kinds.length !== 1) {
      problems.add(
        at,
        kinds.length === 0
          ? "a file needs one of `text`, `source` or `symlink`"
          : `a file has one of \`text\`, \`source\` or \`symlink\`, not ${kinds.map((k) => `\`${k}\``).join(" and ")}`,
        kinds.map((k) => [...at, k]),
      );
      continue;
    }
    if (f.symlink !== null) {
      manifestFiles.push({ path, symlink: f.symlink, user: f.user, group: f.group });
      continue;
    }
    const content = f.text !== null ? Buffer.from(f.text) : readLabFile(f.source, [...at, "source"])?.content;
    if (!content) continue;
    const mode = normalMode(f.mode);
    files.push({ path: `files${path}`, content, mode, user: f.user, group: f.group });
    manifestFiles.push({ path, sha256: sha256(content), mode, user: f.user, group: f.group });
  }

  // units
  const units = realiseUnits(config.systemd, problems);
  files.push(...units.files);
  for (const { kind, name, unit, at } of enabledUnits(
    config.systemd as Record<string, Record<string, UnitView>>,
  )) {
    claims.claim(`${unitDir}/${name}${unit.dropIn ? ".d/hearth.conf" : ""}`, "file", at);
    const section =
      kind.section === "Service" || kind.section === "Socket" ? (unit[kind.section] as any) : null;
    if (section && kind.section === "Service" && section.DynamicUser !== true) {
      accounts.user(section.User, [...at, "Service", "User"]);
      accounts.group(section.Group, [...at, "Service", "Group"]);
    }
    if (section && kind.section === "Service") {
      for (const g of section.SupplementaryGroups)
        accounts.group(g, [...at, "Service", "SupplementaryGroups"]);
    }
    if (section && kind.section === "Socket") {
      accounts.user(section.SocketUser, [...at, "Socket", "SocketUser"]);
      accounts.group(section.SocketGroup, [...at, "Socket", "SocketGroup"]);
    }
  }

  // users and groups
  const { users, groups } = realiseAccounts(config.users, config.groups, problems);
  for (const u of users) {
    accounts.group(u.group, ["users", u.name, "group"]);
    for (const g of u.extraGroups) accounts.group(g, ["users", u.name, "extraGroups"]);
  }
  for (const g of groups) for (const m of g.members) accounts.user(m, ["groups", g.name, "members"]);

  // directories
  const directories = byKey<any>(config.directories).map(([path, d]) => {
    const at = ["directories", path];
    claims.claim(path, "directory", at);
    accounts.user(d.user, [...at, "user"]);
    accounts.group(d.group, [...at, "group"]);
    return { path, mode: normalMode(d.mode), user: d.user, group: d.group };
  });

  // containers
  const containerNames = new Set(Object.keys(config.containers));
  const containers = byKey<any>(config.containers).map(([name, c]) => {
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name)) {
      problems.add(["containers", name], `\`${name}' is not a container name podman accepts`);
    }
    for (const d of c.dependsOn) {
      if (!containerNames.has(d)) {
        problems.add(["containers", name, "dependsOn"], `there is no container \`${d}' on ${host}`);
      }
    }
    return { name, image: c.image, unit: `${c.serviceName}.service` };
  });

  // where a secret or template is written, whose it is, and what restarts with it
  const secretFile = (f: any, at: string[]): Omit<ManifestSecretFile, "name"> => {
    claims.claim(f.path, "file", [...at, "path"]);
    accounts.user(f.owner, [...at, "owner"]);
    accounts.group(f.group, [...at, "group"]);
    return {
      path: f.path,
      owner: f.owner,
      group: f.group,
      mode: normalMode(f.mode),
      restartUnits: [...f.restartUnits],
      reloadUnits: [...f.reloadUnits],
    };
  };

  // secrets: the encrypted files, once each, under secrets/<their path in the lab>
  const copied = new Set<string>();
  const secrets: ManifestSecret[] = [];
  for (const [name, s] of byKey<any>(config.secrets)) {
    const at = ["secrets", name];
    const written = secretFile(s, at);
    const file = readLabFile(s.sopsFile, [...at, "sopsFile"]);
    if (!file) continue;
    const source = `secrets/${file.rel}`;
    if (!copied.has(source)) {
      copied.add(source);
      files.push({ path: source, content: file.content, mode: "0644", user: "root", group: "root" });
    }
    const ext = file.rel.slice(file.rel.lastIndexOf(".") + 1);
    // in the manifest's key order: name, what to decrypt, then where it goes
    secrets.push({
      name,
      source,
      sha256: sha256(file.content),
      format: secretFormats[ext] ?? "binary",
      key: s.key,
      ...written,
    });
  }

  // templates: the text as it is, each placeholder naming a secret of this host
  const templates: ManifestTemplate[] = [];
  for (const [name, t] of byKey<any>(config.secretTemplates)) {
    const at = ["secretTemplates", name];
    if (name in config.secrets) {
      problems.add(at, `\`${name}' is also the name of a secret: a template needs a name of its own`);
    }
    const written = secretFile(t, at);
    const named = [...new Set([...(t.content as string).matchAll(placeholderPattern)].map((m) => m[1]!))];
    for (const secret of named) {
      if (!(secret in config.secrets)) {
        problems.add(
          [...at, "content"],
          `the placeholder for \`${secret}' names no secret of ${host} (secrets: ${Object.keys(config.secrets).sort().join(", ") || "none"})`,
        );
      }
    }
    templates.push({ name, content: t.content, secrets: named.sort(), ...written });
  }

  // checks
  const checks: ManifestCheck[] = [];
  for (const [name, c] of byKey<any>(config.checks)) {
    const kinds = (["unit", "tcp", "http"] as const).filter((k) => c[k] !== null);
    if (kinds.length !== 1) {
      problems.add(["checks", name], "a check sets exactly one of `unit`, `tcp` or `http`");
      continue;
    }
    const base = { name, timeoutSeconds: c.timeoutSeconds as number };
    if (c.unit !== null) checks.push({ ...base, unit: c.unit });
    else if (c.tcp !== null) checks.push({ ...base, tcp: { host: c.tcp.host, port: c.tcp.port } });
    else checks.push({ ...base, http: { url: c.http.url, status: c.http.status, body: c.http.body } });
  }

  claims.checkNesting();
  if (problems.list.length > 0) throw new GenerationError(host, problems.list);

  const body: Omit<Manifest, "hash"> = {
    format: manifestFormat,
    host,
    files: manifestFiles.sort((a, b) => (a.path < b.path ? -1 : 1)),
    units: units.units.sort((a, b) => (a.name < b.name ? -1 : 1)),
    users,
    groups,
    directories,
    packages: [...new Set<string>(config.packages)].sort(),
    containers,
    secrets,
    templates,
    checks,
  };
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest: Manifest = { ...body, hash: generationHash(files, body) };
  return { host, manifest, files, warnings: [...config.warnings] };
}

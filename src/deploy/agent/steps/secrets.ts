/**
 * Secrets (sops-nix' way, on any systemd host): every secret of the generation is decrypted with
 * the host's SSH ed25519 key into a new folder on tmpfs, with its owner and mode (0400 by default),
 * then the /run/hearth/secrets link is swapped to it at once and the old set removed. A secret whose
 * content, owner or mode differs from before (or that appears or goes) restarts its `restartUnits`
 * and reloads its `reloadUnits`, and nothing else does (sops-nix#220). Values never leave this
 * process but into those files: not in events, logs or errors. Templates (files mixing text and
 * secret values) are written the same way, their placeholders replaced by the decrypted values.
 * Decrypting is ./decrypt.ts.
 */
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statfsSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import type { Manifest, ManifestSecret } from "../../../host/realise/manifest.ts";
import { placeholderPattern } from "../../../host/placeholder.ts";
import { runDir, secretsGenerations, secretsLink } from "../../layout.ts";
import { secretFiles, secretLocation } from "../../plan/entries.ts";
import { readAccounts } from "../accounts.ts";
import { must } from "../sys.ts";
import type { StepContext } from "./context.ts";

const tmpfsMagic = [0x01021994, 0x858458f6]; // tmpfs, ramfs

/**
 * /run/hearth on tmpfs (it is where /run is one; otherwise hearth mounts its own), traversable by
 * every service (the deployer may have made it first, private), so that a service running as its
 * own user reaches its secret: the secrets' own modes and owners are what protect them.
 */
function ensureTmpfs(): void {
  mkdirSync(runDir, { recursive: true, mode: 0o755 });
  chmodSync(runDir, 0o755);
  if (tmpfsMagic.includes(Number(statfsSync(runDir).type))) return;
  must("mounting a tmpfs for secrets", "mount", [
    "-t",
    "tmpfs",
    "-o",
    "mode=0755,nosuid,nodev,noexec,size=64m",
    "tmpfs",
    runDir,
  ]);
}

/** Every secret's value; the decryption code is loaded only when there are secrets. */
export async function secretValues(
  dir: string | null,
  secrets: readonly ManifestSecret[],
): Promise<Map<string, Buffer>> {
  if (dir === null || secrets.length === 0) return new Map();
  const { decryptSecrets } = await import("./decrypt.ts");
  return decryptSecrets(dir, secrets);
}

interface Written {
  readonly content: Buffer;
  readonly uid: number;
  readonly gid: number;
  readonly mode: number;
}

function readOld(path: string): Written | null {
  try {
    const st = lstatSync(path);
    return { content: readFileSync(path), uid: st.uid, gid: st.gid, mode: st.mode & 0o7777 };
  } catch {
    return null;
  }
}

const same = (a: Written | null, b: Written | null) =>
  a !== null &&
  b !== null &&
  a.uid === b.uid &&
  a.gid === b.gid &&
  a.mode === b.mode &&
  a.content.equals(b.content);

/** Each secret's value, and each template's text with its placeholders replaced. */
function contents(m: Manifest, values: ReadonlyMap<string, Buffer>): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const s of m.secrets) out.set(s.name, values.get(s.name)!);
  for (const t of m.templates ?? []) {
    out.set(
      t.name,
      Buffer.from(t.content.replace(placeholderPattern, (_, name: string) => values.get(name)!.toString())),
    );
  }
  return out;
}

/** Writes `to`'s secrets and templates as a new set, swaps it in, and notes the units to restart or reload. */
export function secretsStep(ctx: StepContext, values: ReadonlyMap<string, Buffer>): void {
  const { to, from } = ctx;
  const oldDir = existsSync(secretsLink) ? readlinkSync(secretsLink) : null;
  const wanted = secretFiles(to);
  if (wanted.length === 0 && oldDir === null) return;
  const content = contents(to, values);
  ensureTmpfs();
  mkdirSync(secretsGenerations, { recursive: true, mode: 0o751 });
  const accounts = readAccounts();
  const used = readdirSync(secretsGenerations).map(Number).filter(Number.isInteger);
  const newDir = join(secretsGenerations, String(Math.max(0, ...used) + 1));
  rmSync(newDir, { recursive: true, force: true });
  mkdirSync(newDir, { mode: 0o751 });
  const changed = new Set<string>();
  const previous = secretFiles(from);
  const oldPath = (name: string) => {
    const s = previous.find((x) => x.name === name);
    return s && oldDir ? join(oldDir, secretLocation(s).inDir) : null;
  };
  for (const s of wanted) {
    const path = join(newDir, secretLocation(s).inDir);
    mkdirSync(dirname(path), { recursive: true, mode: 0o751 });
    writeFileSync(path, content.get(s.name)!, { mode: 0o600 });
    chownSync(path, accounts.uid(s.owner), accounts.gid(s.group));
    chmodSync(path, Number.parseInt(s.mode, 8));
    const before = oldPath(s.name) ?? (oldDir ? join(oldDir, secretLocation(s).inDir) : null);
    if (!same(before ? readOld(before) : null, readOld(path))) changed.add(s.name);
  }
  for (const s of previous) if (!wanted.some((x) => x.name === s.name)) changed.add(s.name);
  const tmp = `${secretsLink}.new`;
  rmSync(tmp, { force: true });
  symlinkSync(newDir, tmp);
  renameSync(tmp, secretsLink);
  for (const d of readdirSync(secretsGenerations)) {
    if (join(secretsGenerations, d) !== newDir)
      rmSync(join(secretsGenerations, d), { recursive: true, force: true });
  }
  if (ctx.mode === "boot") return;
  for (const s of [...wanted, ...previous]) {
    if (!changed.has(s.name)) continue;
    for (const u of s.restartUnits) ctx.secretRestarts.add(u);
    for (const u of s.reloadUnits) ctx.secretReloads.add(u);
  }
  if (changed.size > 0)
    ctx.events.emit("step", { step: "secrets", detail: `changed: ${[...changed].sort().join(", ")}` });
}

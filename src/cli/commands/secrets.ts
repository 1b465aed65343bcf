/**
 * `hearth secrets …`: sops-compatible secrets files with age keys. Thin over src/secrets; flags
 * and behaviour follow sops where both have them (`encrypt` and `decrypt` print to stdout unless
 * `--in-place`, the format follows the extension unless `--input-type`/`--output-type`).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import {
  Branch,
  decryptFile,
  editFile,
  encryptFile,
  type EncryptionRule,
  generateAgeKey,
  getAt,
  hostKeyRecipients,
  List,
  parseFormat,
  parseJsonValue,
  parseKeyPath,
  RULE_KINDS,
  renderPlain,
  rotateFile,
  SecretsError,
  setValue,
  splitRecipients,
  Timestamp,
  toPlain,
  unsetValue,
  updateKeys,
  writeFileAtomic,
} from "../../secrets/index.ts";
import { type Command, type Io, UserError } from "../command.ts";

type Values = Record<string, unknown>;

const USAGE = `hearth secrets <subcommand> [options]

  encrypt [--age R1,R2] [--in-place] FILE    encrypt (recipients from --age, $SOPS_AGE_RECIPIENTS
                                             or .sops.yaml)
  decrypt [--in-place] [--extract PATH] FILE decrypt; prints the plaintext
  edit FILE                                  open the plaintext in $EDITOR, re-encrypt if changed
  set FILE '["a"]["b"]' VALUE                set a value (JSON) in place
  unset FILE '["a"]["b"]'                    remove a value in place
  updatekeys FILE...                         re-wrap the data key for .sops.yaml's recipients
  rotate [--in-place] FILE                   new data key, everything re-encrypted
  keygen [-o FILE]                           new age key pair
  host-key FILE|HOST                         age recipient of an SSH ed25519 host key

Options: --input-type/--output-type yaml|json|dotenv|ini|binary, --output FILE, --config FILE,
  --unencrypted-suffix/--encrypted-suffix/--unencrypted-regex/--encrypted-regex S,
  --mac-only-encrypted, --ignore-mac, --idempotent, --value-file FILE, --value-stdin,
  --add-age R, --rm-age R, --port N`;

const flag = (values: Values, name: string): boolean => values[name] === true;
const text = (values: Values, name: string): string | undefined =>
  typeof values[name] === "string" ? (values[name] as string) : undefined;

function decodeForStdout(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${what} is binary data that cannot be printed; use --output FILE or --in-place`);
  }
}

function ruleFromFlags(values: Values): EncryptionRule | undefined {
  const given = RULE_KINDS.filter((k) => text(values, k.replaceAll("_", "-")) !== undefined);
  if (given.length > 1)
    throw new UserError(
      `only one of ${given.map((k) => `--${k.replaceAll("_", "-")}`).join(", ")} may be given`,
    );
  const kind = given[0];
  return kind ? { kind, value: text(values, kind.replaceAll("_", "-"))! } : undefined;
}

/** Writes output where the flags say: in place, to --output, or to stdout. */
function deliver(bytes: Uint8Array, file: string, values: Values, io: Io, plaintext: boolean): void {
  const output = text(values, "output");
  if (flag(values, "in-place")) writeFileAtomic(resolve(io.cwd, file), bytes);
  else if (output) writeFileAtomic(resolve(io.cwd, output), bytes, plaintext ? 0o600 : 0o644);
  else io.out(decodeForStdout(bytes, file));
}

function needFile(positionals: string[], index: number, what: string): string {
  const file = positionals[index];
  if (!file) throw new UserError(`hearth secrets ${positionals[0]}: missing ${what}\n\n${USAGE}`);
  return file;
}

async function encrypt(file: string, values: Values, io: Io): Promise<number> {
  const age = text(values, "age") ?? process.env.SOPS_AGE_RECIPIENTS;
  const threshold = text(values, "shamir-secret-sharing-threshold");
  const bytes = await encryptFile(file, {
    cwd: io.cwd,
    format: text(values, "input-type") ? parseFormat(text(values, "input-type")!) : undefined,
    outputFormat: text(values, "output-type") ? parseFormat(text(values, "output-type")!) : undefined,
    recipients: age !== undefined ? splitRecipients(age) : undefined,
    rule: ruleFromFlags(values),
    macOnlyEncrypted: flag(values, "mac-only-encrypted") ? true : undefined,
    shamirThreshold: threshold ? Number(threshold) : undefined,
    configPath: text(values, "config"),
  });
  deliver(bytes, file, values, io, false);
  return 0;
}

async function decrypt(file: string, values: Values, io: Io): Promise<number> {
  const inputType = text(values, "input-type");
  const decrypted = await decryptFile(file, {
    cwd: io.cwd,
    format: inputType ? parseFormat(inputType) : undefined,
    configPath: text(values, "config"),
    ignoreMac: flag(values, "ignore-mac"),
  });
  const outputType = text(values, "output-type");
  const format = outputType ? parseFormat(outputType) : decrypted.format;
  const extract = text(values, "extract");
  if (extract !== undefined) {
    const node = getAt(decrypted.tree[0]!, parseKeyPath(extract));
    if (node instanceof Branch) io.out(decodeForStdout(renderPlain([node], format), file));
    else if (node instanceof List)
      io.out(`${JSON.stringify(toPlain(node), (_k, v) => (typeof v === "bigint" ? String(v) : v))}\n`);
    else if (node instanceof Uint8Array) io.out(decodeForStdout(node, file));
    else if (node instanceof Timestamp) io.out(node.text);
    else io.out(String(node));
    return 0;
  }
  deliver(renderPlain(decrypted.tree, format), file, values, io, true);
  return 0;
}

async function askToRetry(io: Io, error: Error): Promise<boolean> {
  if (!io.isTTY || !process.stdin.isTTY) return false;
  io.err(`${error.message}\nPress Enter to edit again, or type 'q' and Enter to give up: `);
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question("")).trim().toLowerCase() !== "q";
  } finally {
    rl.close();
  }
}

async function edit(file: string, values: Values, io: Io): Promise<number> {
  const age = text(values, "age") ?? process.env.SOPS_AGE_RECIPIENTS;
  const result = await editFile(file, {
    cwd: io.cwd,
    format: text(values, "input-type") ? parseFormat(text(values, "input-type")!) : undefined,
    recipients: age !== undefined ? splitRecipients(age) : undefined,
    rule: ruleFromFlags(values),
    configPath: text(values, "config"),
    retry: (e) => askToRetry(io, e),
  });
  io.err(result.changed ? `${file}: ${result.created ? "created" : "saved"}\n` : `${file}: no changes\n`);
  return 0;
}

function valueFor(values: Values, positionals: string[], io: Io): unknown {
  const valueFile = text(values, "value-file");
  if (valueFile !== undefined) return readFileSync(resolve(io.cwd, valueFile), "utf8");
  if (flag(values, "value-stdin")) return readFileSync(0, "utf8");
  const raw = positionals[3];
  if (raw === undefined)
    throw new UserError("hearth secrets set: missing VALUE (JSON, e.g. '\"text\"' or 42)");
  try {
    return parseJsonValue(raw);
  } catch {
    throw new UserError(`hearth secrets set: the value must be JSON (a string needs quotes: '"${raw}"')`);
  }
}

async function set(positionals: string[], values: Values, io: Io): Promise<number> {
  const file = needFile(positionals, 1, "FILE");
  const keyPath = parseKeyPath(needFile(positionals, 2, "key path"));
  const value = valueFor(values, positionals, io) as Parameters<typeof setValue>[2];
  await setValue(file, keyPath, value, { cwd: io.cwd, idempotent: flag(values, "idempotent") });
  return 0;
}

async function unset(positionals: string[], values: Values, io: Io): Promise<number> {
  const file = needFile(positionals, 1, "FILE");
  const keyPath = parseKeyPath(needFile(positionals, 2, "key path"));
  await unsetValue(file, keyPath, { cwd: io.cwd, idempotent: flag(values, "idempotent") });
  return 0;
}

async function updatekeys(files: string[], values: Values, io: Io): Promise<number> {
  if (files.length === 0) throw new UserError("hearth secrets updatekeys: missing FILE");
  for (const file of files) {
    const r = await updateKeys(file, { cwd: io.cwd, configPath: text(values, "config") });
    const diff = [...r.added.map((a) => `+ ${a}`), ...r.removed.map((a) => `- ${a}`)].join("\n  ");
    io.err(
      r.changed ? `${file}: keys updated${diff ? `\n  ${diff}` : ""}\n` : `${file}: already up to date\n`,
    );
  }
  return 0;
}

async function rotate(file: string, values: Values, io: Io): Promise<number> {
  const list = (name: string) => (text(values, name) ? splitRecipients(text(values, name)!) : undefined);
  const bytes = await rotateFile(file, { cwd: io.cwd, addAge: list("add-age"), removeAge: list("rm-age") });
  deliver(bytes, file, values, io, false);
  return 0;
}

async function keygen(values: Values, io: Io): Promise<number> {
  const key = await generateAgeKey();
  const output = text(values, "output");
  if (!output) {
    io.out(key.text);
    return 0;
  }
  const path = resolve(io.cwd, output);
  if (existsSync(path)) throw new UserError(`${output}: already exists; refusing to overwrite a key`);
  writeFileSync(path, key.text, { mode: 0o600, flag: "wx" });
  io.err(`Public key: ${key.recipient}\n`);
  return 0;
}

async function hostKey(target: string, values: Values, io: Io): Promise<number> {
  const recipients = await hostKeyRecipients(target, { cwd: io.cwd, port: text(values, "port") });
  io.out(recipients.map((r) => `${r}\n`).join(""));
  return 0;
}

async function dispatch(positionals: string[], values: Values, io: Io): Promise<number> {
  const [sub, ...rest] = positionals;
  switch (sub) {
    case "encrypt":
      return encrypt(needFile(positionals, 1, "FILE"), values, io);
    case "decrypt":
      return decrypt(needFile(positionals, 1, "FILE"), values, io);
    case "edit":
      return edit(needFile(positionals, 1, "FILE"), values, io);
    case "set":
      return set(positionals, values, io);
    case "unset":
      return unset(positionals, values, io);
    case "updatekeys":
      return updatekeys(rest, values, io);
    case "rotate":
      return rotate(needFile(positionals, 1, "FILE"), values, io);
    case "keygen":
      return keygen(values, io);
    case "host-key":
      return hostKey(needFile(positionals, 1, "FILE or HOST"), values, io);
    default:
      throw new UserError(sub ? `hearth secrets: unknown subcommand '${sub}'\n\n${USAGE}` : USAGE);
  }
}

export const secretsCommand: Command = {
  name: "secrets",
  summary: "Encrypt, decrypt and edit sops-compatible secrets files (age keys)",
  usage: USAGE,
  options: {
    age: { type: "string" },
    "in-place": { type: "boolean", short: "i" },
    "input-type": { type: "string" },
    "output-type": { type: "string" },
    output: { type: "string", short: "o" },
    extract: { type: "string" },
    config: { type: "string" },
    "ignore-mac": { type: "boolean" },
    "mac-only-encrypted": { type: "boolean" },
    "shamir-secret-sharing-threshold": { type: "string" },
    ...Object.fromEntries(RULE_KINDS.map((k) => [k.replaceAll("_", "-"), { type: "string" as const }])),
    idempotent: { type: "boolean" },
    "value-file": { type: "string" },
    "value-stdin": { type: "boolean" },
    "add-age": { type: "string" },
    "rm-age": { type: "string" },
    yes: { type: "boolean", short: "y" },
    port: { type: "string", short: "p" },
  },
  async run({ values, positionals }, io) {
    try {
      return await dispatch(positionals, values, io);
    } catch (e) {
      if (e instanceof SecretsError) throw new UserError(e.message);
      throw e;
    }
  },
};

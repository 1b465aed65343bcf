/**
 * Files hearth encrypts open without hearth: the real `age` CLI unwraps the data key from each
 * recipient's `enc`, and an independent reader written here (node:crypto only, sharing no code
 * with src/secrets) decrypts every value with its key-path AAD and recomputes the MAC.
 * Recipients: an `age-keygen` key and an `ssh-keygen` ed25519 key (age's ssh-ed25519 stanza).
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createDecipheriv, createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { ageKeygen, hearth, isolateKeys, scratchDir, sshKeygen } from "./helpers.ts";

// ---- an independent sops reader: nothing below imports hearth's secrets code ----

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A reader for the block YAML subset these files use (mappings, lists, `|` literals, quotes). */
function readSimpleYaml(text: string): { doc: Record<string, Json>; comments: string[] } {
  const comments: string[] = [];
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    if (line.trim().startsWith("#")) comments.push(line.trim().slice(1));
    else lines.push(line);
  }
  let i = 0;
  const indentOf = (l: string) => l.length - l.trimStart().length;
  const scalar = (s: string): string =>
    s.startsWith('"') ? JSON.parse(s) : s.startsWith("'") ? s.slice(1, -1).replaceAll("''", "'") : s;
  const block = (indent: number): Json => {
    if (lines[i]!.trimStart().startsWith("- ")) {
      const list: Json[] = [];
      while (i < lines.length && indentOf(lines[i]!) === indent && lines[i]!.trimStart().startsWith("- ")) {
        const rest = lines[i]!.trimStart().slice(2);
        if (/^[^"'][^:]*: |^[^"'][^:]*:$/.test(rest)) {
          lines[i] = `${" ".repeat(indent + 2)}${rest}`; // "- key: v" opens a mapping two columns in
          list.push(block(indent + 2));
        } else {
          list.push(scalar(rest));
          i++;
        }
      }
      return list;
    }
    const map: Record<string, Json> = {};
    while (i < lines.length && indentOf(lines[i]!) === indent) {
      const line = lines[i]!.trim();
      const colon = line.startsWith('"') ? line.indexOf('":') + 1 : line.indexOf(":");
      const key = scalar(line.slice(0, colon));
      const rest = line.slice(colon + 1).trim();
      i++;
      if (rest === "|" || rest === "|-") {
        const body: string[] = [];
        const inner = i < lines.length ? indentOf(lines[i]!) : 0;
        while (i < lines.length && indentOf(lines[i]!) > indent) body.push(lines[i++]!.slice(inner));
        map[key] = body.join("\n") + (rest === "|" ? "\n" : "");
      } else if (rest === "") {
        map[key] = i < lines.length && indentOf(lines[i]!) > indent ? block(indentOf(lines[i]!)) : null;
      } else {
        map[key] = scalar(rest);
      }
    }
    return map;
  };
  return { doc: block(0) as Record<string, Json>, comments };
}

function decryptEnc(value: string, key: Buffer, aad: string): { type: string; plain: Buffer } {
  const m = /^ENC\[AES256_GCM,data:([^,]*),iv:([^,]*),tag:([^,]*),type:([a-z]+)\]$/.exec(value);
  assert.ok(m, `not an encrypted value: ${value}`);
  const iv = Buffer.from(m[2]!, "base64");
  assert.equal(iv.length, 32, "sops uses 32-byte IVs");
  const d = createDecipheriv("aes-256-gcm", key, iv);
  d.setAAD(Buffer.from(aad));
  d.setAuthTag(Buffer.from(m[3]!, "base64"));
  return { type: m[4]!, plain: Buffer.concat([d.update(Buffer.from(m[1]!, "base64")), d.final()]) };
}

/** Decrypts every value (AAD: mapping keys joined by ":" plus ":"), checks plaintext forms, recomputes the MAC. */
function verifyDocument(
  doc: Record<string, Json>,
  sops: Record<string, Json>,
  key: Buffer,
): Record<string, Json> {
  const hash = createHash("sha512");
  const walk = (node: Json, path: string[]): Json => {
    if (Array.isArray(node)) return node.map((n) => walk(n, path));
    if (node && typeof node === "object") {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, [...path, k])]));
    }
    if (node === null) return null;
    if (path.some((k) => k.endsWith("_unencrypted"))) {
      hash.update(String(node));
      return node;
    }
    if (node === "") return "";
    const { type, plain } = decryptEnc(String(node), key, `${path.join(":")}:`);
    const text = plain.toString();
    hash.update(plain);
    const forms: Record<string, RegExp> = {
      int: /^-?\d+$/,
      float: /^-?\d+(\.\d+)?$/,
      bool: /^(True|False)$/,
    };
    if (forms[type]) assert.match(text, forms[type]!, `${type} plaintext in Go's form`);
    if (type === "int" || type === "float") return Number(text);
    if (type === "bool") return text === "True";
    assert.equal(type, "str");
    return text;
  };
  const plain = walk(doc, []) as Record<string, Json>;
  const lastModified = String(sops.lastmodified);
  assert.match(lastModified, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/, "lastmodified is RFC 3339 UTC, seconds");
  assert.match(String(sops.version), /^\d+\.\d+\.\d+$/, "version is strict semver");
  const mac = decryptEnc(String(sops.mac), key, lastModified).plain.toString();
  assert.equal(mac, hash.digest("hex").toUpperCase(), "MAC recomputed independently");
  return plain;
}

/** The data key from one recipient's `enc`, unwrapped by the real age CLI. */
function ageDecrypt(dir: string, enc: string, identityFile: string): Buffer {
  assert.match(enc, /^-----BEGIN AGE ENCRYPTED FILE-----\n[\s\S]+\n-----END AGE ENCRYPTED FILE-----\n$/);
  const file = join(dir, "stanza.age");
  writeFileSync(file, enc);
  const key = execFileSync("age", ["-d", "-i", identityFile, file]);
  assert.equal(key.length, 32);
  return key;
}

// ---- the tests ----

const PLAIN = {
  db: { user: "admin", password: "s3cr3t: with colon", port: 5432 },
  ratio: 0.75,
  enabled: true,
  tokens: ["alpha", "beta"],
  note_unencrypted: "stays clear",
};

describe("files hearth writes open with the age CLI and an independent decrypter", () => {
  const dir = scratchDir();
  let age: ReturnType<typeof ageKeygen>;
  let ssh: ReturnType<typeof sshKeygen>;

  before(() => {
    age = ageKeygen(dir);
    ssh = sshKeygen(dir);
    isolateKeys(scratchDir(), age.file);
  });

  async function encrypt(name: string, content: string): Promise<string> {
    writeFileSync(join(dir, name), content);
    const r = await hearth(dir, "secrets", "encrypt", "--age", `${age.recipient},${ssh.publicKey}`, name);
    assert.equal(r.code, 0, r.err);
    return r.out;
  }

  function keysFrom(encs: string[]): Buffer {
    assert.equal(encs.length, 2, "one enc per recipient");
    const fromAge = ageDecrypt(dir, encs[0]!, age.file);
    const fromSsh = ageDecrypt(dir, encs[1]!, ssh.file);
    assert.deepEqual(fromAge, fromSsh, "both recipients wrap the same data key");
    return fromAge;
  }

  test("YAML, with an encrypted comment", async () => {
    const yaml = `# database settings\ndb:\n  user: admin\n  password: "s3cr3t: with colon"\n  port: 5432\nratio: 0.75\nenabled: true\ntokens:\n  - alpha\n  - beta\nnote_unencrypted: stays clear\n`;
    const out = await encrypt("plain.yaml", yaml);
    assert.ok(!out.includes("admin") && !out.includes("s3cr3t") && out.includes("stays clear"));
    const { doc, comments } = readSimpleYaml(out);
    const sops = doc.sops as Record<string, Json>;
    delete doc.sops;
    const entries = sops.age as Record<string, Json>[];
    assert.deepEqual(
      entries.map((e) => e.recipient),
      [age.recipient, ssh.publicKey],
    );
    assert.deepEqual(
      Object.keys(sops),
      [...Object.keys(sops)].sort(),
      "metadata keys sorted as current sops writes them",
    );
    const key = keysFrom(entries.map((e) => String(e.enc)));
    assert.deepEqual(verifyDocument(doc, sops, key), PLAIN);
    assert.equal(sops.unencrypted_suffix, "_unencrypted");
    assert.deepEqual(
      comments.map((c) => decryptEnc(c, key, ":").plain.toString()),
      [" database settings"],
    );
  });

  test("JSON", async () => {
    const out = await encrypt("plain.json", JSON.stringify(PLAIN, null, 2));
    const doc = JSON.parse(out) as Record<string, Json>;
    const sops = doc.sops as Record<string, Json>;
    delete doc.sops;
    const key = keysFrom((sops.age as Record<string, Json>[]).map((e) => String(e.enc)));
    assert.deepEqual(verifyDocument(doc, sops, key), PLAIN);
  });

  test("dotenv (metadata flattened into sops_ keys)", async () => {
    const out = await encrypt(
      "plain.env",
      "# comment\nDB_PASSWORD=s3cr3t=x\nMULTI=line1\\nline2\nNAME_unencrypted=clear\n",
    );
    const doc: Record<string, Json> = {};
    const sops: Record<string, Json> = {};
    const encs: string[] = [];
    for (const line of out.split("\n").filter((l) => l && !l.startsWith("#"))) {
      const eq = line.indexOf("=");
      const [k, v] = [line.slice(0, eq), line.slice(eq + 1).replaceAll("\\n", "\n")];
      if (/^sops_age__list_\d+__map_enc$/.test(k)) encs.push(v);
      else if (k.startsWith("sops_")) sops[k.slice(5)] = v;
      else doc[k] = v;
    }
    const key = keysFrom(encs);
    assert.deepEqual(verifyDocument(doc, sops, key), {
      DB_PASSWORD: "s3cr3t=x",
      MULTI: "line1\nline2",
      NAME_unencrypted: "clear",
    });
  });

  test("INI (metadata in a [sops] section)", async () => {
    const out = await encrypt(
      "plain.ini",
      "[db]\nuser = admin\npassword = pa:ss\n\n[app_unencrypted]\nmode = dev\n",
    );
    const doc: Record<string, Record<string, Json>> = {};
    let section = "";
    for (const line of out.split("\n").filter((l) => l.trim() && !/^[;#]/.test(l))) {
      const header = /^\[(.*)\]$/.exec(line);
      if (header) doc[(section = header[1]!)] = {};
      else {
        const eq = line.indexOf("=");
        doc[section]![line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
      }
    }
    const flat = doc.sops!;
    delete doc.sops;
    const sops = Object.fromEntries(
      Object.entries(flat).map(([k, v]) => [k, String(v).replaceAll("\\n", "\n")]),
    );
    const encs = Object.keys(sops)
      .filter((k) => /^age__list_\d+__map_enc$/.test(k))
      .sort()
      .map((k) => sops[k]!);
    const key = keysFrom(encs);
    assert.deepEqual(verifyDocument(doc, sops, key), {
      db: { user: "admin", password: "pa:ss" },
      app_unencrypted: { mode: "dev" },
    });
  });

  test("binary (the encrypted file is JSON; exact bytes come back)", async () => {
    const bytes = Buffer.from([0, 1, 2, 255, 254, 10, 13, 65]);
    writeFileSync(join(dir, "blob.bin"), bytes);
    const r = await hearth(
      dir,
      "secrets",
      "encrypt",
      "--age",
      age.recipient,
      "--output",
      "blob.enc",
      "blob.bin",
    );
    assert.equal(r.code, 0, r.err);
    const doc = JSON.parse(readFileSync(join(dir, "blob.enc"), "utf8")) as Record<string, Json>;
    const sops = doc.sops as Record<string, Json>;
    const key = ageDecrypt(dir, String((sops.age as Record<string, Json>[])[0]!.enc), age.file);
    const { plain } = decryptEnc(String(doc.data), key, "data:");
    assert.deepEqual(plain, bytes);
    assert.equal(sops.unencrypted_suffix, undefined, "binary files carry no rule");
    const mac = decryptEnc(String(sops.mac), key, String(sops.lastmodified)).plain.toString();
    assert.equal(mac, createHash("sha512").update(bytes).digest("hex").toUpperCase());
  });
});

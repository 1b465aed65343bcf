/** `.sops.yaml` creation rules, key groups with Shamir, and where identities are found. */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { parseIdentityText } from "../../src/secrets/age/identities.ts";
import {
  decryptBytes,
  decryptFile,
  encryptData,
  listRecipients,
  loadIdentities,
  updateKeys,
} from "../../src/secrets/index.ts";
import { ageKeygen, scratchDir, sshKeygen, write } from "./helpers.ts";

const dir = scratchDir();
const [a, b, c] = [ageKeygen(dir, "a.txt"), ageKeygen(dir, "b.txt"), ageKeygen(dir, "c.txt")];
const id = (k: { identity: string }) => [k.identity];
const noEnv = { HOME: join(dir, "no-home") };

describe(".sops.yaml creation rules", () => {
  const repo = join(dir, "repo");
  mkdirSync(join(repo, "hosts", "web"), { recursive: true });
  write(
    repo,
    ".sops.yaml",
    [
      "creation_rules:",
      "  - path_regex: hosts/web/.*\\.yaml$",
      `    age: '${a.recipient}, ${b.recipient}'`,
      "  - path_regex: ^shared/",
      "    key_groups:",
      `      - age: [${a.recipient}]`,
      `      - age: [${b.recipient}]`,
      "        merge:",
      `          - age: [${c.recipient}]`,
      "  - path_regex: k8s/",
      `    age: ${a.recipient}`,
      "    encrypted_regex: ^(data|stringData)$",
      "stores:",
      "  yaml:",
      "    indent: 2",
    ].join("\n"),
  );

  test("the first matching rule wins; the config is found upwards from the file, whatever the cwd", async () => {
    const file = join(repo, "hosts", "web", "secrets.sops.yaml");
    const bytes = await encryptData({ k: "v" }, { file, cwd: "/", env: noEnv });
    writeFileSync(file, bytes);
    assert.deepEqual(listRecipients(file).groups, [[a.recipient, b.recipient]]);
    assert.match(
      Buffer.from(bytes).toString(),
      /^k: ENC.*\nsops:\n {2}age:\n {4}- enc: \|/,
      "stores.yaml.indent applies",
    );
  });

  test("no matching rule is an error naming the config; explicit recipients need no rule", async () => {
    await assert.rejects(
      encryptData({ k: "v" }, { file: join(repo, "other.yaml"), env: noEnv }),
      /no creation rule in .*\.sops\.yaml matches other\.yaml/,
    );
    const bytes = await encryptData(
      { k: "v" },
      { file: join(repo, "other.yaml"), recipients: [c.recipient], env: noEnv },
    );
    assert.deepEqual((await decryptBytes(bytes, { format: "yaml", identities: id(c) })).data, { k: "v" });
  });

  test("key groups split the data key (Shamir): one key from every group is needed", async () => {
    const file = join(repo, "shared", "s.yaml");
    mkdirSync(join(repo, "shared"), { recursive: true });
    writeFileSync(file, await encryptData({ s: "shared" }, { file, env: noEnv }));
    const info = listRecipients(file);
    assert.deepEqual(info.groups, [[a.recipient], [b.recipient, c.recipient]]);
    assert.equal(info.threshold, 2);
    assert.match(readFileSync(file, "utf8"), /key_groups:[\s\S]*shamir_threshold: 2/);
    assert.deepEqual((await decryptFile(file, { identities: [a.identity, c.identity] })).data, {
      s: "shared",
    });
    assert.deepEqual((await decryptFile(file, { identities: [a.identity, b.identity] })).data, {
      s: "shared",
    });
    await assert.rejects(decryptFile(file, { identities: [b.identity, c.identity] }), /in 2 of 2 key groups/);
  });

  test("a threshold below the number of groups lets fewer groups decrypt", async () => {
    const bytes = await encryptData(
      { t: 1 },
      { keyGroups: [[a.recipient], [b.recipient], [c.recipient]], shamirThreshold: 2, env: noEnv },
    );
    assert.deepEqual(
      (await decryptBytes(bytes, { format: "yaml", identities: [b.identity, c.identity] })).data,
      { t: 1 },
    );
    await assert.rejects(
      decryptBytes(bytes, { format: "yaml", identities: [c.identity] }),
      /cannot decrypt the data key/,
    );
  });

  test("rule settings (encrypted_regex) come from the creation rule and are written to the file", async () => {
    const file = join(repo, "k8s", "secret.yaml");
    const bytes = await encryptData({ kind: "Secret", data: { password: "pw" } }, { file, env: noEnv });
    const text = Buffer.from(bytes).toString();
    assert.match(text, /kind: Secret\n/);
    assert.match(text, /password: ENC\[/);
    assert.match(text, /encrypted_regex: \^\(data\|stringData\)\$/);
  });

  test("non-age keys in a rule are refused; SOPS_CONFIG names the config explicitly", async () => {
    const other = write(dir, "pgp.sops.yaml", "creation_rules:\n  - pgp: ABCDEF\n");
    await assert.rejects(
      encryptData({ k: "v" }, { file: join(dir, "x.yaml"), env: { ...noEnv, SOPS_CONFIG: other } }),
      /'pgp' keys are not supported/,
    );
  });

  test("updatekeys follows a changed rule", async () => {
    const file = join(repo, "hosts", "web", "secrets.sops.yaml");
    const config = readFileSync(join(repo, ".sops.yaml"), "utf8");
    writeFileSync(
      join(repo, ".sops.yaml"),
      config.replace(`'${a.recipient}, ${b.recipient}'`, `'${c.recipient}'`),
    );
    const r = await updateKeys(file, { identities: id(a) });
    assert.deepEqual(r, { changed: true, added: [c.recipient], removed: [a.recipient, b.recipient] });
    assert.deepEqual((await decryptFile(file, { identities: id(c) })).data, { k: "v" });
    await assert.rejects(decryptFile(file, { identities: id(a) }), /cannot decrypt the data key/);
    writeFileSync(join(repo, ".sops.yaml"), config);
  });
});

describe("identity discovery (as sops)", () => {
  const encrypted = encryptData({ x: "y" }, { recipients: [a.recipient], env: noEnv });
  const open = async (env: NodeJS.ProcessEnv) =>
    (await decryptBytes(await encrypted, { format: "yaml", env })).data;

  test("SOPS_AGE_KEY, SOPS_AGE_KEY_FILE and SOPS_AGE_KEY_CMD", async () => {
    assert.deepEqual(await open({ ...noEnv, SOPS_AGE_KEY: `${b.identity}\n${a.identity}` }), { x: "y" });
    assert.deepEqual(await open({ ...noEnv, SOPS_AGE_KEY_FILE: a.file }), { x: "y" });
    assert.deepEqual(await open({ ...noEnv, SOPS_AGE_KEY_CMD: `cat ${a.file}` }), { x: "y" });
  });

  test("$XDG_CONFIG_HOME/sops/age/keys.txt, falling back to ~/.config/sops/age/keys.txt", async () => {
    const xdg = join(dir, "xdg");
    mkdirSync(join(xdg, "sops", "age"), { recursive: true });
    writeFileSync(join(xdg, "sops", "age", "keys.txt"), readFileSync(a.file));
    assert.deepEqual(await open({ ...noEnv, XDG_CONFIG_HOME: xdg }), { x: "y" });
    const home = join(dir, "home");
    mkdirSync(join(home, ".config", "sops", "age"), { recursive: true });
    writeFileSync(join(home, ".config", "sops", "age", "keys.txt"), readFileSync(a.file));
    assert.deepEqual(await open({ HOME: home }), { x: "y" });
    await assert.rejects(open(noEnv), /cannot decrypt the data key/);
  });

  test("SSH keys: SOPS_AGE_SSH_PRIVATE_KEY_FILE and ~/.ssh/id_ed25519 open ssh-ed25519 recipients", async () => {
    const home = join(dir, "ssh-home");
    mkdirSync(join(home, ".ssh"), { recursive: true });
    const key = sshKeygen(join(home, ".ssh"));
    const bytes = await encryptData({ ssh: true }, { recipients: [key.publicKey], env: noEnv });
    assert.deepEqual((await decryptBytes(bytes, { format: "yaml", env: { HOME: home } })).data, {
      ssh: true,
    });
    const elsewhere = sshKeygen(dir, "deploy_key");
    const other = await encryptData({ ssh: 2 }, { recipients: [elsewhere.publicKey], env: noEnv });
    const env = { ...noEnv, SOPS_AGE_SSH_PRIVATE_KEY_FILE: elsewhere.file };
    assert.deepEqual((await decryptBytes(other, { format: "yaml", env })).data, { ssh: 2 });
  });

  test("a broken key source is reported only when nothing decrypts", async () => {
    const bad = write(dir, "bad-keys.txt", "not a key\n");
    assert.deepEqual(await open({ ...noEnv, SOPS_AGE_KEY_FILE: bad, SOPS_AGE_KEY: a.identity }), { x: "y" });
    await assert.rejects(
      open({ ...noEnv, SOPS_AGE_KEY_FILE: bad }),
      /bad-keys\.txt, line 1: not an age identity/,
    );
    const loaded = await loadIdentities({ env: { ...noEnv, SOPS_AGE_KEY_FILE: a.file } });
    assert.deepEqual(loaded.identities, parseIdentityText(readFileSync(a.file, "utf8"), "a"));
  });
});

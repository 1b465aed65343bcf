/**
 * `hearth test` boots a host with a key of its own, which the lab's secrets files do not list. With
 * an age identity of the operator's (found as sops finds them), each secrets file of the generation
 * is re-wrapped for the test host as well: only the data key is wrapped once more, the values stay
 * encrypted, nothing is written in clear anywhere. The result is a generation for that test host.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Generation } from "../host/realise/index.ts";
import { sha256 } from "../host/realise/manifest.ts";
import { sshPublicKeyToAgeRecipient } from "../secrets/age/ssh-to-age.ts";
import { listRecipients } from "../secrets/inspect.ts";
import { updateKeys } from "../secrets/update-keys.ts";
import { rebuild } from "./generation.ts";

export class TestSecretsError extends Error {
  readonly userFacing = true;
  override name = "TestSecretsError";
}

export async function secretsForTestHost(generation: Generation, hostPublicKey: string): Promise<Generation> {
  const sources = [...new Set(generation.manifest.secrets.map((s) => s.source))];
  if (sources.length === 0) return generation;
  const recipient = sshPublicKeyToAgeRecipient(hostPublicKey);
  const dir = mkdtempSync(join(tmpdir(), "hearth-test-secrets-"));
  try {
    const replaced = [];
    for (const source of sources) {
      const original = generation.files.find((f) => f.path === source)!;
      const file = join(dir, "secrets.sops.yaml");
      writeFileSync(file, original.content);
      const recipients = [...new Set([...listRecipients(file).groups.flat(), recipient])];
      const config = join(dir, ".sops.yaml");
      writeFileSync(config, `creation_rules:\n  - path_regex: ".*"\n    age: "${recipients.join(",")}"\n`);
      try {
        await updateKeys(file, { configPath: config });
      } catch (e) {
        throw new TestSecretsError(
          `${source.slice("secrets/".length)} is encrypted for the lab's hosts, not for the test host: to test ${generation.host}'s secrets, make an age identity that can decrypt it available as for sops (SOPS_AGE_KEY_FILE, ~/.config/sops/age/keys.txt…): ${(e as Error).message.split("\n")[0]}`,
        );
      }
      replaced.push({ ...original, content: readFileSync(file) });
    }
    const shaOf = new Map(replaced.map((f) => [f.path, sha256(f.content)]));
    const { hash: _, ...body } = generation.manifest;
    return rebuild(generation, replaced, {
      ...body,
      secrets: body.secrets.map((s) => ({ ...s, sha256: shaOf.get(s.source) ?? s.sha256 })),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

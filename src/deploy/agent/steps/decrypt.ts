/**
 * Decrypting a generation's secrets with the host's SSH ed25519 key (as an age X25519 identity,
 * ssh-to-age's way, or as an ssh-ed25519 recipient), before anything on the host changes. Loaded
 * only when a generation has secrets: the SOPS and age code is most of the agent's start-up time.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ManifestSecret } from "../../../host/realise/manifest.ts";
import { sshIdentity } from "../../../secrets/age/identities.ts";
import { sshPrivateKeyToAgeIdentity } from "../../../secrets/age/ssh-to-age.ts";
import { decryptFile } from "../../../secrets/decrypt.ts";
import type { Format } from "../../../secrets/formats/index.ts";
import type { PlainValue } from "../../../secrets/plain.ts";
import { AgentError } from "../sys.ts";

export const hostKeyPath = "/etc/ssh/ssh_host_ed25519_key";

function text(value: PlainValue, s: ManifestSecret): Buffer {
  if (typeof value === "string") return Buffer.from(value);
  if (value instanceof Uint8Array) return Buffer.from(value);
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean")
    return Buffer.from(String(value));
  throw new AgentError(
    `secret ${s.name}: \`${s.key}' in ${s.source} is not a single value (a string, number or boolean)`,
  );
}

/** Every secret's value, decrypted with the host key (done before anything on the host changes). */
export async function decryptSecrets(
  dir: string | null,
  secrets: readonly ManifestSecret[],
): Promise<Map<string, Buffer>> {
  if (dir === null || secrets.length === 0) return new Map();
  if (!existsSync(hostKeyPath)) throw new AgentError(`secrets: the host key ${hostKeyPath} is missing`);
  const key = readFileSync(hostKeyPath, "utf8");
  const identities = [sshPrivateKeyToAgeIdentity(key), sshIdentity(key, hostKeyPath)];
  const files = new Map<string, Promise<Record<string, PlainValue>>>();
  const out = new Map<string, Buffer>();
  for (const s of secrets) {
    if (!files.has(s.source)) {
      files.set(
        s.source,
        decryptFile(join(dir, s.source), { identities, format: s.format as Format }).then(
          (d) => d.data as Record<string, PlainValue>,
        ),
      );
    }
    let data: PlainValue;
    try {
      data = await files.get(s.source)!;
    } catch (e) {
      throw new AgentError(
        `secret ${s.name}: cannot decrypt ${s.source.slice("secrets/".length)} with this host's key (${hostKeyPath}): ${(e as Error).message.split("\n")[0]}`,
      );
    }
    for (const part of s.key.split("/")) {
      if (
        data === null ||
        typeof data !== "object" ||
        Array.isArray(data) ||
        data instanceof Uint8Array ||
        !(part in data)
      ) {
        throw new AgentError(
          `secret ${s.name}: \`${s.key}' is not a key of ${s.source.slice("secrets/".length)}`,
        );
      }
      data = (data as Record<string, PlainValue>)[part]!;
    }
    out.set(s.name, text(data, s));
  }
  return out;
}

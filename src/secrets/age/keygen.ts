/** A new age X25519 key pair, written like `age-keygen` writes it. */
import { generateX25519Identity, identityToRecipient } from "age-encryption";

export async function generateAgeKey(
  now = new Date(),
): Promise<{ identity: string; recipient: string; text: string }> {
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const created = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  return { identity, recipient, text: `# created: ${created}\n# public key: ${recipient}\n${identity}\n` };
}

/**
 * Wrapping the file's data key for one recipient (an ASCII-armored age file per recipient, as
 * sops writes in `enc`) and unwrapping it with whatever identities are at hand.
 */
import { armor, Decrypter, Encrypter, type Identity } from "age-encryption";
import { parseRecipient } from "./recipients.ts";

export type AgeIdentity = string | Identity;

export async function wrapDataKey(dataKey: Uint8Array, recipient: string): Promise<string> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(parseRecipient(recipient));
  return armor.encode(await encrypter.encrypt(dataKey));
}

/** The data key, or an explanation of why none of the identities opened `enc`. */
export async function unwrapDataKey(
  enc: string,
  identities: readonly AgeIdentity[],
): Promise<{ key: Uint8Array } | { error: string }> {
  if (identities.length === 0) return { error: "no age identities available" };
  let file: Uint8Array;
  try {
    file = armor.decode(enc);
  } catch (e) {
    return { error: `malformed age armor: ${(e as Error).message}` };
  }
  const decrypter = new Decrypter();
  for (const identity of identities) decrypter.addIdentity(identity);
  try {
    return { key: await decrypter.decrypt(file) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

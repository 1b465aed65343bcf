/**
 * The data key and the key groups that hold it. With one group every recipient wraps the whole
 * key; with several, the key is split with Shamir and group i's recipients wrap share i, so
 * decrypting needs one working identity in `shamir_threshold` groups.
 */
import { type AgeIdentity, unwrapDataKey, wrapDataKey } from "./age/data-key.ts";
import { SecretsError } from "./errors.ts";
import type { KeyGroup, Metadata } from "./metadata.ts";
import { shamirCombine, shamirSplit } from "./shamir.ts";

/** Recipients per key group, as `.sops.yaml` or `--age` give them. */
export type RecipientGroups = string[][];

export function effectiveThreshold(groups: number, threshold: number): number {
  return threshold > 0 ? Math.min(threshold, groups) : groups;
}

export async function recoverDataKey(
  metadata: Metadata,
  identities: readonly AgeIdentity[],
  loadErrors: readonly string[] = [],
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const failures: string[] = [];
  for (const group of metadata.keyGroups) {
    let part: Uint8Array | undefined;
    for (const key of group.age) {
      const result = await unwrapDataKey(key.enc, identities);
      if ("key" in result) {
        part = result.key;
        break;
      }
      failures.push(`${key.recipient}: ${result.error}`);
    }
    for (const f of group.foreign) failures.push(`${f.kind} key: hearth only decrypts with age keys`);
    if (part) parts.push(part);
  }
  const groups = metadata.keyGroups.length;
  const needed = groups === 1 ? 1 : effectiveThreshold(groups, metadata.shamirThreshold);
  if (parts.length < needed) {
    const details = [...failures, ...loadErrors.map((e) => `while loading identities: ${e}`)];
    throw new SecretsError(
      `cannot decrypt the data key: none of your age identities is a recipient${groups > 1 ? ` in ${needed} of ${groups} key groups` : ""}${details.length > 0 ? `\n  ${details.join("\n  ")}` : ""}`,
    );
  }
  const key = groups === 1 ? parts[0]! : shamirCombine(parts.slice(0, needed));
  if (key.length !== 32) throw new SecretsError(`the data key has ${key.length} bytes instead of 32`);
  return key;
}

/** Wraps the data key for every recipient of every group (splitting it when there are several groups). */
export async function wrapForGroups(
  dataKey: Uint8Array,
  groups: RecipientGroups,
  threshold: number,
): Promise<KeyGroup[]> {
  const nonEmpty = groups.filter((g) => g.length > 0);
  if (nonEmpty.length === 0)
    throw new SecretsError("no recipients: give --age or a .sops.yaml creation rule");
  const parts =
    nonEmpty.length === 1
      ? [dataKey]
      : shamirSplit(dataKey, nonEmpty.length, effectiveThreshold(nonEmpty.length, threshold));
  return Promise.all(
    nonEmpty.map(async (recipients, i) => ({
      age: await Promise.all(
        [...new Set(recipients)].map(async (recipient) => ({
          recipient,
          enc: await wrapDataKey(parts[i]!, recipient),
        })),
      ),
      foreign: [],
    })),
  );
}

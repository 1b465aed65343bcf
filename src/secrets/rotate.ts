/** `rotate`: a new data key, every value encrypted again, the key wrapped for every recipient. */
import { randomBytes } from "node:crypto";
import { inFileAsync, SecretsError } from "./errors.ts";
import { wrapForGroups } from "./key-groups.ts";
import { openFile, type SecretsOptions } from "./open.ts";
import { emitEncrypted, seal } from "./sops-file.ts";

export interface RotateOptions extends SecretsOptions {
  /** Recipients to add to the first key group. */
  addAge?: string[];
  /** Recipients to remove from every group. */
  removeAge?: string[];
}

/** A new data key: every value re-encrypted, the key wrapped again for every recipient. Returns the new file. */
export async function rotateFile(path: string, options: RotateOptions = {}): Promise<Uint8Array> {
  const { opened } = await openFile(path, options);
  return inFileAsync(path, async () => {
    const { metadata } = opened;
    if (metadata.keyGroups.some((g) => g.foreign.length > 0)) {
      throw new SecretsError(
        "the file also has non-age master keys (pgp, kms, …), which hearth cannot re-wrap",
      );
    }
    const groups = metadata.keyGroups.map((g) => g.age.map((k) => k.recipient));
    groups[0] = [...new Set([...(groups[0] ?? []), ...(options.addAge ?? [])])];
    const remove = new Set(options.removeAge ?? []);
    const remaining = groups.map((g) => g.filter((r) => !remove.has(r))).filter((g) => g.length > 0);
    const dataKey = randomBytes(32);
    const keyGroups = await wrapForGroups(dataKey, remaining, metadata.shamirThreshold);
    return emitEncrypted(
      seal(opened.plain, opened.store, {
        dataKey,
        keyGroups,
        shamirThreshold: metadata.shamirThreshold,
        rule: metadata.rule,
        macOnlyEncrypted: metadata.macOnlyEncrypted,
        version: metadata.version,
      }),
    );
  });
}

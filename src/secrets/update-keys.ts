/** `updatekeys`: re-wrapping the data key for the recipients `.sops.yaml` now names. */
import { creationRuleFor, findConfig } from "./config.ts";
import { inFileAsync, SecretsError } from "./errors.ts";
import { writeFileAtomic } from "./fs-util.ts";
import { effectiveThreshold, wrapForGroups } from "./key-groups.ts";
import type { KeyGroup } from "./metadata.ts";
import { identitiesOf, readEncryptedFile, type SecretsOptions } from "./open.ts";
import { emitEncrypted, openEncrypted } from "./sops-file.ts";

export interface UpdateKeysResult {
  changed: boolean;
  added: string[];
  removed: string[];
}

/**
 * Re-wraps the file's data key for the recipients its `.sops.yaml` creation rule now names.
 * Values, MAC and `lastmodified` stay as they are; unchanged recipients keep their wrapped key.
 */
export async function updateKeys(path: string, options: SecretsOptions = {}): Promise<UpdateKeysResult> {
  const { file, parsed } = readEncryptedFile(path, options);
  return inFileAsync(path, async () => {
    const config = findConfig(file, { cwd: options.cwd, env: options.env, configPath: options.configPath });
    if (!config) throw new SecretsError("no .sops.yaml found to take the recipients from");
    const rule = creationRuleFor(config, file, options.cwd);
    const before = parsed.metadata.keyGroups.map((g) => g.age.map((k) => k.recipient));
    const after = rule.keyGroups.filter((g) => g.length > 0).map((g) => [...new Set(g)]);
    const flatBefore = before.flat();
    const flatAfter = after.flat();
    const result: UpdateKeysResult = {
      added: flatAfter.filter((r) => !flatBefore.includes(r)),
      removed: flatBefore.filter((r) => !flatAfter.includes(r)),
      changed: false,
    };
    const fileThreshold = parsed.metadata.shamirThreshold;
    const thresholdBefore = before.length > 1 ? effectiveThreshold(before.length, fileThreshold) : 0;
    const thresholdAfter =
      after.length > 1 ? effectiveThreshold(after.length, rule.shamirThreshold || fileThreshold) : 0;
    const hasForeign = parsed.metadata.keyGroups.some((g) => g.foreign.length > 0);
    if (
      JSON.stringify(before) === JSON.stringify(after) &&
      thresholdBefore === thresholdAfter &&
      !hasForeign
    ) {
      return result;
    }
    const { identities, errors } = await identitiesOf(options);
    const opened = await openEncrypted(parsed, { identities, loadErrors: errors, ignoreMac: true });
    let keyGroups: KeyGroup[];
    if (before.length === 1 && after.length === 1) {
      // One group: recipients that stay keep their wrapped key (a small diff); new ones get theirs.
      const wrapped = new Map(parsed.metadata.keyGroups[0]!.age.map((k) => [k.recipient, k]));
      const fresh = after[0]!.filter((r) => !wrapped.has(r));
      if (fresh.length > 0) {
        for (const k of (await wrapForGroups(opened.dataKey, [fresh], 0))[0]!.age)
          wrapped.set(k.recipient, k);
      }
      keyGroups = [{ age: after[0]!.map((r) => wrapped.get(r)!), foreign: [] }];
    } else {
      keyGroups = await wrapForGroups(opened.dataKey, after, thresholdAfter);
    }
    const metadata = { ...parsed.metadata, keyGroups, shamirThreshold: thresholdAfter };
    writeFileAtomic(file, emitEncrypted({ ...parsed, metadata }));
    return { ...result, changed: true };
  });
}

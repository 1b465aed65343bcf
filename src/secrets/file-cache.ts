/**
 * Results computed from a file, kept while its content is unchanged. `hearth check` asks about the
 * same `.sops.yaml` and secrets files once per secret of every host: reading and hashing a small
 * file is cheap, parsing it again (YAML, metadata) is not, and an edit between two calls is seen.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

interface Entry {
  readonly stamp: string;
  readonly value: unknown;
}

const entries = new Map<string, Entry>();

const stampOf = (path: string): string | undefined => {
  try {
    return createHash("sha1").update(readFileSync(path)).digest("base64");
  } catch {
    return undefined; // unreadable: computed (and its error reported) every time
  }
};

/** `compute()`, or its earlier result for `key` if the file at `path` has not changed since. */
export function cachedForFile<T>(path: string, key: string, compute: () => T): T {
  const stamp = stampOf(path);
  if (stamp === undefined) return compute();
  const id = `${key}\0${path}`;
  const known = entries.get(id);
  if (known && known.stamp === stamp) return known.value as T;
  const value = compute();
  entries.set(id, { stamp, value });
  return value;
}

/** `set` and `unset`: changing one value of an encrypted file in place, as sops does. */
import { inFile, SecretsError } from "./errors.ts";
import { writeFileAtomic } from "./fs-util.ts";
import { formatKeyPath, getAt, type KeyPath, parseKeyPath, setAt, unsetAt } from "./key-path.ts";
import { openFile, resave, type SecretsOptions } from "./open.ts";
import { fromPlain, type PlainValue, toPlain } from "./plain.ts";
import { Branch, List, type TreeNode } from "./tree.ts";

function keyPathOf(path: KeyPath | string): KeyPath {
  return typeof path === "string" ? parseKeyPath(path) : path;
}

function sameNode(a: TreeNode, b: TreeNode): boolean {
  const json = (n: TreeNode): string =>
    JSON.stringify(toPlain(n), (_k, v) =>
      typeof v === "bigint" ? `${v}n` : v instanceof Uint8Array ? [...v] : v,
    );
  return json(a) === json(b);
}

export interface SetOptions extends SecretsOptions {
  /** Do nothing (and do not fail) when the value is already set / already absent. */
  idempotent?: boolean;
}

/** Sets one value in the first document and rewrites the file in place; returns whether it changed. */
export async function setValue(
  path: string,
  keyPath: KeyPath | string,
  value: PlainValue | TreeNode,
  options: SetOptions = {},
): Promise<boolean> {
  const at = keyPathOf(keyPath);
  if (at.length === 0) throw new SecretsError("set needs a key path such as '[\"key\"]'");
  const { file, opened } = await openFile(path, options);
  const node: TreeNode =
    value instanceof Branch || value instanceof List ? value : fromPlain(value as PlainValue);
  const documents = opened.plain;
  const current = (() => {
    try {
      return getAt(documents[0]!, at);
    } catch {
      return undefined;
    }
  })();
  if (options.idempotent && current !== undefined && sameNode(current, node)) return false;
  setAt(documents[0]!, at, node);
  writeFileAtomic(
    file,
    inFile(path, () => resave(opened, documents)),
  );
  return true;
}

/** Removes one key or list element from the first document; missing is an error unless idempotent. */
export async function unsetValue(
  path: string,
  keyPath: KeyPath | string,
  options: SetOptions = {},
): Promise<boolean> {
  const at = keyPathOf(keyPath);
  const { file, opened } = await openFile(path, options);
  const documents = opened.plain;
  if (!unsetAt(documents[0]!, at)) {
    if (options.idempotent) return false;
    throw new SecretsError(`${formatKeyPath(at)} not found`, path);
  }
  writeFileAtomic(
    file,
    inFile(path, () => resave(opened, documents)),
  );
  return true;
}

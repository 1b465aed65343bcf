/**
 * Encrypting and decrypting a whole document, and its MAC, walking the tree exactly as sops'
 * `Tree.Encrypt`/`Tree.Decrypt` do: depth first, items in order; the AAD of a value is the mapping
 * keys on its path joined by `:` plus a final `:` (list indices are not part of it); a comment
 * uses the path of the collection holding it. The MAC is SHA-512 over the plaintext bytes of every
 * non-null leaf (only the encrypted ones with `mac_only_encrypted`), comments excluded.
 */
import { createHash, type Hash } from "node:crypto";
import { SecretsError } from "./errors.ts";
import { type EncryptionRule, RuleMatcher } from "./rules.ts";
import { Branch, Comment, cloneNode, List, type Scalar, type TreeNode } from "./tree.ts";
import { decryptValue, encryptValue, IvStash, plaintextOf, typedValue } from "./value-cipher.ts";

/** SHA-256("sops"): fed first into a `mac_only_encrypted` MAC so it never equals a full MAC. */
const MAC_ONLY_ENCRYPTED_INIT = Buffer.from(
  "8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69",
  "hex",
);

export interface CryptoSettings {
  /** The file's rule; undefined encrypts every value (binary files). */
  rule: EncryptionRule | undefined;
  macOnlyEncrypted: boolean;
}

type Leaf = Exclude<Scalar, null> | Comment;
/** Called for every leaf; returns its replacement. */
type LeafVisitor = (leaf: Leaf, path: readonly string[], encrypted: boolean) => Leaf;

class Walker {
  private readonly matcher: RuleMatcher | undefined;

  constructor(
    settings: CryptoSettings,
    private readonly visit: LeafVisitor,
  ) {
    this.matcher = settings.rule ? new RuleMatcher(settings.rule) : undefined;
  }

  private encrypted(path: readonly string[], comments: string[][], isComment: boolean): boolean {
    return this.matcher ? this.matcher.shouldEncrypt(path, comments, isComment) : true;
  }

  node(node: TreeNode, path: string[], comments: string[][]): TreeNode {
    if (node instanceof Branch) return this.branch(node, path, comments);
    if (node instanceof List) return this.list(node, path, comments);
    if (node === null) return null; // never encrypted nor hashed
    return this.visit(node, path, this.encrypted(path, comments, false)) as Scalar;
  }

  private comment(c: Comment, path: string[], comments: string[][]): Comment {
    const out = this.visit(c, path, this.encrypted(path, comments, true));
    return out instanceof Comment ? new Comment(out.text, c.inline) : c;
  }

  branch(branch: Branch, path: string[], outer: string[][]): Branch {
    const comments = [...outer, []];
    const level = comments.length - 1;
    for (const item of branch.items) {
      if (item instanceof Comment) {
        comments[level]!.push(item.text);
        const replaced = this.comment(item, path, comments);
        item.text = replaced.text;
        continue;
      }
      item.value = this.node(item.value, [...path, item.key], comments);
      comments[level] = [];
    }
    return branch;
  }

  list(list: List, path: string[], outer: string[][]): List {
    const comments = [...outer, []];
    const level = comments.length - 1;
    list.items = list.items.map((item) => {
      if (item instanceof Comment) {
        comments[level]!.push(item.text);
        return this.comment(item, path, comments);
      }
      const out = this.node(item, path, comments);
      comments[level] = [];
      return out;
    });
    return list;
  }
}

function newMacHash(settings: CryptoSettings): Hash {
  const hash = createHash("sha512");
  if (settings.macOnlyEncrypted) hash.update(MAC_ONLY_ENCRYPTED_INIT);
  return hash;
}

const aadOf = (path: readonly string[]) => `${path.join(":")}:`;

/** Encrypts a copy of the documents; returns it with the MAC (uppercase hex) of the plaintext. */
export function encryptDocuments(
  documents: readonly Branch[],
  key: Uint8Array,
  settings: CryptoSettings,
  stash?: IvStash,
): { documents: Branch[]; mac: string } {
  const hash = newMacHash(settings);
  const walker = new Walker(settings, (leaf, path, encrypted) => {
    const isComment = leaf instanceof Comment;
    if (!isComment && (!settings.macOnlyEncrypted || encrypted)) hash.update(plaintextOf(leaf).bytes);
    if (!encrypted) return leaf;
    const text = encryptValue(leaf, key, aadOf(path), stash);
    return isComment ? new Comment(text) : text;
  });
  const out = documents.map((d) => walker.branch(cloneNode(d), [], []));
  return { documents: out, mac: hash.digest("hex").toUpperCase() };
}

export interface DecryptedDocuments {
  documents: Branch[];
  /** The MAC recomputed from the decrypted values (compare with the file's). */
  mac: string;
  /** IVs of the decrypted values, for byte-stable re-encryption. */
  stash: IvStash;
  /** Comments that did not decrypt and were kept as they are (files from old sops). */
  clearComments: number;
}

/**
 * Decrypts a copy of the documents. `rawStrings` keeps strings as bytes (binary files). A value
 * that should be encrypted but does not decrypt is an error; so is any other tampering the AEAD sees.
 */
export function decryptDocuments(
  documents: readonly Branch[],
  key: Uint8Array,
  settings: CryptoSettings,
  rawStrings = false,
): DecryptedDocuments {
  const hash = newMacHash(settings);
  const stash = new IvStash();
  let clearComments = 0;
  const walker = new Walker(settings, (leaf, path, encrypted) => {
    const aad = aadOf(path);
    if (leaf instanceof Comment) {
      if (!encrypted) return leaf;
      try {
        const d = decryptValue(leaf.text, key, aad);
        if (d.type !== "comment") throw new SecretsError("not a comment");
        stash.remember(aad, d.type, d.bytes, d.iv);
        return new Comment(d.bytes.toString("utf8"));
      } catch {
        clearComments++; // sops keeps a comment that does not decrypt as it is
        return leaf;
      }
    }
    if (!encrypted) {
      if (!settings.macOnlyEncrypted) hash.update(plaintextOf(leaf).bytes);
      return leaf;
    }
    if (typeof leaf !== "string") {
      throw new SecretsError(`the value at '${aad}' should be encrypted but is a clear ${typeof leaf}`);
    }
    const d = decryptValue(leaf, key, aad);
    if (d.type === "comment") throw new SecretsError(`the value at '${aad}' is an encrypted comment`);
    const value = typedValue(d.type, d.bytes, rawStrings);
    if (value instanceof Comment) throw new SecretsError(`the value at '${aad}' is an encrypted comment`);
    // Go hashes the typed value it parsed: raw bytes for strings, canonical forms for numbers and booleans.
    const macBytes =
      d.type === "int" || d.type === "float" || d.type === "bool" ? plaintextOf(value).bytes : d.bytes;
    hash.update(macBytes);
    // Reuse the IV later only for exactly the plaintext it encrypted (GCM must never see one IV twice
    // with different plaintexts): skip values whose canonical form differs from what was stored.
    const canonical = plaintextOf(value);
    if (d.iv.length > 0 && canonical.bytes.equals(d.bytes))
      stash.remember(aad, canonical.type, canonical.bytes, d.iv);
    return value;
  });
  const out = documents.map((d) => walker.branch(cloneNode(d), [], []));
  return { documents: out, mac: hash.digest("hex").toUpperCase(), stash, clearComments };
}

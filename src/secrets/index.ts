/**
 * hearth's secrets layer: sops-compatible encrypted files with age recipients.
 * Everything the rest of hearth may call is exported here.
 */
export { type DecryptedFile, decryptBytes, decryptFile, renderPlain } from "./decrypt.ts";
export { type EncryptOptions, encryptBytes, encryptData, encryptFile, encryptTree } from "./encrypt.ts";
export { hasRecipient, listKeyPaths, listRecipients, type RecipientInfo } from "./inspect.ts";
export type { SecretsOptions } from "./open.ts";
export { type RotateOptions, rotateFile } from "./rotate.ts";
export { type SetOptions, setValue, unsetValue } from "./set-value.ts";
export { type UpdateKeysResult, updateKeys } from "./update-keys.ts";
export type { AgeIdentity } from "./age/data-key.ts";
export { type HostKeyOptions, hostKeyRecipients, sshHostKeyLines } from "./age/host-key.ts";
export { loadIdentities, parseIdentityText, sshIdentity } from "./age/identities.ts";
export { generateAgeKey } from "./age/keygen.ts";
export { parseRecipient, splitRecipients } from "./age/recipients.ts";
export { sshPrivateKeyToAgeIdentity, sshPublicKeyToAgeRecipient } from "./age/ssh-to-age.ts";
export { type CreationRule, findConfig, type SopsConfig } from "./config.ts";
export { editFile, type EditOptions, type EditResult } from "./edit.ts";
export { SecretsError } from "./errors.ts";
export { parseJsonTree as parseJsonValue } from "./formats/json-tree.ts";
export { writeFileAtomic } from "./fs-util.ts";
export { type Format, formatFromPath, parseFormat } from "./formats/index.ts";
export { formatKeyPath, getAt, type KeyPath, parseKeyPath } from "./key-path.ts";
export { fromPlain, type PlainObject, type PlainValue, toPlain } from "./plain.ts";
export { type EncryptionRule, RULE_KINDS, type RuleKind } from "./rules.ts";
export { Branch, Comment, List, type Scalar, Timestamp, type TreeNode } from "./tree.ts";

/**
 * What a new file is encrypted with: recipients and rules from the caller (`--age`, flags) or
 * from the matching `.sops.yaml` creation rule; any recipient given explicitly replaces the
 * config's keys entirely, as in sops.
 */
import { type ConfigLookup, type CreationRule, creationRuleFor, findConfig } from "./config.ts";
import { SecretsError } from "./errors.ts";
import type { StoreOptions } from "./formats/index.ts";
import type { RecipientGroups } from "./key-groups.ts";
import type { EncryptionRule } from "./rules.ts";

export interface CreationOptions extends ConfigLookup {
  /** One key group of recipients (`--age`). */
  recipients?: string[];
  /** Several key groups (Shamir). */
  keyGroups?: RecipientGroups;
  shamirThreshold?: number;
  rule?: EncryptionRule;
  macOnlyEncrypted?: boolean;
}

export interface CreationSettings {
  keyGroups: RecipientGroups;
  shamirThreshold: number;
  rule: EncryptionRule | undefined;
  macOnlyEncrypted: boolean;
  storeOptions: StoreOptions;
}

export function creationSettings(file: string, options: CreationOptions): CreationSettings {
  const explicit = options.keyGroups ?? (options.recipients ? [options.recipients] : undefined);
  const config = findConfig(file, options);
  const storeOptions = config?.stores ?? {};
  let fromConfig: CreationRule | undefined;
  if (config && config.rules.length > 0) {
    try {
      fromConfig = creationRuleFor(config, file, options.cwd);
    } catch (e) {
      if (!explicit) throw e; // with explicit recipients a non-matching config does not matter
    }
  }
  const keyGroups = explicit ?? fromConfig?.keyGroups;
  if (!keyGroups || keyGroups.every((g) => g.length === 0)) {
    throw new SecretsError(
      config
        ? `the creation rule in ${config.path} for this file names no age recipients`
        : "no recipients: give --age or add a .sops.yaml with creation_rules",
      file,
    );
  }
  return {
    keyGroups,
    shamirThreshold: options.shamirThreshold ?? (explicit ? 0 : (fromConfig?.shamirThreshold ?? 0)),
    rule: options.rule ?? fromConfig?.rule,
    macOnlyEncrypted: options.macOnlyEncrypted ?? fromConfig?.macOnlyEncrypted ?? false,
    storeOptions,
  };
}

/**
 * Which values sops encrypts (`shouldBeEncrypted` in sops.go): at most one rule per file, tested
 * against every key on a value's path, or (comment rules) against the comments that precede it.
 */
import { SecretsError } from "./errors.ts";

export const RULE_KINDS = [
  "unencrypted_suffix",
  "encrypted_suffix",
  "unencrypted_regex",
  "encrypted_regex",
  "unencrypted_comment_regex",
  "encrypted_comment_regex",
] as const;

export type RuleKind = (typeof RULE_KINDS)[number];

export interface EncryptionRule {
  kind: RuleKind;
  value: string;
}

export const DEFAULT_RULE: EncryptionRule = { kind: "unencrypted_suffix", value: "_unencrypted" };

/** Picks the single rule among the fields of a config or metadata object; more than one is an error. */
export function ruleFromFields(
  fields: Partial<Record<RuleKind, unknown>>,
  where: string,
): EncryptionRule | undefined {
  const set = RULE_KINDS.filter((k) => typeof fields[k] === "string" && fields[k] !== "");
  if (set.length > 1) {
    throw new SecretsError(`${where}: only one of ${set.join(", ")} may be set`);
  }
  const kind = set[0];
  return kind ? { kind, value: fields[kind] as string } : undefined;
}

/** A Go RE2 pattern as a JavaScript RegExp (leading `(?i)`-style flags become RegExp flags). */
export function goRegExp(pattern: string): RegExp {
  let source = pattern;
  let flags = "";
  const m = /^\(\?([imsU]+)\)/.exec(source);
  if (m) {
    source = source.slice(m[0].length);
    flags = [...new Set(m[1]!.replace("U", ""))].join("");
  }
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new SecretsError(`invalid regular expression '${pattern}': ${(e as Error).message}`);
  }
}

/** Decides, value by value, what is encrypted under one rule. */
export class RuleMatcher {
  private readonly regex: RegExp | undefined;

  constructor(readonly rule: EncryptionRule) {
    this.regex = rule.kind.endsWith("regex") ? goRegExp(rule.value) : undefined;
  }

  /**
   * @param path the mapping keys leading to the value
   * @param comments the comments seen so far at each nesting level (cleared after each non-comment item)
   * @param isComment whether the value is itself a comment
   */
  shouldEncrypt(
    path: readonly string[],
    comments: readonly (readonly string[])[],
    isComment: boolean,
  ): boolean {
    const { kind, value } = this.rule;
    const anyKey = (test: (key: string) => boolean) => path.some(test);
    switch (kind) {
      case "unencrypted_suffix":
        return !anyKey((k) => k.endsWith(value));
      case "encrypted_suffix":
        return anyKey((k) => k.endsWith(value));
      case "unencrypted_regex":
        return !anyKey((k) => this.regex!.test(k));
      case "encrypted_regex":
        return anyKey((k) => this.regex!.test(k));
      case "unencrypted_comment_regex":
        return !comments.some((level) => level.some((c) => this.regex!.test(c)));
      case "encrypted_comment_regex": {
        // The matching comment line itself stays clear: skip the newest comment when judging a comment.
        const last = comments.length - 1;
        return comments.some((level, i) =>
          level.some((c, j) => !(isComment && i === last && j === level.length - 1) && this.regex!.test(c)),
        );
      }
    }
  }
}

/**
 * Secret placeholders in templates (`secretTemplates`): what a template holds in place of a
 * secret's value until the host writes it. Apart from the option declarations so that the
 * activation agent, which fills them in, does not bundle the module system.
 */

/** What a template writes in place of the value of the host's secret `name` (sops-nix' `config.sops.placeholder`). */
export const secretPlaceholder = (name: string): string => `<hearth-secret:${name}>`;

/** Every placeholder in a template's text: `<hearth-secret:NAME>`, NAME without `>` or a line break. */
export const placeholderPattern = /<hearth-secret:([^>\n]+)>/g;

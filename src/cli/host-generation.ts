/**
 * A host's generation as `hearth build` and `hearth check` make it: evaluated, assertions held,
 * realised, every secret it references checked in its encrypted file (the key exists; the host,
 * when its key is known, is a recipient), without decrypting anything, and the activation agent
 * added (the hash covers it).
 */
import { join } from "node:path";
import { agentBundle } from "../deploy/agent-bundle.ts";
import { withAgent } from "../deploy/generation.ts";
import { type Generation, GenerationError, realise } from "../host/index.ts";
import { whereDefined } from "../modules/index.ts";
import type { Lab } from "../lab/index.ts";
import { isUserFacing } from "../lab/index.ts";
import { failedAssertions } from "../modules/index.ts";
import { hasRecipient, listKeyPaths, listRecipients } from "../secrets/index.ts";

export interface HostGeneration {
  readonly name: string;
  readonly generation: Generation | null;
  readonly errors: string[];
  readonly warnings: string[];
}

const at = (lab: Lab, host: string, path: string[]) => {
  const sites = whereDefined(lab.host(host).evaluation, path);
  return `\`${path.join(".")}'${sites.length ? ` (${sites.join(", ")})` : ""}`;
};

function secretErrors(lab: Lab, host: string, generation: Generation, hostKey: string | null): string[] {
  const errors: string[] = [];
  const files = new Map<string, { keys: Set<string>; recipient: boolean | null } | string>();
  const inspect = (source: string) => {
    const path = join(lab.root, source.slice("secrets/".length));
    try {
      const keys = new Set(listKeyPaths(path).map((p) => p.join("/")));
      const recipient = hostKey === null ? null : hasRecipient(listRecipients(path), hostKey);
      return { keys, recipient };
    } catch (e) {
      return `cannot read ${source.slice("secrets/".length)}: ${(e as Error).message}`;
    }
  };
  for (const s of generation.manifest.secrets) {
    let file = files.get(s.source);
    if (!file) files.set(s.source, (file = inspect(s.source)));
    const rel = s.source.slice("secrets/".length);
    if (typeof file === "string") {
      errors.push(`${at(lab, host, ["secrets", s.name, "sopsFile"])}: ${file}`);
      continue;
    }
    if (!file.keys.has(s.key)) {
      errors.push(`${at(lab, host, ["secrets", s.name, "key"])}: \`${s.key}' is not a key of ${rel}`);
    }
    if (file.recipient === false) {
      errors.push(
        `${at(lab, host, ["secrets", s.name, "sopsFile"])}: ${host}'s key (hostKey) is not a recipient of ${rel}: add it to .sops.yaml and run \`hearth secrets updatekeys ${rel}\``,
      );
      file.recipient = null; // once per file
    }
  }
  return errors;
}

/** Evaluates and realises one host; problems are returned, not thrown. */
export function hostGeneration(lab: Lab, name: string): HostGeneration {
  let warnings: string[] = [];
  try {
    const { evaluation, config } = lab.host(name);
    warnings = [...(config.warnings as string[])];
    const failed = failedAssertions(config);
    if (failed.length > 0) {
      return { name, generation: null, errors: failed.map((m) => `Failed assertion: ${m}`), warnings };
    }
    const generation = withAgent(realise({ host: name, evaluation, root: lab.root }), agentBundle());
    const errors = secretErrors(lab, name, generation, config.hostKey);
    return { name, generation: errors.length ? null : generation, errors, warnings };
  } catch (e) {
    if (e instanceof GenerationError) return { name, generation: null, errors: [...e.problems], warnings };
    if (!isUserFacing(e)) throw e;
    return { name, generation: null, errors: [(e as Error).message], warnings };
  }
}

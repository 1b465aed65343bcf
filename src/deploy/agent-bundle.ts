/**
 * The activation agent as one file (`dist/agent.mjs`, built by scripts/build.mjs from
 * src/deploy/agent/main.ts for the Node 18 of Debian hosts). Every generation carries it.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

let cached: Buffer | null = null;

/** Where the bundle is: beside the CLI bundle in dist/, or in dist/ of the checkout when running from sources. */
export function agentBundlePath(): string {
  const here = import.meta.url;
  const candidates = here.endsWith(".ts")
    ? [new URL("../../dist/agent.mjs", here)]
    : [new URL("./agent.mjs", here), new URL("../dist/agent.mjs", here)];
  const found = candidates.map((u) => fileURLToPath(u)).find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `the activation agent is not built (looked for ${candidates.map((u) => fileURLToPath(u)).join(", ")}): run \`npm run build\``,
    );
  }
  return found;
}

export function agentBundle(): Buffer {
  cached ??= readFileSync(agentBundlePath());
  return cached;
}

/** The plan's diffs of changed text files, credentials redacted: the host's old text against the new content. */
import type { Generation } from "../../host/realise/index.ts";
import { unifiedDiff } from "./diff.ts";
import type { Plan } from "./plan.ts";
import { redact } from "./redact.ts";

export function addDiffs(
  p: Plan,
  generation: Pick<Generation, "files">,
  texts: Readonly<Record<string, { text?: string }>>,
): void {
  const byPath = new Map(generation.files.map((f) => [f.path, f.content]));
  for (const w of p.files.change) {
    if (w.role !== "file" || !w.what.includes("content")) continue;
    const old = texts[w.path]?.text;
    const now = byPath.get(`files${w.path}`);
    if (old === undefined || now === undefined || now.includes(0)) continue;
    w.diff = redact(unifiedDiff(old, now.toString("utf8")));
  }
}

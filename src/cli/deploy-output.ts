/**
 * What deploy commands print: per-host progress on stderr (one line per host, redrawn in place on
 * a terminal; a line per step otherwise) and the summary table.
 */
import type { Outcome } from "../deploy/host-deploy.ts";
import { bytes, short } from "../deploy/plan/render.ts";
import type { Io } from "./command.ts";
import { style } from "./output.ts";

export class Progress {
  readonly #lines = new Map<string, string>();
  #drawn = 0;
  constructor(
    private readonly io: Io,
    hosts: readonly string[],
  ) {
    for (const h of hosts) this.#lines.set(h, "waiting");
  }

  update(host: string, text: string): void {
    this.#lines.set(host, text);
    if (!this.io.isTTY) {
      this.io.err(`${host}: ${text}\n`);
      return;
    }
    const width = Math.max(...[...this.#lines.keys()].map((h) => h.length));
    let out = this.#drawn > 0 ? `\x1b[${this.#drawn}A` : "";
    for (const [h, t] of this.#lines) out += `\x1b[2K${h.padEnd(width)}  ${t.slice(0, 100)}\n`;
    this.#drawn = this.#lines.size;
    this.io.err(out);
  }

  /** Forgets the drawn block (after printing something else below it). */
  reset(): void {
    this.#drawn = 0;
  }
}

const statusWords: Record<Outcome["status"], string> = {
  planned: "planned",
  "up-to-date": "up to date",
  deployed: "deployed",
  refused: "refused",
  failed: "FAILED",
  "rolled-back": "ROLLED BACK",
  "rollback-failed": "ROLLBACK FAILED",
  skipped: "skipped",
  reverted: "reverted",
};

const generation = (g: { number: number; hash: string } | null) =>
  g ? `${g.number} (${short(g.hash)})` : "—";

export function summaryTable(outcomes: readonly Outcome[], isTTY: boolean): string {
  const s = style(isTTY);
  const rows = outcomes.map((o) => [
    o.host,
    statusWords[o.status],
    generation(o.before),
    o.status === "deployed" || o.status === "reverted" ? generation(o.after) : "—",
    o.transfer ? `${o.transfer.files} / ${bytes(o.transfer.bytes)}` : "—",
    `${o.seconds.toFixed(1)} s`,
  ]);
  const head = ["host", "result", "before", "after", "copied", "time"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  const colour = (o: Outcome, text: string) =>
    ["deployed", "up-to-date", "planned"].includes(o.status)
      ? s.green(text)
      : o.status === "skipped" || o.status === "reverted"
        ? s.yellow(text)
        : s.red(text);
  let out = `${s.bold(line(head))}\n${rows.map((r, i) => colour(outcomes[i]!, line(r))).join("\n")}\n`;
  for (const o of outcomes) if (o.reason) out += `${o.host}: ${o.reason}\n`;
  return out;
}

/** Outcomes as JSON (plans included). */
export const outcomesJson = (deployId: string, outcomes: readonly Outcome[], ok: boolean) =>
  `${JSON.stringify({ ok, deployId, hosts: outcomes }, null, 2)}\n`;

/**
 * How an activation talks to the deployer: it appends events (JSON lines) to
 * /run/hearth/deploy/<id>/events, which the deployer follows over SSH; the deployer's answer is a
 * `confirm` (written over a new connection) or `reject` file there, which the activation waits for.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deployRunDir } from "../layout.ts";

export type EventType =
  | "started"
  | "step"
  | "recovered"
  | "refused"
  | "up-to-date"
  | "rolling-back"
  | "rolled-back"
  | "rollback-failed"
  | "awaiting-confirmation"
  | "confirmed";

const runPath = (id: string, file: string) => join(deployRunDir, id, file);

export class Events {
  readonly #started = Date.now();
  constructor(readonly id: string) {
    mkdirSync(join(deployRunDir, id), { recursive: true, mode: 0o700 });
  }
  emit(type: EventType, fields: Record<string, unknown> = {}): void {
    appendFileSync(
      runPath(this.id, "events"),
      `${JSON.stringify({ type, t: Date.now() - this.#started, ...fields })}\n`,
    );
  }
}

/** The deployer's answer: `confirm` (written over a new SSH connection) or `reject` with a reason. */
export type Answer = { confirmed: true } | { confirmed: false; reason: string };

export function readAnswer(id: string): Answer | null {
  if (existsSync(runPath(id, "confirm"))) return { confirmed: true };
  if (existsSync(runPath(id, "reject")))
    return { confirmed: false, reason: readFileSync(runPath(id, "reject"), "utf8") };
  return null;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

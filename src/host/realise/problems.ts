/**
 * Problems found while realising a host, each naming the option and where it was defined, all
 * reported together (one mistake must not hide the next).
 */
import type { Evaluation } from "../../modules/index.ts";
import { whereDefined } from "../../modules/index.ts";

export class GenerationError extends Error {
  readonly userFacing = true;
  override name = "GenerationError";
  constructor(
    readonly host: string,
    readonly problems: readonly string[],
  ) {
    super(
      `${host}: the generation cannot be built:\n${problems.map((p) => `- ${p.replace(/\n/g, "\n  ")}`).join("\n")}`,
    );
  }
}

/** `a.b."c.d"` as options are shown. */
export const showPath = (parts: readonly string[]) =>
  parts.map((p) => (/^[A-Za-z_][\w-]*$/.test(p) ? p : JSON.stringify(p))).join(".");

export class Problems {
  readonly list: string[] = [];
  constructor(readonly evaluation: Evaluation) {}

  /** A problem with the option at `path`; `also` names other options involved. */
  add(path: readonly string[], message: string, also: readonly (readonly string[])[] = []): void {
    const sites = [path, ...also].map((p) => {
      const where = whereDefined(this.evaluation, p);
      return `\`${showPath(p)}'${where.length ? ` (${where.join(", ")})` : ""}`;
    });
    this.list.push(
      `${sites[0]}: ${message}${sites.length > 1 ? `\n  see also ${sites.slice(1).join(", ")}` : ""}`,
    );
  }
}

/**
 * Every path a generation writes on the host, claimed once: two options writing one path (a file
 * and a secret, a file inside what another option makes a file) is an error naming both.
 */
import { type Problems, showPath } from "./problems.ts";

export const unitDir = "/etc/systemd/system";

/** An absolute path without `.`/`..` components, doubled or trailing slashes. */
export const isNormalPath = (p: string): boolean =>
  p.startsWith("/") &&
  p !== "/" &&
  !p.endsWith("/") &&
  p
    .split("/")
    .slice(1)
    .every((c) => c !== "" && c !== "." && c !== "..");

interface Claim {
  readonly kind: "file" | "directory";
  readonly at: readonly string[];
}

export class PathClaims {
  readonly #claims = new Map<string, Claim>();
  constructor(private readonly problems: Problems) {}

  claim(path: string, kind: Claim["kind"], at: readonly string[]): void {
    if (!isNormalPath(path)) {
      this.problems.add(at, `\`${path}' is not a normal absolute path`);
      return;
    }
    const other = this.#claims.get(path);
    if (other) {
      if (!(kind === "directory" && other.kind === "directory")) {
        this.problems.add(at, `\`${path}' is also written by \`${showPath(other.at)}'`, [other.at]);
      }
      return;
    }
    this.#claims.set(path, { kind, at });
  }

  /** After every claim: nothing may be written below a path that is a file. */
  checkNesting(): void {
    for (const [path, claim] of this.#claims) {
      for (let i = path.lastIndexOf("/"); i > 0; i = path.lastIndexOf("/", i - 1)) {
        const parent = this.#claims.get(path.slice(0, i));
        if (parent?.kind === "file") {
          this.problems.add(claim.at, `\`${path}' is inside \`${path.slice(0, i)}', which is a file`, [
            parent.at,
          ]);
        }
      }
    }
  }
}

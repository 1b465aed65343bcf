/**
 * Definitions given in advance (docs/modules.md, "Laziness"). When a module's configuration
 * function read an option before the module's own definitions of it were in, and no order of the
 * modules helps (it read its own option, or two modules each read what the other defines), the
 * evaluation starts over with those definitions in the option from the start, as they came out.
 * The module, run again, must define the same: then every read saw the definitions the
 * configuration ends with, a fixed point, which is the value Nix computes lazily.
 */
import type { Definition } from "./origin.ts";
import { isPlainData, samePlain } from "./same.ts";
import type { OptionNode } from "./schema.ts";

/**
 * Restarts with definitions given in advance: per module (one that still comes out otherwise
 * after that depends on what it reads), and per evaluation (a few per module: each gives what it
 * read too early, and perhaps once more).
 */
const maxPerModule = 8;
const maxRestarts = (modules: number) => 8 + 2 * modules;

/** Why definitions could not be given in advance (again). */
export type Refusal =
  /** A function, a getter, `mkIf(() => …)`: nothing to compare them with. */
  | "not data"
  /** They came out different every time: they depend on what they read. */
  | "unsettled"
  /** Too many restarts. */
  | "too many";

export class DefinitionsInAdvance {
  /** Per option: per module, the definitions it gave. */
  readonly #byOption = new Map<OptionNode, Map<number, Definition[]>>();
  #restarts = 0;
  readonly #perModule = new Map<number, number>();
  constructor(readonly modules: number) {}
  /** Modules that have not yet, in this round, defined again what they gave. */
  #unconfirmed = new Set<number>();

  /** What an option's state holds from the start, per module. */
  forOption(node: OptionNode): Map<number, Definition[]> | undefined {
    return this.#byOption.get(node);
  }

  /** Whether module `index` gave its definitions of `node` (they are compared, not added again). */
  given(index: number, node: OptionNode): boolean {
    return this.#byOption.get(node)?.has(index) ?? false;
  }

  /**
   * Module `index` ran again and defined `again` for the options it gave in advance: those whose
   * definitions came out otherwise. None: it is confirmed for this round.
   */
  differing(index: number, again: ReadonlyMap<OptionNode, Definition[]>): Map<OptionNode, Definition[]> {
    const out = new Map<OptionNode, Definition[]>();
    for (const [node, givers] of this.#byOption) {
      const before = givers.get(index);
      if (!before) continue;
      const now = again.get(node) ?? [];
      const compared = new Map<object, Set<object>>();
      if (
        now.length !== before.length ||
        !now.every((d, i) => samePlain(d.value, before[i]!.value, compared))
      )
        out.set(node, now);
    }
    if (out.size === 0) this.#unconfirmed.delete(index);
    return out;
  }

  /** Gives module `index`'s definitions of these options, for a restart; or why not. */
  give(index: number, defs: ReadonlyMap<OptionNode, Definition[]>, again: boolean): Refusal | undefined {
    for (const list of defs.values()) if (!list.every((d) => isPlainData(d.value))) return "not data";
    const given = this.#perModule.get(index) ?? 0;
    if (again && given >= maxPerModule) return "unsettled";
    if (this.#restarts >= maxRestarts(this.modules)) return "too many";
    this.#restarts++;
    this.#perModule.set(index, given + 1);
    for (const [node, list] of defs) {
      let givers = this.#byOption.get(node);
      if (!givers) this.#byOption.set(node, (givers = new Map()));
      givers.set(index, list);
    }
    return undefined;
  }

  /** A new round: every module that gave definitions is to define them again. */
  startRound(): void {
    this.#unconfirmed = new Set();
    for (const givers of this.#byOption.values())
      for (const index of givers.keys()) this.#unconfirmed.add(index);
  }

  /** Some definitions given are not confirmed yet: what fails now may fail because of them. */
  get unconfirmed(): boolean {
    return this.#unconfirmed.size > 0;
  }
}

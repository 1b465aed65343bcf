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
 * Restarts with definitions given in advance: per module (a chain of reads inside one module
 * settles a step per round), and per evaluation (a few per module).
 */
const maxPerModule = 32;
const maxRestarts = (modules: number) => 8 + 2 * modules;

/** Why definitions could not be given in advance (again), and which option's. */
export interface Refusal {
  readonly why: /** A function, a getter, `mkIf(() => …)`: nothing to compare them with. */
    | "not data"
    /** They kept coming out otherwise: they depend on what they read. */
    | "unsettled"
    /** Too many restarts. */
    | "too many";
  readonly node: OptionNode;
}

export class DefinitionsInAdvance {
  /** Per option: per module, the definitions it gave. */
  readonly #byOption = new Map<OptionNode, Map<number, Definition[]>>();
  #restarts = 0;
  readonly #perModule = new Map<number, number>();
  /** Modules that have not yet, in this round, defined again what they gave. */
  #unconfirmed = new Set<number>();
  constructor(readonly modules: number) {}

  /** What an option's state holds from the start, per module. */
  forOption(node: OptionNode): Map<number, Definition[]> | undefined {
    return this.#byOption.get(node);
  }

  /** Whether module `index` gave its definitions of `node` (they are compared, not added again). */
  given(index: number, node: OptionNode): boolean {
    return this.#byOption.get(node)?.has(index) ?? false;
  }

  /**
   * Module `index` ran again and defined `now` for the options it gave in advance. Confirms it for
   * this round when they came out the same; else returns those that came out otherwise.
   */
  confirm(index: number, now: ReadonlyMap<OptionNode, Definition[]>): Map<OptionNode, Definition[]> {
    const otherwise = new Map<OptionNode, Definition[]>();
    for (const [node, givers] of this.#byOption) {
      const before = givers.get(index);
      if (!before) continue;
      const defs = now.get(node) ?? [];
      const compared = new Map<object, Set<object>>();
      if (
        defs.length !== before.length ||
        !defs.every((d, i) => samePlain(d.value, before[i]!.value, compared))
      )
        otherwise.set(node, defs);
    }
    if (otherwise.size === 0) this.#unconfirmed.delete(index);
    return otherwise;
  }

  /**
   * Gives module `index`'s definitions of these options, for a restart; or why not. `changed`:
   * some of them were given before and came out otherwise.
   */
  give(index: number, defs: ReadonlyMap<OptionNode, Definition[]>, changed: boolean): Refusal | undefined {
    for (const [node, list] of defs)
      if (!list.every((d) => isPlainData(d.value))) return { why: "not data", node };
    const [first] = defs.keys();
    const given = this.#perModule.get(index) ?? 0;
    if (changed && given >= maxPerModule) return { why: "unsettled", node: first! };
    if (this.#restarts >= maxRestarts(this.modules)) return { why: "too many", node: first! };
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

  /** The options given in advance by modules not confirmed yet in this round: what fails now may fail because of them. */
  unconfirmed(): { index: number; node: OptionNode }[] {
    const out: { index: number; node: OptionNode }[] = [];
    for (const [node, givers] of this.#byOption)
      for (const index of givers.keys()) if (this.#unconfirmed.has(index)) out.push({ index, node });
    return out;
  }
}

/**
 * Static types of the whole configuration, inferred from option declarations (approach A of
 * ts-typing.md): every module registers its `options` object under its own key in `Modules`, and
 * `Config` (what modules read) and `ConfigDef` (what modules write) are derived from all of them.
 *
 *   const options = { mySystem: { media: { jellyfin: { enable: mkEnableOption("Jellyfin") } } } };
 *   declare module "hearth" { interface Modules { "media/jellyfin": typeof options } }
 *
 * Rule: option declarations must not mention `Config` (that would make the registry circular and
 * silently turn every module's `config` into `any`; a type test guards against it).
 */
import type { Option } from "./option.ts";
import type { Wrap } from "./properties.ts";

/** What reading a tree of options gives. */
export type ValueTree<O> = {
  readonly [K in keyof O]: O[K] extends Option<infer V, any> ? V : ValueTree<O[K]>;
};

/** What a definition of a tree of options may be: every key optional, properties at every level. */
export type DefTree<O> = {
  [K in keyof O]?: O[K] extends Option<any, infer D> ? Wrap<D> : Wrap<DefTree<O[K]>>;
};

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

/**
 * The registry of option declarations, one entry per module. Modules add to it with
 * `declare module "hearth" { interface Modules { <unique name>: typeof options } }`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging
export interface Modules {}

export type AllOptions = [keyof Modules] extends [never] ? {} : UnionToIntersection<Modules[keyof Modules]>;
/** The whole configuration of a host, as modules read it. */
export type Config = ValueTree<AllOptions>;
/** A definition of (part of) the configuration, as modules write it. */
export type ConfigDef = DefTree<AllOptions>;

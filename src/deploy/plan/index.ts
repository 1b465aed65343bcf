/** The plan: facts about a host + a generation → exactly what a deploy will do (pure). */
export {
  type Entry,
  type EntryRole,
  bootUnitText,
  emptyHash,
  hostEntries,
  secretLocation,
  unitFilePath,
} from "./entries.ts";
export type {
  Facts,
  FactsRequest,
  GenerationRef,
  JournalInfo,
  LockInfo,
  PathFact,
  UnitFact,
} from "./facts.ts";
export { unifiedDiff } from "./diff.ts";
export { addDiffs } from "./file-diffs.ts";
export { idealFacts } from "./ideal-host.ts";
export {
  type Conflict,
  type EntryRemoval,
  type EntryWrite,
  entryDifference,
  type Plan,
  type PlanInput,
  plan,
} from "./plan.ts";
export { redact, redacted } from "./redact.ts";
export { bytes, renderPlan, short, type Styles, type Transfer } from "./render.ts";
export { type UnitActions, unitActions } from "./units.ts";

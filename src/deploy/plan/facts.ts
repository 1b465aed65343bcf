/**
 * Facts: what the agent reads on a host (pyinfra's word), the planner's only view of it. The agent
 * gathers them for the deployer's plan (over SSH) and again for itself when it activates, so the
 * plan shown is the plan executed.
 */
import type { Manifest } from "../../host/realise/manifest.ts";

export interface PathFact {
  readonly type: "missing" | "file" | "symlink" | "directory" | "other";
  readonly sha256?: string;
  readonly target?: string;
  readonly mode?: string;
  readonly user?: string;
  readonly group?: string;
  /** The current text of a file whose content would change (small UTF-8 files only), for the diff. */
  readonly text?: string;
}

export interface UnitFact {
  /** ActiveState: active, inactive, failed, activating, reloading… */
  readonly active: string;
  readonly sub: string;
  /** Not started because a condition of its own is not met here (smartd in a VM: ConditionVirtualization=no). */
  readonly skipped?: boolean;
}

export interface GenerationRef {
  readonly number: number;
  readonly hash: string;
}

export interface LockInfo {
  readonly pid: number;
  readonly deployId: string;
  readonly since: string;
  readonly by: string;
}

/** An activation that did not finish (the agent was killed, the host lost power). */
export interface JournalInfo {
  readonly deployId: string;
  readonly from: GenerationRef | null;
  readonly to: GenerationRef;
  readonly phase: string;
  readonly startedAt: string;
}

export interface Facts {
  readonly hostname: string;
  readonly bootId: string;
  /** The confirmed generation the host runs, with its manifest; null before the first deploy. */
  readonly current: (GenerationRef & { readonly manifest: Manifest }) | null;
  /** Paths hearth owns (state.json). */
  readonly owned: readonly string[];
  /** Owned paths that replaced a file the host had (kept under backups/, restored when dropped). */
  readonly backups: readonly string[];
  readonly journal: JournalInfo | null;
  /** A live activation holding the lock (another deploy is running). */
  readonly lock: LockInfo | null;
  readonly paths: Readonly<Record<string, PathFact>>;
  readonly units: Readonly<Record<string, UnitFact>>;
  /** Declared packages: whether each is installed. */
  readonly packages: Readonly<Record<string, boolean>>;
  /** Existing accounts among those the manifests name, with each user's supplementary groups. */
  readonly users: Readonly<Record<string, { readonly groups: readonly string[] }>>;
  readonly groups: readonly string[];
  /** Contents (sha256) the deployer asked about that the host's store lacks. */
  readonly missingBlobs: readonly string[];
  readonly generations: readonly GenerationRef[];
}

/** What the deployer sends to `agent facts`. */
export interface FactsRequest {
  readonly manifest: Manifest;
  readonly blobs: readonly string[];
}

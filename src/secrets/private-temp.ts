/**
 * A private folder for plaintext that must touch a disk for a moment (the file an editor opens):
 * mode 0700 in memory-backed storage when there is some (/dev/shm), removed when the work ends —
 * also when the work throws or hearth is interrupted by a signal.
 */
import {
  accessSync,
  constants,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** /dev/shm (RAM) when usable, else the OS temp folder. */
export function privateTempRoot(): string {
  try {
    if (existsSync("/dev/shm") && statSync("/dev/shm").isDirectory()) {
      accessSync("/dev/shm", constants.W_OK);
      return "/dev/shm";
    }
  } catch {
    // fall back below
  }
  return tmpdir();
}

/** Overwrites files with zeros before deleting them (best effort; tmpfs frees pages anyway). */
function shred(dir: string): void {
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile())
        writeFileSync(join(dir, entry.name), Buffer.alloc(statSync(join(dir, entry.name)).size));
    }
  } catch {
    // removal below is what matters
  }
  rmSync(dir, { recursive: true, force: true });
}

const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

export interface PrivateTempOptions {
  /** Where the folder goes (default: privateTempRoot()). */
  root?: string;
  /** Called first when hearth is interrupted (e.g. to stop an editor still holding the file). */
  onInterrupt?: () => void;
}

/** Runs `work` with a fresh private folder that is gone afterwards, whatever happens. */
export async function withPrivateTempDir<T>(
  work: (dir: string) => Promise<T>,
  options: PrivateTempOptions = {},
): Promise<T> {
  const dir = mkdtempSync(join(options.root ?? privateTempRoot(), "hearth-secret-")); // mode 0700
  const cleanup = () => shred(dir);
  const onSignal = (signal: NodeJS.Signals) => {
    options.onInterrupt?.();
    cleanup();
    detach();
    process.kill(process.pid, signal); // die of the same signal, now that nothing is left behind
  };
  const detach = () => {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    process.removeListener("exit", cleanup);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on("exit", cleanup);
  try {
    return await work(dir);
  } finally {
    cleanup();
    detach();
  }
}

/**
 * An exclusive lock between processes. Node has no flock(2), so a `flock` child process holds the
 * lock for us and keeps it while its stdin is open: when the critical section ends we close stdin,
 * and when this process dies the kernel closes it for us. A crashed holder therefore never leaves a
 * stale lock behind, unlike a lock *file* whose existence is the lock.
 */
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

export async function withFileLock<T>(path: string, critical: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(path), { recursive: true });
  const holder = spawn("flock", ["--exclusive", path, "sh", "-c", "echo locked; exec cat >/dev/null"], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => holder.on("close", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let stderr = "";
    holder.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    holder.stdout.setEncoding("utf8").once("data", () => resolve());
    holder.on("error", reject);
    holder.on("close", (code) => reject(new Error(`flock ${path} exited with ${code}: ${stderr.trim()}`)));
  });
  try {
    return await critical();
  } finally {
    holder.stdin.end();
    await exited;
  }
}

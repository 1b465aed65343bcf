/**
 * A cgroup of its own for each host. Without systemd on the machine nspawn runs with --keep-unit:
 * it takes the cgroup it was started in and puts the container under `<that>/payload`. Hosts
 * started from one process would then share `payload/system.slice/…`, and one host's systemd
 * removing an empty unit cgroup races another host's systemd starting the same unit, which fails
 * with status 219/CGROUP (seen: ~1 boot in 15 degraded, randomly in sysusers, tmpfiles, utmp…).
 *
 * Only the hierarchies systemd tracks processes in need it: the cgroup2 one and, on hybrid systems
 * like this machine, v1 `name=systemd`; nspawn mounts the v1 controllers read-only inside.
 */
import { readdirSync, readFileSync, rmdirSync } from "node:fs";
import { join } from "node:path";
import { sleepSync } from "./proc.ts";

interface CgroupMount {
  root: string;
  mountPoint: string;
  fsType: string;
  superOptions: string;
}

function cgroupMounts(): CgroupMount[] {
  return readFileSync("/proc/self/mountinfo", "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [left, right = ""] = line.split(" - ");
      const f = left!.split(" ");
      const [fsType = "", , superOptions = ""] = right.split(" ");
      return { root: f[3]!, mountPoint: f[4]!, fsType, superOptions };
    })
    .filter(
      (m) => m.fsType === "cgroup2" || (m.fsType === "cgroup" && m.superOptions.includes("name=systemd")),
    );
}

/** The directories to create for `machine`, below this process's own cgroup in each hierarchy. */
export function hostCgroupDirs(machine: string): string[] {
  const mounts = cgroupMounts();
  const dirs: string[] = [];
  for (const line of readFileSync("/proc/self/cgroup", "utf8").split("\n").filter(Boolean)) {
    // "<id>:<controllers>:<path>", where only the path may contain colons
    const first = line.indexOf(":");
    const second = line.indexOf(":", first + 1);
    const controllers = line.slice(first + 1, second);
    const path = line.slice(second + 1);
    const mount =
      controllers === ""
        ? mounts.find((m) => m.fsType === "cgroup2")
        : controllers === "name=systemd"
          ? mounts.find((m) => m.fsType === "cgroup")
          : undefined;
    if (!mount || !path.startsWith(mount.root)) continue;
    dirs.push(join(mount.mountPoint, path.slice(mount.root.length), "hearth-testbed", machine));
  }
  return dirs;
}

/** Removes the host's cgroups (and what nspawn and systemd created below) once they are empty. */
export function removeCgroupsSync(dirs: readonly string[], timeoutMs = 3000): void {
  const deadline = Date.now() + timeoutMs;
  for (const dir of dirs) {
    for (;;) {
      try {
        removeTree(dir);
        break;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "ENOENT") break;
        // EBUSY: the last processes are still leaving (the kernel frees them asynchronously)
        if (code !== "EBUSY" || Date.now() > deadline) throw e;
        sleepSync(20);
      }
    }
    try {
      rmdirSync(join(dir, "..")); // hearth-testbed/, once no other host uses it
    } catch {
      // other hosts still run, or it is gone already
    }
  }
}

function removeTree(dir: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true }))
    if (e.isDirectory()) removeTree(join(dir, e.name));
  rmdirSync(dir);
}

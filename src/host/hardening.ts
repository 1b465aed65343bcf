/**
 * The hardening baseline every service unit hearth generates carries (a read-only system, no new
 * privileges, private /tmp and devices, protected home, kernel and clock, no capabilities, a
 * system call filter, state only through StateDirectory=): `systemd-analyze security` rates a unit
 * with it about 1.5 ("OK") where a bare unit rates 9.6 ("UNSAFE").
 *
 * It is defined at `hardeningPriority`, between mkDefault (1000) and option defaults (1500): a
 * service relaxes one directive by defining it (`Service.MemoryDenyWriteExecute = false` for a JIT
 * compiler, `Service.ProcSubset = "all"` to read /proc/meminfo), or drops the baseline with
 * `hardened = false`. A service without `User=` runs as a dynamic user (`DynamicUser=yes`)
 * unless it says `DynamicUser = false`.
 */
import { mkIf, mkOverride } from "../modules/index.ts";

export const hardeningPriority = 1250;

export const hardeningBaseline = {
  NoNewPrivileges: true,
  ProtectSystem: "strict",
  ProtectHome: true,
  PrivateTmp: true,
  PrivateDevices: true,
  ProtectKernelTunables: true,
  ProtectKernelModules: true,
  ProtectKernelLogs: true,
  ProtectControlGroups: true,
  ProtectClock: true,
  ProtectHostname: true,
  ProtectProc: "invisible",
  ProcSubset: "pid",
  RestrictSUIDSGID: true,
  RestrictNamespaces: true,
  RestrictRealtime: true,
  LockPersonality: true,
  MemoryDenyWriteExecute: true,
  RemoveIPC: true,
  SystemCallArchitectures: ["native"],
  SystemCallFilter: ["@system-service", "~@privileged @resources"],
  SystemCallErrorNumber: "EPERM",
  RestrictAddressFamilies: ["AF_UNIX", "AF_INET", "AF_INET6"],
  CapabilityBoundingSet: [],
  UMask: "0077",
} as const;

/** The baseline as definitions of a `Service` section; `user` reads the unit's `Service.User`. */
export function hardeningDefinitions(user: () => string | null): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(hardeningBaseline)) {
    defs[key] = mkOverride(hardeningPriority, Array.isArray(value) ? [...value] : value);
  }
  defs.DynamicUser = mkIf(() => user() === null, mkOverride(hardeningPriority, true));
  return defs;
}

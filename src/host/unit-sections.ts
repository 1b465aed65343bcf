/**
 * The typed sections of systemd units: one option per directive, named as systemd names it
 * (`Service.ExecStart`, `Timer.OnCalendar`), so a misspelt directive fails `tsc` and `hearth check`
 * instead of being ignored by systemd with a warning. Each directive also records how it is
 * written into the unit file (its `kind`), which the renderer (render/unit-file.ts) follows.
 */
import { mkOption, type Option, type OptionType, types } from "../modules/index.ts";

/**
 * How a directive is written: `value` one line (booleans as yes/no); `lines` one line per list
 * item (systemd accumulates them); `words` one space-separated line, where an empty list writes
 * `Key=` (which resets it: `CapabilityBoundingSet=` means no capabilities); `env` one
 * `Environment="K=V"` line per variable.
 */
export type DirectiveKind = "value" | "lines" | "words" | "env";

interface Directive<O> {
  readonly option: O;
  readonly kind: DirectiveKind;
}

const value = <V, D>(type: OptionType<V, D>, description: string) => ({
  kind: "value" as const,
  option: mkOption({ type: types.nullOr(type), default: null, description }),
});
const str = (description: string) => value(types.str, description);
const bool = (description: string) => value(types.bool, description);
const int = (description: string) => value(types.int, description);
const oneOf = <const T extends readonly string[]>(values: T, description: string) =>
  value(types.enum(values), description);
const boolOr = <const T extends readonly string[]>(values: T, description: string) =>
  value(types.either(types.bool, types.enum(values)), description);
/** A list; a single string is a list of one (`After: "network.target"`). */
const lines = (description: string) => ({
  kind: "lines" as const,
  option: mkOption({
    type: types.coercedTo(types.str, (s: string) => [s], types.listOf(types.str)),
    default: [],
    description,
  }),
});
/** `null` leaves the directive out; `[]` writes `Key=` (an empty set). */
const words = (description: string) => ({
  kind: "words" as const,
  option: mkOption({ type: types.nullOr(types.listOf(types.str)), default: null, description }),
});
const env = (description: string) => ({
  kind: "env" as const,
  option: mkOption({ type: types.attrsOf(types.str), default: {}, description }),
});

type Options<S> = { [K in keyof S]: S[K] extends Directive<infer O> ? O : never };

export interface Section<S> {
  readonly options: Options<S>;
  readonly kinds: Readonly<Record<string, DirectiveKind>>;
}

function section<S extends Record<string, Directive<Option<any, any>>>>(spec: S): Section<S> {
  const options: Record<string, unknown> = {};
  const kinds: Record<string, DirectiveKind> = {};
  for (const [name, d] of Object.entries(spec)) {
    options[name] = d.option;
    kinds[name] = d.kind;
  }
  return { options: options as Options<S>, kinds };
}

const deps = (what: string) => lines(`${what} (unit names).`);

export const unitSection = section({
  Description: str("A short human readable title of the unit."),
  Documentation: lines("URIs of documentation for the unit."),
  Wants: deps("Units started along with this one; their failure does not matter"),
  Requires: deps("Units started along with this one; this one fails if they fail"),
  Requisite: deps("Units that must already be active"),
  BindsTo: deps("Like Requires=, and this unit stops when they stop"),
  PartOf: deps("Units whose stop and restart propagate to this one"),
  Upholds: deps("Units kept running while this one is active"),
  Conflicts: deps("Units stopped when this one starts"),
  Before: deps("Units started after this one"),
  After: deps("Units this one starts after"),
  OnFailure: deps("Units started when this one fails"),
  OnSuccess: deps("Units started when this one succeeds"),
  PropagatesReloadTo: deps("Units reloaded when this one is"),
  ReloadPropagatedFrom: deps("Units whose reload reloads this one"),
  JoinsNamespaceOf: deps("Units whose /tmp and network namespaces this one shares"),
  RequiresMountsFor: lines("Paths whose mounts this unit requires and starts after."),
  DefaultDependencies: bool("Whether systemd adds its implicit default dependencies."),
  StopWhenUnneeded: bool("Stop the unit when no active unit wants it."),
  RefuseManualStart: bool("Refuse `systemctl start` of this unit."),
  RefuseManualStop: bool("Refuse `systemctl stop` of this unit."),
  AllowIsolate: bool("Allow `systemctl isolate` to this unit."),
  IgnoreOnIsolate: bool("Keep the unit running on isolate."),
  CollectMode: oneOf(["inactive", "inactive-or-failed"], "When a stopped unit is unloaded."),
  FailureAction: str("What to do when the unit fails (none, reboot, …)."),
  SuccessAction: str("What to do when the unit succeeds."),
  JobTimeoutSec: str("Timeout of a job of this unit (a time span)."),
  StartLimitIntervalSec: str("Interval of the start rate limit (a time span)."),
  StartLimitBurst: int("Starts allowed within StartLimitIntervalSec=."),
  StartLimitAction: str("What to do when the start limit is hit."),
  ConditionPathExists: lines("Start only if the path exists (`!` negates)."),
  ConditionPathIsDirectory: lines("Start only if the path is a directory."),
  ConditionPathIsMountPoint: lines("Start only if the path is a mount point."),
  ConditionFileNotEmpty: lines("Start only if the file exists and is not empty."),
  ConditionDirectoryNotEmpty: lines("Start only if the directory exists and is not empty."),
  ConditionVirtualization: str("Start only under (or outside) this kind of virtualisation."),
  ConditionKernelCommandLine: lines("Start only if the kernel command line has this option."),
  AssertPathExists: lines("Fail the start unless the path exists."),
});

export const installSection = section({
  WantedBy: deps("Units that want this one when it is enabled"),
  RequiredBy: deps("Units that require this one when it is enabled"),
  UpheldBy: deps("Units that uphold this one when it is enabled"),
  Alias: lines("Other names of the unit."),
  Also: deps("Units enabled and disabled together with this one"),
  DefaultInstance: str("The instance enabled for a template unit."),
});

/** systemd.exec(5), systemd.kill(5), systemd.resource-control(5): shared by services (and sockets). */
const execDirectives = {
  WorkingDirectory: str("The working directory of executed processes."),
  RootDirectory: str("Chroot to this directory."),
  User: str("Run as this user (declare it in `users`, or use DynamicUser=)."),
  Group: str("Run as this group."),
  DynamicUser: bool(
    "Run as a transient user allocated when the unit starts (implies a read-only system and private /tmp).",
  ),
  SupplementaryGroups: lines("Supplementary groups of executed processes."),
  PAMName: str("Open a PAM session under this service name."),
  Environment: env("Environment variables (values are quoted and `%` escaped by hearth)."),
  EnvironmentFile: lines("Files of environment variables (a leading `-` ignores a missing file)."),
  PassEnvironment: words("Variables passed from the service manager."),
  UnsetEnvironment: words("Variables removed from the environment."),
  UMask: str("The file mode creation mask (octal)."),
  Nice: int("Scheduling priority (-20 … 19)."),
  OOMScoreAdjust: int("Out-of-memory killer adjustment (-1000 … 1000)."),
  CPUSchedulingPolicy: oneOf(["other", "batch", "idle", "fifo", "rr"], "CPU scheduling policy."),
  IOSchedulingClass: oneOf(["realtime", "best-effort", "idle"], "I/O scheduling class."),
  LimitNOFILE: value(types.either(types.int, types.str), "Limit on open files (soft[:hard] or infinity)."),
  LimitNPROC: value(types.either(types.int, types.str), "Limit on processes."),
  LimitCORE: value(types.either(types.int, types.str), "Limit on core file size."),
  LimitMEMLOCK: value(types.either(types.int, types.str), "Limit on locked memory."),
  StandardInput: str("Standard input (null, tty, socket, …)."),
  StandardOutput: str("Standard output (journal, null, …)."),
  StandardError: str("Standard error (journal, null, …)."),
  SyslogIdentifier: str("Identifier of log lines in the journal."),
  LogLevelMax: str("Drop log messages above this level."),
  TTYPath: str("The terminal for StandardInput=tty."),
  // Sandboxing: hearth's baseline (hardening.ts) sets many of these; define one to relax it.
  CapabilityBoundingSet: words("Capabilities the processes may ever have; `[]` means none."),
  AmbientCapabilities: words("Capabilities given to processes running as a non-root user."),
  SecureBits: words("Secure bits of the processes."),
  NoNewPrivileges: bool("Processes can never gain privileges (setuid, file capabilities)."),
  ProtectSystem: boolOr(
    ["full", "strict"],
    "Read-only /usr, /boot (true), also /etc (full), everything (strict).",
  ),
  ProtectHome: boolOr(["read-only", "tmpfs"], "Make /home, /root and /run/user inaccessible (true)."),
  RuntimeDirectory: words("Directories created under /run for the unit, owned by its user."),
  StateDirectory: words("Directories created under /var/lib for the unit's state, owned by its user."),
  CacheDirectory: words("Directories created under /var/cache for the unit."),
  LogsDirectory: words("Directories created under /var/log for the unit."),
  ConfigurationDirectory: words("Directories created under /etc for the unit."),
  RuntimeDirectoryMode: str("Mode of RuntimeDirectory= (octal)."),
  StateDirectoryMode: str("Mode of StateDirectory= (octal)."),
  CacheDirectoryMode: str("Mode of CacheDirectory= (octal)."),
  LogsDirectoryMode: str("Mode of LogsDirectory= (octal)."),
  ConfigurationDirectoryMode: str("Mode of ConfigurationDirectory= (octal)."),
  RuntimeDirectoryPreserve: boolOr(["restart"], "Keep RuntimeDirectory= when the unit stops."),
  ReadWritePaths: lines("Paths writable despite ProtectSystem= (a leading `-` ignores missing ones)."),
  ReadOnlyPaths: lines("Paths made read-only."),
  InaccessiblePaths: lines("Paths made inaccessible."),
  ExecPaths: lines("Paths where executing is allowed (with NoExecPaths=)."),
  NoExecPaths: lines("Paths where executing is denied."),
  BindPaths: lines("Bind mounts (source[:destination[:options]])."),
  BindReadOnlyPaths: lines("Read-only bind mounts."),
  TemporaryFileSystem: lines("Mount a tmpfs at these paths."),
  PrivateTmp: bool("A private /tmp and /var/tmp."),
  PrivateDevices: bool("A private /dev with only pseudo devices."),
  PrivateNetwork: bool("A private network namespace with only loopback."),
  PrivateIPC: bool("A private IPC namespace."),
  PrivateUsers: bool("A private user namespace."),
  PrivateMounts: bool("A private mount namespace."),
  ProtectHostname: bool("The hostname cannot be changed."),
  ProtectClock: bool("The clocks cannot be changed."),
  ProtectKernelTunables: bool("/proc/sys and similar are read-only."),
  ProtectKernelModules: bool("Kernel modules cannot be loaded."),
  ProtectKernelLogs: bool("The kernel log cannot be read."),
  ProtectControlGroups: bool("The cgroup file system is read-only."),
  ProtectProc: oneOf(
    ["noaccess", "invisible", "ptraceable", "default"],
    "Access to other processes in /proc.",
  ),
  ProcSubset: oneOf(["all", "pid"], "Only process directories in /proc (pid)."),
  RestrictAddressFamilies: words("Socket address families allowed (a leading `~` denies instead)."),
  RestrictNamespaces: value(types.either(types.bool, types.str), "Namespaces that may be created."),
  RestrictRealtime: bool("Realtime scheduling is denied."),
  RestrictSUIDSGID: bool("Creating setuid/setgid files is denied."),
  LockPersonality: bool("The execution domain cannot be changed."),
  MemoryDenyWriteExecute: bool("Writable and executable memory is denied (breaks JIT compilers)."),
  RemoveIPC: bool("Remove the user's IPC objects when the unit stops."),
  KeyringMode: oneOf(["inherit", "private", "shared"], "The kernel session keyring."),
  SystemCallFilter: lines("System calls allowed (sets like @system-service; a leading `~` denies)."),
  SystemCallErrorNumber: str("The error returned by denied system calls."),
  SystemCallArchitectures: words("System call architectures allowed (native)."),
  DevicePolicy: oneOf(["auto", "closed", "strict"], "Access to device nodes."),
  DeviceAllow: lines("Device nodes allowed (path or class, and r/w/m)."),
  IPAddressAllow: words("IP ranges the unit may talk to."),
  IPAddressDeny: words("IP ranges the unit may not talk to."),
  LoadCredential: lines("Credentials passed to the unit (id:path)."),
  SetCredential: lines("Credentials passed to the unit (id:value)."),
  KillMode: oneOf(["control-group", "mixed", "process", "none"], "Which processes are killed on stop."),
  KillSignal: str("The signal that stops the unit."),
  SendSIGKILL: bool("Send SIGKILL to processes left after the stop timeout."),
  Slice: str("The slice the unit runs in."),
  Delegate: value(types.either(types.bool, types.str), "Delegate cgroup controllers to the unit."),
  CPUWeight: str("CPU weight (1 … 10000, or idle)."),
  CPUQuota: str("CPU time quota (a percentage)."),
  MemoryHigh: str("Memory throttling limit."),
  MemoryMax: str("Hard memory limit."),
  MemorySwapMax: str("Swap limit."),
  TasksMax: str("Limit on tasks."),
  IOWeight: str("I/O weight (1 … 10000)."),
};

export const serviceSection = section({
  Type: oneOf(
    ["simple", "exec", "forking", "oneshot", "dbus", "notify", "idle"],
    "How systemd knows the service has started.",
  ),
  RemainAfterExit: bool("The service stays active after its processes exit."),
  PIDFile: str("The PID file of a forking service."),
  BusName: str("The D-Bus name of a dbus service."),
  ExecCondition: lines("Commands whose failure skips the start."),
  ExecStartPre: lines("Commands run before ExecStart= (a leading `-` ignores their failure)."),
  ExecStart: lines("The command(s) to start (several only with Type=oneshot)."),
  ExecStartPost: lines("Commands run after ExecStart=."),
  ExecReload: lines("Commands that reload the service's configuration."),
  ExecStop: lines("Commands that stop the service."),
  ExecStopPost: lines("Commands run after the service stopped."),
  Restart: oneOf(
    ["no", "on-success", "on-failure", "on-abnormal", "on-watchdog", "on-abort", "always"],
    "When the service is restarted.",
  ),
  RestartSec: str("Time to sleep before a restart (a time span)."),
  TimeoutStartSec: str("Time to wait for the start (a time span; 0 or infinity disables)."),
  TimeoutStopSec: str("Time to wait for the stop."),
  TimeoutSec: str("TimeoutStartSec= and TimeoutStopSec= at once."),
  RuntimeMaxSec: str("Stop the service after this long."),
  WatchdogSec: str("Watchdog timeout."),
  SuccessExitStatus: words("Exit codes and signals that count as success."),
  RestartPreventExitStatus: words("Exit codes and signals that prevent a restart."),
  NotifyAccess: oneOf(["none", "main", "exec", "all"], "Who may send sd_notify messages."),
  Sockets: lines("Socket units the service takes file descriptors from."),
  OOMPolicy: oneOf(["continue", "stop", "kill"], "What happens when a process is OOM-killed."),
  ...execDirectives,
});

export const timerSection = section({
  OnActiveSec: lines("Elapse this long after the timer is activated."),
  OnBootSec: lines("Elapse this long after boot."),
  OnStartupSec: lines("Elapse this long after systemd started."),
  OnUnitActiveSec: lines("Elapse this long after the unit was last activated."),
  OnUnitInactiveSec: lines("Elapse this long after the unit was last deactivated."),
  OnCalendar: lines("Calendar events (systemd.time(7)), e.g. `*-*-* 03:00:00` or `hourly`."),
  AccuracySec: str("Accuracy of the timer."),
  RandomizedDelaySec: str("Random delay added to each elapse."),
  FixedRandomDelay: bool("The random delay is the same on every elapse."),
  Persistent: bool("Catch up on elapses missed while the machine was off."),
  WakeSystem: bool("Wake the system from suspend."),
  RemainAfterElapse: bool("The timer stays loaded after it elapsed."),
  Unit: str("The unit to activate (by default the service of the same name)."),
});

export const socketSection = section({
  ListenStream: lines("Stream sockets (ports, addresses or paths)."),
  ListenDatagram: lines("Datagram sockets."),
  ListenSequentialPacket: lines("Sequential packet sockets."),
  ListenFIFO: lines("FIFOs."),
  BindIPv6Only: oneOf(["default", "both", "ipv6-only"], "Whether IPv6 sockets also accept IPv4."),
  Backlog: int("The listen() backlog."),
  BindToDevice: str("Bind sockets to this network interface."),
  SocketUser: str("Owner of file system sockets."),
  SocketGroup: str("Group of file system sockets."),
  SocketMode: str("Mode of file system sockets (octal)."),
  DirectoryMode: str("Mode of directories created for sockets (octal)."),
  Accept: bool("Start one service instance per connection."),
  MaxConnections: int("Connection limit with Accept=."),
  KeepAlive: bool("TCP keep-alive."),
  NoDelay: bool("TCP_NODELAY."),
  FreeBind: bool("Bind to addresses not (yet) configured."),
  ReusePort: bool("SO_REUSEPORT."),
  RemoveOnStop: bool("Remove socket files when the unit stops."),
  Symlinks: lines("Symbolic links to the socket file."),
  FileDescriptorName: str("The name of the file descriptors passed."),
  Service: str("The service activated (by default the one of the same name)."),
  TriggerLimitIntervalSec: str("Interval of the activation rate limit."),
  TriggerLimitBurst: int("Activations allowed within TriggerLimitIntervalSec=."),
});

export const pathSection = section({
  PathExists: lines("Activate when the path exists."),
  PathExistsGlob: lines("Activate when a path matching the glob exists."),
  PathChanged: lines("Activate when the file is written and closed."),
  PathModified: lines("Activate when the file is written."),
  DirectoryNotEmpty: lines("Activate when the directory is not empty."),
  Unit: str("The unit to activate (by default the service of the same name)."),
  MakeDirectory: bool("Create the watched directories."),
  DirectoryMode: str("Mode of directories created (octal)."),
  TriggerLimitIntervalSec: str("Interval of the activation rate limit."),
  TriggerLimitBurst: int("Activations allowed within TriggerLimitIntervalSec=."),
});

export const mountSection = section({
  What: str("The device, file or remote to mount."),
  Type: str("The file system type."),
  Options: str("Mount options (comma separated)."),
  SloppyOptions: bool("Ignore unknown mount options."),
  LazyUnmount: bool("Detach the file system at once on unmount."),
  ReadWriteOnly: bool("Fail instead of mounting read-only."),
  ForceUnmount: bool("Force the unmount (NFS)."),
  DirectoryMode: str("Mode of directories created for the mount point (octal)."),
  TimeoutSec: str("Time to wait for the mount."),
});

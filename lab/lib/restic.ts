// mkRestic: one restic backup job for given paths (the seed's mkRestic, made a unit and a timer of
// hearth's): run as the owner of the data, the repository's password passed as a credential,
// PostgreSQL databases dumped first (into the job's cache, backed up with the rest), old
// snapshots forgotten after each run. The backups issue gives it depth (remote repositories,
// checks, restores).
import type { ConfigDef } from "hearth";
import { postgresqlSocket } from "./postgresql.ts";

export interface ResticJob {
  /** The job's name: units `restic-backups-<name>.{service,timer}`, snapshots tagged with it. */
  readonly name: string;
  readonly paths: readonly string[];
  readonly exclude?: readonly string[];
  /** Who runs it: the owner of the data (it reads them as they are). */
  readonly user: string;
  /** The repository: a folder on the host, or a restic URL (`rest:`, `s3:`, `rclone:`). */
  readonly repository: string;
  /** The repository's password: a file on the host (a secret's path), passed as a credential. */
  readonly passwordFile: string;
  /** Credentials of a remote repository (an environment file: a secret's path). */
  readonly environmentFile?: string;
  /** PostgreSQL databases (on this host) dumped before the backup. */
  readonly databases?: readonly string[];
  /** When (systemd.time), default the seed's nightly 02:05. */
  readonly schedule?: string;
  readonly keep?: { readonly daily: number; readonly weekly: number; readonly monthly: number };
}

export const resticUnit = (name: string) => `restic-backups-${name}`;

/** The job's definitions (a module's): its packages, service and timer. */
export function mkRestic(job: ResticJob) {
  const unit = resticUnit(job.name);
  const cache = `/var/cache/${unit}`;
  const dumps = `${cache}/dumps`;
  const databases = job.databases ?? [];
  const keep = job.keep ?? { daily: 7, weekly: 5, monthly: 12 };
  const restic = `/usr/bin/restic --password-file=\${CREDENTIALS_DIRECTORY}/password --cache-dir=${cache}`;
  const local = job.repository.startsWith("/");
  return {
    packages: ["restic", ...(databases.length > 0 ? ["postgresql-client"] : [])],
    systemd: {
      services: {
        [unit]: {
          Unit: {
            Description: `Back up ${job.name} with restic`,
            Wants: ["network-online.target"],
            After: ["network-online.target"],
          },
          Service: {
            Type: "oneshot",
            User: job.user,
            Group: job.user,
            LoadCredential: [`password:${job.passwordFile}`],
            EnvironmentFile: job.environmentFile ? [job.environmentFile] : [],
            Environment: { RESTIC_REPOSITORY: job.repository },
            CacheDirectory: [unit],
            ReadWritePaths: local ? [job.repository] : [],
            ExecStartPre: [
              // A new repository is created on the first run.
              `/bin/sh -c '${restic} cat config >/dev/null 2>&1 || ${restic} init'`,
              ...(databases.length > 0 ? [`/bin/mkdir -p ${dumps}`] : []),
              ...databases.map(
                (db) =>
                  `/usr/bin/pg_dump --host=${postgresqlSocket} --format=custom --file=${dumps}/${db}.dump ${db}`,
              ),
            ],
            // Both in ExecStart (a oneshot runs them in turn): systemd 252 does not let the
            // unit's user read its credentials in ExecStartPost, where forget ran at first.
            ExecStart: [
              [
                `${restic} backup --tag ${job.name}`,
                ...(job.exclude ?? []).map((e) => `--exclude=${e}`),
                ...job.paths,
                ...(databases.length > 0 ? [dumps] : []),
              ].join(" "),
              `${restic} forget --tag ${job.name} --prune --keep-daily ${keep.daily} --keep-weekly ${keep.weekly} --keep-monthly ${keep.monthly}`,
            ],
          },
        },
      },
      timers: {
        [unit]: {
          Unit: { Description: `Back up ${job.name} nightly` },
          Timer: {
            OnCalendar: [job.schedule ?? "*-*-* 02:05:00"],
            RandomizedDelaySec: "1h",
            Persistent: true,
          },
          Install: { WantedBy: ["timers.target"] },
        },
      },
    },
  } satisfies ConfigDef;
}

// The database provider: on the host running PostgreSQL (mySystem.infrastructure.postgresql),
// every database any host's apps registered for this host, created (with its owner) after each
// start of the server, and the client authentication that lets exactly those owners in.
import { defineModule, lazy, mkIf } from "hearth";
import { fromEveryHost, hostNameOf, labNodes } from "../../../lib/nodes.ts";
import { once } from "../../../lib/once.ts";
import { postgresqlSocket, postgresqlUnit } from "../../../lib/postgresql.ts";
import { postgresqlDir, postgresqlHba } from "../../../lib/provider-files.ts";
import { type DatabaseWant, renderDatabasesSql, renderHba } from "./postgresql.ts";

const hbaFile = postgresqlHba;
const passwordSecret = (database: string) => `postgresql/${database}`;
const sqlFile = `${postgresqlDir}/databases.sql`;

export default defineModule({
  config: (args) => {
    const { config } = args;
    const self = hostNameOf(args);
    const postgresql = config.mySystem.infrastructure.postgresql;
    const registered = once(() =>
      fromEveryHost(args, (c) => Object.values(c.mySystem.registry.databases))
        .flatMap(([, dbs]) => dbs)
        .filter((d) => d.host === self),
    );
    const wants = (): DatabaseWant[] =>
      registered().map((d) => ({
        name: d.name,
        owner: d.owner,
        extensions: d.extensions,
        remoteAddress:
          d.fromHost === self ? null : (labNodes(args)[d.fromHost]?.config.mySystem.network.address ?? null),
        passwordFile: d.password ? config.secrets[passwordSecret(d.name)]!.path : null,
      }));
    // each read by its file and by its unit's trigger
    const hba = once(() => renderHba(wants()));
    const sql = once(() => renderDatabasesSql(wants()));
    const unit = `${postgresqlUnit}.service`;
    return mkIf(() => postgresql.enable, {
      // the passwords of remote apps' owners, decrypted here for the script (and only readable by postgres)
      secrets: lazy(() =>
        Object.fromEntries(
          registered().flatMap((d) =>
            d.password
              ? [
                  [
                    passwordSecret(d.name),
                    {
                      sopsFile: d.password.sopsFile,
                      key: d.password.key,
                      owner: "postgres",
                      restartUnits: ["postgresql-databases.service"],
                    },
                  ],
                ]
              : [],
          ),
        ),
      ),
      files: {
        [hbaFile]: { text: lazy(hba), group: "postgres", mode: "0640" },
        [sqlFile]: { text: lazy(sql), group: "postgres", mode: "0640" },
      },
      systemd: {
        services: {
          [postgresqlUnit]: { reloadTriggers: [lazy(hba)] },
          "postgresql-databases": {
            Unit: {
              Description: "Create the databases the lab's apps registered",
              After: [unit],
              Requires: [unit],
              PartOf: [unit],
            },
            Service: {
              Type: "oneshot",
              RemainAfterExit: true,
              User: "postgres",
              ExecStart: [
                `/usr/bin/psql --no-psqlrc --host=${postgresqlSocket} --dbname=postgres --file=${sqlFile}`,
              ],
              RestrictAddressFamilies: ["AF_UNIX"],
            },
            Install: { WantedBy: [unit] },
            restartTriggers: [lazy(sql)],
          },
        },
      },
    });
  },
});

// PostgreSQL: Debian's packaged cluster run by hearth's unit with hearth's configuration. The
// databases apps register are the providers' work (lab/modules/providers/databases).
import { mkOption, types } from "hearth";
import { mkService } from "../../../../lib/index.ts";
import {
  postgresqlData,
  postgresqlSocket,
  postgresqlUnit,
  postgresqlVersion,
} from "../../../../lib/postgresql.ts";
import { postgresqlHba } from "../../../../lib/provider-files.ts";

const conf = "/etc/hearth/postgresql/postgresql.conf";

const postgresql = mkService("infrastructure/postgresql", {
  title: "PostgreSQL",
  description: "Relational database",
  port: 5432,
  user: "postgres",
  native: {
    package: "postgresql",
    unit: postgresqlUnit,
    exec: `/usr/lib/postgresql/${postgresqlVersion}/bin/postgres -D ${postgresqlData} -c config_file=${conf}`,
  },
  state: ["/var/lib/postgresql"],
  files: ({ cfg }) => ({
    [conf]: [
      `data_directory = '${postgresqlData}'`,
      `hba_file = '${postgresqlHba}'`,
      "listen_addresses = '*'",
      `port = ${cfg.port}`,
      `unix_socket_directories = '${postgresqlSocket}'`,
      `shared_buffers = '${cfg.sharedBuffers}'`,
      "jit = off",
      "",
    ].join("\n"),
  }),
  proxy: false,
  options: {
    sharedBuffers: mkOption({ type: types.str, default: "256MB", description: "Memory for shared buffers." }),
  },
});

declare module "hearth" {
  interface Modules {
    "infrastructure/postgresql": typeof postgresql.options;
  }
}

export default postgresql.module(() => ({
  systemd: {
    services: {
      [postgresqlUnit]: {
        Service: {
          Type: "notify",
          ExecReload: ["/bin/kill -HUP $MAINPID"],
          RuntimeDirectory: ["postgresql"],
          // Relaxed from the baseline: apps of other users reach the socket; shared memory
          // lives in /dev/shm.
          RuntimeDirectoryMode: "0755",
          PrivateDevices: false,
        },
      },
    },
  },
}));

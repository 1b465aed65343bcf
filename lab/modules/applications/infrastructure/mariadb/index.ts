// MariaDB, for the apps that want MySQL: Debian's server in hearth's unit (named as Debian's).
import { mkService } from "../../../../lib/index.ts";

const conf = "/etc/hearth/mariadb/my.cnf";

const mariadb = mkService("infrastructure/mariadb", {
  title: "MariaDB",
  description: "MySQL-compatible database",
  port: 3306,
  native: { package: "mariadb-server", unit: "mariadb", exec: `/usr/sbin/mariadbd --defaults-file=${conf}` },
  user: "mysql",
  state: ["/var/lib/mysql"],
  files: ({ cfg }) => ({
    [conf]: `[mysqld]\ndatadir = /var/lib/mysql\nsocket = /run/mysqld/mysqld.sock\nbind-address = 0.0.0.0\nport = ${cfg.port}\n`,
  }),
  proxy: false,
});

declare module "hearth" {
  interface Modules {
    "infrastructure/mariadb": typeof mariadb.options;
  }
}

export default mariadb.module(() => ({
  systemd: {
    services: {
      mariadb: { Service: { Type: "notify", RuntimeDirectory: ["mysqld"], RuntimeDirectoryMode: "0755" } },
    },
  },
}));

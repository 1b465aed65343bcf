// Where Debian's PostgreSQL is (Debian 12: version 15): its cluster unit (hearth's unit replaces
// that instance of Debian's template, so the packaged cluster runs hearth's configuration), its
// data, and its socket folder (apps connect there, authenticated as their own user).
export const postgresqlVersion = 15;
export const postgresqlUnit = `postgresql@${postgresqlVersion}-main`;
export const postgresqlData = `/var/lib/postgresql/${postgresqlVersion}/main`;
export const postgresqlSocket = "/run/postgresql";

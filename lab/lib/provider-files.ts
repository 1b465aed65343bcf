// Files the providers write for servers that are apps (dnsmasq, Homepage, PostgreSQL, VictoriaMetrics, Gatus): the app
// reads the file, the provider writes it, and both name it from here, so that no app module
// imports a provider.
export const dnsmasqConfig = "/etc/hearth/dnsmasq.conf";
export const homepageConfigDir = "/etc/hearth/homepage";
export const postgresqlDir = "/etc/hearth/postgresql";
export const postgresqlHba = `${postgresqlDir}/pg_hba.conf`;
export const victoriametricsScrapeConfig = "/etc/hearth/victoriametrics/scrape.yml";
export const gatusConfig = "/etc/hearth/gatus/config.yaml";

// The registry's option declarations: what app modules want (routes, DNS records, dashboard
// entries, databases, scrape targets, health checks, backups, ports) and providers serve. Every
// entry is keyed by who wants it ("media/jellyfin", "media/jellyfin/api"), so two wants of one app
// never merge silently. Declarations only: no `Config` here (docs/modules.md, "Types").
import { mkOption, type OptionType, types } from "hearth";

const str = (description: string) => mkOption({ type: types.str, description });
const nullStr = (description: string) =>
  mkOption({ type: types.nullOr(types.str), default: null, description });
const strList = (description: string) =>
  mkOption({ type: types.listOf(types.str), default: [], description });
const definedAt = strList("Where the want was written (file:line), for messages naming it.");
const labHost = (description: string) => mkOption({ type: types.str, description });

const route = types.submodule({
  options: {
    app: nullStr('The app the route reaches ("media/jellyfin"); its upstream host must run it.'),
    host: str("The name the route answers (`jellyfin.example.org`)."),
    upstream: {
      host: nullStr("The lab host the upstream runs on (null: `address` is outside the lab)."),
      address: nullStr(
        "The upstream's address (default: loopback on the same host, else the host's address).",
      ),
      port: mkOption({ type: types.port, description: "The upstream's port." }),
      scheme: mkOption({
        type: types.enum(["http", "https"]),
        default: "http",
        description: "The upstream's scheme.",
      }),
    },
    expose: mkOption({
      type: types.enum(["internal", "public"]),
      default: "internal",
      description: "internal: only the lab's networks are served; public: anyone on the internet.",
    }),
    websockets: mkOption({ type: types.bool, default: false, description: "Pass WebSocket upgrades." }),
    maxBodySize: nullStr('Largest request body ("512m", "0" for no limit; null: the proxy\'s default).'),
    timeouts: {
      connect: mkOption({
        type: types.nullOr(types.ints.positive),
        default: null,
        description: "Seconds to connect.",
      }),
      read: mkOption({
        type: types.nullOr(types.ints.positive),
        default: null,
        description: "Seconds between reads.",
      }),
      send: mkOption({
        type: types.nullOr(types.ints.positive),
        default: null,
        description: "Seconds between writes.",
      }),
    },
    auth: {
      basicAuthFile: nullStr(
        "An htpasswd file (a secret's path) every request must match. With Caddy, bcrypt entries only (`htpasswd -B`).",
      ),
      forwardAuth: nullStr("A URL asked about every request (2xx lets it through), as Authelia's."),
    },
    definedAt,
  },
});

const dnsRecord = types.submodule({
  options: {
    name: str("The fully qualified name (`jellyfin.example.org`)."),
    host: nullStr("The lab host whose address the name resolves to."),
    address: nullStr("An address outside the lab (instead of `host`)."),
    definedAt,
  },
});

const dashboardEntry = types.submodule({
  options: {
    app: nullStr('The app the entry is for ("media/jellyfin").'),
    group: str("The group (Homepage: a section; the app's category)."),
    name: str("The entry's title."),
    description: mkOption({ type: types.str, default: "", description: "One line under the title." }),
    icon: nullStr("A dashboard-icons name (`jellyfin.png`), `mdi-…`, `si-…` or a URL."),
    href: nullStr("Where a click goes (the app's URL)."),
    siteMonitor: nullStr("A URL whose answer shows the entry's health."),
    weight: mkOption({ type: types.int, default: 0, description: "Order inside the group (lower first)." }),
  },
});

const database = types.submodule({
  options: {
    name: str("The database."),
    owner: str("The role owning it (the app's user, authenticated by peer on the same host)."),
    host: labHost("The lab host whose PostgreSQL creates it."),
    fromHost: labHost("The host the app runs on (its address may connect when it is another host)."),
    extensions: strList("Extensions created in it."),
    password: mkOption({
      type: types.nullOr(
        types.submodule({
          options: {
            sopsFile: mkOption({ type: types.path, description: "The SOPS file holding it." }),
            key: str("Its key path in the file (`services/miniflux/database`)."),
          },
        }),
      ),
      default: null,
      description:
        "The owner's password, for an app on another host (scram-sha-256 over the network); the database host decrypts it with its own key.",
    }),
    definedAt,
  },
});

const scrapeTarget = types.submodule({
  options: {
    job: str("The job name."),
    targets: strList("`host:port` addresses."),
    path: mkOption({ type: types.str, default: "/metrics", description: "The metrics path." }),
    scheme: mkOption({ type: types.enum(["http", "https"]), default: "http", description: "The scheme." }),
    interval: nullStr("Scrape interval (null: the collector's default)."),
  },
});

const healthCheck = types.submodule({
  options: {
    name: str("The endpoint's name."),
    group: str("Its group (the app's category)."),
    url: str("What is checked (`https://…`, `tcp://host:port`, `icmp://host`)."),
    interval: mkOption({ type: types.str, default: "1m", description: "Time between checks." }),
    conditions: strList("Gatus conditions (`[STATUS] == 200`)."),
  },
});

const backup = types.submodule({
  options: {
    paths: mkOption({ type: types.listOf(types.path), default: [], description: "What is backed up." }),
    exclude: strList("Patterns left out."),
    user: mkOption({
      type: types.str,
      default: "root",
      description: "Who runs the backup (the owner of the data).",
    }),
    databases: strList("PostgreSQL databases dumped before the files are backed up."),
  },
});

const ports = types.submodule({
  options: {
    tcp: mkOption({ type: types.listOf(types.port), default: [], description: "TCP ports listened on." }),
    udp: mkOption({ type: types.listOf(types.port), default: [], description: "UDP ports listened on." }),
    definedAt,
  },
});

const registryOf = <V, D>(type: OptionType<V, D>, description: string) =>
  mkOption({ type: types.attrsOf(type), default: {}, description });

export const registryOptions = {
  mySystem: {
    registry: {
      routes: registryOf(route, "Reverse-proxy routes this host's proxy serves, by who wants them."),
      dnsRecords: registryOf(dnsRecord, "Names the lab's DNS server answers, by who wants them."),
      dashboard: registryOf(dashboardEntry, "Entries of the lab's dashboard, by who wants them."),
      databases: registryOf(database, "PostgreSQL databases apps of this host need, by who wants them."),
      scrapeTargets: registryOf(scrapeTarget, "Metrics endpoints to collect, by who wants them."),
      healthChecks: registryOf(healthCheck, "Endpoints the monitoring host checks, by who wants them."),
      backups: registryOf(backup, "Backup jobs of this host, by who wants them."),
      ports: registryOf(ports, "Ports this host's services listen on, by service."),
    },
  },
};

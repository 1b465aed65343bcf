// The standard options every app has (`mySystem.<category>.<app>.*`), declared once here: each
// of them really does what it says (docs/services.md).
import { mkEnableOption, mkOption, types } from "hearth";

export interface StandardDefaults {
  readonly title: string;
  readonly subdomain: string;
  readonly port: number;
  readonly metrics: boolean;
  readonly state: boolean;
}

const flag = (value: boolean, description: string) =>
  mkOption({ type: types.bool, default: value, description });

export function standardOptions(d: StandardDefaults) {
  return {
    enable: mkEnableOption(d.title),
    subdomain: mkOption({
      type: types.strMatching("[a-z0-9]([a-z0-9-]*[a-z0-9])?"),
      default: d.subdomain,
      description: `${d.title} is served at <subdomain>.<domain>.`,
    }),
    port: mkOption({ type: types.port, default: d.port, description: `The port ${d.title} listens on.` }),
    expose: mkOption({
      type: types.enum(["internal", "public"]),
      default: "internal",
      description:
        'Who the reverse proxy serves: "internal", the lab\'s networks only; "public", the internet (listed by `hearth check`).',
    }),
    addToHomepage: flag(true, `Whether ${d.title} has an entry on the lab's dashboard.`),
    addToDNS: flag(true, `Whether the lab's DNS server resolves ${d.title}'s name.`),
    monitor: flag(true, `Whether the monitoring host checks ${d.title}'s health.`),
    prometheus: flag(d.metrics, `Whether ${d.title}'s metrics are collected.`),
    backup: flag(d.state, `Whether ${d.title}'s state (and database) is backed up.`),
    url: mkOption({
      type: types.nullOr(types.str),
      readOnly: true,
      defaultText: "https://<subdomain>.<domain> (null without a route)",
      description: `Where ${d.title} is reached (computed).`,
    }),
  };
}

export type StandardOptions = ReturnType<typeof standardOptions>;

export function databaseOptions(title: string) {
  return {
    database: {
      host: mkOption({
        type: types.str,
        defaultText: "this host",
        description: `The lab host whose PostgreSQL holds ${title}'s database.`,
      }),
    },
  };
}

export type DatabaseOptions = ReturnType<typeof databaseOptions>;

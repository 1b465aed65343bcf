// Compile-time facts about apps built with mkService and the registry (checked by `npm run typecheck`).
import type { Config, ConfigDef } from "hearth";
import { existsOrDefault, firstOrDefault } from "../../lab/lib/index.ts";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type IsAny<T> = 0 extends 1 & T ? true : false;
const check = <T extends true>(): T => true as T;

type Jellyfin = Config["mySystem"]["media"]["jellyfin"];
// mkService's standard options and the app's own are typed where hosts and modules read them.
check<Equal<IsAny<Jellyfin>, false>>();
check<Equal<Jellyfin["expose"], "internal" | "public">>();
check<Equal<Jellyfin["addToDNS"], boolean>>();
check<Equal<Jellyfin["url"], string | null>>();
check<Equal<Jellyfin["mediaDir"], string>>();
check<Equal<Config["mySystem"]["productivity"]["miniflux"]["database"]["host"], string>>();
check<Equal<Config["mySystem"]["development"]["code-server"]["port"], number>>();
// An app without a database has no database options.
check<Equal<"database" extends keyof Config["mySystem"]["search"]["whoogle"] ? true : false, false>>();
// The registry's entries are typed for providers.
check<Equal<Config["mySystem"]["registry"]["routes"][string]["upstream"]["port"], number>>();
check<Equal<Config["mySystem"]["registry"]["dnsRecords"][string]["host"], string | null>>();

// @ts-expect-error: `everyone` is not an exposure
const wrongExposure: ConfigDef = { mySystem: { media: { jellyfin: { expose: "everyone" } } } };
// @ts-expect-error: a misspelt standard option
const misspelt: ConfigDef = { mySystem: { media: { jellyfin: { addToDns: false } } } };
void wrongExposure;
void misspelt;

// The seed's helpers, typed.
const port: number = existsOrDefault("port", { port: 8096 }, 0);
const fallback: string = existsOrDefault("host", { port: 8096 }, "localhost");
const maybe: number | string = existsOrDefault("port", {} as { port?: number }, "none");
const first: string = firstOrDefault(null as string | null, "default");
void [port, fallback, maybe, first];

// Compile-time facts about the lab's configuration type (checked by `npm run typecheck`).
import type { Config, ConfigDef } from "hearth";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type IsAny<T> = 0 extends 1 & T ? true : false;
const check = <T extends true>(): T => true as T;

// If an option declaration ever mentioned Config, every module's `config` would silently become any.
check<Equal<IsAny<Config>, false>>();
check<Equal<IsAny<Config["mySystem"]>, false>>();
check<Equal<Config["mySystem"]["media"]["jellyfin"]["port"], number>>();
check<Equal<Config["mySystem"]["media"]["jellyfin"]["enable"], boolean>>();
check<Equal<Config["mySystem"]["domain"], string>>();
// Definitions are optional at every level.
const partial: ConfigDef = { mySystem: { media: {} } };
void partial;
// The host primitives are typed like lab options.
check<Equal<IsAny<Config["systemd"]>, false>>();
check<Equal<Config["systemd"]["services"][string]["Service"]["User"], string | null>>();
check<Equal<Config["systemd"]["services"][string]["Service"]["ExecStart"], string[]>>();
check<Equal<Config["files"][string]["mode"], string>>();
check<Equal<Config["containers"][string]["image"], string>>();
check<Equal<Config["firewall"]["enable"], boolean>>();
// A misspelt directive is a type error.
// @ts-expect-error: `Restrt` is not a directive of [Service]
const typo: ConfigDef = { systemd: { services: { app: { Service: { Restrt: "always" } } } } };
void typo;

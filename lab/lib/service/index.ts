// mkService, the one service builder: an app module says what the app is (spec.ts); mkService
// declares its standard options, runs it natively or in a container with its user, state, files
// and secrets, and registers what it wants from the lab (route, DNS name, dashboard entry, health
// check, metrics, backup, database, ports), all gated by the app's own options.
import { callerOf, defineModule, lazy, mkDefault, mkIf, mkMerge, type Module, type ModuleArgs } from "hearth";
import { LabError, where } from "../errors.ts";
import { type AnySpec, App } from "./app.ts";
import { databaseOptions, standardOptions } from "./options.ts";
import { registrations } from "./registrations.ts";
import { account, container, firewall, healthCheck, native, secrets, stateAndFiles } from "./runtime.ts";
import {
  type AppId,
  type AppOf,
  type Category,
  type CategoryOf,
  categories,
  type Service,
  type ServiceSpec,
  type SpecificsArgs,
} from "./spec.ts";

/**
 * The app `id` ("media/jellyfin": options at `mySystem.media.jellyfin`) built from its spec.
 * Register `typeof <result>.options` under the same id and export `<result>.module(…)`.
 */
export function mkService<const Id extends AppId, O extends object = {}, DB extends boolean = false>(
  id: Id,
  spec: ServiceSpec<O, DB>,
): Service<CategoryOf<Id>, AppOf<Id>, O, DB> {
  type Result = Service<CategoryOf<Id>, AppOf<Id>, O, DB>;
  const location = callerOf(mkService);
  const [category, name] = id.split("/") as [Category, string | undefined];
  const refuse = (why: string) => new LabError(`${where(location)}: mkService("${id}"): ${why}`);
  if (!categories.includes(category) || !/^[a-z0-9][a-z0-9-]*$/.test(name ?? "")) {
    throw refuse(`not <category>/<app> (categories: ${categories.join(", ")}).`);
  }
  if ((spec.native === undefined) === (spec.container === undefined)) {
    throw refuse("give exactly one of `native` and `container`.");
  }
  if (spec.container !== undefined && spec.uid === undefined) {
    throw refuse("a container app needs a fixed `uid` (its files on the host carry it).");
  }
  const app = name!;
  const title = spec.title ?? app.charAt(0).toUpperCase() + app.slice(1);
  const own = {
    ...standardOptions({
      title,
      subdomain: spec.subdomain ?? app,
      port: spec.port,
      metrics: spec.metrics !== undefined,
      state: (spec.state ?? []).length > 0 || spec.database === true,
    }),
    ...(spec.database ? databaseOptions(title) : {}),
    ...spec.options,
  };
  const options = { mySystem: { [category]: { [app]: own } } } as unknown as Result["options"];
  const module = (specifics?: (args: SpecificsArgs<O, DB>) => unknown): Module =>
    defineModule(
      {
        options: options as never,
        config: (args: ModuleArgs) => {
          const a = new App(category, app, spec as AnySpec, args);
          const enabled = () => a.cfg.enable;
          return mkMerge([
            computed(a),
            mkIf(
              enabled,
              mkMerge([
                account(a),
                stateAndFiles(a),
                secrets(a),
                spec.container ? container(a) : native(a),
                firewall(a),
                healthCheck(a),
                registrations(a),
              ]),
            ),
            specifics
              ? mkIf(enabled, specifics({ ...args, cfg: a.cfg } as SpecificsArgs<O, DB>) as never)
              : {},
          ]) as never;
        },
      },
      location,
    );
  return { options, module };
}

/** The options mkService computes for every host (enabled or not): the URL, the database's host. */
function computed(app: App) {
  const own: Record<string, unknown> = {
    url: lazy(() => (app.proxied ? `https://${app.fqdn}` : null)),
  };
  if (app.spec.database) own.database = { host: mkDefault(app.hostName) };
  return { mySystem: { [app.category]: { [app.name]: own } } };
}

/**
 * Every enabled app of the example lab is wired: its route is served by its host's proxy, its
 * name is in the lab's DNS, its entry is on the dashboard; and turning each standard option off
 * removes exactly its piece, from the registry and from what the providers render, and nothing
 * else anywhere in the lab (a table: every app × every option).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parse } from "yaml";
import {
  dnsmasqConfig,
  gatusConfig,
  victoriametricsScrapeConfig as scrape,
} from "../../lab/lib/provider-files.ts";
import { categories } from "../../lab/lib/service/spec.ts";
import type { Lab } from "../../src/lab/index.ts";
import { defineModule, mkForce, toPlain } from "../../src/modules/index.ts";
import { exampleLab, fileOf } from "./helpers.ts";

interface EnabledApp {
  readonly host: string;
  readonly category: string;
  readonly app: string;
  readonly id: string;
  readonly cfg: Record<string, any>;
}

const services = "/etc/hearth/homepage/services.yaml";
const nginx = "/etc/hearth/nginx/nginx.conf";

function enabledApps(lab: Lab): EnabledApp[] {
  return lab.hostNames().flatMap((host) => {
    const m = lab.host(host).config.mySystem as Record<string, Record<string, Record<string, any>>>;
    return categories.flatMap((category) =>
      Object.keys(m[category] ?? {})
        .filter((app) => m[category]![app]!.enable === true)
        .map((app) => ({ host, category, app, id: `${category}/${app}`, cfg: m[category]![app]! })),
    );
  });
}

/** The host running an app (the lab has one of each provider). */
const hostRunning = (lab: Lab, category: string, app: string) =>
  enabledApps(lab).find((a) => a.category === category && a.app === app)!.host;

/** `host app` of every target group VictoriaMetrics scrapes. */
const scrapedApps = (text: string) =>
  (
    parse(text) as { scrape_configs: { static_configs: { labels: { host: string; app: string } }[] }[] }
  ).scrape_configs
    .flatMap((j) => j.static_configs.map((g) => `${g.labels.host} ${g.labels.app}`))
    .sort();

/** Everything wiring is made of, lab-wide: every host's registry and what the providers render. */
function wiring(lab: Lab) {
  const dns = hostRunning(lab, "networking", "dnsmasq");
  const dashboard = hostRunning(lab, "infrastructure", "homepage");
  return {
    registry: Object.fromEntries(
      lab.hostNames().map((h) => [h, toPlain(lab.host(h).config.mySystem.registry)]),
    ) as Record<string, Record<string, Record<string, unknown>>>,
    dns: fileOf(lab, dns, dnsmasqConfig).split("\n"),
    scraped: scrapedApps(fileOf(lab, hostRunning(lab, "monitoring", "victoriametrics"), scrape)),
    checked: (
      parse(fileOf(lab, hostRunning(lab, "monitoring", "gatus"), gatusConfig)) as {
        endpoints: { name: string; group: string }[];
      }
    ).endpoints
      .map((e) => `${e.group}/${e.name}`)
      .sort(),
    dashboard: parse(fileOf(lab, dashboard, services)) as Record<string, Record<string, unknown>[]>[],
    restic: Object.fromEntries(
      lab
        .hostNames()
        .map((h) => [
          h,
          Object.keys(lab.host(h).config.systemd.timers).filter((t) => t.startsWith("restic-backups-")),
        ]),
    ) as Record<string, string[]>,
    nginx: Object.fromEntries(
      lab.hostNames().flatMap((h) => (lab.host(h).config.files[nginx] ? [[h, fileOf(lab, h, nginx)]] : [])),
    ) as Record<string, string>,
  };
}

const entryNames = (dashboard: Record<string, Record<string, unknown>[]>[]) =>
  dashboard.flatMap((g) => Object.values(g)[0]!.map((e) => `${Object.keys(g)[0]}/${Object.keys(e)[0]}`));

/** The example lab with its backups on (the backups provider turns `backup` wants into jobs). */
const backups = defineModule({ mySystem: { backups: { enable: true } } });
const labWith = (extra: Parameters<typeof exampleLab>[0] = {}) =>
  exampleLab({ ...extra, "*": [backups, ...(extra["*"] ?? [])] });

describe("the example lab's apps, wired", async () => {
  const lab = await labWith();
  const apps = enabledApps(lab);
  const base = wiring(lab);
  const address = (host: string) => lab.host(host).config.mySystem.network.address as string;

  test("the lab runs at least 16 apps, in every category", () => {
    assert.ok(apps.length >= 16, `${apps.length} apps`);
    assert.deepEqual([...new Set(apps.map((a) => a.category))].sort(), [...categories].sort());
  });

  for (const a of apps) {
    test(`${a.id} on ${a.host}: its route on its host's proxy, its DNS name, its dashboard entry`, () => {
      const routes = base.registry[a.host]!.routes as Record<string, { host: string }>;
      if (a.cfg.url !== null) {
        const name = new URL(a.cfg.url).hostname;
        assert.equal(routes[a.id]?.host, name);
        assert.match(base.nginx[a.host]!, new RegExp(`server_name ${name.replaceAll(".", "\\.")};`));
        for (const [h, text] of Object.entries(base.nginx)) {
          if (h !== a.host)
            assert.doesNotMatch(text, new RegExp(`server_name ${name};`), `${name} only on ${a.host}`);
        }
        assert.ok(base.dns.includes(`address=/${name}/${address(a.host)}`), `DNS: ${name} → ${a.host}`);
      } else {
        assert.equal(routes[a.id], undefined, "no HTTP, no route");
        assert.ok(base.dns.includes(`address=/${a.cfg.subdomain}.l.example.org/${address(a.host)}`));
      }
      const group = a.category.charAt(0).toUpperCase() + a.category.slice(1);
      const entry = base.dashboard
        .flatMap((g) =>
          (g[group] ?? []).map((e) => Object.values(e)[0] as { href?: string; description: string }),
        )
        .find(
          (e) =>
            e.description ===
            (base.registry[a.host]!.dashboard![a.id] as { description: string }).description,
        );
      assert.ok(entry, `${a.id}: an entry in ${group}`);
      assert.equal(entry.href, a.cfg.url ?? undefined);
    });
  }

  const pieces = {
    addToDNS: "dnsRecords",
    addToHomepage: "dashboard",
    monitor: "healthChecks",
    prometheus: "scrapeTargets",
    backup: "backups",
  } as const;

  for (const a of apps) {
    for (const [option, registry] of Object.entries(pieces)) {
      if (a.cfg[option] !== true) continue;
      test(`${a.id} on ${a.host}: ${option} = false removes its ${registry} entry, and nothing else`, async () => {
        const off = defineModule({ mySystem: { [a.category]: { [a.app]: { [option]: false } } } } as never);
        const variant = wiring(await labWith({ [a.host]: [off] }));
        // The registry: exactly the app's entries of that kind are gone, on its host only.
        const expected = structuredClone(base.registry);
        const mine = expected[a.host]![registry]!;
        const removed = Object.keys(mine).filter((k) => k === a.id || k.startsWith(`${a.id}/`));
        assert.ok(removed.length > 0, `${a.id} had a ${registry} entry`);
        for (const k of removed) delete mine[k];
        assert.deepEqual(variant.registry, expected);
        // What the providers render: only the DNS lines or the dashboard entry of the app go.
        if (option === "addToDNS") {
          const gone = base.dns.filter((l) => !variant.dns.includes(l));
          assert.equal(gone.length, removed.length, `${gone}`);
          assert.deepEqual(
            base.dns.filter((l) => !gone.includes(l)),
            variant.dns,
          );
        } else assert.deepEqual(variant.dns, base.dns);
        if (option === "addToHomepage") {
          const gone = entryNames(base.dashboard).filter((e) => !entryNames(variant.dashboard).includes(e));
          assert.equal(gone.length, 1, `${gone}`);
        } else assert.deepEqual(variant.dashboard, base.dashboard);
        assert.deepEqual(variant.nginx, base.nginx);
        // The scrape job of the app, and only it, goes with `prometheus`.
        const target = `${a.host} ${a.id}`;
        assert.equal(base.scraped.includes(target), a.cfg.prometheus === true);
        assert.deepEqual(
          variant.scraped,
          option === "prometheus" ? base.scraped.filter((t) => t !== target) : base.scraped,
        );
        // Gatus' endpoint of the app, and only it, goes with `monitor`.
        const endpoint = (e: string) =>
          e === `${a.category}/${a.app}` || e.startsWith(`${a.category}/${a.app} (`);
        const mineChecked = base.checked.filter(
          (e) => endpoint(e) && (!e.endsWith(")") || e.endsWith(`(${a.host})`)),
        );
        assert.equal(mineChecked.length, a.cfg.monitor === true ? 1 : 0, `${base.checked}`);
        assert.deepEqual(
          variant.checked,
          option === "monitor" ? base.checked.filter((e) => !mineChecked.includes(e)) : base.checked,
        );
        // The backup job of the app, and only it, goes with `backup`.
        const job = `restic-backups-${a.id.replace("/", "-")}`;
        const restic = structuredClone(base.restic);
        if (option === "backup") restic[a.host] = restic[a.host]!.filter((t) => t !== job);
        assert.deepEqual(variant.restic, restic);
        assert.equal(base.restic[a.host]!.includes(job), a.cfg.backup === true);
      });
    }
  }

  test("enable = false removes every want of the app, and its route from the proxy", async () => {
    const jellyfin = apps.find((a) => a.id === "media/jellyfin")!;
    const variant = wiring(
      await exampleLab({
        daedalus: [defineModule({ mySystem: { media: { jellyfin: { enable: mkForce(false) } } } })],
      }),
    );
    for (const [kind, wants] of Object.entries(variant.registry.daedalus!)) {
      assert.ok(!Object.keys(wants).some((k) => k.startsWith(jellyfin.id)), `${kind} still has jellyfin`);
    }
    assert.doesNotMatch(variant.nginx.daedalus!, /jellyfin/);
    assert.ok(!variant.dns.some((l) => l.includes("jellyfin")));
    assert.ok(!entryNames(variant.dashboard).includes("Media/Jellyfin"));
  });

  test('expose = "public" opens the route to everyone, and the firewall too', async () => {
    const lab2 = await labWith({
      daedalus: [defineModule({ mySystem: { media: { jellyfin: { expose: "public" } } } })],
    });
    const text = fileOf(lab2, "daedalus", nginx);
    assert.match(
      text.split("# jellyfin.example.org")[1]!.split("\n  }\n")[0]!,
      /# public: exposed to the internet/,
    );
    assert.deepEqual(toPlain(lab2.host("daedalus").config.firewall.rules.proxy.sources), []);
    assert.deepEqual(toPlain(lab.host("daedalus").config.firewall.rules.proxy.sources), [
      "10.8.10.0/24",
      "10.8.20.0/24",
      "10.8.40.0/24",
    ]);
  });
});

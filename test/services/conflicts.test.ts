/**
 * What the registry must not hold is an error at `hearth check`, naming both sides and where they
 * were written: two apps on one name (anywhere in the lab), two services on one port of a host, a
 * route to a host that does not run its app (or is no host of the lab), a database on a host
 * without PostgreSQL. And `hearth check` sums up what the lab exposes to the internet.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mkProxyRoute } from "../../lab/lib/index.ts";
import { defineModule, lazy } from "../../src/modules/index.ts";
import { copyLab, hearth } from "../cli/helpers.ts";
import { exampleLab } from "./helpers.ts";

const here = "test/services/conflicts.test.ts";

async function errorsOf(extra: Parameters<typeof exampleLab>[0]) {
  const lab = await exampleLab(extra);
  return Object.fromEntries(lab.hostNames().map((h) => [h, lab.check(h).errors.join("\n")]));
}

describe("conflicts in the registry", () => {
  test("two apps claiming one name: reported once, naming both apps and their files", async () => {
    const errors = await errorsOf({
      daedalus: [defineModule({ mySystem: { media: { navidrome: { subdomain: "searxng" } } } })],
    });
    assert.match(
      errors.daedalus!,
      new RegExp(
        `The name searxng\\.example\\.org is claimed by two routes: media/navidrome on daedalus \\([^)]*${here}:\\d+[^)]*\\) and search/searxng on shodan \\([^)]*lab/modules/applications/search/searxng/index\\.ts:\\d+[^)]*\\)\\. Give one another subdomain\\.`,
      ),
    );
    // The DNS name too, and each conflict once: by the first host involved.
    assert.match(errors.daedalus!, /The DNS name searxng\.example\.org is wanted for different hosts/);
    assert.doesNotMatch(errors.shodan!, /claimed by two routes/);
  });

  test("two services on one port of a host", async () => {
    const errors = await errorsOf({
      shodan: [defineModule({ mySystem: { productivity: { radicale: { port: 8084 } } } })],
    });
    assert.match(
      errors.shodan!,
      new RegExp(
        `Port 8084/tcp of shodan is claimed by productivity/radicale on shodan \\([^)]*${here}:\\d+[^)]*\\) and search/searxng on shodan \\([^)]*lab/modules/applications/search/searxng/index\\.ts:\\d+[^)]*\\)`,
      ),
    );
    // The proxy's ports count too.
    const proxy = await errorsOf({
      shodan: [defineModule({ mySystem: { search: { whoogle: { port: 443 } } } })],
    });
    assert.match(
      proxy.shodan!,
      /Port 443\/tcp of shodan is claimed by proxy on shodan \(lab\/modules\/providers\/proxy\/index\.ts:\d+\) and search\/whoogle on shodan/,
    );
  });

  test("a route to a host that does not run its app, or that is not in the lab", async () => {
    const routes = defineModule({
      config: ({ config }: any) => ({
        mySystem: {
          registry: {
            routes: {
              "public/music": lazy(() =>
                mkProxyRoute({
                  app: "media/navidrome",
                  host: `music.${config.mySystem.domain}`,
                  upstream: { host: "shodan", port: 4533 },
                }),
              ),
              "public/nas": lazy(() =>
                mkProxyRoute({ host: `nas.${config.mySystem.domain}`, upstream: { host: "nas", port: 80 } }),
              ),
            },
          },
        },
      }),
    });
    const errors = await errorsOf({ xerxes: [routes] });
    assert.match(
      errors.xerxes!,
      new RegExp(
        `The route public/music \\(music\\.example\\.org\\) on xerxes goes to media/navidrome on shodan, which does not run it \\(${here}:\\d+\\): enable it there, or route to the host that runs it\\.`,
      ),
    );
    assert.match(
      errors.xerxes!,
      /The route public\/nas \(nas\.example\.org\) on xerxes goes to nas, which is not a host of this lab \(daedalus, shodan, xerxes\)/,
    );
  });

  test("a database on a host without PostgreSQL", async () => {
    const errors = await errorsOf({
      shodan: [defineModule({ mySystem: { productivity: { miniflux: { database: { host: "xerxes" } } } } })],
    });
    assert.match(
      errors.shodan!,
      new RegExp(
        `productivity/miniflux on shodan wants its database on xerxes, which does not run PostgreSQL \\([^)]*${here}:\\d+[^)]*\\): set its database.host to a host that does\\.`,
      ),
    );
  });
});

describe("hearth check", () => {
  test("lists what the lab exposes to the internet, as warnings", async () => {
    const r = await hearth(["check", "--no-typecheck"]);
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.err,
      /warning \(xerxes\): public exposure: xerxes serves 1 route\(s\) to the internet:\n {2}https:\/\/git\.example\.org → development\/forgejo on daedalus:3000 \(lab\/hosts\/xerxes\/services\.ts:\d+\)/,
    );
  });

  test("fails on a conflict, naming the files", async () => {
    const lab = copyLab();
    try {
      lab.edit(
        "lab/hosts/shodan/services.ts",
        "whoogle: { enable: true }",
        'whoogle: { enable: true, subdomain: "searxng" }',
      );
      const r = await hearth(["check", "--no-typecheck"], lab.dir);
      assert.equal(r.code, 1);
      assert.match(
        r.err,
        /✗ shodan\n {2}Failed assertion: The name searxng\.example\.org is claimed by two routes: search\/searxng on shodan \(.*\) and search\/whoogle on shodan \([^)]*lab\/hosts\/shodan\/services\.ts:\d+[^)]*\)/,
      );
    } finally {
      lab.remove();
    }
  });
});

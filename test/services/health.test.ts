/**
 * The health provider: Gatus on the example lab's monitoring host checks every app with `monitor`
 * on every host and pings every host; its configuration passes a schema written from Gatus'
 * documentation (golden file), endpoint names are unique within their group, and ntfy alerts are
 * wired to every endpoint when a topic is given.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { gatusConfig } from "../../lab/lib/provider-files.ts";
import { defineModule } from "../../src/modules/index.ts";
import { gatusSchema } from "./gatus-schema.ts";
import { assertGolden, exampleLab, fileOf } from "./helpers.ts";

interface Endpoint {
  name: string;
  group: string;
  url: string;
  conditions: string[];
  alerts?: { type: string }[];
}
interface GatusConfig {
  alerting?: { ntfy: { topic: string; url: string; priority: number } };
  endpoints: Endpoint[];
}

const validate = new Ajv({ allErrors: true }).compile(gatusSchema);
const valid = (config: unknown) => {
  const ok = validate(config);
  return ok ? "" : JSON.stringify(validate.errors, null, 1);
};

describe("Gatus' configuration on the example lab's monitoring host", async () => {
  const lab = await exampleLab();
  const text = fileOf(lab, "shodan", gatusConfig);
  const config = parse(text) as GatusConfig;

  test("valid against Gatus' documented schema (golden), and only on the host running Gatus", () => {
    assertGolden(`shodan${gatusConfig}`, text);
    assert.equal(valid(config), "");
    for (const host of ["daedalus", "xerxes"])
      assert.equal(lab.host(host).config.files[gatusConfig], undefined);
  });

  test("every monitored app of every host, and a ping of every host", () => {
    const byName = new Map(config.endpoints.map((e) => [`${e.group}/${e.name}`, e]));
    assert.equal(byName.size, config.endpoints.length, "names are unique within a group");
    assert.deepEqual(byName.get("media/jellyfin")!.conditions, ["[STATUS] == 200", "[RESPONSE_TIME] < 1500"]);
    assert.equal(byName.get("media/jellyfin")!.url, "https://jellyfin.example.org/health");
    // an app without HTTP: a TCP connection to its host and port
    assert.equal(byName.get("infrastructure/redis")!.url, "tcp://shodan.l.example.org:6379");
    // an app on two hosts: one endpoint on each, named after its host
    assert.ok(byName.has("infrastructure/postgresql (daedalus)"));
    assert.ok(byName.has("infrastructure/postgresql (shodan)"));
    for (const host of ["daedalus", "shodan", "xerxes"]) {
      assert.equal(byName.get(`servers/${host}`)!.url, `icmp://${host}.l.example.org`);
    }
    assert.equal(config.alerting, undefined, "no alerts unless a topic is given");
  });

  test("an ntfy topic alerts on every endpoint", async () => {
    const variant = await exampleLab({
      shodan: [
        defineModule({
          mySystem: { monitoring: { gatus: { ntfy: { url: "https://ntfy.example.org", topic: "lab" } } } },
        } as never),
      ],
    });
    const c = parse(fileOf(variant, "shodan", gatusConfig)) as GatusConfig;
    assert.equal(valid(c), "");
    assert.deepEqual(c.alerting!.ntfy, {
      url: "https://ntfy.example.org",
      topic: "lab",
      token: "$NTFY_TOKEN",
      priority: 3,
      "default-alert": { "failure-threshold": 3, "success-threshold": 2, "send-on-resolved": true },
    });
    assert.ok(c.endpoints.every((e) => e.alerts?.[0]?.type === "ntfy"));
  });

  test("the schema refuses what Gatus would refuse (the check can fail)", () => {
    const first = config.endpoints[0]!;
    for (const broken of [
      { ...first, conditions: ["[STATUSCODE] == 200"] },
      { ...first, url: "ftp://example.org" },
      { ...first, intervall: "1m" },
      { ...first, conditions: [] },
    ]) {
      assert.notEqual(valid({ ...config, endpoints: [broken] }), "", JSON.stringify(broken));
    }
  });
});

/**
 * The metrics provider: VictoriaMetrics on the example lab's monitoring host scrapes every
 * endpoint the lab registered (apps with `prometheus`, every host's node exporter), checked by
 * VictoriaMetrics' own strict parser inside the host's image, and kept stable by a golden file.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { parse } from "yaml";
import { victoriametricsScrapeConfig as scrape } from "../../lab/lib/provider-files.ts";
import { defineModule } from "../../src/modules/index.ts";
import { assertGolden, exampleLab, fileOf, generationOf, HostRoot } from "./helpers.ts";

interface ScrapeConfig {
  global: { scrape_interval: string };
  scrape_configs: {
    job_name: string;
    metrics_path: string;
    static_configs: { targets: string[]; labels: { host: string; app: string } }[];
  }[];
}

describe("VictoriaMetrics' scrape configuration on the example lab's monitoring host", async () => {
  const lab = await exampleLab();
  const text = fileOf(lab, "shodan", scrape);
  const config = parse(text) as ScrapeConfig;
  const job = (name: string) => config.scrape_configs.find((j) => j.job_name === name);

  test("every host's node exporter and every app with metrics, labelled with host and app (golden)", () => {
    assertGolden(`shodan${scrape}`, text);
    assert.deepEqual(
      job("node")!.static_configs.map((g) => [g.targets, g.labels.host]),
      ["daedalus", "shodan", "xerxes"].map((h) => [[`${h}.l.example.org:9100`], h]),
    );
    assert.deepEqual(job("minio")!.static_configs[0], {
      targets: ["daedalus.l.example.org:9000"],
      labels: { host: "daedalus", app: "storage/minio" },
    });
    assert.equal(job("minio")!.metrics_path, "/minio/v2/metrics/cluster");
    assert.match(
      lab.host("shodan").config.systemd.services["victoria-metrics"]!.Service.ExecStart![0]!,
      new RegExp(`-promscrape\\.config=${scrape}( |$)`),
    );
    for (const host of ["daedalus", "xerxes"]) {
      assert.equal(lab.host(host).config.files[scrape], undefined, `only the monitoring host, not ${host}`);
    }
  });

  test("a host without a node exporter is not scraped; the interval is the lab's", async () => {
    const variant = await exampleLab({
      "*": [defineModule({ mySystem: { metrics: { scrapeInterval: "30s" } } } as never)],
      xerxes: [defineModule({ mySystem: { services: { nodeExporter: { enable: false } } } } as never)],
    });
    const c = parse(fileOf(variant, "shodan", scrape)) as ScrapeConfig;
    assert.equal(c.global.scrape_interval, "30s");
    assert.deepEqual(
      c.scrape_configs.find((j) => j.job_name === "node")!.static_configs.map((g) => g.labels.host),
      ["daedalus", "shodan"],
    );
  });

  describe("VictoriaMetrics reads it", () => {
    let root: HostRoot;
    before(async () => {
      root = await HostRoot.create(generationOf(lab, "shodan"));
    });
    after(() => root?.remove());

    test("victoria-metrics -promscrape.config.dryRun, strict, accepts it", () => {
      const r = root.exec(
        `victoria-metrics -promscrape.config=${scrape} -promscrape.config.strictParse -promscrape.config.dryRun`,
      );
      assert.equal(r.code, 0, r.stderr + r.stdout);
      assert.match(r.stderr + r.stdout, /-promscrape\.config is ok/);
    });

    test("and refuses a field it does not know (the check can fail)", () => {
      const r = root.exec(
        `sed 's/metrics_path:/metrics_pth:/' ${scrape} > /tmp/bad.yml && victoria-metrics -promscrape.config=/tmp/bad.yml -promscrape.config.strictParse -promscrape.config.dryRun`,
      );
      assert.notEqual(r.code, 0);
      assert.match(r.stderr + r.stdout, /field metrics_pth not found/);
    });
  });
});

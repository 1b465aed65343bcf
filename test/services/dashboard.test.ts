/**
 * The dashboard provider: Homepage's services.yaml, settings.yaml and bookmarks.yaml on the
 * dashboard host (golden files), valid by schemas written from Homepage's documentation, with one
 * entry per app of the whole lab that asked for one, grouped by category.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { homepageConfigDir } from "../../lab/lib/provider-files.ts";
import { assertGolden, exampleLab, fileOf } from "./helpers.ts";
import { bookmarksSchema, servicesSchema, settingsSchema } from "./homepage-schema.ts";

const files = { services: servicesSchema, settings: settingsSchema, bookmarks: bookmarksSchema };

describe("Homepage's configuration on the example lab's dashboard host", async () => {
  const lab = await exampleLab();
  const ajv = new Ajv({ allErrors: true, schemas: Object.values(files) });

  for (const [name, schema] of Object.entries(files)) {
    test(`${name}.yaml is as it was (golden) and valid by Homepage's schema`, () => {
      const text = fileOf(lab, "shodan", `${homepageConfigDir}/${name}.yaml`);
      assertGolden(`shodan${homepageConfigDir}/${name}.yaml`, text);
      const validate = ajv.getSchema(schema.$id)!;
      assert.ok(validate(parse(text)), `${name}.yaml: ${ajv.errorsText(validate.errors)}`);
    });
  }

  test("the schemas reject what Homepage would not read", () => {
    const services = ajv.getSchema("homepage-services")!;
    assert.ok(!services([{ Media: [{ Jellyfin: { hreff: "https://x" } }] }]), "a misspelt field");
    assert.ok(!services([{ Media: { Jellyfin: { href: "https://x" } } }]), "a group that is not a list");
    assert.ok(!services([{ Media: [{ Jellyfin: { href: "x" } }] }]), "a link that is not a URL");
    assert.ok(!ajv.getSchema("homepage-settings")!({ theme: "blue" }));
    assert.ok(!ajv.getSchema("homepage-bookmarks")!([{ Lab: [{ Repo: [{ abbr: "GH" }] }] }]), "no href");
  });

  test("groups follow the categories, entries carry their app's icon, link and health link", () => {
    const services = parse(fileOf(lab, "shodan", `${homepageConfigDir}/services.yaml`)) as Record<
      string,
      Record<string, Record<string, string>>[]
    >[];
    const groups = services.map((g) => Object.keys(g)[0]);
    assert.deepEqual(groups, [
      "Infrastructure",
      "Monitoring",
      "Media",
      "Productivity",
      "Networking",
      "Development",
      "Storage",
      "Search",
    ]);
    const media = Object.fromEntries(services[2]!.Media!.map((e) => Object.entries(e)[0]!));
    assert.deepEqual(media.Jellyfin, {
      href: "https://jellyfin.example.org",
      description: "Media server",
      icon: "jellyfin.png",
      siteMonitor: "https://jellyfin.example.org/health",
    });
    // An app on two hosts is named after each.
    const infrastructure = services[0]!.Infrastructure!.map((e) => Object.keys(e)[0]);
    assert.ok(
      infrastructure.includes("PostgreSQL (daedalus)") && infrastructure.includes("PostgreSQL (shodan)"),
    );
  });
});

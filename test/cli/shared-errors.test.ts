/** `hearth check`'s text: an error met by several hosts printed once, the others pointing there. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { type HostErrors, printedErrors } from "../../src/cli/shared-errors.ts";

const undeclared =
  "The option `mySystem.services.gatus' does not exist. Definition values:\n- In `lab/hosts/shodan/services.ts:16': { enable = true; }";
const shared =
  "A definition for option `mySystem.timezone' is not of type `string'. Definition values:\n- In `lab/global.ts:4': 1";
const collect = "Module `lab/modules/extra.ts' has an unsupported attribute `confg'.";
const twoLoad =
  "The option `gatus.prot' does not exist. Definition values:\n- In `lab/modules/extra.ts:3': 1";
const cycle =
  "Infinite recursion between hosts: `shodan' and `xerxes' (this configuration, the configurations it reads (other hosts, through `nodes') and those reading them) were computed 8 times over.";
const quotesHost = "The user `shodan' of `files.\"/etc/motd\".user' is not declared (in `lab/global.ts:9').";
const own = (host: string) => `The option \`x' has no value. Declared in \`lab/hosts/${host}/index.ts:2'.`;
/** Each host's module files: the lab's own, then the host's folder. */
const lab = ["lab/global.ts", "lab/modules/apps.ts"];
const layout: Record<string, string[]> = {
  daedalus: [...lab, "lab/hosts/daedalus/index.ts"],
  shodan: [...lab, "lab/hosts/shodan/index.ts", "lab/hosts/shodan/services.ts"],
  xerxes: [...lab, "lab/hosts/xerxes/index.ts"],
};
const pointer = (host: string) =>
  `Met reading the configuration of ${host} (through nodes): the error shown under ${host}.`;

const cases: {
  name: string;
  hosts: HostErrors[];
  files?: Record<string, string[]>;
  /** Hosts whose modules could not be collected. */
  failed?: string[];
  /** Every host of the lab, when only `hosts` were evaluated. */
  all?: string[];
  printed: Record<string, string[]>;
}[] = [
  {
    name: "an error met by one host is printed as it is",
    hosts: [
      { name: "daedalus", errors: [own("daedalus")] },
      { name: "shodan", errors: [] },
    ],
    printed: { daedalus: [own("daedalus")], shodan: [] },
  },
  {
    name: "an error naming one host's own file: in full there, the readers point to it",
    hosts: [
      { name: "daedalus", errors: [undeclared] },
      { name: "shodan", errors: [undeclared] },
      { name: "xerxes", errors: [undeclared, own("xerxes")] },
    ],
    printed: {
      daedalus: [pointer("shodan")],
      shodan: [undeclared],
      xerxes: [pointer("shodan"), own("xerxes")],
    },
  },
  {
    name: "an error naming no host's own file (a shared module): in full under the first, the others point to it",
    hosts: [
      { name: "daedalus", errors: [shared] },
      { name: "shodan", errors: [] },
      { name: "xerxes", errors: [shared] },
    ],
    printed: { daedalus: [shared], shodan: [], xerxes: ["The same error as daedalus (shown there)."] },
  },
  {
    name: "an error naming hosts (a cycle between them): under the first it names, the others point there",
    hosts: [
      { name: "daedalus", errors: [cycle] },
      { name: "shodan", errors: [cycle] },
      { name: "xerxes", errors: [cycle] },
    ],
    printed: { daedalus: [pointer("shodan")], shodan: [cycle], xerxes: [pointer("shodan")] },
  },
  {
    name: "a shared module's error quoting a name that is also a host's: not taken for that host's",
    hosts: [
      { name: "daedalus", errors: [quotesHost] },
      { name: "shodan", errors: [quotesHost] },
    ],
    printed: { daedalus: [quotesHost], shodan: ["The same error as daedalus (shown there)."] },
  },
  {
    name: "an error naming a host's file that only its reader met is printed under the reader",
    hosts: [
      { name: "daedalus", errors: [undeclared] },
      { name: "shodan", errors: [] },
    ],
    printed: { daedalus: [undeclared], shodan: [] },
  },
  {
    name: "several errors of one host met by a reader: one pointer",
    hosts: [
      { name: "daedalus", errors: [undeclared, `${undeclared}\n(again)`] },
      { name: "shodan", errors: [undeclared, `${undeclared}\n(again)`] },
    ],
    printed: {
      daedalus: [pointer("shodan")],
      shodan: [undeclared, `${undeclared}\n(again)`],
    },
  },
  {
    name: "a host whose modules could not be collected owns what it met",
    hosts: [
      { name: "daedalus", errors: [collect] },
      { name: "shodan", errors: [collect] },
      { name: "xerxes", errors: [collect] },
    ],
    // xerxes' modules failed (its listed files known); the file it names is one daedalus loads too.
    files: {
      ...layout,
      daedalus: [...layout.daedalus!, "lab/modules/extra.ts"],
      xerxes: [...layout.xerxes!, "lab/modules/extra.ts"],
    },
    failed: ["xerxes"],
    printed: {
      daedalus: ["The same error as xerxes (shown there)."],
      shodan: ["The same error as xerxes (shown there)."],
      xerxes: [collect],
    },
  },
  {
    name: "a host failing to collect its modules because it read a broken host: the broken host's",
    hosts: [
      { name: "daedalus", errors: [undeclared] },
      { name: "shodan", errors: [undeclared] },
      { name: "xerxes", errors: [undeclared] },
    ],
    files: { ...layout, xerxes: [...layout.xerxes!, "lab/hosts/xerxes/peek.ts"] },
    failed: ["xerxes"],
    printed: { daedalus: [pointer("shodan")], shodan: [undeclared], xerxes: [pointer("shodan")] },
  },
  {
    name: "an error naming a file two hosts load: in full under the first of them, not under a reader",
    hosts: [
      { name: "daedalus", errors: [twoLoad] },
      { name: "shodan", errors: [twoLoad] },
      { name: "xerxes", errors: [twoLoad] },
    ],
    files: {
      ...layout,
      shodan: [...layout.shodan!, "lab/modules/extra.ts"],
      xerxes: [...layout.xerxes!, "lab/modules/extra.ts"],
    },
    printed: {
      daedalus: ["The same error as shodan (shown there)."],
      shodan: [twoLoad],
      xerxes: ["The same error as shodan (shown there)."],
    },
  },
  {
    name: "one host evaluated alone, meeting a host's error through nodes: it says whose",
    hosts: [{ name: "daedalus", errors: [undeclared, own("daedalus")] }],
    all: ["daedalus", "shodan", "xerxes"],
    printed: {
      daedalus: [`Met reading the configuration of shodan (through nodes):\n${undeclared}`, own("daedalus")],
    },
  },
  {
    name: "two hosts evaluated, meeting a third's error: in full under the first, saying whose",
    hosts: [
      { name: "daedalus", errors: [undeclared] },
      { name: "xerxes", errors: [undeclared] },
    ],
    all: ["daedalus", "shodan", "xerxes"],
    printed: {
      daedalus: [`Met reading the configuration of shodan (through nodes):\n${undeclared}`],
      xerxes: ["The same error as daedalus (shown there)."],
    },
  },
  {
    name: "one host evaluated alone, an error in a module every host loads: as it is",
    hosts: [{ name: "xerxes", errors: [shared] }],
    all: ["daedalus", "shodan", "xerxes"],
    printed: { xerxes: [shared] },
  },
];

for (const c of cases) {
  test(`printed errors: ${c.name}`, () => {
    const files = c.files ?? layout;
    const printed = printedErrors(
      c.hosts,
      (h) => ({
        files: new Set(files[h]),
        collected: !c.failed?.includes(h),
      }),
      c.all,
    );
    assert.deepEqual(Object.fromEntries(printed), c.printed);
  });
}

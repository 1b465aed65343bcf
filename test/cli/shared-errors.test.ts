/** `hearth check`'s text: an error met by several hosts printed once, the others pointing there. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { type HostErrors, printedErrors } from "../../src/cli/shared-errors.ts";

const undeclared =
  "The option `mySystem.services.gatus' does not exist. Definition values:\n- In `lab/hosts/shodan/services.ts:16': { enable = true; }";
const shared =
  "A definition for option `mySystem.timezone' is not of type `string'. Definition values:\n- In `lab/global.ts:4': 1";
const own = (host: string) => `The option \`x' has no value. Declared in \`lab/hosts/${host}/index.ts:2'.`;
const files: Record<string, string[]> = {
  daedalus: ["lab/hosts/daedalus/index.ts"],
  shodan: ["lab/hosts/shodan/index.ts", "lab/hosts/shodan/services.ts"],
  xerxes: ["lab/hosts/xerxes/index.ts"],
};

const cases: { name: string; hosts: HostErrors[]; printed: Record<string, string[]> }[] = [
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
      daedalus: [
        "Met reading the configuration of shodan (through nodes.shodan): the error shown under shodan.",
      ],
      shodan: [undeclared],
      xerxes: [
        "Met reading the configuration of shodan (through nodes.shodan): the error shown under shodan.",
        own("xerxes"),
      ],
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
      daedalus: [
        "Met reading the configuration of shodan (through nodes.shodan): the error shown under shodan.",
      ],
      shodan: [undeclared, `${undeclared}\n(again)`],
    },
  },
];

for (const c of cases) {
  test(`printed errors: ${c.name}`, () => {
    const printed = printedErrors(c.hosts, (h) => files[h] ?? []);
    assert.deepEqual(Object.fromEntries(printed), c.printed);
  });
}

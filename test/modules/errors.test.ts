/** Every kind of error names the option, what was expected, the value, and where each definition is. */
import {
  defineModule,
  mkBefore,
  mkDefault,
  mkIf,
  mkOption,
  mkOverride,
  types,
} from "../../src/modules/index.ts";
import { readFileSync } from "node:fs";
import { conflicting, host } from "../fixtures/modules/broken-host.ts";
import { runCases } from "./harness.ts";

const jellyfin = defineModule({
  options: {
    mySystem: {
      media: {
        jellyfin: {
          enable: mkOption({ type: types.bool, default: false }),
          port: mkOption({ type: types.port, default: 8096 }),
          url: mkOption({ type: types.str }),
        },
      },
    },
  },
});
const fixture = "test/fixtures/modules/broken-host.ts";
/** The line declaring jellyfin's port above. */
const portLine =
  readFileSync(new URL(import.meta.url), "utf8")
    .split("\n")
    .findIndex((l) => l.includes("default: 8096 })")) + 1;

runCases("error messages", [
  {
    name: "type mismatch: option, expected type, value, file and exact line",
    modules: [jellyfin, host],
    read: (c) => c.mySystem.media.jellyfin.port,
    error: [
      "A definition for option `mySystem.media.jellyfin.port' is not of type `16 bit unsigned integer; between 0 and 65535 (both inclusive)'",
      `- In \`${fixture}:12': "8096x"`,
    ],
  },
  {
    name: "conflict: both definitions with their exact lines",
    modules: [
      jellyfin,
      conflicting,
      defineModule({
        mySystem: { media: { jellyfin: { port: 9001 } } },
      } as never),
    ],
    read: (c) => c.mySystem.media.jellyfin.port,
    error: [
      "The option `mySystem.media.jellyfin.port' has conflicting definition values",
      `- In \`${fixture}:19': 9000`,
      /- In `test\/modules\/errors\.test\.ts:\d+': 9001/,
    ],
  },
  {
    name: "undeclared option: the path, the value, the line, and a suggestion",
    modules: [
      jellyfin,
      defineModule({
        mySystem: { media: { jellyfin: { prot: 1 } } },
      } as never),
    ],
    read: (c) => c,
    error: [
      "The option `mySystem.media.jellyfin.prot' does not exist",
      /- In `test\/modules\/errors\.test\.ts:\d+': 1/,
      "Did you mean `mySystem.media.jellyfin.port'?",
    ],
  },
  {
    name: "undeclared option several levels up: suggestions among the siblings there",
    modules: [jellyfin, defineModule({ mySystem: { meda: {} } } as never)],
    read: (c) => c,
    error: ["The option `mySystem.meda' does not exist", "Did you mean `mySystem.media'?"],
  },
  {
    name: "undeclared option whose name is declared in another place: that place",
    modules: [
      jellyfin,
      defineModule({ mySystem: { services: { jellyfin: { enable: true } } } } as never),
      defineModule({ mySystem: { jellyfin: { port: 1 } } } as never),
    ],
    read: (c) => c,
    error: [
      "The option `mySystem.services' does not exist",
      "Did you mean `mySystem.media.jellyfin'?",
      "The option `mySystem.jellyfin' does not exist",
    ],
  },
  {
    name: "an app's several misplaced options are one place",
    modules: [
      jellyfin,
      defineModule({ mySystem: { apps: { jellyfin: { enable: true, port: 1, url: "u" } } } } as never),
    ],
    read: (c) => c,
    error: [
      /The option `mySystem.apps' does not exist\. Definition values:[\s\S]*Did you mean `mySystem.media.jellyfin'\?$/,
    ],
  },
  {
    name: "an option declared once is suggested above or below where it was written, not in another app",
    modules: [
      jellyfin,
      defineModule({
        options: {
          mySystem: {
            timezone: mkOption({ type: types.str, default: "UTC" }),
            hardware: { disks: mkOption({ type: types.listOf(types.str), default: [] }) },
            storage: { minio: { dataDir: mkOption({ type: types.str, default: "/srv" }) } },
          },
        },
      }),
      defineModule({
        mySystem: {
          hw: { disks: [] },
          media: { timezone: "CET", plex: { port: 1 }, jellyfin: { dataDir: "/x" } },
        },
      } as never),
    ],
    read: (c) => c,
    error: [
      "The option `mySystem.hw' does not exist. Definition values:",
      "Did you mean `mySystem.hardware.disks'?",
      "The option `mySystem.media.timezone' does not exist. Definition values:",
      "Did you mean `mySystem.timezone'?",
      // Another app's option for an app that does not exist: nothing.
      /The option `mySystem.media.plex' does not exist. Definition values:\n- In `[^']+': \{\n {4}port: 1;\n {2}\}\n\nThe option/,
      // The last message: nothing after the definition (no other app's dataDir).
      /The option `mySystem.media.jellyfin.dataDir' does not exist. Definition values:\n- In `[^']+': "\/x"$/,
    ],
  },
  {
    name: "a misplaced app under mkIf is found too",
    modules: [
      jellyfin,
      defineModule({ mySystem: { apps: mkIf(true, { jellyfin: { enable: true } }) } } as never),
    ],
    read: (c) => c,
    error: ["The option `mySystem.apps' does not exist", "Did you mean `mySystem.media.jellyfin'?"],
  },
  {
    name: "a name declared in many places is not suggested as a place",
    modules: [
      ...["a", "b", "c", "d", "e", "f"].map((category) =>
        defineModule({
          options: { [category]: { jellyfin: { enable: mkOption({ type: types.bool, default: false }) } } },
        }),
      ),
      defineModule({ mySystem: { jellyfin: { enable: true } } } as never),
    ],
    read: (c) => c,
    error: [/The option `mySystem' does not exist. Definition values:\n- In `[^']+': \{[\s\S]*\}$/],
  },
  {
    name: "a value that is not an attribute set is not suggested for a namespace of its name",
    modules: [jellyfin, defineModule({ mySystem: { quotas: { media: "1T" } } } as never)],
    read: (c) => c,
    error: [
      /The option `mySystem.quotas' does not exist. Definition values:\n- In `[^']+': \{\n {4}media: "1T";\n {2}\}$/,
    ],
  },
  {
    name: "several undeclared options are all reported",
    modules: [jellyfin, defineModule({ mySystem: { a: 1, b: 2 } } as never)],
    read: (c) => c,
    error: ["`mySystem.a' does not exist", "`mySystem.b' does not exist"],
  },
  {
    name: "missing value: the option, and how to fix it",
    modules: [jellyfin],
    read: (c) => c.mySystem.media.jellyfin.url,
    error: [
      "The option `mySystem.media.jellyfin.url' was accessed but has no value defined. Try setting the option.",
      /It is declared in `test\/modules\/errors\.test\.ts:\d+'/,
    ],
  },
  {
    name: "a missing module argument: which module asks, and in a submodule why it is missing",
    modules: [
      defineModule({
        options: {
          s: mkOption({
            type: types.submodule({
              options: { a: mkOption({ type: types.int }) },
              config: ({ bar }: any) => ({ a: bar }),
            } as never),
          }),
        },
      }),
      defineModule({ s: {} } as never),
    ],
    read: (c) => c.s.a,
    error: [
      /A module \(`test\/modules\/errors\.test\.ts:\d+'\) asks for the argument `bar', which is not defined/,
      "This evaluation is `s' (a submodule's): it has its own `_module.args'",
    ],
  },
  {
    name: "null and not null: both definitions, and how to choose",
    modules: [
      defineModule({ options: { n: mkOption({ type: types.nullOr(types.int) }) } }),
      defineModule({ n: null } as never),
      defineModule({ n: 1 } as never),
    ],
    read: (c) => c.n,
    error: [
      "is defined both null and not null",
      "Use `mkForce(value)` or `mkDefault(value)` to change the priority on any of these definitions.",
    ],
  },
  {
    name: "definitions into config instead of options are recognised",
    modules: [defineModule({ config: { foo: 1 } } as never)],
    read: (c) => c,
    error: [
      "The option `foo' does not exist",
      "declare an option by placing it into `config' rather than `options'",
    ],
  },
  {
    name: "a duplicate declaration names both declarations' lines",
    modules: [
      jellyfin,
      defineModule({
        options: { mySystem: { media: { jellyfin: { port: mkOption({ type: types.port, default: 1 }) } } } },
      }),
    ],
    read: (c) => c.mySystem.media.jellyfin.port,
    error: [
      /The option `mySystem\.media\.jellyfin\.port' in `test\/modules\/errors\.test\.ts:(12|\d+)' is already declared in `test\/modules\/errors\.test\.ts:(12|\d+)'/,
      `errors.test.ts:${portLine}'`,
    ],
  },
  {
    // Both plain objects are placed at the harness's evalModules call: the message says why.
    name: "a duplicate declaration by two modules given at one place says how to tell them apart",
    modules: [
      { options: { twice: mkOption({ type: types.int }) } },
      { options: { twice: mkOption({ type: types.str }) } },
    ],
    read: (c) => c.twice,
    error: ["(modules given at the same place: give them their files with defineModule to tell them apart)"],
  },
  {
    // A long list is shown to a point: the message stays readable.
    name: "a long definition value is cut short once",
    modules: [
      jellyfin,
      { mySystem: { media: { jellyfin: { port: Array.from({ length: 5000 }, (_, i) => i) } } } },
    ],
    read: (c) => c.mySystem.media.jellyfin.port,
    // The last number shown, then one "…" for the thousands left out.
    error: [/\d\n {4}…\n {2}\]/],
  },
  {
    // A property holding itself is shown to a point, not followed forever.
    name: "a property nested without end is cut short",
    modules: [
      jellyfin,
      (() => {
        const forced: Record<string, unknown> = { _type: "override", priority: 50 };
        forced.content = forced;
        return { mySystem: { media: { jelyfin: forced } } };
      })(),
    ],
    read: (c) => c.mySystem.media.jellyfin.port,
    error: ["The option `mySystem.media.jelyfin' does not exist.", "mkForce(mkForce(", "…"],
  },
  {
    name: "an undeclared definition made with properties shows them as the calls that made them",
    modules: [
      jellyfin,
      defineModule({
        mySystem: {
          media: { jelyfin: mkIf(true, { port: mkDefault(1), url: mkBefore("a"), x: mkOverride(900, 2) }) },
        },
      } as never),
    ],
    read: (c) => c.mySystem.media.jellyfin.port,
    error: [
      "The option `mySystem.media.jelyfin' does not exist.",
      'mkIf(true, {\n    port: mkDefault(1);\n    url: mkBefore("a");\n    x: mkOverride(900, 2);\n  })',
      "Did you mean `mySystem.media.jellyfin'?",
    ],
  },
]);

/**
 * hearth's activation agent: the one file every generation carries (agent.mjs), run on the host
 * by the distribution's Node (≥ 18) as root. The deployer calls it over SSH; hearth-boot.service
 * calls `boot`. Commands print JSON on stdout; their exit codes are the protocol.
 *
 *   facts                         (stdin: {manifest, blobs}) what the host has, for the plan
 *   activate --id ID --by WHO --agent SHA (--manifest SHA | --generation N)
 *            [--confirm-timeout S] [--adopt PATH…|--adopt-all]      (inside hearth-activate.service)
 *   checks  generations  gc --keep N  boot
 * Receiving files, following an activation's events and answering it are plain shell
 * (../remote-scripts.ts): the activation writes events to /run/hearth/deploy/<id>/events and
 * waits for a `confirm` or `reject` file there.
 */
import { webcrypto } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { FactsRequest } from "../plan/facts.ts";
import { activate } from "./activate.ts";
import { boot } from "./boot.ts";
import { gatherFacts } from "./facts.ts";
import { gc, generations } from "./gc.ts";
import { checksCommand } from "./respond.ts";

// Node 18 has Web Crypto only as a module export; the age library looks for the global.
if (!(globalThis as { crypto?: unknown }).crypto) Object.assign(globalThis, { crypto: webcrypto });

const print = (v: unknown) => process.stdout.write(`${JSON.stringify(v)}\n`);

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      id: { type: "string" },
      by: { type: "string" },
      agent: { type: "string" },
      manifest: { type: "string" },
      generation: { type: "string" },
      "confirm-timeout": { type: "string" },
      adopt: { type: "string", multiple: true },
      "adopt-all": { type: "boolean" },
      keep: { type: "string" },
      "with-text": { type: "boolean" },
    },
  });
  switch (command) {
    case "facts": {
      const request = JSON.parse(readFileSync(0, "utf8")) as FactsRequest;
      print(gatherFacts(request.manifest, request.blobs, { withText: values["with-text"] === true }));
      return 0;
    }
    case "activate":
      return activate({
        deployId: values.id!,
        by: values.by ?? "unknown",
        agentSha: values.agent!,
        manifestSha: values.manifest,
        generation: values.generation === undefined ? undefined : Number(values.generation),
        confirmTimeout: Number(values["confirm-timeout"] ?? 30),
        adopt: values["adopt-all"] ? "all" : (values.adopt ?? []),
      });
    case "checks":
      return checksCommand();
    case "generations":
      print(generations());
      return 0;
    case "gc":
      print(gc(Number(values.keep ?? 5)));
      return 0;
    case "boot":
      return boot();
    default:
      process.stderr.write(`hearth agent: unknown command '${command}'\n`);
      return 64;
  }
}

// Exit as soon as the command is done: nothing may keep a finished activation's unit (the lock
// systemd enforces) around. Output to pipes and files is written synchronously on Linux.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`hearth agent: ${(e as Error).stack ?? e}\n`);
    process.exit(70);
  },
);

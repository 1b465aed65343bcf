/**
 * One error met by several hosts is printed once. A host that reads another's configuration
 * (through `nodes`) meets that host's errors too, and `hearth check` listed them under every
 * reader as if they were its own. Only the text changes: every host that met an error still
 * fails, every error is printed in full under one of them, and `--json` lists every host's errors.
 */

export interface HostErrors {
  readonly name: string;
  readonly errors: readonly string[];
}

/**
 * What to print under each host: its errors, those printed under another host as a pointer.
 * `moduleFiles`: the files a host's modules come from, as messages show them; undefined when
 * collecting its modules failed (that is its own mistake).
 *
 * An error goes in full to the first host it fits: one whose modules could not be collected;
 * else the one host whose own files it names (files no other host's modules come from: another
 * host meets it only by reading that host's configuration); else one whose modules include a
 * file it names; else the first that met it.
 */
export function printedErrors(
  hosts: readonly HostErrors[],
  moduleFiles: (host: string) => ReadonlySet<string> | undefined,
): Map<string, string[]> {
  const files = new Map(hosts.map((h) => [h.name, moduleFiles(h.name)]));
  const own = (host: string): string[] => {
    const mine = files.get(host);
    if (!mine) return [];
    return [...mine].filter((f) => ![...files].some(([other, theirs]) => other !== host && theirs?.has(f)));
  };
  const printed = new Map<string, string[]>(hosts.map((h) => [h.name, []]));
  for (const h of hosts) {
    for (const message of h.errors) {
      const metBy = hosts.filter((x) => x.errors.includes(message)).map((x) => x.name);
      const named = metBy.filter((x) => own(x).some((f) => namesFile(message, f)));
      const owner =
        metBy.find((x) => files.get(x) === undefined) ??
        (named.length === 1 ? named[0] : undefined) ??
        metBy.find((x) => [...(files.get(x) ?? [])].some((f) => namesFile(message, f))) ??
        metBy[0]!;
      const text =
        owner === h.name
          ? message
          : named.length === 1 && owner === named[0]
            ? `Met reading the configuration of ${owner} (through nodes): the error shown under ${owner}.`
            : `The same error as ${owner} (shown there).`;
      const lines = printed.get(h.name)!;
      if (!lines.includes(text)) lines.push(text);
    }
  }
  return printed;
}

/** Whether a message names a file, as messages show definitions: `file:line' or `file'. */
const namesFile = (message: string, file: string) =>
  message.includes(`\`${file}:`) || message.includes(`\`${file}'`);

/**
 * One error met by several hosts is printed once. A host that reads another's configuration
 * (through `nodes`) meets that host's errors too, and `hearth check` listed them under every
 * reader as if they were its own. The error is printed in full under the host whose own files it
 * names (files no other host's modules come from: only reading that host's configuration meets
 * it elsewhere), else under the first host that met it; the others point there. Only the text
 * changes: every host that met an error still fails, and `--json` lists every host's errors.
 */

export interface HostErrors {
  readonly name: string;
  readonly errors: readonly string[];
}

/** What to print under each host: its errors, those printed under another host as a pointer. */
export function printedErrors(
  hosts: readonly HostErrors[],
  ownFiles: (host: string) => readonly string[],
): Map<string, string[]> {
  const printed = new Map<string, string[]>(hosts.map((h) => [h.name, []]));
  const known = new Map<string, readonly string[]>();
  const filesOf = (host: string) => known.get(host) ?? known.set(host, ownFiles(host)).get(host)!;
  for (const h of hosts) {
    for (const message of h.errors) {
      const metBy = hosts.filter((x) => x.errors.includes(message)).map((x) => x.name);
      const named = metBy.filter((x) => filesOf(x).some((f) => names(message, f)));
      const owner = named.length === 1 ? named[0]! : metBy[0]!;
      const text =
        owner === h.name
          ? message
          : named.length === 1
            ? `Met reading the configuration of ${owner} (through nodes.${owner}): the error shown under ${owner}.`
            : `The same error as ${owner} (shown there).`;
      const lines = printed.get(h.name)!;
      if (!lines.includes(text)) lines.push(text);
    }
  }
  return printed;
}

/** Whether a message names a file, as messages show definitions: `file:line' or `file'. */
const names = (message: string, file: string) =>
  message.includes(`\`${file}:`) || message.includes(`\`${file}'`);

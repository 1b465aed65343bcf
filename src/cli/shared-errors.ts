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

/** A host's module files (as messages show them), and whether collecting its modules worked. */
export interface HostFiles {
  readonly files: ReadonlySet<string>;
  readonly collected: boolean;
}

/**
 * What to print under each host: its errors, those printed under another host as a pointer.
 *
 * An error goes in full to the first host it fits: the one host whose own files it names (files
 * no other host's modules come from: another host meets it only by reading that host's
 * configuration); else one whose modules could not be collected (a mistake in them); else one
 * whose modules include a file it names; else the first that met it (an error in a module every
 * host loads cannot tell more).
 */
export function printedErrors(
  hosts: readonly HostErrors[],
  moduleFiles: (host: string) => HostFiles,
): Map<string, string[]> {
  // Each host's files, and its own, looked up only when an error is met by several hosts.
  let known: ReturnType<typeof hostFiles> | undefined;
  const lookUp = () => (known ??= hostFiles(hosts, moduleFiles));
  // Whose each message is (it depends on the message only).
  const owners = new Map<string, { owner: string; named: boolean }>();
  const ownerOf = (message: string) => {
    let decided = owners.get(message);
    if (decided) return decided;
    const metBy = hosts.filter((x) => x.errors.includes(message)).map((x) => x.name);
    if (metBy.length === 1) return { owner: metBy[0]!, named: false };
    const { files, own } = lookUp();
    const named = metBy.filter((x) => own.get(x)!.some((f) => namesFile(message, f)));
    const owner =
      (named.length === 1 ? named[0] : undefined) ??
      metBy.find((x) => !files.get(x)!.collected) ??
      metBy.find((x) => [...files.get(x)!.files].some((f) => namesFile(message, f))) ??
      metBy[0]!;
    decided = { owner, named: named.length === 1 && owner === named[0] };
    owners.set(message, decided);
    return decided;
  };
  const printed = new Map<string, string[]>(hosts.map((h) => [h.name, []]));
  for (const h of hosts) {
    for (const message of h.errors) {
      const { owner, named } = ownerOf(message);
      const text =
        owner === h.name
          ? message
          : named
            ? `Met reading the configuration of ${owner} (through nodes): the error shown under ${owner}.`
            : `The same error as ${owner} (shown there).`;
      const lines = printed.get(h.name)!;
      if (!lines.includes(text)) lines.push(text);
    }
  }
  return printed;
}

/** Each host's files, and its own: files no other host's modules come from. */
function hostFiles(hosts: readonly HostErrors[], moduleFiles: (host: string) => HostFiles) {
  const files = new Map(hosts.map((h) => [h.name, moduleFiles(h.name)]));
  const own = new Map(
    hosts.map((h) => [
      h.name,
      [...files.get(h.name)!.files].filter(
        (f) => ![...files].some(([other, theirs]) => other !== h.name && theirs.files.has(f)),
      ),
    ]),
  );
  return { files, own };
}

/** Whether a message names a file, as messages show definitions: `file:line' or `file'. */
const namesFile = (message: string, file: string) =>
  message.includes(`\`${file}:`) || message.includes(`\`${file}'`);

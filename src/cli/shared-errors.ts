/**
 * One error met by several hosts is printed once. A host that reads another's configuration
 * (through `nodes`) meets that host's errors too, and `hearth check` listed them under every
 * reader as if they were its own. Only the text changes: every host that met an error still
 * fails, every error is printed in full under one of them, and `--json` lists every host's errors.
 * A command that evaluates only some hosts (`hearth build nas`) says so when an error is another
 * host's, met by reading it.
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
 * configuration); else, for a cycle between hosts, the first host it names that met it;
 * else one whose modules could not be collected (a mistake in them); else one
 * whose modules include a file it names; else the first that met it (an error in a module every
 * host loads cannot tell more).
 */
export function printedErrors(
  hosts: readonly HostErrors[],
  moduleFiles: (host: string) => HostFiles,
  /** Every host of the lab, when only some were evaluated (`hearth build nas`, `hearth eval nas`). */
  allHosts: readonly string[] = hosts.map((h) => h.name),
): Map<string, string[]> {
  const others = allHosts.filter((x) => !hosts.some((h) => h.name === x));
  // Each host's files, and its own, looked up only when they can change what is printed.
  let known: ReturnType<typeof hostFiles> | undefined;
  const lookUp = () => (known ??= hostFiles(allHosts, moduleFiles));
  // Whose each message is (it depends on the message only). `reader`: the first host that met
  // an error of a host not evaluated here, where it is printed in full.
  const owners = new Map<string, { owner: string; named: boolean; reader?: string }>();
  const ownerOf = (message: string) => {
    let decided = owners.get(message);
    if (decided) return decided;
    const metBy = hosts.filter((x) => x.errors.includes(message)).map((x) => x.name);
    if (metBy.length === 1 && others.length === 0) return { owner: metBy[0]!, named: false };
    const { files, own } = lookUp();
    const namedBy = (x: string) => own.get(x)!.some((f) => namesFile(message, f));
    const named = metBy.filter(namedBy);
    const elsewhere = named.length === 0 ? others.filter(namedBy) : [];
    if (elsewhere.length === 1) {
      decided = { owner: elsewhere[0]!, named: true, reader: metBy[0]! };
    } else {
      const byName = named.length === 1 ? undefined : firstNamedHost(message, metBy);
      const owner =
        (named.length === 1 ? named[0] : undefined) ??
        byName ??
        metBy.find((x) => !files.get(x)!.collected) ??
        metBy.find((x) => [...files.get(x)!.files].some((f) => namesFile(message, f))) ??
        metBy[0]!;
      decided = { owner, named: (named.length === 1 && owner === named[0]) || owner === byName };
    }
    owners.set(message, decided);
    return decided;
  };
  const printed = new Map<string, string[]>(hosts.map((h) => [h.name, []]));
  for (const h of hosts) {
    for (const message of h.errors) {
      const { owner, named, reader } = ownerOf(message);
      const text =
        reader === h.name
          ? `Met reading the configuration of ${owner} (through nodes):\n${message}`
          : owner === h.name
            ? message
            : reader !== undefined
              ? `The same error as ${reader} (shown there).`
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
function hostFiles(hosts: readonly string[], moduleFiles: (host: string) => HostFiles) {
  const files = new Map(hosts.map((h) => [h, moduleFiles(h)]));
  const own = new Map(
    hosts.map((h) => [
      h,
      [...files.get(h)!.files].filter(
        (f) => ![...files].some(([other, theirs]) => other !== h && theirs.files.has(f)),
      ),
    ]),
  );
  return { files, own };
}

/**
 * The host a cycle between hosts names first (`Infinite recursion between hosts: `shodan' and
 * `xerxes' …`), among those that met it. Other messages quote other things the way hosts are
 * quoted (a user `media'), so only this one is read for host names.
 */
function firstNamedHost(message: string, metBy: readonly string[]): string | undefined {
  const cycle = /^Infinite recursion between hosts: ((?:`[^']+'(?:, | and ))*`[^']+') \(/.exec(message);
  if (!cycle) return undefined;
  const names = [...cycle[1]!.matchAll(/`([^']+)'/g)].map((m) => m[1]!);
  return names.find((n) => metBy.includes(n));
}

/** Whether a message names a file, as messages show definitions: `file:line' or `file'. */
const namesFile = (message: string, file: string) =>
  message.includes(`\`${file}:`) || message.includes(`\`${file}'`);

/** A host's errors under a heading (`✗ shodan`), each indented, a blank line between two. */
export const underHost = (heading: string, errors: readonly string[]): string =>
  `${heading}\n${errors.map((e) => e.replace(/^/gm, "  ")).join("\n\n")}`;

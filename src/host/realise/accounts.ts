/**
 * Users and groups of a generation, and every reference to an account (a unit's User=, a file's
 * owner, a secret's group…) checked against them: an account must be declared in `users` or
 * `groups`, or be one Debian creates itself (base-passwd and systemd).
 */
import type { ManifestGroup, ManifestUser } from "./manifest.ts";
import type { Problems } from "./problems.ts";

/** Accounts of every Debian system (base-passwd's fixed ones, and systemd's). */
export const debianUsers: ReadonlySet<string> = new Set(
  "root daemon bin sys sync games man lp mail news uucp proxy www-data backup list irc _apt nobody systemd-network systemd-resolve systemd-timesync messagebus sshd".split(
    " ",
  ),
);
export const debianGroups: ReadonlySet<string> = new Set(
  "root daemon bin sys adm tty disk lp mail news uucp man proxy kmem dialout fax voice cdrom floppy tape sudo audio dip www-data backup operator list irc src shadow utmp video sasl plugdev staff games users nogroup systemd-journal systemd-network systemd-resolve systemd-timesync input sgx kvm render netdev messagebus ssh crontab _ssh".split(
    " ",
  ),
);

interface UserView {
  readonly uid: number | null;
  readonly group: string;
  readonly extraGroups: readonly string[];
  readonly description: string;
  readonly system: boolean;
  readonly home: string;
  readonly createHome: boolean;
  readonly shell: string;
}
interface GroupView {
  readonly gid: number | null;
  readonly system: boolean;
  readonly members: readonly string[];
}

const byName = <T>(o: Readonly<Record<string, T>>): [string, T][] =>
  Object.keys(o)
    .sort()
    .map((k) => [k, o[k]!]);

export function realiseAccounts(
  users: Readonly<Record<string, UserView>>,
  groups: Readonly<Record<string, GroupView>>,
  problems: Problems,
): { users: ManifestUser[]; groups: ManifestGroup[] } {
  const out = {
    users: byName(users).map(([name, u]) => ({
      name,
      uid: u.uid,
      group: u.group,
      extraGroups: [...u.extraGroups],
      description: u.description,
      system: u.system,
      home: u.home,
      createHome: u.createHome,
      shell: u.shell,
    })),
    groups: byName(groups).map(([name, g]) => ({
      name,
      gid: g.gid,
      system: g.system,
      members: [...g.members],
    })),
  };
  const ids = (kind: "uid" | "gid", entries: { name: string; id: number | null }[], option: string) => {
    const seen = new Map<number, string>();
    for (const { name, id } of entries) {
      if (id === null) continue;
      const other = seen.get(id);
      if (other !== undefined) {
        problems.add([option, name, kind], `${kind} ${id} is also the ${kind} of \`${other}'`, [
          [option, other, kind],
        ]);
      } else seen.set(id, name);
    }
  };
  ids(
    "uid",
    out.users.map((u) => ({ name: u.name, id: u.uid })),
    "users",
  );
  ids(
    "gid",
    out.groups.map((g) => ({ name: g.name, id: g.gid })),
    "groups",
  );
  return out;
}

/** Checks references to accounts, once every user and group of the host is known. */
export class AccountReferences {
  constructor(
    private readonly users: Readonly<Record<string, unknown>>,
    private readonly groups: Readonly<Record<string, unknown>>,
    private readonly problems: Problems,
  ) {}

  user(name: string | null, at: readonly string[]): void {
    if (name === null || Object.hasOwn(this.users, name) || debianUsers.has(name) || /^\d+$/.test(name))
      return;
    this.problems.add(at, `no user \`${name}' is declared (add \`users.${name}' or use DynamicUser)`);
  }

  group(name: string | null, at: readonly string[]): void {
    if (name === null || Object.hasOwn(this.groups, name) || debianGroups.has(name) || /^\d+$/.test(name))
      return;
    this.problems.add(at, `no group \`${name}' is declared (add \`groups.${name}')`);
  }
}

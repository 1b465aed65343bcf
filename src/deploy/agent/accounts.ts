/** The host's users and groups, read from /etc/passwd and /etc/group (names ↔ ids, memberships). */
import { readFileSync } from "node:fs";

export interface Accounts {
  readonly users: ReadonlyMap<string, { uid: number; gid: number }>;
  readonly groups: ReadonlyMap<string, { gid: number; members: string[] }>;
  userName(uid: number): string;
  groupName(gid: number): string;
  uid(name: string): number;
  gid(name: string): number;
  /** Every group a user is in (primary and supplementary). */
  groupsOf(user: string): string[];
}

const rows = (path: string) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split(":"));

export function readAccounts(): Accounts {
  const users = new Map<string, { uid: number; gid: number }>();
  const groups = new Map<string, { gid: number; members: string[] }>();
  for (const [name, , uid, gid] of rows("/etc/passwd"))
    users.set(name!, { uid: Number(uid), gid: Number(gid) });
  for (const [name, , gid, members] of rows("/etc/group"))
    groups.set(name!, { gid: Number(gid), members: (members ?? "").split(",").filter(Boolean) });
  const byUid = new Map([...users].map(([n, u]) => [u.uid, n]));
  const byGid = new Map([...groups].map(([n, g]) => [g.gid, n]));
  const id = (kind: string, name: string, map: ReadonlyMap<string, number>): number => {
    if (/^\d+$/.test(name)) return Number(name);
    const v = map.get(name);
    if (v === undefined) throw new Error(`no ${kind} \`${name}' on this host`);
    return v;
  };
  const uids = new Map([...users].map(([n, u]) => [n, u.uid]));
  const gids = new Map([...groups].map(([n, g]) => [n, g.gid]));
  return {
    users,
    groups,
    userName: (uid) => byUid.get(uid) ?? String(uid),
    groupName: (gid) => byGid.get(gid) ?? String(gid),
    uid: (name) => id("user", name, uids),
    gid: (name) => id("group", name, gids),
    groupsOf(user) {
      const primary = users.get(user);
      const out = [...groups].filter(([, g]) => g.members.includes(user)).map(([n]) => n);
      if (primary) {
        const p = byGid.get(primary.gid);
        if (p && !out.includes(p)) out.unshift(p);
      }
      return out;
    },
  };
}

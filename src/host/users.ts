/**
 * `users` and `groups`: accounts the host must have, by name: system users for services (fixed
 * uid/gid when given, so file ownership survives a reinstall) and the operator. A user's primary
 * group defaults to a group of its own name, created with it. SSH keys of a user are written to
 * /etc/ssh/authorized_keys.d/<name> (sshd reads them there when its AuthorizedKeysFile says so).
 */
import { defineModule, lazy, mkOption, types } from "../modules/index.ts";
import { accountName } from "./common.ts";

export const authorizedKeysDir = "/etc/ssh/authorized_keys.d";

const userType = types.submodule(({ name }: { name: string }) => ({
  options: {
    uid: mkOption({ type: types.nullOr(types.ints.u32), default: null, description: "A fixed user id." }),
    group: mkOption({
      type: accountName,
      default: name,
      description: "The primary group (by default a group of the user's name, created with it).",
    }),
    extraGroups: mkOption({
      type: types.listOf(accountName),
      default: [],
      description: "Other groups the user is a member of.",
    }),
    description: mkOption({ type: types.str, default: "", description: "The account's full name (GECOS)." }),
    system: mkOption({
      type: types.bool,
      default: true,
      description: "A system account (uid below 1000, no aging); false for people.",
    }),
    home: mkOption({ type: types.path, default: "/nonexistent", description: "The home directory." }),
    createHome: mkOption({ type: types.bool, default: false, description: "Create the home directory." }),
    shell: mkOption({ type: types.path, default: "/usr/sbin/nologin", description: "The login shell." }),
    sshAuthorizedKeys: mkOption({
      type: types.listOf(types.str),
      default: [],
      description: "SSH public keys that may log in as this user.",
    }),
  },
}));

const groupType = types.submodule({
  options: {
    gid: mkOption({ type: types.nullOr(types.ints.u32), default: null, description: "A fixed group id." }),
    system: mkOption({ type: types.bool, default: true, description: "A system group." }),
    members: mkOption({
      type: types.listOf(accountName),
      default: [],
      description: "Users in the group (besides those naming it in extraGroups).",
    }),
  },
});

const options = {
  users: mkOption({
    type: types.attrsOf(userType),
    default: {},
    example: { jellyfin: { uid: 568, extraGroups: ["video"] } },
    description: "User accounts, by name.",
  }),
  groups: mkOption({
    type: types.attrsOf(groupType),
    default: {},
    example: { media: { gid: 568 } },
    description: "Groups, by name.",
  }),
};

declare module "../modules/typing.ts" {
  interface Modules {
    "host/users": typeof options;
  }
}

interface UsersView {
  readonly users: Readonly<
    Record<string, { readonly group: string; readonly sshAuthorizedKeys: readonly string[] }>
  >;
}

export const usersModule = defineModule({
  options,
  config: ({ config }) => {
    const users = () => Object.entries((config as unknown as UsersView).users);
    return {
      groups: lazy(() =>
        Object.fromEntries(
          users()
            .filter(([name, u]) => u.group === name)
            .map(([name]) => [name, {}]),
        ),
      ),
      files: lazy(() =>
        Object.fromEntries(
          users()
            .filter(([, u]) => u.sshAuthorizedKeys.length > 0)
            .map(([name, u]) => [
              `${authorizedKeysDir}/${name}`,
              { text: `${u.sshAuthorizedKeys.join("\n")}\n`, mode: "0444" },
            ]),
        ),
      ),
    };
  },
});

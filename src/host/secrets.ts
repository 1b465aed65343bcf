/**
 * `secrets`: references into SOPS files of the lab (sops-nix' `sops.secrets`). hearth never
 * decrypts them to build: the encrypted file goes into the generation, and the host decrypts the
 * value with its own key into `path` (tmpfs) at activation and boot, then restarts `restartUnits`.
 * `hostKey` is the host's SSH ed25519 public key, whose age recipient every secrets file the host
 * uses must list (`hearth check` verifies it). `secretTemplates` are files written beside them with
 * secret values put in place of placeholders.
 */
import { defineModule, mkOption, types } from "../modules/index.ts";
import { groupOption, modeOption, userOption } from "./common.ts";

/** Where decrypted secrets live on the host (a tmpfs). */
export const secretsDir = "/run/hearth/secrets";

export { placeholderPattern, secretPlaceholder } from "./placeholder.ts";

/** Where the decrypted file goes, who owns it, and what restarts when it changes. */
const fileOptions = (name: string) => ({
  path: mkOption({
    type: types.path,
    default: `${secretsDir}/${name}`,
    description: "Where the decrypted value is written on the host.",
  }),
  owner: userOption("the decrypted file"),
  group: groupOption("the decrypted file"),
  mode: modeOption("0400", "the decrypted file"),
  restartUnits: mkOption({
    type: types.listOf(types.str),
    default: [],
    description: "Units restarted when the value changes (`gatus.service`).",
  }),
  reloadUnits: mkOption({
    type: types.listOf(types.str),
    default: [],
    description: "Units reloaded when the value changes.",
  }),
});

const secretType = types.submodule(({ name }: { name: string }) => ({
  options: {
    sopsFile: mkOption({
      type: types.path,
      description:
        'The encrypted file, inside the lab (`new URL("./secrets.sops.yaml", import.meta.url).pathname`).',
    }),
    key: mkOption({
      type: types.str,
      default: name,
      description: "The value's key path in the file, components separated by `/` (`services/gatus/env`).",
    }),
    ...fileOptions(name),
  },
}));

const templateType = types.submodule(({ name }: { name: string }) => ({
  options: {
    content: mkOption({
      type: types.lines,
      description:
        "The file's text, with `secretPlaceholder(name)` wherever the value of the host's secret `name` goes.",
    }),
    ...fileOptions(name),
  },
}));

const options = {
  secrets: mkOption({
    type: types.attrsOf(secretType),
    default: {},
    example: {
      "gatus/env": { sopsFile: "/path/to/lab/secrets.sops.yaml", restartUnits: ["podman-gatus.service"] },
    },
    description: "Secrets, by name: a key of a SOPS file, decrypted on the host only.",
  }),
  secretTemplates: mkOption({
    type: types.attrsOf(templateType),
    default: {},
    example: {
      "gatus/config": {
        content: 'password = "<hearth-secret:gatus/password>"',
        owner: "gatus",
        restartUnits: ["gatus.service"],
      },
    },
    description:
      "Files that mix configuration with secret values (sops-nix' `sops.templates`): the host writes them next to its secrets, each placeholder replaced by the decrypted value, so no value is ever in a generation.",
  }),
  hostKey: mkOption({
    type: types.nullOr(types.str),
    default: null,
    example: "ssh-ed25519 AAAAC3Nza… root@host",
    description:
      "The host's SSH ed25519 public key (`ssh-keyscan -t ed25519 <host>`); its age recipient must be one of every secrets file the host uses.",
  }),
};

declare module "../modules/typing.ts" {
  interface Modules {
    "host/secrets": typeof options;
  }
}

export const secretsModule = defineModule({ options });

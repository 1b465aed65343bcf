/** Option types the host primitives share: file modes, account names, owners. */
import { mkOption, types } from "../modules/index.ts";

/** A file mode in octal, as chmod takes it: "0644", "640", "1777". */
export const modeType = types.strMatching("[0-7]{3,4}");

/** "640" → "0640": the form manifests and renderers use. */
export const normalMode = (mode: string): string => mode.padStart(4, "0");

/** A user or group name as Debian's adduser accepts it (and systemd's User=). */
export const accountName = types.strMatching("[a-z_][a-z0-9_-]{0,31}");

/** A Debian package name. */
export const packageName = types.strMatching("[a-z0-9][a-z0-9+.-]+");

export const modeOption = (fallback: string, what: string) =>
  mkOption({ type: modeType, default: fallback, description: `Mode of ${what} (octal).` });

export const userOption = (what: string) =>
  mkOption({ type: accountName, default: "root", description: `User owning ${what}.` });

export const groupOption = (what: string) =>
  mkOption({ type: accountName, default: "root", description: `Group owning ${what}.` });

/**
 * Host primitives: the options every host has and the realiser understands (files, systemd
 * units, users and groups, directories, packages, containers, firewall, secrets, checks), and the
 * realiser that turns a host's evaluated configuration into a generation.
 */
import type { Module } from "../modules/index.ts";
import { checksModule } from "./checks.ts";
import { containersModule } from "./containers.ts";
import { directoriesModule } from "./directories.ts";
import { filesModule } from "./files.ts";
import { firewallModule } from "./firewall.ts";
import { packagesModule } from "./packages.ts";
import { secretsModule } from "./secrets.ts";
import { systemdModule } from "./systemd.ts";
import { usersModule } from "./users.ts";

/** Every primitive, as modules: `Lab.host()` adds them to every host. */
export const hostModules: readonly Module[] = [
  filesModule,
  systemdModule,
  usersModule,
  directoriesModule,
  packagesModule,
  containersModule,
  firewallModule,
  secretsModule,
  checksModule,
];

export { type Generation, type RealiseInput, realise } from "./realise/index.ts";
export type {
  GenerationFile,
  ListedFile,
  Manifest,
  ManifestCheck,
  ManifestFile,
  ManifestSecret,
  ManifestTemplate,
  ManifestUnit,
} from "./realise/manifest.ts";
export { generationHash, hashListing, listing, manifestJson, sha256 } from "./realise/manifest.ts";
export { GenerationError } from "./realise/problems.ts";
export { writeGeneration } from "./realise/write.ts";
export { hardeningBaseline } from "./hardening.ts";
export { placeholderPattern, secretPlaceholder } from "./secrets.ts";

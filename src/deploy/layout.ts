/**
 * Where hearth keeps its things on a host. The deployer and the agent both use these names, so
 * they live here once.
 *
 *   /var/lib/hearth/store/<sha256>              every file of every generation, by content (verified)
 *   /var/lib/hearth/agents/<sha256>.mjs         runnable agents (hard links into the store)
 *   /var/lib/hearth/generations/<n>-<hash>/     a generation: hard links into the store
 *   /var/lib/hearth/current                     symlink to the running generation, swapped atomically
 *   /var/lib/hearth/state.json                  what hearth owns, adopted files, generation history
 *   /var/lib/hearth/journal.json                an activation in progress (for recovery)
 *   /var/lib/hearth/lock                        the activation lock (pid, boot id)
 *   /var/lib/hearth/backups/<path>              originals of adopted files
 *   /var/lib/hearth/incoming/<id>/              a transfer in progress (removed when stale)
 *   /run/hearth/secrets -> secrets.d/<n>        decrypted secrets (tmpfs)
 *   /run/hearth/deploy/<id>/                    events and confirmation of one activation (tmpfs)
 */
export const hearthDir = "/var/lib/hearth";
export const storeDir = `${hearthDir}/store`;
export const agentsDir = `${hearthDir}/agents`;
export const generationsDir = `${hearthDir}/generations`;
export const currentLink = `${hearthDir}/current`;
export const stateFile = `${hearthDir}/state.json`;
export const journalFile = `${hearthDir}/journal.json`;
export const lockFile = `${hearthDir}/lock`;
export const backupsDir = `${hearthDir}/backups`;
export const incomingDir = `${hearthDir}/incoming`;
export const runDir = "/run/hearth";
export const secretsLink = `${runDir}/secrets`;
export const secretsGenerations = `${runDir}/secrets.d`;
export const deployRunDir = `${runDir}/deploy`;
export const unitDir = "/etc/systemd/system";
/** The transient unit activations run in: its name doubles as a lock systemd enforces. */
export const activationUnit = "hearth-activate.service";
export const bootUnit = "hearth-boot.service";
export const nodeBinary = "/usr/bin/node";

export const agentPath = (sha: string) => `${agentsDir}/${sha}.mjs`;
export const generationName = (n: number, hash: string) => `${n}-${hash}`;

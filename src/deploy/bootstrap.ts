/**
 * Preparing a host for hearth: SSH works, the user is root or has password-less sudo, systemd runs
 * the host, Node ≥ 18 is there (installed from the distribution when missing), and the host's SSH
 * ed25519 key is read (over the authenticated connection) so its secrets can be encrypted for it.
 */
import { sshPublicKeyToAgeRecipient } from "../secrets/age/ssh-to-age.ts";
import { hearthDir } from "./layout.ts";
import { RemoteError, unreachable } from "./remote.ts";
import type { Ssh } from "./ssh.ts";

export interface BootstrapReport {
  readonly host: string;
  readonly sudo: boolean;
  readonly node: string;
  readonly installedNode: boolean;
  readonly distribution: string;
  /** `ssh-ed25519 AAAA…` and its age recipient (for .sops.yaml and `hostKey`). */
  readonly hostKey: string;
  readonly ageRecipient: string;
}

const nodeMajor = (version: string) => Number(/^v(\d+)\./.exec(version.trim())?.[1] ?? 0);

export async function bootstrapHost(ssh: Ssh, say: (text: string) => void): Promise<BootstrapReport> {
  const host = ssh.target.host;
  const who = await ssh.run(["id", "-u"], { asLoginUser: true });
  if (unreachable(who))
    throw new RemoteError(`${host}: cannot log in over SSH as ${ssh.destination}: ${who.stderr}`);
  const sudo = who.stdout.trim() !== "0";
  if (sudo) {
    const r = await ssh.run(["true"]);
    if (r.code !== 0) {
      throw new RemoteError(
        `${host}: ${ssh.target.user} is not root and cannot use sudo without a password: ${r.stderr}`,
      );
    }
  }
  say(`${host}: ${sudo ? `${ssh.target.user} with password-less sudo` : "root"}`);
  const systemd = await ssh.run(["sh", "-c", "test -d /run/systemd/system && systemctl --version | head -1"]);
  if (systemd.code !== 0)
    throw new RemoteError(`${host}: systemd is not running this host (hearth needs it)`);
  const release = await ssh.run(["sh", "-c", '. /etc/os-release && echo "$PRETTY_NAME"']);
  let node = await ssh.run(["sh", "-c", "node --version 2>/dev/null || true"]);
  let installedNode = false;
  if (nodeMajor(node.stdout) < 18) {
    say(`${host}: installing Node.js from the distribution (found ${node.stdout.trim() || "none"})`);
    const install = await ssh.run([
      "sh",
      "-c",
      "export DEBIAN_FRONTEND=noninteractive; apt-get install -y -q --no-install-recommends nodejs || { apt-get update -q && apt-get install -y -q --no-install-recommends nodejs; }",
    ]);
    if (install.code !== 0)
      throw new RemoteError(
        `${host}: installing nodejs failed: ${install.stderr.split("\n").slice(-3).join("\n")}`,
      );
    node = await ssh.run(["node", "--version"]);
    installedNode = true;
    if (nodeMajor(node.stdout) < 18) {
      throw new RemoteError(
        `${host}: the distribution's Node.js is ${node.stdout.trim()}; hearth's agent needs 18 or later`,
      );
    }
  }
  const key = await ssh.run(["cat", "/etc/ssh/ssh_host_ed25519_key.pub"]);
  if (key.code !== 0)
    throw new RemoteError(
      `${host}: no SSH ed25519 host key (/etc/ssh/ssh_host_ed25519_key.pub): hearth decrypts secrets with it`,
    );
  const mkdir = await ssh.run(["install", "-d", "-m", "0700", hearthDir]);
  if (mkdir.code !== 0) throw new RemoteError(`${host}: cannot create ${hearthDir}: ${mkdir.stderr}`);
  const hostKey = key.stdout.trim().split(/\s+/).slice(0, 2).join(" ");
  return {
    host,
    sudo,
    node: node.stdout.trim(),
    installedNode,
    distribution: release.stdout.trim(),
    hostKey,
    ageRecipient: sshPublicKeyToAgeRecipient(hostKey),
  };
}

// OpenSSH, hardened: keys only, no root, no forwarding of agents or X11 (the seed's openssh.nix).
import { defineModule, lazy, mkIf, mkOption, types } from "hearth";

const options = {
  mySystem: {
    services: {
      openssh: {
        enable: mkOption({ type: types.bool, default: true, description: "Whether to run sshd." }),
        port: mkOption({ type: types.port, default: 22, description: "The port sshd listens on." }),
        permitRootLogin: mkOption({
          type: types.enum(["no", "prohibit-password"]),
          default: "no",
          description: "Whether root may log in (with a key).",
        }),
      },
    },
  },
};

declare module "hearth" {
  interface Modules {
    "system/services/openssh": typeof options;
  }
}

export default defineModule({
  options,
  config: ({ config }) => {
    const cfg = config.mySystem.services.openssh;
    const sshdConfig = () =>
      [
        `Port ${cfg.port}`,
        `PermitRootLogin ${cfg.permitRootLogin}`,
        "PasswordAuthentication no",
        "KbdInteractiveAuthentication no",
        // hearth writes every user's keys to /etc/ssh/authorized_keys.d (host/users).
        "AuthorizedKeysFile /etc/ssh/authorized_keys.d/%u .ssh/authorized_keys",
        "AllowAgentForwarding no",
        "X11Forwarding no",
        "MaxAuthTries 3",
        "ClientAliveInterval 300",
        "StreamLocalBindUnlink yes",
        "",
      ].join("\n");
    return mkIf(() => cfg.enable, {
      packages: ["openssh-server"],
      files: { "/etc/ssh/sshd_config.d/hearth.conf": { text: lazy(sshdConfig) } },
      // Debian's ssh.service; a reload keeps open sessions.
      systemd: {
        services: { ssh: { dropIn: true, restartIfChanged: false, reloadTriggers: [lazy(sshdConfig)] } },
      },
      firewall: { allowedTCPPorts: [lazy(() => cfg.port)] },
      checks: { ssh: { tcp: { port: lazy(() => cfg.port) } } },
    });
  },
});

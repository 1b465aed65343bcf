// Applied to every host (the seed's nixos/global.nix): every module of the lab, and the values
// every host shares.
import { defineModule } from "hearth";
import modules from "./modules/index.ts";

export default defineModule({
  imports: [modules],
  mySystem: {
    domain: "example.org",
    internalDomain: "l.example.org",
    timezone: "Europe/Berlin",
    // Every app's state, nightly, into a local restic repository per app.
    backups: { enable: true },
    // The LAN's two networks and the VPN the VPS joins them by.
    security: { trustedNetworks: ["10.8.10.0/24", "10.8.20.0/24", "10.8.40.0/24"] },
    dashboard: {
      title: "example.org lab",
      bookmarks: {
        Lab: [
          { name: "Repository", abbr: "GH", href: "https://github.com/example/homelab" },
          { name: "Debian security", abbr: "DS", href: "https://security-tracker.debian.org/tracker/" },
        ],
      },
    },
    operator: {
      name: "ops",
      description: "Lab operator",
      sshKeys: [
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC4jZRGtb7xTc7q7nCs6iYa2J7ml9hQHssHrg/czdqk9 ops@laptop",
      ],
    },
  },
});

// Firewall rules apps and services share: reachable from the lab's own networks only.
import type { Config } from "hearth";
import { lazy } from "hearth";

/** A firewall rule accepting `tcp` ports from the trusted networks (mySystem.security). */
export const fromTrustedNetworks = (config: Config, tcp: () => number[]) => ({
  tcp: lazy<number[]>(tcp),
  sources: lazy<string[]>(() => [...config.mySystem.security.trustedNetworks]),
});

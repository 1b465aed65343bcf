// The lab's library (the seed's nixos/lib): the service builder and the helpers app modules share.
export { existsOrDefault, firstOrDefault } from "./defaults.ts";
export { fromTrustedNetworks } from "./firewall.ts";
export { bytes, mkProxyRoute, mkTraefikLabels, type ProxyRoute, type ProxyRouteSpec } from "./proxy-route.ts";
export { mkRestic, type ResticJob } from "./restic.ts";
export { mkService } from "./service/index.ts";
export { secretPath } from "./service/runtime.ts";
export {
  categories,
  type Category,
  type ContainerSpec,
  type NativeSpec,
  type ServiceSpec,
} from "./service/spec.ts";

/** hearth: the API a lab's modules and hosts import (`import { defineModule, … } from "hearth"`). */
export * from "./modules/index.ts";
export { defineLab, type LabSpec } from "./lab/define.ts";
export { type DeploymentTarget, type DeploymentsSpec, defineDeployments } from "./lab/deployments.ts";
// The host primitives' option types (files, systemd, users…), for every lab module.
export type { Generation, Manifest } from "./host/index.ts";
export { placeholderPattern, secretPlaceholder } from "./host/secrets.ts";

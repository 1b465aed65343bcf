/** hearth: the API a lab's modules and hosts import (`import { defineModule, … } from "hearth"`). */
export * from "./modules/index.ts";
export { defineLab, type LabSpec } from "./lab/define.ts";
// The host primitives' option types (files, systemd, users…), for every lab module.
export type { Generation, Manifest } from "./host/index.ts";

/** hearth: the API a lab's modules and hosts import (`import { defineModule, … } from "hearth"`). */
export * from "./modules/index.ts";
export { defineLab, type LabSpec } from "./lab/define.ts";

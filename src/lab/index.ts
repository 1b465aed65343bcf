export { defineLab, type HostDefinition, isLab, type LabDefinition, type LabSpec } from "./define.ts";
export { type HostCheck, type HostEvaluation, isUserFacing, Lab } from "./lab.ts";
export { configFileName, findLabRoot, LabLoadError, loadLab } from "./load.ts";
export { type DeploymentTarget, type Deployments, defineDeployments } from "./deployments.ts";

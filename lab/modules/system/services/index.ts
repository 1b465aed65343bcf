// System services every host runs (the seed's nixos/modules/nixos/services).
import { defineModule } from "hearth";
import nodeExporter from "./node-exporter.ts";
import openssh from "./openssh.ts";
import rebootRequired from "./reboot-required.ts";
import smartd from "./smartd.ts";

export default defineModule({ imports: [openssh, nodeExporter, smartd, rebootRequired] });

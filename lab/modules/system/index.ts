// Every system module (the seed's nixos/modules/nixos).
import { defineModule } from "hearth";
import editor from "./editor/index.ts";
import network from "./network/index.ts";
import programs from "./programs/index.ts";
import security from "./security/index.ts";
import services from "./services/index.ts";
import system from "./system/index.ts";

export default defineModule({ imports: [system, network, services, security, programs, editor] });

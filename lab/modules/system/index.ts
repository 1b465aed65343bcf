// Every system module (the seed's nixos/modules/nixos/default.nix).
import { defineModule } from "hearth";
import system from "./system/index.ts";

export default defineModule({ imports: [system] });

// The lab: the modules every host imports, and the hosts (the seed's flake.nix).
import { defineLab } from "hearth";
import global from "./lab/global.ts";
import daedalus from "./lab/hosts/daedalus/index.ts";
import modules from "./lab/modules/index.ts";

export default defineLab({
  modules: [global, modules],
  hosts: { daedalus },
});

// The lab: the modules every host imports, the hosts, and where they are deployed (the seed's flake.nix).
import { defineLab } from "hearth";
import deployments from "./deployments/index.ts";
import global from "./lab/global.ts";
import daedalus from "./lab/hosts/daedalus/index.ts";
import shodan from "./lab/hosts/shodan/index.ts";
import xerxes from "./lab/hosts/xerxes/index.ts";

export default defineLab({
  modules: [global],
  hosts: { daedalus, shodan, xerxes },
  deployments,
});

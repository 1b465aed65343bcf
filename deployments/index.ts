// Where each host of the lab is deployed (the seed's deploy-rs nodes: SSH as `deploy`, root through
// sudo). `hearth deploy <host>` reads this; `--target <host>=<user>@<address>[:<port>]` overrides it
// for one run.
import { defineDeployments } from "hearth";

export default defineDeployments({
  defaults: { user: "deploy", port: 22, confirmTimeout: 30 },
  parallel: 4,
  failureBudget: 0,
  hosts: {
    daedalus: { address: "daedalus.l.example.org", tags: ["home", "storage"] },
    shodan: { address: "shodan.l.example.org", tags: ["home", "apps"] },
    xerxes: { address: "xerxes.example.org", tags: ["cloud"], confirmTimeout: 60 },
  },
});

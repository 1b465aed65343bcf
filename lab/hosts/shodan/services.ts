// What shodan runs: the lab's DNS server, its dashboard, monitoring, and the everyday apps (the
// seed's shodan).
import { defineModule } from "hearth";

export default defineModule({
  mySystem: {
    infrastructure: {
      postgresql: { enable: true },
      mariadb: { enable: true },
      redis: { enable: true },
      homepage: { enable: true },
    },
    monitoring: {
      victoriametrics: { enable: true },
      alertmanager: { enable: true },
      gatus: { enable: true },
    },
    productivity: { radicale: { enable: true }, miniflux: { enable: true } },
    networking: { dnsmasq: { enable: true }, mosquitto: { enable: true } },
    development: { "code-server": { enable: true } },
    search: { searxng: { enable: true }, whoogle: { enable: true } },
  },
});

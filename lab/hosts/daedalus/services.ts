// What daedalus runs: the NAS's apps (the seed's daedalus), each with its own database.
import { defineModule } from "hearth";

export default defineModule({
  mySystem: {
    infrastructure: { postgresql: { enable: true, subdomain: "nasdb" } },
    media: { jellyfin: { enable: true }, navidrome: { enable: true } },
    development: { forgejo: { enable: true } },
    storage: { syncthing: { enable: true }, minio: { enable: true } },
  },
});

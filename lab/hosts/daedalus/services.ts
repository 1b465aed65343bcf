// What daedalus runs.
import { defineModule } from "hearth";

export default defineModule({
  mySystem: {
    media: {
      jellyfin: { enable: true },
    },
  },
});

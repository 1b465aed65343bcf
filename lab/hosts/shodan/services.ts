// What shodan runs.
import { defineModule } from "hearth";

export default defineModule({
  mySystem: {
    monitoring: {
      victoriametrics: { enable: true },
    },
  },
});

// daedalus' hardware: disks, network interfaces (filled in by the host primitives issue).
import { defineModule } from "hearth";

export default defineModule({});

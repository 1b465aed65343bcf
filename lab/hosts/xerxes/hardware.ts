// xerxes' hardware: a virtual machine, so no disks for smartd to watch.
import { defineModule } from "hearth";

export default defineModule({ mySystem: { hardware: { disks: [] } } });

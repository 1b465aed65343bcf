// shodan's hardware: one NVMe disk.
import { defineModule } from "hearth";

export default defineModule({
  mySystem: { hardware: { disks: ["/dev/disk/by-id/nvme-WD_BLACK_SN770_1TB_22123A456789"] } },
});

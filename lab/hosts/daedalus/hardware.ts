// daedalus' hardware: an NVMe system disk and the data disks of the media pool.
import { defineModule } from "hearth";

export default defineModule({
  mySystem: {
    hardware: {
      disks: [
        "/dev/disk/by-id/nvme-Samsung_SSD_980_1TB_S649NF0R123456",
        "/dev/disk/by-id/ata-WDC_WD200EDGZ-11B9PA0_2GH1ABCD",
        "/dev/disk/by-id/ata-WDC_WD180EDGZ-11B2DA0_3FG2BCDE",
      ],
    },
  },
});

import { defineModule } from "hearth";
import minio from "./minio/index.ts";
import syncthing from "./syncthing/index.ts";

export default defineModule({ imports: [minio, syncthing] });

import { defineModule } from "hearth";
import codeServer from "./code-server/index.ts";
import forgejo from "./forgejo/index.ts";

export default defineModule({ imports: [codeServer, forgejo] });

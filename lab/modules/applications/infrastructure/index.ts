import { defineModule } from "hearth";
import homepage from "./homepage/index.ts";
import mariadb from "./mariadb/index.ts";
import postgresql from "./postgresql/index.ts";
import redis from "./redis/index.ts";

export default defineModule({ imports: [homepage, mariadb, postgresql, redis] });

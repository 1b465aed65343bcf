import { defineModule } from "hearth";
import dnsmasq from "./dnsmasq/index.ts";
import mosquitto from "./mosquitto/index.ts";

export default defineModule({ imports: [dnsmasq, mosquitto] });

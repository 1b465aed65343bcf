// code-server, VS Code in the browser, behind a password (the seed ran it without auth).
import { images } from "../../../../overlays/images.ts";
import { mkService } from "../../../../lib/index.ts";

const codeServer = mkService("development/code-server", {
  title: "code-server",
  description: "VS Code in the browser",
  port: 4444,
  subdomain: "code",
  uid: 573,
  container: {
    image: images.codeServer,
    port: 8080,
    cmd: ["--auth", "password", "--bind-addr", "0.0.0.0:8080"],
  },
  state: ["/var/lib/code-server:/home/coder"],
  secrets: { file: new URL("./secrets.sops.yaml", import.meta.url), env: "services/code-server/env" },
  proxy: { websockets: true },
  monitor: { path: "/healthz" },
});

declare module "hearth" {
  interface Modules {
    "development/code-server": typeof codeServer.options;
  }
}

export default codeServer.module();

/** A TCP port free on `address` now, for a server a test starts right after. */
import { createServer } from "node:net";

export function freePort(address = "127.0.0.1"): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, address, () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/**
 * Copying to a host only the contents it lacks: one tar stream (files named by their sha256) over
 * the shared SSH connection, unpacked into a private incoming/ folder; only contents whose sha256
 * matches their name enter the store (remote-scripts.ts). A transfer cut off leaves nothing but an
 * incoming/ folder that later activations remove: the host's configuration is untouched.
 */
import type { Writable } from "node:stream";
import type { Blob } from "./generation.ts";

function octal(n: number, width: number): string {
  return `${n.toString(8).padStart(width - 1, "0")}\0`;
}

/** A ustar header for a regular file. */
function header(name: string, size: number, mtime: number): Buffer {
  const h = Buffer.alloc(512, 0);
  h.write(name, 0, 100, "utf8");
  h.write(octal(0o600, 8), 100);
  h.write(octal(0, 8), 108);
  h.write(octal(0, 8), 116);
  h.write(octal(size, 12), 124);
  h.write(octal(mtime, 12), 136);
  h.write("        ", 148); // checksum field counts as spaces
  h.write("0", 156);
  h.write("ustar\0", 257);
  h.write("00", 263);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
  return h;
}

const write = (out: Writable, data: Buffer) =>
  new Promise<void>((resolve, reject) => {
    if (out.destroyed) return reject(new Error("the connection closed"));
    if (out.write(data)) return resolve();
    const closed = () => {
      out.off("drain", drained);
      reject(new Error("the connection closed"));
    };
    const drained = () => {
      out.off("close", closed);
      resolve();
    };
    out.once("drain", drained);
    out.once("close", closed);
  });

export async function writeTar(out: Writable, blobs: readonly Blob[]): Promise<void> {
  const mtime = Math.floor(Date.now() / 1000);
  for (const b of blobs) {
    await write(out, header(b.sha256, b.content.length, mtime));
    for (let off = 0; off < b.content.length; off += 256 * 1024)
      await write(out, b.content.subarray(off, off + 256 * 1024));
    const pad = (512 - (b.content.length % 512)) % 512;
    if (pad) await write(out, Buffer.alloc(pad));
  }
  await write(out, Buffer.alloc(1024));
}

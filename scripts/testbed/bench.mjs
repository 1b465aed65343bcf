#!/usr/bin/env node
// Measures the testbed on this machine: image (cached or not), boot of 1/2/3 hosts until every
// host answers SSH with `running`, one SSH round trip, teardown. Numbers for docs/testbed.md.
// Run as root: node --import tsx scripts/testbed/bench.mjs [ROUNDS]
import { ensureImage, imageInfo } from "../../src/testbed/index.ts";
import { up } from "../../src/testbed/index.ts";

const rounds = Number(process.argv[2] ?? 3);
const seconds = async (f) => {
  const t = process.hrtime.bigint();
  const value = await f();
  return [Number(process.hrtime.bigint() - t) / 1e9, value];
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `median ${median(xs).toFixed(2)} s (${xs.map((x) => x.toFixed(2)).join(", ")})`;

const [imageSeconds, image] = await seconds(() => ensureImage());
console.log(
  `image: ${imageSeconds.toFixed(2)} s now; built once in ${imageInfo(image).buildSeconds.toFixed(1)} s`,
);
for (const count of [1, 2, 3]) {
  const boot = [];
  const ssh = [];
  const teardown = [];
  for (let i = 0; i < rounds; i++) {
    const [b, tb] = await seconds(() => up({ count, image, lab: "bench" }));
    const [s, r] = await seconds(() => tb.hosts[count - 1].ssh("true"));
    if (r.code !== 0) throw new Error(r.stderr);
    const [d] = await seconds(() => tb.down());
    boot.push(b);
    ssh.push(s);
    teardown.push(d);
  }
  console.log(`${count} host(s): up ${fmt(boot)}; ssh round trip ${fmt(ssh)}; down ${fmt(teardown)}`);
}

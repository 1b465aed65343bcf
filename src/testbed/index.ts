/**
 * Disposable Debian test hosts booted with systemd (systemd-nspawn), on a private bridge, over
 * SSH: the infrastructure of hearth's deploy tests and of `hearth test <host>`. See docs/testbed.md.
 */
export type { Testbed, TestHost } from "./handle.ts";
export { down, labs, type UpOptions, up, attach } from "./hosts.ts";
export { ensureImage, type ImageInfo, type ImageOptions, imageInfo, imageKey, pruneImages } from "./image.ts";
export type { RunOptions, RunResult } from "./run.ts";
export type { SshOptions } from "./ssh.ts";

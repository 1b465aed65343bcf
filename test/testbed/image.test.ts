// Test-host images: the build-once cache (locking, atomic rename) and the real cached images.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { buildOnce } from "../../src/testbed/cache.ts";
import { ensureImage, imageInfo, imageKey, pruneImages } from "../../src/testbed/image.ts";

const notRoot = process.getuid?.() !== 0;
const rootOnly = notRoot ? "needs root: building images uses debootstrap and chroot" : false;
const child = fileURLToPath(new URL("./fixtures/build-once-child.ts", import.meta.url));

function runChild(target: string, counter: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ["--import", "tsx", child, target, counter], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    p.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    p.on("error", reject);
    p.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`child exited with ${code}`))));
  });
}

describe("buildOnce", () => {
  test("two processes racing for the same target build it once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hearth-buildonce-"));
    try {
      const target = join(dir, "img");
      const counter = join(dir, "builds");
      const [a, b] = await Promise.all([runChild(target, counter), runChild(target, counter)]);
      assert.equal(a, target);
      assert.equal(b, target);
      assert.equal(readFileSync(counter, "utf8").trim().split("\n").length, 1);
      assert.match(readFileSync(join(target, "content"), "utf8"), /^built by \d+/);
      assert.deepEqual(readdirSync(dir).sort(), ["builds", "img", "img.lock"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a failed build leaves no target and no temp dir; leftovers of a crashed one are removed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hearth-buildonce-"));
    try {
      const target = join(dir, "img");
      await assert.rejects(
        buildOnce(target, async (tmp) => {
          mkdirSync(tmp);
          throw new Error("debootstrap broke");
        }),
        /debootstrap broke/,
      );
      assert.deepEqual(readdirSync(dir), ["img.lock"]);
      // A build killed midway (SIGKILL: no catch ran) leaves its temp dir; the next build removes it.
      mkdirSync(join(dir, "img.tmp-99999999"));
      await buildOnce(target, async (tmp) => void mkdirSync(tmp));
      assert.deepEqual(readdirSync(dir).sort(), ["img", "img.lock"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("imageKey", () => {
  test("depends on the package set, not on its order or duplicates", () => {
    assert.equal(imageKey(["jq", "curl"]), imageKey(["curl", "jq", "jq"]));
    assert.notEqual(imageKey([]), imageKey(["jq"]));
    assert.match(imageKey(), /^[0-9a-f]{16}$/);
    assert.throws(() => imageKey(["jq; rm -rf /"]), /not a Debian package name/);
  });
});

describe("pruneImages", () => {
  test("removes images of an older build script, keeps current ones and those in use", async () => {
    const cache = mkdtempSync(join(tmpdir(), "hearth-imagecache-"));
    try {
      const current = imageKey();
      const fake = (key: string, base: string | null) => {
        mkdirSync(join(cache, key, "root"), { recursive: true });
        const info = { key, packages: [], base, buildSeconds: 1, builtAt: "" };
        writeFileSync(join(cache, key, "image.json"), JSON.stringify(info));
        writeFileSync(join(cache, `${key}.lock`), "");
      };
      fake(current, null);
      fake("00000000000000a1", join(cache, current, "root")); // derived from the current base
      fake("00000000000000b0", null); // an older base…
      fake("00000000000000b1", join(cache, "00000000000000b0", "root")); // …and what was derived from it
      fake("00000000000000b2", join(cache, "00000000000000b0", "root")); // in use by a running lab
      mkdirSync(join(cache, "not-an-image"));
      const removed = await pruneImages([join(cache, "00000000000000b2", "root")], cache);
      assert.deepEqual(removed.sort(), [join(cache, "00000000000000b0"), join(cache, "00000000000000b1")]);
      assert.deepEqual(
        readdirSync(cache).sort(),
        [
          "00000000000000a1",
          "00000000000000a1.lock",
          "00000000000000b2",
          "00000000000000b2.lock",
          current,
          `${current}.lock`,
          "not-an-image",
        ].sort(),
      );
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

describe("ensureImage", { skip: rootOnly }, () => {
  test("the base image boots systemd, runs sshd, and carries no host identity", async () => {
    const root = await ensureImage();
    assert.equal(imageInfo(root).key, imageKey());
    assert.ok(existsSync(join(root, "lib/systemd/systemd")));
    assert.ok(existsSync(join(root, "usr/sbin/sshd")));
    assert.ok(existsSync(join(root, "etc/systemd/system/multi-user.target.wants/systemd-networkd.service")));
    assert.equal(readFileSync(join(root, "etc/machine-id"), "utf8"), "");
    assert.deepEqual(
      readdirSync(join(root, "etc/ssh")).filter((f) => f.startsWith("ssh_host_")),
      [],
    );
    assert.ok(!existsSync(join(root, "usr/sbin/policy-rc.d")));
    // cached: a second call returns the same directory without building
    const again = Date.now();
    assert.equal(await ensureImage(), root);
    assert.ok(Date.now() - again < 1000);
  });

  test("an image with extra packages is derived from the base and cached per package set", async () => {
    const base = await ensureImage();
    const root = await ensureImage({ packages: ["jq"] });
    assert.notEqual(root, base);
    assert.equal(await ensureImage({ packages: ["jq", "jq"] }), root);
    const info = imageInfo(root);
    assert.deepEqual(info.packages, ["jq"]);
    assert.equal(info.base, base);
    assert.ok(statSync(join(root, "usr/bin/jq")).mode & 0o111);
    assert.ok(!existsSync(join(base, "usr/bin/jq")), "the base image must not change");
    assert.ok(existsSync(join(root, "usr/sbin/sshd")));
    assert.equal(readFileSync(join(root, "etc/machine-id"), "utf8"), "");
    assert.ok(!existsSync(join(root, "usr/sbin/policy-rc.d")));
    assert.deepEqual(
      readdirSync(join(root, "var/lib/apt/lists")).filter((f) => f.endsWith("Packages")),
      [],
    );
  });

  test("a package that does not exist fails the build and caches nothing", async () => {
    const pkg = "hearth-no-such-package";
    await assert.rejects(
      ensureImage({ packages: [pkg] }),
      /building test-host image .* failed[\s\S]*Unable to locate/,
    );
    const cacheDir = join(await ensureImage(), "..", "..");
    assert.deepEqual(
      readdirSync(cacheDir).filter((e) => e.startsWith(imageKey([pkg])) && !e.endsWith(".lock")),
      [],
    );
  });
});

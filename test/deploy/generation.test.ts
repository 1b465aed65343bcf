/**
 * A deployable generation carries the agent and its hash covers it; a host rebuilds the hashed
 * listing from the manifest alone; the transfer's tar stream is one the system tar unpacks.
 */
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { hostGeneration } from "../../src/cli/host-generation.ts";
import { agentBundle } from "../../src/deploy/agent-bundle.ts";
import {
  agentFileName,
  expectedHash,
  generationBlobs,
  listedFiles,
  withAgent,
} from "../../src/deploy/generation.ts";
import { writeTar } from "../../src/deploy/transfer.ts";
import { sha256 } from "../../src/host/realise/manifest.ts";
import { Lab, loadLab } from "../../src/lab/index.ts";
import { fixtureLab } from "./helpers.ts";

const tmp = mkdtempSync(join(tmpdir(), "hearth-gen-deploy-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe("deployable generations", async () => {
  const lab = fixtureLab(); // a copy: loading a lab writes its cache beside it
  after(() => lab.remove());
  const g = hostGeneration(new Lab(lab.dir, await loadLab(lab.dir)), "alpha").generation!;

  test("the agent starts small: it bundles neither the module system nor the deployer", () => {
    // every Node start on a small host counts; an import of option declarations pulled in the
    // whole module system once
    const text = agentBundle().toString("utf8");
    for (const mark of ["evalModules", "did you mean", "esbuild"]) assert.ok(!text.includes(mark), mark);
    assert.ok(agentBundle().length < 400_000, `${agentBundle().length} bytes`);
  });

  test("carry the agent bundle, and the hash covers it", () => {
    const agent = g.files.find((f) => f.path === agentFileName)!;
    assert.ok(agent.content.equals(agentBundle()));
    assert.equal(agent.mode, "0755");
    const other = withAgent(g, Buffer.concat([agent.content, Buffer.from("\n// another agent\n")]));
    assert.notEqual(other.manifest.hash, g.manifest.hash);
  });

  test("a host rebuilds the hashed listing from the manifest and the files' sha256", () => {
    const agentSha = sha256(g.files.find((f) => f.path === agentFileName)!.content);
    const listed = listedFiles(g.manifest, agentSha);
    assert.deepEqual(
      listed.map((f) => f.path),
      g.files.map((f) => f.path),
    );
    assert.equal(expectedHash(g.manifest, listed), g.manifest.hash);
    const tampered = listed.map((f) => (f.path.startsWith("files/") ? { ...f, sha256: sha256("x") } : f));
    assert.notEqual(expectedHash(g.manifest, tampered), g.manifest.hash);
  });

  test("the transfer is a tar of contents named by their sha256", async () => {
    const { blobs } = generationBlobs(g);
    const dir = join(tmp, "untar");
    execFileSync("mkdir", ["-p", dir]);
    const tar = spawn("tar", ["-x", "-f", "-", "-C", dir], { stdio: ["pipe", "ignore", "inherit"] });
    const done = new Promise((resolve) => tar.on("close", resolve));
    await writeTar(tar.stdin, blobs);
    tar.stdin.end();
    assert.equal(await done, 0);
    assert.deepEqual(readdirSync(dir).sort(), blobs.map((b) => b.sha256).sort());
    for (const b of blobs) assert.equal(sha256(readFileSync(join(dir, b.sha256))), b.sha256);
  });
});

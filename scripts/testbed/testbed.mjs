#!/usr/bin/env node
// Test hosts from the command line, for humans and CI: a thin layer over src/testbed/.
// Run with: node --import tsx scripts/testbed/testbed.mjs <command>   (as root)
import { spawnSync } from "node:child_process";
import { attach, down, ensureImage, labs, pruneImages, up } from "../../src/testbed/index.ts";

const usage = `usage: node --import tsx scripts/testbed/testbed.mjs <command> [options]

  image [PKG...]                       build (once, cached) the image with PKGs; print its root
  prune                                remove cached images an edited build script made obsolete
  up [N] [--names a,b] [--packages p,q] boot N hosts (default 2) that stay up after this command
  status                               list test labs on this machine
  ssh NAME [CMD...]                    ssh to a host (a shell without CMD)
  exec NAME CMD...                     run CMD inside a host without ssh (nsenter)
  cut NAME | restore NAME              cut / restore a host's link to the bridge
  down                                 tear the lab down (hosts, netns, bridge, files)

  --lab L    which lab (default: cli); labs are independent, each has its own subnet
`;

// Options may come anywhere, except after the NAME of `ssh`/`exec`: from there on, the words are
// the remote command's own (so `ssh th1 ls -la` works).
function parse(argv) {
  const values = { lab: "cli" };
  const positionals = [];
  for (let i = 0; i < argv.length; i++) {
    const raw = ["ssh", "exec"].includes(positionals[0]) && positionals.length >= 2;
    const m = /^--(lab|names|packages|help)(?:=(.*))?$/.exec(argv[i]);
    if (raw || !m) positionals.push(argv[i]);
    else if (m[1] === "help") values.help = true;
    else values[m[1]] = m[2] ?? argv[++i];
  }
  return { values, positionals };
}
const { values, positionals } = parse(process.argv.slice(2));
const [command, ...rest] = positionals;
const list = (s) => (s ? s.split(",").filter(Boolean) : undefined);

async function main() {
  switch (command) {
    case "image":
      console.log(await ensureImage({ packages: rest }));
      return 0;
    case "up": {
      const names = list(values.names);
      const count = rest[0] ? Number(rest[0]) : (names?.length ?? 2);
      const started = Date.now();
      const tb = await up({ lab: values.lab, count, names, packages: list(values.packages), detached: true });
      console.log(`lab ${tb.lab} up in ${((Date.now() - started) / 1000).toFixed(1)} s (netns ${tb.netns})`);
      for (const h of tb.hosts) console.log(`  ${h.name.padEnd(12)} ${h.address}`);
      console.log(`ssh: ssh -F ${tb.sshConfigFile} ${tb.hosts[0].name}`);
      return 0;
    }
    case "prune": {
      const removed = await pruneImages(labs().map((l) => l.state.image));
      console.log(removed.length ? `removed:\n  ${removed.join("\n  ")}` : "nothing to prune");
      return 0;
    }
    case "status":
      for (const { state, running } of labs()) {
        const owner = state.owner ? `pid ${state.owner.pid}` : "detached";
        console.log(`${state.lab}  ${state.subnet}.0/24  ${owner}  running: ${running.join(" ") || "-"}`);
      }
      return 0;
    case "ssh": {
      const host = attach(values.lab).host(need(rest[0], "NAME"));
      const tty = rest.length === 1 && process.stdin.isTTY ? ["-t"] : [];
      const r = spawnSync("ssh", [...tty, ...host.sshArgs, host.destination, ...rest.slice(1)], {
        stdio: "inherit",
      });
      return r.status ?? 1;
    }
    case "exec": {
      const host = attach(values.lab).host(need(rest[0], "NAME"));
      const r = await host.exec(rest.slice(1));
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
      return r.code;
    }
    case "cut":
    case "restore": {
      const host = attach(values.lab).host(need(rest[0], "NAME"));
      await (command === "cut" ? host.cutLink() : host.restoreLink());
      return 0;
    }
    case "down":
      console.log((await down(values.lab)) ? `lab ${values.lab} is down` : `no lab ${values.lab}`);
      return 0;
    default:
      process.stderr.write(usage);
      return values.help ? 0 : 2;
  }
}

function need(value, what) {
  if (!value) throw new Error(`missing ${what}\n${usage}`);
  return value;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`testbed: ${e.message}`);
    process.exit(1);
  },
);

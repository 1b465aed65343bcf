import { parseArgs } from "node:util";
import { type Command, type Io, UserError } from "./command.ts";
import { commands } from "./commands.ts";

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
};

function help(io: Io): void {
  const width = Math.max(...commands.map((c) => c.name.length));
  io.out(
    `hearth: declarative homelab configuration\n\nUsage: hearth <command> [options]\n\n${commands
      .map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
      .join("\n")}\n\nRun \`hearth <command> --help\` for a command's options.\n`,
  );
}

/** Runs one hearth command line; returns the process exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    help(io);
    return name ? 0 : 1;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`hearth: unknown command '${name}'. Commands: ${commands.map((c) => c.name).join(", ")}\n`);
    return 1;
  }
  try {
    const parsed = parseArgs({
      args: rest,
      options: { help: { type: "boolean", short: "h" }, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help) {
      io.out(`Usage: ${command.usage}\n\n${command.summary}\n`);
      return 0;
    }
    return await command.run(parsed, io);
  } catch (e) {
    if (e instanceof UserError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`${(e as Error).message}\n`);
      return 1;
    }
    if (isUserFacing(e)) {
      io.err(`${(e as Error).message}\n`);
      return 1;
    }
    io.err(`hearth: internal error (a bug in hearth, please report it):\n${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

/** Errors from evaluating the user's configuration carry `userFacing`. */
function isUserFacing(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { userFacing?: boolean }).userFacing === true;
}

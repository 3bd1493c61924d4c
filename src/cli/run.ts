import { BaochiError } from "../errors.js";
import { type CliIO, UsageError, VERSION, write } from "./io.js";
import { parseCommand } from "./commands/parse.js";
import { schemaCommand } from "./commands/schema.js";
import { batchCommand } from "./commands/batch.js";
import { statsCommand } from "./commands/stats.js";

export const HELP = `baochi ${VERSION}: Vietnamese news articles → typed, validated data

Usage:
  baochi parse [FILE|-] [--pretty]        one article → one Article as JSON
  baochi schema                           the JSON Schema of Article
  baochi batch INPUT… [--jobs N] [--out FILE] [--format jsonl|csv] [--table NAME] [--keywords K]
                                          many articles → one JSON line (or CSV rows) per record, in order
  baochi stats INPUT… [--json]            counts per field over a corpus, as a table
  baochi --help | --version

Run "baochi COMMAND --help" for a command's options.
Exit codes: 0 ok, 1 some input could not be parsed, 2 usage error.
`;

type Command = (args: string[], io: CliIO) => Promise<number>;
const COMMANDS: Record<string, Command> = {
  parse: parseCommand,
  schema: schemaCommand,
  batch: batchCommand,
  stats: statsCommand,
};

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. Never throws. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (cmd === undefined || cmd === "--help" || cmd === "-h" || cmd === "help") {
      await write(io.stdout, HELP);
      return cmd === undefined ? 2 : 0;
    }
    if (cmd === "--version" || cmd === "-v") {
      await write(io.stdout, VERSION + "\n");
      return 0;
    }
    const command = COMMANDS[cmd];
    if (!command) throw new UsageError(`unknown command "${cmd}" (try baochi --help)`);
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      await write(io.stderr, `baochi: ${(e as Error).message}\n`);
      return 2;
    }
    if (e instanceof BaochiError) {
      await write(io.stderr, `baochi: ${e.code}: ${e.message}\n`);
      return 1;
    }
    await write(io.stderr, `baochi: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

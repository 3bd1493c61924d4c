// Test helpers for the CLI: in-memory streams for run(argv, io), and a build of the CLI for the
// tests that need the bundled CLI or its worker script.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { run } from "../../src/cli/run.js";
import type { CliIO } from "../../src/cli/io.js";

export const ROOT = join(import.meta.dirname, "..", "..");

/** A run of the CLI in this process: exit code, stdout, stderr. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A Writable that keeps what it is given. */
export function sink(opts: { isTTY?: boolean; highWaterMark?: number } = {}): Writable & { text(): string; isTTY?: boolean } {
  const chunks: Buffer[] = [];
  const w = new Writable({
    highWaterMark: opts.highWaterMark ?? 16384,
    write(chunk: Buffer, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  }) as Writable & { text(): string; isTTY?: boolean };
  w.text = () => Buffer.concat(chunks).toString("utf8");
  if (opts.isTTY) w.isTTY = true;
  return w;
}

/** Runs `baochi ARGV` in this process with `stdin` as standard input. */
export async function cli(argv: string[], stdin: string | Buffer = "", extra: Partial<CliIO> = {}): Promise<RunResult> {
  const stdout = sink();
  const stderr = sink();
  const code = await run(argv, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, ...extra });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/**
 * Builds the CLI (dist/cli.js and dist/worker.js, with the CLI entry of tsup.config.ts) into a
 * private folder of this test run and returns the path of its cli.js. Not dist/ itself: other
 * builds (npm run build in another terminal) clean dist/ and would pull it from under the tests.
 */
export async function buildCli(): Promise<string> {
  const { build } = await import("tsup");
  const configs = (await import("../../tsup.config.js")).default as unknown as Record<string, unknown>[];
  const cliConfig = configs.find((c) => typeof c.entry === "object" && c.entry !== null && "cli" in c.entry);
  if (!cliConfig) throw new Error("tsup.config.ts has no CLI entry");
  mkdirSync(join(ROOT, "node_modules", ".cache"), { recursive: true });
  const outDir = mkdtempSync(join(ROOT, "node_modules", ".cache", "baochi-cli-test-"));
  await build({ ...cliConfig, outDir, clean: false, silent: true, config: false } as Parameters<typeof build>[0]);
  return join(outDir, "cli.js");
}

/** Runs a built CLI as a process. */
export function spawnCli(cliJs: string, argv: string[], stdin = ""): RunResult {
  const r = spawnSync(process.execPath, [cliJs, ...argv], { input: stdin, encoding: "utf8", maxBuffer: 1 << 28 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** One JSONL line. */
export const jl = (o: unknown) => JSON.stringify(o) + "\n";

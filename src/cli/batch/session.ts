// One run over the inputs, shared by `baochi batch` and `baochi stats`: the optional first pass
// of --keywords, the worker pool, progress, Ctrl-C, and the counts for the summary.
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Writable } from "node:stream";
import { DocumentFrequencies } from "../../keywords/tfidf.js";
import { type CliIO, write } from "../io.js";
import { type Source, knownBytes, readTasks } from "./inputs.js";
import { type Counts, Progress } from "./progress.js";
import { createExecutor } from "./runner.js";
import type { TaskConfig, TaskOutput } from "./task.js";

/** What a session needs. */
export interface SessionOptions {
  sources: Source[];
  config: TaskConfig;
  jobs: number;
  io: CliIO;
  quiet: boolean;
  /** Takes each output in order; resolves false when the reader has gone (EPIPE): the run stops. */
  onOutput: (o: TaskOutput) => Promise<boolean>;
}

/** How a session ended. */
export interface SessionResult {
  counts: Counts;
  /** Failures by error code. */
  codes: Map<string, number>;
  /** Ctrl-C: the run stopped reading and wrote what was in flight. */
  interrupted: boolean;
  /** The output's reader went away (EPIPE). */
  closed: boolean;
  progress: Progress;
}

/** Runs the whole batch: pass 1 for --keywords when asked, then the records in order. */
export async function runSession(opts: SessionOptions): Promise<SessionResult> {
  const { io, sources } = opts;
  const interrupt = io.trapInterrupt?.();
  const stop = new AbortController();
  interrupt?.addEventListener("abort", () => stop.abort(), { once: true });
  const signal = stop.signal;
  const total = knownBytes(sources);
  const counts: Counts = { records: 0, failed: 0, bytes: 0 };
  const codes = new Map<string, number>();
  const progress = new Progress(io.stderr, !opts.quiet && io.stderr.isTTY === true, total);
  let config = opts.config;
  let spool: { dir: string; file: string } | undefined;
  let closed = false;
  try {
    if (config.keywords) {
      // pass 1: document frequencies over the whole batch (standard input is spooled to a temporary file to be read twice)
      if (sources.some((s) => s.kind === "stdin")) {
        const dir = await mkdtemp(join(tmpdir(), "baochi-"));
        spool = { dir, file: join(dir, "stdin.jsonl") };
      }
      const df = await frequencies(opts, signal, spool?.file);
      if (signal.aborted) return { counts, codes, interrupted: interrupt?.aborted ?? false, closed, progress };
      config = { ...config, keywords: { ...config.keywords, df: df.toJSON() } };
    }
    const exec = await createExecutor(config, opts.jobs, io.stderr);
    try {
      const tasks = readTasks(sources, { maxBytes: config.maxBytes, stdin: io.stdin, signal, stdinFile: spool?.file, onRecord: (b) => (counts.bytes += b) });
      for await (const o of exec.map(tasks)) {
        if (o.skip) continue;
        counts.records++;
        if (!o.ok) {
          counts.failed++;
          if (o.error) codes.set(o.error, (codes.get(o.error) ?? 0) + 1);
        }
        if (!(await opts.onOutput(o))) {
          closed = true;
          break;
        }
        progress.update(counts);
      }
    } finally {
      stop.abort(); // stops a read that is still pending (standard input)
      await exec.close();
    }
  } finally {
    if (spool) await rm(spool.dir, { recursive: true, force: true });
  }
  progress.clear();
  return { counts, codes, interrupted: interrupt?.aborted ?? false, closed, progress };
}

async function frequencies(opts: SessionOptions, signal: AbortSignal, spoolFile: string | undefined): Promise<DocumentFrequencies> {
  const df = new DocumentFrequencies();
  let spool: Writable | undefined;
  if (spoolFile) spool = createWriteStream(spoolFile);
  const exec = await createExecutor({ ...opts.config, mode: "terms" }, opts.jobs, opts.io.stderr);
  try {
    const tee = spool ? async (chunk: Buffer) => void (await write(spool!, chunk)) : undefined;
    for await (const o of exec.map(readTasks(opts.sources, { maxBytes: opts.config.maxBytes, stdin: opts.io.stdin, signal, tee }))) {
      if (o.ok && o.terms) df.add(o.terms);
    }
  } finally {
    await exec.close();
    if (spool) await new Promise<void>((r) => spool!.end(r));
  }
  df.prune();
  return df;
}

/** The summary's tail: failures by code, and how the run ended. */
export function summaryNote(r: SessionResult): string {
  const parts: string[] = [];
  if (r.codes.size) parts.push(`failed: ${[...r.codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(", ")}`);
  if (r.interrupted) parts.push("interrupted: the output holds complete lines only");
  return parts.length ? ` — ${parts.join("; ")}` : "";
}

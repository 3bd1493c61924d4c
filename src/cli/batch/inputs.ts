// INPUT arguments → sources → tasks. Sources are listed up front (paths and sizes only, so a
// missing file is a usage error before any output, and the progress bar knows the total);
// contents are read one record at a time, as the worker pool makes room.
import { createReadStream } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { Readable } from "node:stream";
import { LineSplitter, copyBytes } from "../../batch/jsonl.js";
import { errorResult } from "../../batch/record.js";
import { UsageError } from "../io.js";
import { expandGlob, isGlob } from "./glob.js";
import type { Task } from "./task.js";

/** Where records come from: a JSONL file, standard input (JSONL), or one article per text file. */
export type Source =
  | { kind: "jsonl"; path: string; size: number }
  | { kind: "stdin" }
  | { kind: "text"; path: string; id: string; size: number };

const JSONL = /\.(jsonl|ndjson)$/i;

/**
 * Lists the sources of INPUT arguments: `-` (JSONL on stdin), a `.jsonl` file, a text file (id: the
 * path as written), a folder (its `.txt`, `.html` and `.htm` files, recursively, sorted; id: the path
 * inside the folder),
 * or a glob (each match as a file; id: the matched path, as the shell would write it).
 * @throws UsageError when an input does not exist or a glob matches nothing
 */
export async function listSources(inputs: string[]): Promise<Source[]> {
  const out: Source[] = [];
  for (const input of inputs) {
    if (input === "-") {
      if (out.some((s) => s.kind === "stdin")) throw new UsageError('"-" (standard input) can be given only once');
      out.push({ kind: "stdin" });
      continue;
    }
    const st = await stat(input).catch(() => null);
    if (st?.isDirectory()) {
      const files = await walkArticles(input);
      for (const f of files) out.push({ kind: "text", path: f.path, id: f.id, size: f.size });
    } else if (st) out.push(fileSource(input, input, st.size));
    else if (isGlob(input)) {
      const matches = await expandGlob(input);
      if (matches.length === 0) throw new UsageError(`no files match ${input}`);
      for (const m of matches) out.push(fileSource(m, m, (await stat(m)).size));
    } else throw new UsageError(`no such file or folder: ${input}`);
  }
  return out;
}

function fileSource(path: string, id: string, size: number): Source {
  return JSONL.test(path) ? { kind: "jsonl", path, size } : { kind: "text", path, id: id.split(sep).join("/"), size };
}

// the files of a folder that hold one article each: plain text, or a saved page (read as HTML by its start)
const ARTICLE_FILE = /\.(?:txt|html?)$/i;

async function walkArticles(root: string): Promise<{ path: string; id: string; size: number }[]> {
  const files: { path: string; id: string; size: number }[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      if (e.name.startsWith(".")) continue; // hidden folders and files
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else if (ARTICLE_FILE.test(e.name) && (e.isFile() || e.isSymbolicLink())) {
        const st = await stat(path).catch(() => null);
        if (st?.isFile()) files.push({ path, id: relative(root, path).split(sep).join("/"), size: st.size });
      }
    }
  };
  await walk(root);
  // a stable order on every machine: by id, code unit by code unit
  return files.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** How records are read. */
export interface ReadOptions {
  maxBytes: number;
  stdin: Readable;
  signal?: AbortSignal;
  /** Called with the bytes of each record as it is read (for progress). */
  onRecord?: (bytes: number) => void;
  /** Reads standard input's JSONL from this file instead (pass 2 of --keywords re-reads a spooled copy). */
  stdinFile?: string;
  /** Receives every chunk of standard input (pass 1 of --keywords spools it). */
  tee?: (chunk: Buffer) => Promise<void>;
}

/** The tasks of all sources, in order, one record at a time. */
export async function* readTasks(sources: Source[], opts: ReadOptions): AsyncGenerator<Task> {
  for (const s of sources) {
    if (opts.signal?.aborted) return;
    if (s.kind === "text") {
      opts.onRecord?.(s.size);
      if (s.size > opts.maxBytes) {
        yield { kind: "result", result: errorResult(s.id, "too-large", `the file is ${s.size} bytes, over --max-bytes ${opts.maxBytes}`) };
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = await readFile(s.path, { signal: opts.signal });
      } catch (e) {
        if (opts.signal?.aborted) return;
        yield { kind: "result", result: errorResult(s.id, "invalid-input", `cannot read ${s.path}: ${(e as Error).message}`) };
        continue;
      }
      // a buffer of its own (a small Buffer may be a slice of Node's shared pool, which a worker message would copy whole)
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      yield { kind: "record", record: { id: s.id, text: own ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : copyBytes(bytes) } };
      continue;
    }
    const name = s.kind === "stdin" ? "stdin" : s.path;
    const stream: Readable =
      s.kind === "jsonl"
        ? createReadStream(s.path, { highWaterMark: 1 << 20 })
        : opts.stdinFile
          ? createReadStream(opts.stdinFile, { highWaterMark: 1 << 20 })
          : opts.stdin;
    yield* jsonlTasks(stream, name, opts, s.kind === "stdin" && !opts.stdinFile ? opts.tee : undefined);
  }
}

async function* jsonlTasks(stream: Readable, source: string, opts: ReadOptions, tee?: (chunk: Buffer) => Promise<void>): AsyncGenerator<Task> {
  const splitter = new LineSplitter(opts.maxBytes);
  const onAbort = () => stream.destroy();
  opts.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    for await (const chunk of stream) {
      if (opts.signal?.aborted) return;
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      if (tee) await tee(buf);
      for (const line of splitter.push(buf)) yield lineTask(line, source, opts);
    }
    for (const line of splitter.end()) yield lineTask(line, source, opts);
  } catch (e) {
    if (opts.signal?.aborted) return;
    throw e;
  } finally {
    opts.signal?.removeEventListener("abort", onAbort);
    if (stream !== opts.stdin) stream.destroy();
  }
}

function lineTask(line: ReturnType<LineSplitter["push"]> extends Generator<infer L> ? L : never, source: string, opts: ReadOptions): Task {
  opts.onRecord?.(line.size + 1);
  // copy the line out of its chunk: structured clone would copy the whole chunk's buffer otherwise
  return { kind: "line", line: { ...line, bytes: copyBytes(line.bytes) }, source };
}

/** The total size of the sources, or null when standard input is one of them (size unknown). */
export function knownBytes(sources: Source[]): number | null {
  let n = 0;
  for (const s of sources) {
    if (s.kind === "stdin") return null;
    n += s.size;
  }
  return n;
}

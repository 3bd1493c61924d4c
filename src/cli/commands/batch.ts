import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";
import { type CliIO, UsageError, write } from "../io.js";
import { knownBytes, listSources } from "../batch/inputs.js";
import { bytesOption, choiceOption, countOption, fieldsOption, inputFormatOption, jobsOption } from "../batch/options.js";
import { runSession, summaryNote } from "../batch/session.js";
import { TABLE_NAMES, tableColumns, tableField } from "../batch/tables.js";
import { CSV, type TaskConfig } from "../batch/task.js";

export const BATCH_HELP = `baochi batch INPUT… [options]

Parses many articles; writes one line per input record, in input order:
  {"id": "...", "article": {...}}   or   {"id": "...", "error": {"code": "...", "message": "..."}}

INPUT is any mix of:
  FILE.txt        one article per file (plain text, or HTML: FILE.html); id: the path as written
  FOLDER          every .txt, .html and .htm file inside, recursively, sorted;
                  id: the path relative to FOLDER
  'GLOB'          files matching * ? [ab] {a,b} **; id: the matched path (as the shell writes it)
  FILE.jsonl      one {"id", "text"} per line ({"id", "html"} for a page); a line without id
                  gets the id FILE:LINE
  -               JSONL on standard input (ids stdin:LINE when missing)

Options:
  -o, --out FILE        write to FILE instead of standard output
  --format jsonl|csv    jsonl (default), or csv (the default with --table or an --out ending in .csv)
  --table NAME          flat rows, one per item: articles, figures, people (one per position),
                        documents, locations, quotes or dates; columns: id, start, end, text, the
                        fields, sentence, error_code, error_message (a failed record: one row
                        with its error). CSV is RFC 4180, UTF-8, with a header row.
  --no-header           CSV without the header row (to concatenate shards)
  --bom                 start CSV with a UTF-8 byte-order mark (for Excel)
  -j, --jobs N          worker threads (default: the number of cores, or 1 for files under 1 MB
                        in all); 1 runs in the main thread
  --keep-meta           keep a JSONL line's other fields as "meta"
  --max-bytes N         records larger than N bytes fail with "too-large" (default 10M; 500k, 2M …)
  --keywords K          add each article's K best terms by TF-IDF over the whole batch
                        (reads the input twice; standard input is spooled to a temporary file)
  --terms ngrams|vntk   keyword terms: syllable n-grams (default) or vntk words (npm i vntk)
  --fields LIST         read only these Article fields, comma-separated: dates, documents,
                        figures, locations, organizations, people, quotes; only the extractors
                        they need run (faster), each is as a full parse gives it, the others are
                        empty and a warning "fields-not-read" says so. A --table of one field
                        reads only its own field by itself
  --no-language         skip language detection (faster)
  --input-format F      auto (default: HTML when a record starts as HTML does, with the warning
                        "read-as-html"), text, or html (article.text is then the page's text)
  -q, --quiet           no progress bar, no summary
  -h, --help            this help

Progress goes to stderr only when it is a terminal; a one-line summary ends every run.
Exit codes: 0 every record parsed, 1 some failed (they are error lines in place), 2 usage error,
130 interrupted (Ctrl-C: the output holds complete lines only).
`;

const OPTIONS = {
  out: { type: "string", short: "o" },
  format: { type: "string" },
  table: { type: "string" },
  "no-header": { type: "boolean" },
  bom: { type: "boolean" },
  jobs: { type: "string", short: "j" },
  "keep-meta": { type: "boolean" },
  "max-bytes": { type: "string" },
  keywords: { type: "string" },
  terms: { type: "string" },
  fields: { type: "string" },
  "no-language": { type: "boolean" },
  "input-format": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
} as const;

/** `baochi batch`: see BATCH_HELP. */
export async function batchCommand(args: string[], io: CliIO): Promise<number> {
  const { values: v, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  if (v.help) {
    await write(io.stdout, BATCH_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("batch needs at least one INPUT (a file, a folder, a glob, or - for JSONL on standard input)");
  const table = choiceOption("--table", v.table, TABLE_NAMES);
  const format = choiceOption("--format", v.format, ["jsonl", "csv"] as const) ?? (table || /\.csv$/i.test(v.out ?? "") ? "csv" : "jsonl");
  if ((v["no-header"] || v.bom) && format !== "csv") throw new UsageError("--no-header and --bom are for --format csv");
  const keywords = v.keywords === undefined ? undefined : countOption("--keywords", v.keywords, 10, 100);
  const terms = choiceOption("--terms", v.terms, ["ngrams", "vntk"] as const);
  if (terms && keywords === undefined) throw new UsageError("--terms goes with --keywords K");
  const mode = format === "csv" || table ? "table" : "jsonl";
  // a table of one field: only its extractors run, and no language check (no such column)
  const field = mode === "table" ? tableField(table ?? "articles") : null;
  const asked = fieldsOption(v.fields);
  if (asked && field !== null) throw new UsageError(`--fields goes with JSONL output or the articles table: --table ${table} reads its own field`);
  const fields = field !== null ? [field] : asked;
  const inputFormat = inputFormatOption(v["input-format"]);
  const config: TaskConfig = {
    mode,
    format,
    table: table ?? "articles",
    keepMeta: v["keep-meta"] === true,
    maxBytes: bytesOption(v["max-bytes"]),
    parse: { detectLanguage: !v["no-language"] && field === null, ...(fields ? { fields } : {}), ...(inputFormat ? { inputFormat } : {}) },
    keywords: keywords === undefined ? undefined : { k: keywords, words: terms ?? "ngrams" },
  };
  jobsOption(v.jobs); // a bad --jobs is a usage error before the inputs are listed
  const sources = await listSources(positionals);
  const jobs = jobsOption(v.jobs, knownBytes(sources));
  const out = v.out ? await openOut(v.out) : io.stdout;
  const ignore = () => {}; // EPIPE and the like: write() reports them, the run stops quietly
  out.on("error", ignore);
  try {
    let head = "";
    if (format === "csv" && !v["no-header"]) head = stringify([tableColumns(config.table!, config.keepMeta)], CSV);
    if (v.bom) head = "\uFEFF" + head;
    if (head && !(await write(out, head))) return 0;
    const r = await runSession({ sources, config, jobs, io, quiet: v.quiet === true, onOutput: (o) => (o.text ? write(out, o.text) : Promise.resolve(true)) });
    if (out !== io.stdout) await new Promise<void>((res) => out.end(res));
    if (r.closed) return r.counts.failed ? 1 : 0; // the reader went away (| head): no summary, no noise
    if (!v.quiet) await write(io.stderr, r.progress.summary(r.counts, summaryNote(r)));
    return r.interrupted ? 130 : r.counts.failed ? 1 : 0;
  } finally {
    out.off("error", ignore);
  }
}

/** Opens --out; a path that cannot be written is a usage error, before any work. */
async function openOut(path: string): Promise<Writable> {
  const stream = createWriteStream(path, { highWaterMark: 1 << 20 });
  await new Promise<void>((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", (e) => reject(new UsageError(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? e.message}`)));
  });
  return stream;
}

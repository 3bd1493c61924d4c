// The unit of work of `baochi batch` and `baochi stats`: one record in, its output out. The same
// function runs in worker threads (--jobs N) and in the main thread (--jobs 1), so both give the
// same bytes. A task carries bytes, not parsed JSON, so that decoding and JSON.parse also happen
// in the workers and the main thread only splits lines and writes.
import { stringify } from "csv-stringify/sync";
import type { ParseOptions } from "../../options.js";
import { type ArticleRecord, type ArticleResult, htmlOptionsOf, parseRecord, precheck } from "../../batch/record.js";
import { articleTextOf } from "../../parse.js";
import { type Line, isResult, recordFromLine } from "../../batch/jsonl.js";
import { documentTerms, type WordTokenizer } from "../../keywords/terms.js";
import { DocumentFrequencies, topTerms } from "../../keywords/tfidf.js";
import { loadVntk } from "../../pipeline/vntk.js";
import { type TableName, tableColumns, tableRows } from "./tables.js";
import { type ArticleFacts, articleFacts } from "./facts.js";

/** One record to process: a JSONL line, a whole text file, or a result known already (an error). */
export type Task =
  | { kind: "line"; line: Line; source: string }
  | { kind: "record"; record: ArticleRecord }
  | { kind: "result"; result: ArticleResult };

/** What one task gives: output text (in jsonl/table modes), the terms (terms mode) or facts (stats mode). */
export interface TaskOutput {
  ok: boolean;
  /** A blank JSONL line: no record, no output. */
  skip?: boolean;
  /** The error code when the record failed. */
  error?: string;
  text?: string;
  terms?: string[];
  facts?: ArticleFacts;
}

/** How every task of a run is processed; plain data, so it can go to worker threads as workerData. */
export interface TaskConfig {
  mode: "jsonl" | "table" | "stats" | "terms";
  format?: "jsonl" | "csv";
  table?: TableName;
  keepMeta?: boolean;
  maxBytes: number;
  /** `fields`: only these Article fields are read (--fields, or a table of one field) */
  parse?: Pick<ParseOptions, "detectLanguage" | "fields" | "inputFormat">;
  /** --keywords K: the count, the batch's document frequencies and the word source. */
  keywords?: { k: number; df?: { docs: number; counts: [string, number][] }; words: "ngrams" | "vntk" };
}

/** A TaskConfig made ready: frequencies rebuilt, the word tokenizer loaded. */
export interface TaskContext {
  config: TaskConfig;
  df?: DocumentFrequencies;
  words?: WordTokenizer;
}

/** Builds the context once per thread (vntk is loaded here, lazily, only when asked for). */
export async function createContext(config: TaskConfig, loadWords: () => Promise<WordTokenizer> = vntkTokenizer): Promise<TaskContext> {
  const kw = config.keywords;
  return {
    config,
    df: kw?.df ? DocumentFrequencies.from(kw.df) : undefined,
    words: kw?.words === "vntk" ? await loadWords() : undefined,
  };
}

/** Processes one task; never throws (a failure is an error result). */
export function runTask(task: Task, ctx: TaskContext): TaskOutput {
  const { config } = ctx;
  let result: ArticleResult;
  if (task.kind === "result") result = task.result;
  else {
    const rec = task.kind === "line" ? recordFromLine(task.line, { source: task.source, keepMeta: config.keepMeta, maxBytes: config.maxBytes }) : task.record;
    if (rec === null) return { ok: true, skip: true }; // a blank line is no record
    if (config.mode === "terms") return termsOf(rec, ctx);
    result = isResult(rec) ? rec : parseRecord(rec, config.parse, config.maxBytes);
  }
  const ok = "article" in result;
  const error = "error" in result ? result.error.code : undefined;
  if ("article" in result && config.keywords && ctx.df) {
    result.article.keywords = topTerms(documentTerms(result.article.text, ctx.words), ctx.df, config.keywords.k);
  }
  switch (config.mode) {
    case "stats":
      return { ok, error, facts: articleFacts(result) };
    case "table": {
      const rows = tableRows(config.table ?? "articles", result, config.keepMeta);
      if (config.format === "csv") return { ok, error, text: rows.length ? stringify(rows, CSV) : "" };
      const cols = tableColumns(config.table ?? "articles", config.keepMeta);
      return { ok, error, text: rows.map((r) => JSON.stringify(Object.fromEntries(cols.map((c, i) => [c, r[i]]))) + "\n").join("") };
    }
    default:
      return { ok, error, text: JSON.stringify(result) + "\n" };
  }
}

/** RFC 4180: CRLF between records; a field with a comma, quote or line break is quoted, quotes doubled. */
export const CSV = { record_delimiter: "windows", cast: { boolean: (b: boolean) => (b ? "true" : "false") } } as const;

/**
 * Pass 1 of --keywords: the distinct terms of the text the record's Article will hold (for an HTML
 * page, the text read from it, as pass 2 counts them), without parsing the article.
 */
function termsOf(rec: ArticleRecord | ArticleResult, ctx: TaskContext): TaskOutput {
  // a record that will fail is no document of the batch
  if (isResult(rec) || precheck(rec.text, ctx.config.maxBytes)) return { ok: false, terms: [] };
  let text: string;
  try {
    const parse = ctx.config.parse ?? {};
    text = articleTextOf(rec.text, rec.html ? htmlOptionsOf(parse) : parse);
  } catch {
    return { ok: false, terms: [] };
  }
  return { ok: true, terms: [...documentTerms(text, ctx.words).keys()] };
}

/**
 * vntk's word tokenizer for keyword terms, through baochi's vntk adapter (loaded once, sped up).
 * Tagged a clause at a time: vntk's cost grows faster than linearly with the length of what it gets.
 */
export async function vntkTokenizer(importer?: () => Promise<unknown>): Promise<WordTokenizer> {
  const { wordTokenizer } = await loadVntk(importer);
  return function* (text) {
    for (const clause of text.split(/[.!?;:\n]+/)) if (clause.trim()) yield* wordTokenizer.tag(clause);
  };
}

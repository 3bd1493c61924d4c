// baochi/node: the Node.js stream for stream.pipeline. Kept out of the main entry, whose import
// graph has no Node built-ins (it also runs in browsers).
import { Transform } from "node:stream";
import { ParseOptions } from "./options.js";
import { BaochiError } from "./errors.js";
import { type ArticleInput, type ArticleResult, DEFAULT_MAX_BYTES, parseRecord, toRecord } from "./batch/record.js";
import { LineSplitter, isResult, recordFromLine } from "./batch/jsonl.js";

export type { ArticleInput, ArticleResult };

/** Options of `createParseStream`: every `ParseOptions` field, plus the stream's shape. */
export type ParseStreamOptions = ParseOptions & {
  /**
   * "objects" (default): writes articles (strings, bytes, `{ id, text }` or `{ id, html }`), reads
   * `{ id, article }` / `{ id, error }` objects. "jsonl": writes JSONL bytes (`{"id", "text"}` or
   * `{"id", "html"}` per line), reads JSONL text, one line per record, exactly as `baochi batch -`
   * prints it.
   */
  format?: "objects" | "jsonl";
  /** Largest record in bytes (default 10 000 000); a larger one gives the error "too-large". */
  maxBytes?: number;
  /** JSONL: the name in ids of lines without an id, `<source>:<line>` (default "stdin"). */
  source?: string;
  /** JSONL: keep a line's other fields as `meta` (default false). */
  keepMeta?: boolean;
};

/**
 * A Transform stream that parses articles, one result per record, in order, with Node's own
 * back-pressure (it parses one record per chunk it is given, so nothing piles up).
 *
 * @throws BaochiError "invalid-options" for bad options (when the stream is made)
 *
 * @example
 * import { pipeline } from "node:stream/promises";
 * import { createReadStream, createWriteStream } from "node:fs";
 * import { createParseStream } from "baochi/node";
 * // bao.jsonl: {"id": "lb", "text": "Đảng ủy xã Long Bình …"} per line
 * await pipeline(createReadStream("bao.jsonl"), createParseStream({ format: "jsonl" }), createWriteStream("out.jsonl"));
 *
 * @example
 * const s = createParseStream();            // object mode
 * s.write({ id: "lb", text: "Sáng 23/12, …" });
 * s.read();                                 // { id: "lb", article: { … } }
 */
export function createParseStream(options: ParseStreamOptions = {}): Transform {
  const { format = "objects", maxBytes = DEFAULT_MAX_BYTES, source = "stdin", keepMeta = false, ...parseOptions } = options;
  if (format !== "objects" && format !== "jsonl") throw new BaochiError("invalid-options", `invalid option format: "objects" or "jsonl", not ${JSON.stringify(format)}`);
  if (!(typeof maxBytes === "number" && maxBytes > 0)) throw new BaochiError("invalid-options", "invalid option maxBytes: a positive number of bytes");
  const checked = ParseOptions.safeParse(parseOptions);
  if (!checked.success) {
    const first = checked.error.issues[0];
    throw new BaochiError("invalid-options", `invalid option ${first?.path.join(".") ?? ""}: ${first?.message ?? "invalid"}`);
  }
  if (format === "objects") {
    let index = 0;
    return new Transform({
      objectMode: true,
      transform(chunk: ArticleInput, _enc, done) {
        const rec = toRecord(chunk, index++);
        done(null, "text" in rec ? parseRecord(rec, parseOptions, maxBytes) : rec);
      },
    });
  }
  const splitter = new LineSplitter(maxBytes);
  const encoder = new TextEncoder();
  const lineOut = (line: Parameters<typeof recordFromLine>[0]): string => {
    const rec = recordFromLine(line, { source, keepMeta, maxBytes });
    if (rec === null) return "";
    return JSON.stringify(isResult(rec) ? rec : parseRecord(rec, parseOptions, maxBytes)) + "\n";
  };
  return new Transform({
    writableObjectMode: false,
    readableObjectMode: false,
    transform(chunk: Uint8Array | string, _enc, done) {
      const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
      let out = "";
      for (const line of splitter.push(bytes)) out += lineOut(line);
      done(null, out || undefined);
    },
    flush(done) {
      let out = "";
      for (const line of splitter.end()) out += lineOut(line);
      done(null, out || undefined);
    },
  });
}

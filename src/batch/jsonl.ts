// JSONL input: bytes → lines → records. No Node built-ins, so the core stays browser-safe.
// {"id": "a1", "text": "Sáng 23/12, UBND tỉnh Tiền Giang …", "url": "…"}   ← one record per line
import { type ArticleRecord, type ArticleResult, errorResult } from "./record.js";

/** One line of a JSONL input (without its "\n" or "\r\n"). */
export interface Line {
  /** The line's bytes; empty when the line was over the limit (`truncated`). */
  bytes: Uint8Array;
  /** 1-based line number in its source. */
  lineNo: number;
  /** The line's full size in bytes, even when truncated. */
  size: number;
  /** True when the line was longer than the splitter's limit; its bytes were dropped, not kept. */
  truncated: boolean;
}

/**
 * Splits a byte stream into lines without ever holding more than `maxBytes` of one line: a longer
 * line is counted and dropped, and comes out as `truncated` (so one huge line cannot exhaust memory).
 */
export class LineSplitter {
  private parts: Uint8Array[] = [];
  private pending = 0;
  private lineNo = 0;
  private dropped = false;

  constructor(private readonly maxBytes = Infinity) {}

  /** The complete lines that `chunk` ends. */
  *push(chunk: Uint8Array): Generator<Line> {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      yield this.take(chunk.subarray(from, nl));
      from = nl + 1;
    }
    if (from < chunk.length) this.keep(chunk.subarray(from));
  }

  /** The last line, when the input does not end with a newline. */
  *end(): Generator<Line> {
    if (this.pending > 0) yield this.take(new Uint8Array(0));
  }

  private keep(piece: Uint8Array): void {
    this.pending += piece.length;
    if (this.dropped) return;
    if (this.pending > this.maxBytes + 1) {
      this.parts = []; // over the limit: count the rest of the line, keep none of it
      this.dropped = true;
    } else this.parts.push(copyBytes(piece));
  }

  private take(last: Uint8Array): Line {
    this.lineNo++;
    const endsInCR = last.length > 0 && last[last.length - 1] === 0x0d;
    let size = this.pending + last.length - (endsInCR ? 1 : 0);
    let bytes: Uint8Array = new Uint8Array(0);
    if (!this.dropped && size <= this.maxBytes) {
      if (this.parts.length === 0) bytes = last;
      else {
        bytes = new Uint8Array(this.pending + last.length);
        let at = 0;
        for (const p of this.parts) (bytes.set(p, at), (at += p.length));
        bytes.set(last, at);
      }
      if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
      size = bytes.length;
    }
    const truncated = size > this.maxBytes;
    this.parts = [];
    this.pending = 0;
    this.dropped = false;
    return { bytes, lineNo: this.lineNo, size, truncated };
  }
}

/** How a JSONL line becomes a record. */
export interface LineOptions {
  /** The source's name, for ids of records without one: `<source>:<line>`. */
  source: string;
  /** Keep the line's other fields (not id, not text) as `meta` (default false). */
  keepMeta?: boolean;
  /** Largest line in bytes (default: no limit). */
  maxBytes?: number;
}

let decoder: InstanceType<typeof TextDecoder> | undefined;

/**
 * Reads one JSONL line as a record `{ id, text, meta? }`; a line that cannot be one becomes an error
 * result in its place ("too-large", "invalid-utf8", "invalid-json", "invalid-input"); a blank line is
 * no record (null). A missing id becomes `<source>:<line>`; a numeric id becomes a string.
 *
 * @example
 * recordFromLine(line, { source: "bao.jsonl" }); // { id: "a1", text: "Sáng 23/12, …" }
 */
export function recordFromLine(line: Line, opts: LineOptions): ArticleRecord | ArticleResult | null {
  const where = `${opts.source}:${line.lineNo}`;
  const max = opts.maxBytes ?? Infinity;
  if (line.truncated || line.size > max) return errorResult(where, "too-large", `line ${line.lineNo} is ${line.size} bytes, over --max-bytes ${max}`);
  decoder ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  let s: string;
  try {
    s = decoder.decode(line.bytes);
  } catch {
    return errorResult(where, "invalid-utf8", `line ${line.lineNo} is not valid UTF-8 (binary data, or a legacy encoding such as TCVN3)`);
  }
  if (s.trim() === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(s);
  } catch (e) {
    return errorResult(where, "invalid-json", `line ${line.lineNo} is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return errorResult(where, "invalid-json", `line ${line.lineNo} is not a JSON object {"id", "text"}`);
  }
  const { id: rawId, text: textField, ...rest } = value as Record<string, unknown>;
  // {"id", "html"}: an HTML page, when the line has no "text" (a line with both is read by its text,
  // and its "html" is one of its other fields)
  const html = textField === undefined && "html" in rest;
  const text = html ? rest.html : textField;
  if (html) delete rest.html; // `rest` is this line's own copy
  const meta = opts.keepMeta ? rest : undefined;
  let id = where;
  if (typeof rawId === "string" || typeof rawId === "number") id = String(rawId);
  else if (rawId !== undefined && rawId !== null) return errorResult(where, "invalid-input", `line ${line.lineNo}: "id" must be a string or a number`, meta);
  if (typeof text !== "string") {
    const field = html ? '"html"' : '"text" (or "html" for a page)';
    return errorResult(id, "invalid-input", `line ${line.lineNo}: ${field} must be a string, got ${text === null ? "null" : text === undefined ? "nothing" : typeof text}`, meta);
  }
  const record: ArticleRecord = meta ? { id, text, meta } : { id, text };
  if (html) record.html = true;
  return record;
}

/** True for an error result, false for a record ready to parse. */
export function isResult(r: ArticleRecord | ArticleResult): r is ArticleResult {
  return "error" in r || "article" in r;
}

/** A copy of `bytes` in a buffer of its own (a Node Buffer's `slice` would share memory instead). */
export function copyBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}

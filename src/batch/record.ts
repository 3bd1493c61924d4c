// One record of a batch → one result: `{ id, article }` or `{ id, error }`, never a throw.
// Shared by parseArticles (in-process), the Node stream, and the CLI's worker threads.
import { parseArticle } from "../parse.js";
import { isBytes } from "../pipeline/decode.js";
import { BaochiError, type BaochiErrorCode } from "../errors.js";
import type { Article } from "../schema/article.js";
import type { ParseOptions } from "../options.js";

/**
 * One input of a batch: an id, the article text (a string or UTF-8 bytes), and fields kept as `meta`.
 * `html`: the text is an HTML page (the record came as `{ id, html }`), read with `inputFormat: "html"`.
 */
export interface ArticleRecord {
  id: string;
  text: string | Uint8Array;
  meta?: Record<string, unknown>;
  html?: true;
}

/** Why a record could not be parsed: a stable `code` (see `BaochiErrorCode`) and a one-line message. */
export interface RecordError {
  code: BaochiErrorCode;
  message: string;
}

/** What a batch gives for each input, in input order: the Article, or the error in its place. */
export type ArticleResult =
  | { id: string; meta?: Record<string, unknown>; article: Article }
  | { id: string; meta?: Record<string, unknown>; error: RecordError };

/** The default largest record of a batch, in bytes of UTF-8 (10 MB; a long news article is ~50 kB). */
export const DEFAULT_MAX_BYTES = 10_000_000;

/** An error result for `id` (with `meta` when there is some). */
export function errorResult(id: string, code: BaochiErrorCode, message: string, meta?: Record<string, unknown>): ArticleResult {
  return meta ? { id, meta, error: { code, message } } : { id, error: { code, message } };
}

/** The number of bytes `s` takes in UTF-8, without encoding it. */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && !(c >= 0xd800 && c <= 0xdfff) ? 2 : 1;
  }
  return n; // a surrogate pair counts 2 + 1 + 1 = 4 bytes
}

/**
 * Parses one record; every failure becomes an error result in its place:
 * "too-large" (over `maxBytes`), "invalid-utf8", "empty-text", "invalid-input" (not text, or binary
 * data with NUL characters), or the code `parseArticle` threw; anything unexpected is "internal".
 */
export function parseRecord(record: ArticleRecord, options: ParseOptions = {}, maxBytes = DEFAULT_MAX_BYTES): ArticleResult {
  const { id, meta } = record;
  const fail = (code: BaochiErrorCode, message: string) => errorResult(id, code, message, meta);
  const bad = precheck(record.text, maxBytes);
  if (bad) return fail(bad.code, bad.message);
  try {
    const article = parseArticle(record.text, record.html ? htmlOptionsOf(options) : options);
    return meta ? { id, meta, article } : { id, article };
  } catch (e) {
    if (e instanceof BaochiError) return fail(e.code, e.message);
    return fail("internal", `baochi failed on this record (please report it): ${e instanceof Error ? e.message : String(e)}`);
  }
}

const htmlOptions = new WeakMap<ParseOptions, ParseOptions>();

/**
 * `options` with `inputFormat: "html"`, for a record given as HTML: one object per options object, so
 * that parseArticle's memo of resolved options (by object) holds across a batch.
 */
export function htmlOptionsOf(options: ParseOptions): ParseOptions {
  let o = htmlOptions.get(options);
  if (!o) htmlOptions.set(options, (o = { ...options, inputFormat: "html" }));
  return o;
}

/** Why `text` is no article before parsing it (not text, too large, empty, binary), or null. */
export function precheck(text: unknown, maxBytes = DEFAULT_MAX_BYTES): RecordError | null {
  if (typeof text !== "string" && !isBytes(text)) {
    return { code: "invalid-input", message: `text must be a string, got ${text === null ? "null" : typeof text}` };
  }
  const size = typeof text === "string" ? utf8Length(text) : text.byteLength;
  if (size > maxBytes) return { code: "too-large", message: `the text is ${size} bytes, over --max-bytes ${maxBytes}` };
  if (isBlank(text)) return { code: "empty-text", message: "the text is empty" };
  if (hasNul(text)) return { code: "invalid-input", message: "the text holds NUL characters: binary data, not an article" };
  return null;
}

const BLANK = /^[\s\uFEFF\u200B]*$/u;

function isBlank(input: string | Uint8Array): boolean {
  if (typeof input === "string") return BLANK.test(input);
  // bytes: blank when every byte is ASCII white space (a BOM alone also counts as blank)
  let i = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
  for (; i < input.length; i++) {
    const b = input[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) return false;
  }
  return true;
}

function hasNul(input: string | Uint8Array): boolean {
  return typeof input === "string" ? input.includes("\u0000") : input.includes(0);
}

/**
 * One input of `parseArticles`: the text (a string or UTF-8 bytes), or `{ id, text }` with optional
 * `meta`, or `{ id, html }` for an HTML page (read with `inputFormat: "html"`).
 */
export type ArticleInput =
  | string
  | Uint8Array
  | { id?: string | number; text: string | Uint8Array; meta?: Record<string, unknown> }
  | { id?: string | number; html: string | Uint8Array; meta?: Record<string, unknown> };

/** The record of the `index`-th input (0-based): its id is `input.id`, else its position; not-an-article is an error result. */
export function toRecord(input: ArticleInput, index: number): ArticleRecord | ArticleResult {
  if (typeof input === "string" || isBytes(input)) return { id: String(index), text: input };
  if (typeof input !== "object" || input === null) {
    return errorResult(String(index), "invalid-input", `an article must be a string, bytes, { id, text } or { id, html }, got ${input === null ? "null" : typeof input}`);
  }
  const id = typeof input.id === "string" || typeof input.id === "number" ? String(input.id) : String(index);
  // a page given as { id, html } (a text given too is read as the text)
  const html = !("text" in input) && "html" in input;
  const text = html ? input.html : (input as { text: string | Uint8Array }).text;
  const record: ArticleRecord = input.meta ? { id, text, meta: input.meta } : { id, text };
  if (html) record.html = true;
  return record;
}

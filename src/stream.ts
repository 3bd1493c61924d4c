// parseArticles: many articles in, one result per article out, in input order, one at a time.
// It never collects its input: it pulls the next article only after the caller took the last result.
import { ParseOptions } from "./options.js";
import { BaochiError } from "./errors.js";
import { type ArticleInput, type ArticleResult, DEFAULT_MAX_BYTES, parseRecord, toRecord } from "./batch/record.js";

export type { ArticleInput };

/** Options of `parseArticles`: every `ParseOptions` field, plus `maxBytes`. */
export type ParseArticlesOptions = ParseOptions & {
  /** Largest article in bytes of UTF-8 (default 10 000 000); a larger one gives the error "too-large". */
  maxBytes?: number;
};

/**
 * Reads many articles, yielding `{ id, article }` or `{ id, error: { code, message } }` for each, in
 * input order, as soon as each is ready. A bad input (empty, invalid UTF-8, too large, not text)
 * gives an error result in its place and the run goes on; only invalid options throw (before the
 * first result). The id is the input's `id` (a number becomes a string) or else its 0-based
 * position ("0", "1", …). Pulls the next input only when the caller asks for the next result, so
 * memory stays flat however long the source is.
 *
 * @param source an `AsyncIterable` or `Iterable` of articles (strings, bytes or `{ id, text }`)
 * @param options `ParseOptions` (applied to every article) and `maxBytes` (default 10 MB)
 * @throws BaochiError "invalid-options" for bad options, "invalid-input" when `source` is not iterable
 *
 * @example
 * for await (const r of parseArticles([{ id: "lb", text: "Đảng ủy xã Long Bình …" }, ""])) {
 *   if ("article" in r) console.log(r.id, r.article.figures.length);
 *   else console.log(r.id, r.error.code); // "1" "empty-text"
 * }
 */
export async function* parseArticles(
  source: AsyncIterable<ArticleInput> | Iterable<ArticleInput>,
  options: ParseArticlesOptions = {},
): AsyncGenerator<ArticleResult, void, undefined> {
  const { maxBytes = DEFAULT_MAX_BYTES, ...parseOptions } = options ?? {};
  if (!(typeof maxBytes === "number" && maxBytes > 0)) throw new BaochiError("invalid-options", "invalid option maxBytes: a positive number of bytes");
  const checked = ParseOptions.safeParse(parseOptions);
  if (!checked.success) {
    const first = checked.error.issues[0];
    throw new BaochiError("invalid-options", `invalid option ${first?.path.join(".") ?? ""}: ${first?.message ?? "invalid"}`);
  }
  if (typeof source === "string" || source === null || typeof source !== "object" || !(Symbol.asyncIterator in source || Symbol.iterator in source)) {
    throw new BaochiError("invalid-input", "parseArticles takes an iterable of articles (an array, a generator or a stream), not a single article");
  }
  let index = 0;
  for await (const input of source as AsyncIterable<ArticleInput>) {
    const record = toRecord(input, index++);
    yield "text" in record ? parseRecord(record, parseOptions, maxBytes) : record;
  }
}

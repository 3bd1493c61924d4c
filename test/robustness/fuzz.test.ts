// Property tests over random text: parseArticle and every extractor, alone and together, never
// throw, give a schema-valid Article, and every span slices to its text.
// Runs: BAOCHI_FUZZ_RUNS per property (default 10 000; `npm run fuzz` runs 100 000).
// A failure prints the seed and the shrunk input; replay with BAOCHI_FUZZ_SEED=<seed>.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Article, BaochiError, defaultExtractors, htmlToText, looksLikeHtml, parseArticle, type Extractor, type ParseOptions } from "../../src/index.js";
import { articleProblems } from "../../bench/lib/check-article.mjs";
import { anyBytes, anyText, htmlText } from "./arbitraries.js";

const RUNS = Number(process.env.BAOCHI_FUZZ_RUNS ?? 10_000);
const SEED = process.env.BAOCHI_FUZZ_SEED ? Number(process.env.BAOCHI_FUZZ_SEED) : undefined;
const params: fc.Parameters<unknown> = { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) };
// each property gets its share of the file's time budget: 10⁴ runs take seconds, 10⁵ minutes
const TIMEOUT = Math.max(60_000, RUNS * 20);

/** Parses `text` with `options` and returns the invariant violations (a throw is one too). */
function problems(text: string, options: ParseOptions): string[] {
  let article: Article;
  try {
    article = parseArticle(text, options);
  } catch (e) {
    return [`threw ${e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e)}`];
  }
  const out = articleProblems(article);
  const valid = Article.safeParse(article);
  if (!valid.success) out.push(`schema: ${valid.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  // the input itself, or, for input read as HTML (options.inputFormat), the text read from it
  const html = options.inputFormat === "html" || (options.inputFormat !== "text" && looksLikeHtml(text));
  if (article.text !== (html ? htmlToText(text) : text)) out.push(html ? "article.text is not the page's text" : "article.text is not the input");
  return out;
}

const configs: [string, ParseOptions][] = [
  ["the pipeline alone (no extractor)", { extractors: [] }],
  // two extractors may fill one field (locations, then places inside organisation names): name them by position too
  ...defaultExtractors.map((e, i): [string, ParseOptions] => [
    `extractor "${e.name}"${defaultExtractors.filter((x) => x.name === e.name).length > 1 ? ` (#${i + 1} of the list)` : ""} alone`,
    { extractors: [e as Extractor], detectLanguage: false },
  ]),
  [`all ${defaultExtractors.length} default extractors together`, {}],
];

describe(`fuzz (${RUNS} runs per property)`, () => {
  it.each(configs)("%s: no throw, schema-valid, every span slices to its text", (_name, options) => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(problems(text, options)).toEqual([]);
      }),
      params,
    );
  }, TIMEOUT);

  it("HTML: parseArticle reads any markup without a throw, schema-valid, every span slicing article.text", () => {
    fc.assert(
      fc.property(htmlText, (html) => {
        expect(problems(html, {})).toEqual([]);
        expect(problems(html, { inputFormat: "html", detectLanguage: false })).toEqual([]);
        expect(problems(html, { inputFormat: "text", detectLanguage: false })).toEqual([]);
      }),
      { ...params, numRuns: Math.max(100, Math.round(RUNS / 4)) },
    );
  }, TIMEOUT);

  it("HTML: any text read as HTML gives trimmed lines, none empty", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = htmlToText(text);
        // every line is trimmed and not empty
        for (const line of out ? out.split("\n") : []) expect(line).toBe(line.trim() === "" ? "<never empty>" : line.trim());
      }),
      { ...params, numRuns: Math.max(100, Math.round(RUNS / 4)) },
    );
  }, TIMEOUT);

  it("bytes: valid UTF-8 parses to the decoded text; anything else is BaochiError invalid-utf8", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        let decoded: string | undefined;
        try {
          decoded = strict.decode(bytes);
        } catch {
          decoded = undefined;
        }
        let article: Article | undefined;
        let error: unknown;
        try {
          article = parseArticle(bytes, { detectLanguage: false });
        } catch (e) {
          error = e;
        }
        if (decoded === undefined) {
          expect(error).toBeInstanceOf(BaochiError);
          expect((error as BaochiError).code).toBe("invalid-utf8");
        } else {
          expect(error).toBeUndefined();
          expect(article!.text).toBe(decoded);
          expect(articleProblems(article!)).toEqual([]);
        }
      }),
      { ...params, numRuns: Math.max(100, Math.round(RUNS / 4)) },
    );
  }, TIMEOUT);

  it("the checker itself catches a span that does not slice to its text", () => {
    const a = parseArticle("Thứ Bảy, 23/12/2023, 14:56 (GMT+7)\nMột tiêu đề ngắn\nĐoạn văn đầu tiên của bài báo này đủ dài để làm sapo.", { extractors: [] });
    expect(articleProblems(a)).toEqual([]);
    expect(a.dateline).not.toBeNull();
    const broken = { ...a, dateline: { ...a.dateline!, span: { start: a.dateline!.span.start + 1, end: a.dateline!.span.end } } };
    expect(articleProblems(broken).join("\n")).toMatch(/dateline\.text/);
    const outside = { ...a, people: [{ name: "X", mentions: [{ start: 0, end: a.text.length + 1 }], positions: [] }] };
    expect(articleProblems(outside).join("\n")).toMatch(/people\[0\]\.mentions\[0\]/);
  });
});

import type { Article, Block, Section, Caption, Span, Warning } from "./schema/article.js";
import { ParseOptions, type ResolvedOptions } from "./options.js";
import { BaochiError } from "./errors.js";
import { decodeDeclared, decodeInput, isBytes } from "./pipeline/decode.js";
import { prepare, type Prepared } from "./pipeline/document.js";
import { memoSlot } from "./extractors/memo.js";
import { detectLanguage } from "./pipeline/language.js";
import { defaultExtractors } from "./extractors/index.js";
import { FINDING_KEYS, type Extractor, type Findings } from "./extractors/types.js";
import { extractorsFor } from "./extractors/select.js";
import { dropClaimed } from "./resolve/overlaps.js";
import { isValidDate } from "./text/date-grammar.js";
import { sameItems } from "./util/lists.js";
import { readHtml, looksLikeHtml, type LineKind } from "./html/text.js";

/**
 * Reads one Vietnamese news article.
 *
 * @param input the article as plain text (a string, kept unchanged as `article.text`), an HTML page
 *   (options.inputFormat; `article.text` is then the text read from it), or UTF-8 bytes of either
 * @param options see `ParseOptions`; all optional
 * @returns the `Article`: every mention carries a span into `article.text`
 * @throws BaochiError with code "invalid-input", "invalid-utf8", "too-large" or "invalid-options"
 *
 * @example
 * const a = parseArticle("Bí thư Đảng ủy xã Long Bình Nguyễn Thị Kim Ngọc cho biết, …");
 * a.people[0].positions[0].title; // "Bí thư"
 */
export function parseArticle(input: string | Uint8Array, options?: ParseOptions): Article {
  const opts = resolveOptions(options);
  const warnings: Warning[] = [];
  const { text, lineKinds } = readInput(input, opts, warnings);
  const doc = withReferenceDate(prepare(text, lineKinds), opts.referenceDate);
  const language = opts.detectLanguage ? detectLanguage(doc.text) : { code: "und", confidence: 0 };
  if (opts.detectLanguage && language.code !== "vie" && language.code !== "und") {
    warnings.push({ code: "not-vietnamese", message: `the text reads as "${language.code}", not Vietnamese; rules for Vietnamese were applied anyway` });
  }
  if (text.trim() === "") warnings.push({ code: "empty-text", message: "the input has no text" });

  const found = runExtractors(doc, opts, warnings);
  const article: Article = {
    schemaVersion: 1,
    text,
    language,
    ...structure(doc, warnings),
    people: found.people,
    organizations: found.organizations,
    locations: found.locations,
    figures: found.figures,
    dates: found.dates,
    documents: found.documents,
    quotes: found.quotes,
    warnings,
  };
  return article;
}

/**
 * The text an Article of `input` holds (`article.text`), read without parsing the article: the input
 * as a string, or for HTML input the text read from the page. Throws as parseArticle does on input it
 * cannot read. (For `baochi batch --keywords`, whose first pass counts the terms of that text.)
 */
export function articleTextOf(input: string | Uint8Array, options?: ParseOptions): string {
  return readInput(input, resolveOptions(options), []).text;
}

/**
 * The text the article is read from, and for HTML input what the markup says of its lines; adds the
 * warnings of reading it ("decoded-as-charset", "read-as-html").
 */
function readInput(input: string | Uint8Array, opts: ResolvedOptions, warnings: Warning[]): { text: string; lineKinds?: ReadonlyMap<number, LineKind> } {
  const raw = decodeBytes(input, opts, warnings);
  const decoded = isBytes(input) && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (decoded.length > opts.maxLength) {
    throw new BaochiError("too-large", `input is ${decoded.length} characters, over the limit of ${opts.maxLength} (options.maxLength)`);
  }
  const html = opts.inputFormat === "html" || (opts.inputFormat === "auto" && looksLikeHtml(decoded));
  if (!html) return { text: decoded };
  if (opts.inputFormat === "auto") {
    warnings.push({ code: "read-as-html", message: 'the input starts as HTML does: article.text is the text read from it (options.inputFormat "text" keeps the input as it is)' });
  }
  const page = readHtml(decoded);
  return { text: page.text, lineKinds: page.kinds };
}

/**
 * The input as a string. Bytes that are not UTF-8 but start as an HTML page that declares another
 * charset (<meta charset="windows-1258">) are decoded by it, with the warning "decoded-as-charset",
 * unless options.inputFormat is "text"; any other bytes that are not UTF-8 are "invalid-utf8".
 */
function decodeBytes(input: string | Uint8Array, opts: ResolvedOptions, warnings: Warning[]): string {
  try {
    return decodeInput(input);
  } catch (e) {
    const declared = e instanceof BaochiError && e.code === "invalid-utf8" && opts.inputFormat !== "text" && isBytes(input) ? decodeDeclared(input) : null;
    if (!declared) throw e;
    warnings.push({ code: "decoded-as-charset", message: `the page is not UTF-8 and declares the charset ${declared.charset}: decoded as ${declared.charset}` });
    return declared.text;
  }
}

// Unknown options are errors, not silently ignored; built once (a zod schema compiles on first use).
const STRICT_OPTIONS = ParseOptions.strict();

// Without a dateline, relative dates ("hôm qua", "sáng 23/12") are read against options.referenceDate.
function withReferenceDate(doc: Prepared, reference: string | undefined): Prepared {
  if (doc.dateline || !reference) return doc;
  const [y, m, d] = reference.slice(0, 10).split("-").map(Number) as [number, number, number];
  if (!isValidDate(y, m, d)) throw new BaochiError("invalid-options", `invalid option referenceDate: ${reference} is not a calendar day`);
  const dateline = { start: 0, end: 0, weekday: null, value: reference.slice(0, 10), weekdayMatches: null, timezone: null, year: y, month: m, day: d };
  return { ...doc, dateline, ...memoSlot() };
}

// parseArticle(text) with no options is the common call, and a batch passes one options object with
// every record: a zod parse per article was about 4 % of a warm parse. The defaults are resolved
// once, and the last options object is remembered with the values it held (a caller may change the
// object between calls; then it is parsed again).
const DEFAULT_OPTIONS: Readonly<ResolvedOptions> = Object.freeze(STRICT_OPTIONS.parse({}));
let lastOptions: object | null = null;
let lastValues: unknown[] = [];
let lastResolved: ResolvedOptions = DEFAULT_OPTIONS;

function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  if (options === undefined) return DEFAULT_OPTIONS;
  if (options !== null && options === lastOptions && sameItems(lastValues, valuesOf(options))) return lastResolved;
  if (options && typeof options === "object" && "words" in options) {
    throw new BaochiError("invalid-options", "words are not a parseArticle option: call `await segmentWords(article)` (needs the optional vntk package)");
  }
  const r = STRICT_OPTIONS.safeParse(options ?? {});
  if (!r.success) {
    const first = r.error.issues[0];
    throw new BaochiError("invalid-options", `invalid option ${first?.path.join(".") || ""}: ${first?.message ?? "invalid"}`.replace("option :", "options:"));
  }
  if (typeof options === "object" && options !== null) {
    lastOptions = options;
    lastValues = valuesOf(options);
    lastResolved = r.data;
  }
  return r.data;
}

/** The keys and values of `o`, in order, with the items of an array value (the extractors) after it. */
function valuesOf(o: object): unknown[] {
  const out: unknown[] = [];
  for (const [k, v] of Object.entries(o)) {
    out.push(k, v);
    if (Array.isArray(v)) out.push(v.length, ...v);
  }
  return out;
}

// options.fields: the extractors it needs, chosen once per resolved options object (a batch passes
// the same one with every record, and resolveOptions hands back the same resolution)
let lastFieldsOf: ResolvedOptions | null = null;
let lastFieldExtractors: readonly Extractor[] = [];

function extractorsOf(opts: ResolvedOptions): readonly Extractor[] {
  const extractors = opts.extractors ?? defaultExtractors;
  if (!opts.fields) return extractors;
  if (opts !== lastFieldsOf) {
    lastFieldExtractors = extractorsFor(opts.fields, extractors);
    lastFieldsOf = opts;
  }
  return lastFieldExtractors;
}

function runExtractors(doc: Prepared, opts: ResolvedOptions, warnings: Warning[]): Findings {
  const found: Findings = { dates: [], documents: [], figures: [], locations: [], organizations: [], people: [], quotes: [] };
  for (const ex of extractorsOf(opts)) {
    try {
      const out = ex.run(doc, found);
      (found as unknown as Record<string, unknown>)[ex.name] = out;
      opts.debug?.(`${ex.name}: ${Array.isArray(out) ? out.length : 0}`);
    } catch (e) {
      warnings.push({ code: "extractor-failed", message: `extractor "${ex.name}" failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  // one resolution step: a number claimed by a date or a document is not also a figure
  const claimed: Span[] = [];
  for (const d of found.dates) claimed.push(d.span);
  for (const d of found.documents) claimed.push(d.span);
  found.figures = dropClaimed(found.figures, claimed);
  if (opts.fields) keepOnly(found, opts.fields, warnings);
  return found;
}

// options.fields: a field that was not asked for may hold part of its reading (the places before the
// organisations, without those inside organisation names), so it is emptied rather than returned half-read
function keepOnly(found: Findings, fields: readonly string[], warnings: Warning[]): void {
  const empty = FINDING_KEYS.filter((k) => !fields.includes(k));
  if (empty.length === 0) return;
  for (const k of empty) found[k] = [];
  const read = FINDING_KEYS.filter((k) => fields.includes(k));
  warnings.push({ code: "fields-not-read", message: `only ${read.join(", ") || "no field"} read (options.fields); ${empty.join(", ")} left empty` });
}

function structure(doc: Prepared, warnings: Warning[]): Pick<Article, "dateline" | "title" | "lead" | "sections" | "captions" | "byline"> {
  const block = (i: number): Block => doc.mention(doc.blocks[i]!.start, doc.blocks[i]!.end);
  let title: Block | null = null;
  let lead: Block | null = null;
  const sections: Section[] = [];
  const captions: Caption[] = [];
  let current: Section = { heading: null, paragraphs: [] };
  doc.blocks.forEach((b, i) => {
    switch (b.kind) {
      case "title":
        title ??= block(i);
        break;
      case "lead":
        lead ??= block(i);
        break;
      case "heading":
        if (current.heading || current.paragraphs.length) sections.push(current);
        current = { heading: block(i), paragraphs: [] };
        break;
      case "paragraph":
        current.paragraphs.push(block(i));
        break;
      case "caption":
        if (!b.duplicate) captions.push({ ...block(i), credit: b.credit ?? null });
        break;
      default:
        break;
    }
  });
  if (current.heading || current.paragraphs.length) sections.push(current);

  const dl = doc.reading.dateline;
  let dateline: Article["dateline"] = null;
  if (dl) {
    const m = doc.mention(dl.lineStart + dl.start, dl.lineStart + dl.end);
    dateline = { ...m, weekday: dl.weekday, value: dl.value, weekdayMatches: dl.weekdayMatches };
    if (dl.weekdayMatches === false) {
      warnings.push({ code: "weekday-mismatch", message: `the dateline's weekday "${dl.weekday}" does not fall on ${dl.value.slice(0, 10)}`, span: m.span });
    }
  }
  const bl = doc.reading.byline;
  const byline: Article["byline"] = bl
    ? { ...doc.mention(bl.start, bl.end), name: bl.name, source: bl.source, authors: bl.authors }
    : null;
  return { dateline, title, lead, sections, captions, byline };
}

// Word segmentation and part-of-speech tags for an Article, aligned to spans in `article.text`.
// vntk (optional peer dependency) gives strings only: "tổ chức", "Tiền Giang", [word, tag] pairs, no
// offsets. Each sentence is tagged on its own, and its tokens are walked back onto the normalized
// sentence with a cursor, then mapped to the caller's text through the offset map.
import { z } from "zod";
import type { Article, Span, Word } from "../schema/article.js";
import { BaochiError } from "../errors.js";
import { fold } from "../text/fold.js";
import { prepare } from "./document.js";
import { loadVntk } from "./vntk.js";

/** One token from a tagger: a word ("tổ chức", "tổ_chức") or a word with its tag (["tổ chức", "V"]). */
export type TaggedToken = string | readonly [word: string, pos: string | null];

/**
 * A word segmenter: gives the words of one sentence, in order. Syllables of a word are joined by
 * spaces or underscores; text it drops or rewrites is skipped, never guessed.
 */
export type WordTagger = (sentence: string) => Iterable<TaggedToken> | Promise<Iterable<TaggedToken>>;

/** Options of `segmentWords`; every field is optional. */
export const SegmentWordsOptions = z.object({
  /**
   * Tag parts of speech (default true). vntk's tags are the VLSP/VietTreebank set: N noun, Np proper
   * noun, Nc classifier, Nu unit, V verb, A adjective, P pronoun, R adverb, E preposition,
   * C/CC conjunction, M number, L determiner, T particle, I interjection, X unknown, CH punctuation.
   * With false only words are segmented (about 20 % faster) and every `pos` is null.
   */
  pos: z.boolean().default(true),
  /** Another segmenter instead of vntk (vntk is then not loaded). */
  tagger: z.custom<WordTagger>((f) => typeof f === "function").optional(),
});
/** What callers pass to `segmentWords`. */
export type SegmentWordsOptions = z.input<typeof SegmentWordsOptions>;

// Longest stretch handed to the tagger at once. vntk's features are O(n) per token without the
// speed-ups of vntk.ts, so a sentence without punctuation (a list, a table) is cut at a space.
const MAX_CHUNK = 1500;

/**
 * Adds `words` to an Article: its multi-syllable words ("tổ chức", "Tiền Giang") with their part of
 * speech, each with a span into `article.text`.
 *
 * Why a separate async step and not `parseArticle(text, { words: true })`: `parseArticle` is
 * synchronous and must never load native code for callers who did not ask; vntk (native CRFsuite
 * addons) is loaded here with `await import("vntk")`, once per process, and only on the first call.
 * It is an optional peer dependency: install it with `npm install vntk` (and, with npm 11,
 * `npm install-scripts approve crfsuite fasttext`).
 *
 * Words cover the sentences of the content blocks (title, lead, headings, paragraphs, captions), not
 * the dateline, byline or junk lines. Invariant: `article.text.slice(w.span.start, w.span.end) === w.text`
 * for every word, even when the input is NFD, has curly quotes or odd spaces. Text the tagger rewrites
 * and cannot be found again is left without a word rather than guessed. The article passed in is not
 * modified; a new one is returned.
 *
 * @param article an Article from `parseArticle` (only `text` is read; its `words`, if any, are replaced)
 * @param options `pos` (default true): tag parts of speech; `tagger`: use another segmenter than vntk
 * @returns a copy of `article` with `words: { text, span, pos }[]`, in text order, not overlapping
 * @throws BaochiError "missing-dependency" when vntk is needed but not installed or not built;
 *   "invalid-input" when `article` has no string `text`; "invalid-options" for bad options
 *
 * @example
 * const article = await segmentWords(parseArticle("Ủy ban nhân dân huyện Chợ Gạo đã khai trương chợ nổi trên sông Tiền."));
 * article.words!.map((w) => `${w.text}/${w.pos}`);
 * // ["Ủy/N", "ban/N", "nhân dân/N", "huyện/N", "Chợ Gạo/Np", "đã/R", "khai trương/V",
 * //  "chợ nổi/N", "trên/E", "sông/N", "Tiền/Np", "./CH"]  (vntk 1.4.4's reading)
 */
export async function segmentWords(article: Article, options?: SegmentWordsOptions): Promise<Article> {
  if (typeof (article as Partial<Article> | null)?.text !== "string") {
    throw new BaochiError("invalid-input", "segmentWords expects an Article from parseArticle (an object with a string `text`)");
  }
  const parsed = SegmentWordsOptions.safeParse(options ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new BaochiError("invalid-options", `invalid option ${first?.path.join(".") ?? ""}: ${first?.message ?? "invalid"}`);
  }
  const tagger = parsed.data.tagger ?? (await vntkTagger(parsed.data.pos));
  return { ...article, words: await tagWords(article.text, tagger) };
}

/** vntk as a WordTagger: `posTag` gives [word, tag] pairs, `wordTokenizer` words only. */
async function vntkTagger(pos: boolean): Promise<WordTagger> {
  const vntk = await loadVntk();
  return pos ? (s) => vntk.posTag.tag(s) : (s) => vntk.wordTokenizer.tag(s);
}

/** Segments every sentence of `text` with `tagger` and returns the words with spans into `text`. */
export async function tagWords(text: string, tagger: WordTagger): Promise<Word[]> {
  const doc = prepare(text);
  const spans: { span: Span; pos: string | null }[] = [];
  for (const sentence of doc.sentences) {
    for (const [start, end] of chunks(doc.text, sentence.start, sentence.end)) {
      const tokens = await tagger(doc.text.slice(start, end));
      for (const w of alignTokens(doc.text, start, end, tokens)) spans.push({ span: doc.span(w.start, w.end), pos: w.pos });
    }
  }
  return toWords(text, spans);
}

/** `[start, end)` cut into pieces of at most MAX_CHUNK code units, at white space when there is some. */
function chunks(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  while (end - start > MAX_CHUNK) {
    let cut = text.lastIndexOf(" ", start + MAX_CHUNK);
    if (cut <= start) cut = start + MAX_CHUNK;
    if (isLowSurrogate(text.charCodeAt(cut))) cut--;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, end]);
  return out;
}

/** A word found in the normalized text: `[start, end)` and its tag. */
export interface AlignedToken {
  start: number;
  end: number;
  pos: string | null;
}

// How far past the cursor a token that does not match at the cursor is looked for: the length of
// the tokens skipped since the last match plus this much.
const SLACK = 16;

/**
 * Finds each token of `tokens` in `text[start, end)`, in order, with a cursor.
 *
 * A token's syllables (split at spaces, and at underscores when the literal token is not there)
 * must follow each other with only white space (or nothing: vntk writes "b =" for "b=") between
 * them, compared as written, then under `fold` (case, NFC, tone-mark placement). A token not found
 * at the cursor is looked for a little further on (the characters of the tokens lost since the
 * last match, plus a few); if it is not there it is dropped and the next token resynchronises.
 * Text between matches gets no token.
 */
export function alignTokens(text: string, start: number, end: number, tokens: Iterable<TaggedToken>): AlignedToken[] {
  const out: AlignedToken[] = [];
  let cursor = start;
  let lost = 0;
  for (const token of tokens) {
    const [word, pos] = typeof token === "string" ? [token, null] : token;
    if (typeof word !== "string") continue;
    const readings = syllableReadings(word);
    if (readings.length === 0) continue;
    let hit: [number, number] | null = null;
    for (const syl of readings) if ((hit = matchAt(text, cursor, end, syl))) break;
    const length = readings[0]!.reduce((n, s) => n + s.length, 0);
    if (!hit) hit = search(text, cursor, Math.min(end, cursor + lost + length + SLACK), end, readings);
    if (hit) {
      out.push({ start: hit[0], end: hit[1], pos: pos ?? null });
      cursor = hit[1];
      lost = 0;
    } else lost += length + 1;
  }
  return out;
}

/** The syllables of a token: split at white space, and also at "_" as a second reading. */
function syllableReadings(word: string): string[][] {
  const w = word.normalize("NFC");
  const bySpace = w.split(/\s+/).filter(Boolean);
  const out = bySpace.length ? [bySpace] : [];
  if (w.includes("_")) {
    const byUnderscore = w.split(/[\s_]+/).filter(Boolean);
    if (byUnderscore.length && byUnderscore.join(" ") !== bySpace.join(" ")) out.push(byUnderscore);
  }
  return out;
}

/** The span of `syllables` starting at `from` (after white space), or null. */
function matchAt(text: string, from: number, end: number, syllables: string[]): [number, number] | null {
  let p = skipSpace(text, from, end);
  const wordStart = p;
  for (let i = 0; i < syllables.length; i++) {
    if (i > 0) p = skipSpace(text, p, end);
    const s = syllables[i]!;
    if (p + s.length > end || !same(text, p, s)) return null;
    p += s.length;
  }
  return [wordStart, p];
}

/** The first match of a reading after `from`, starting no later than `limit`; word starts first. */
function search(text: string, from: number, limit: number, end: number, readings: string[][]): [number, number] | null {
  for (const atBoundary of [true, false]) {
    for (let q = from + 1; q <= limit; q++) {
      if (isSpace(text.charCodeAt(q)) || isLowSurrogate(text.charCodeAt(q))) continue;
      if (atBoundary && isLetter(text, q - 1) && isLetter(text, q)) continue;
      for (const syl of readings) {
        const hit = matchAt(text, q, end, syl);
        if (hit) return hit;
      }
    }
  }
  return null;
}

function same(text: string, at: number, syllable: string): boolean {
  if (text.startsWith(syllable, at)) return true;
  return fold(text.slice(at, at + syllable.length)) === fold(syllable);
}

function skipSpace(text: string, p: number, end: number): number {
  while (p < end && isSpace(text.charCodeAt(p))) p++;
  return p;
}

// the normalized text has only " " and "\n" as white space
function isSpace(c: number): boolean {
  return c === 32 || c === 10;
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;
function isLetter(text: string, i: number): boolean {
  return i >= 0 && i < text.length && LETTER.test(text[i]!);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * Input spans → Words. Boundaries move out to whole code points (vntk splits an emoji into its two
 * surrogates), and words that overlap after mapping (a token boundary inside one normalized
 * stretch, such as a letter and a combining mark NFC could not join) are merged.
 */
function toWords(input: string, spans: { span: Span; pos: string | null }[]): Word[] {
  const words: Word[] = [];
  for (const { span, pos } of spans) {
    let { start, end } = span;
    if (start > 0 && isLowSurrogate(input.charCodeAt(start)) && isHighSurrogate(input.charCodeAt(start - 1))) start--;
    if (end < input.length && end > 0 && isHighSurrogate(input.charCodeAt(end - 1)) && isLowSurrogate(input.charCodeAt(end))) end++;
    if (end <= start) continue;
    const last = words[words.length - 1];
    if (last && start < last.span.end) {
      if (end > last.span.end) {
        last.span = { start: last.span.start, end };
        last.text = input.slice(last.span.start, end);
      }
      continue;
    }
    words.push({ text: input.slice(start, end), span: { start, end }, pos });
  }
  return words;
}

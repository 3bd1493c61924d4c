import type { Span, Person, Organization, Location, Figure, DateMention, DocumentRef, Quote } from "../schema/article.js";
import type { DocBlock } from "../pipeline/blocks.js";
import type { Sentence } from "../pipeline/sentences.js";
import type { DatelineMatch } from "../pipeline/dateline.js";

/**
 * What every extractor sees: the normalized text, its blocks and sentences, and the way back to
 * the caller's string. Extractors match on `text` (NFC, straight quotes, ASCII hyphens, LF) and
 * make every span with `span()` / `mention()`, never by hand.
 */
export interface Doc {
  /** article.text: the caller's string, unchanged */
  readonly input: string;
  /** the normalized text all offsets below index into */
  readonly text: string;
  readonly blocks: readonly DocBlock[];
  /** sentences of the content blocks (title, lead, headings, paragraphs, first copy of captions) */
  readonly sentences: readonly Sentence[];
  /** the dateline's date, for resolving "hôm qua" and day-month dates without a year */
  readonly dateline: DatelineMatch | null;
  /** the input span of normalized `[start, end)` */
  span(start: number, end: number): Span;
  /** `span(pos, end).start` for any `end > pos`, without making a span (for offsets of every token) */
  inputStart(pos: number): number;
  /** `span(start, pos).end` for any `start < pos` whose input start is not past it */
  inputEnd(pos: number): number;
  /** `{ text, span }` for normalized `[start, end)`, where text is the caller's slice */
  mention(start: number, end: number): { text: string; span: Span };
  /** the index of the sentence holding normalized offset `pos`, or -1 */
  sentenceAt(pos: number): number;
}

/** What the extractors found so far; later extractors may read earlier results. */
export interface Findings {
  dates: DateMention[];
  documents: DocumentRef[];
  figures: Figure[];
  locations: Location[];
  organizations: Organization[];
  people: Person[];
  quotes: Quote[];
}

export type FindingKey = keyof Findings;

/** The fields of `Findings`, in the default extractors' order. */
export const FINDING_KEYS = ["dates", "documents", "figures", "locations", "organizations", "people", "quotes"] as const satisfies readonly FindingKey[];

/**
 * One extractor: a name (the Findings field it fills) and a function of the document and what
 * earlier extractors found. Copy `defaultExtractors` and add your own to extend baochi.
 */
export interface Extractor<K extends FindingKey = FindingKey> {
  readonly name: K;
  /**
   * The findings of earlier extractors that this one's result depends on: what `run` reads from
   * `found`, and for figures the dates and documents, which claim their numbers afterwards (see
   * `extractorsFor`). Absent: it may depend on any of them, so all earlier extractors run before it.
   */
  readonly reads?: readonly FindingKey[];
  run(doc: Doc, found: Readonly<Findings>): Findings[K];
}

/** Helps TypeScript keep the name/result pairing of an extractor. */
export function defineExtractor<K extends FindingKey>(e: Extractor<K>): Extractor<K> {
  return e;
}

// The sentences of a document as token lists, with the places and organisations found so far marked
// on the tokens. Built once per document and shared by the organisations, people and quotes
// extractors (in the document's memo slot, so nothing outlives it: see memo.ts).
import type { Doc } from "../types.js";
import { memoKey, recall, remember } from "../memo.js";
import type { Location, Span } from "../../schema/article.js";
import type { DocBlock } from "../../pipeline/blocks.js";
import { tokenize, type Tok } from "./tokens.js";

/** One sentence: its tokens and the spans earlier extractors claimed, as token ranges. */
export interface Sent {
  /** index into doc.sentences */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly toks: readonly Tok[];
  readonly block: DocBlock;
  /** index of the block in doc.blocks */
  readonly blockIndex: number;
  /** the first sentence of its block */
  readonly blockStart: boolean;
  /** no lower-case letter at all: a heading in capitals, where case tells nothing */
  readonly allCaps: boolean;
  /** most words capitalised: a headline in title case, where capitals do not mark names */
  readonly titleCase: boolean;
  /** input offsets of each token, for matching the spans of other extractors (made on first use) */
  readonly inStart: readonly number[];
  readonly inEnd: readonly number[];
  /** inStart of the first token and inEnd of the last (0 and 0 with no token) */
  readonly inFirst: number;
  readonly inLast: number;
  /**
   * This sentence read with `toks` instead of its tokens: the same words at the same offsets, one of
   * them recapitalised ("bộ" read as "Bộ"); everything else is this sentence's. Every sentence comes
   * from one class, so the readers of sentences stay monomorphic: a spread copy made objects of
   * another shape, and each function that met one dropped its optimized code ("wrong map").
   */
  withTokens(toks: readonly Tok[]): Sent;
}

/** Spans claimed by an extractor, as token ranges of each sentence. */
export interface Marks {
  /** for a token that starts a claimed span, the index just past its last token; else -1 */
  readonly endAt: readonly number[];
  /** 1 for every token inside a claimed span */
  readonly inside: readonly number[];
  /**
   * false when no span is marked in the sentence (the Marks that most sentences share): a reader that
   * walks every token for the marks may skip it. Absent on hand-made Marks.
   */
  readonly any?: boolean;
}

const SENTENCES = memoKey<Sent[]>("tokenized sentences");

/** The tokenized sentences of `doc` (computed once per document). */
export function sentencesOf(doc: Doc): Sent[] {
  const hit = recall(doc, SENTENCES);
  if (hit) return hit;
  // a loop and push, not doc.sentences.map: map's result is HOLEY in some documents and PACKED in
  // others (as V8 happens to run it), and every reader then sees two array maps ("wrong map" deopts)
  const out: Sent[] = [];
  for (let index = 0; index < doc.sentences.length; index++) out.push(sentenceAt(doc, index));
  return remember(doc, SENTENCES, out);
}

/** The tokenized sentence `index` of `doc`. */
function sentenceAt(doc: Doc, index: number): Sent {
  const s = doc.sentences[index]!;
  const toks = tokenize(doc.text, s.start, s.end);
  const prev = doc.sentences[index - 1];
  return new TokenizedSentence(doc, index, s.start, s.end, toks, s.block, !prev || prev.block !== s.block);
}

/**
 * A Sent whose per-token input offsets are mapped only when read: the marks ask them only of the
 * sentences where a claimed span starts (most sentences have none), and a quote's speaker of a few.
 */
class TokenizedSentence implements Sent {
  readonly block: DocBlock;
  readonly allCaps: boolean;
  readonly titleCase: boolean;
  readonly inFirst: number;
  readonly inLast: number;
  private starts: number[] | undefined = undefined;
  private ends: number[] | undefined = undefined;

  constructor(
    private readonly doc: Doc,
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly toks: readonly Tok[],
    readonly blockIndex: number,
    readonly blockStart: boolean,
    /** the sentence whose reading this one keeps (see withTokens) */
    like?: TokenizedSentence,
  ) {
    this.block = doc.blocks[blockIndex]!;
    this.allCaps = like ? like.allCaps : isAllCaps(toks);
    this.titleCase = like ? like.titleCase : isTitleCase(toks);
    const n = toks.length;
    this.inFirst = n > 0 ? doc.inputStart(toks[0]!.s) : 0;
    this.inLast = n > 0 ? inputEndOf(doc, toks[n - 1]!, doc.inputStart(toks[n - 1]!.s)) : 0;
  }

  withTokens(toks: readonly Tok[]): Sent {
    return new TokenizedSentence(this.doc, this.index, this.start, this.end, toks, this.blockIndex, this.blockStart, this);
  }

  get inStart(): readonly number[] {
    if (this.starts === undefined) this.mapOffsets();
    return this.starts!;
  }

  get inEnd(): readonly number[] {
    if (this.ends === undefined) this.mapOffsets();
    return this.ends!;
  }

  /** Fills `starts` and `ends`, made at their length: growing by push copies them and leaves room unused. */
  private mapOffsets(): void {
    const { doc, toks } = this;
    const starts = new Array<number>(toks.length);
    const ends = new Array<number>(toks.length);
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      const start = doc.inputStart(t.s);
      starts[k] = start;
      ends[k] = inputEndOf(doc, t, start);
    }
    this.starts = starts;
    this.ends = ends;
  }
}

/** The input offset where token `t` ends, never before `start`, the one where it starts. */
function inputEndOf(doc: Doc, t: Tok, start: number): number {
  return Math.max(start, doc.inputEnd(t.e));
}

/** No lower-case word at all: every word that is not a number is an acronym or a lone capital letter. */
function isAllCaps(toks: readonly Tok[]): boolean {
  let words = 0;
  for (const t of toks) {
    if (!t.word || t.num) continue;
    if (!(t.acronym || (t.cap && t.t.length === 1))) return false;
    words++;
  }
  return words > 0;
}

/** 4 to 25 words (not numbers), at least 70% of them capitalised, and no comma or semicolon. */
function isTitleCase(toks: readonly Tok[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.word && !t.num) {
      words++;
      if (t.cap) caps++;
    } else if (t.t === "," || t.t === ";") return false;
  }
  return words >= 4 && words <= 25 && caps / words >= 0.7;
}

const LOCATION_MARKS = memoKey<{ locations: readonly Location[]; marks: Marks[] }>("location marks");

/**
 * The marks of the places' mentions, made once for a document's list of places (the organisations
 * and the people extractors both read them).
 */
export function locationMarks(doc: Doc, locations: readonly Location[]): Marks[] {
  const hit = recall(doc, LOCATION_MARKS);
  if (hit !== undefined && hit.locations === locations) return hit.marks;
  const marks = markSpans(sentencesOf(doc), locations.flatMap((l) => l.mentions));
  remember(doc, LOCATION_MARKS, { locations, marks });
  return marks;
}

/**
 * Marks the tokens that `spans` (input offsets, as in Findings) cover. A span counts for a sentence
 * when it starts at one of its tokens; it covers the tokens up to its end.
 */
export function markSpans(sents: readonly Sent[], spans: readonly Span[]): Marks[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  // most sentences have no span: they share one unmarked Marks, long enough for any of them
  const unmarked = emptyMarks(longestSentence(sents));
  const marks: Marks[] = [];
  let k = 0;
  for (let si = 0; si < sents.length; si++) {
    const st = sents[si]!;
    const n = st.toks.length;
    let m: Marks | null = null;
    if (n > 0 && k < sorted.length) {
      while (k < sorted.length && sorted[k]!.start < st.inFirst) k++;
      // the token offsets are mapped only for a sentence where some span starts before its end
      if (k < sorted.length && sorted[k]!.start < st.inLast) m = markSentence(st, sorted, k);
    }
    marks.push(m ?? unmarked);
  }
  return marks;
}

/**
 * The marks of sentence `st` for the `sorted` spans from the `k`th, the first that does not start
 * before the sentence; null when none starts at one of its tokens.
 */
function markSentence(st: Sent, sorted: readonly Span[], k: number): Marks | null {
  const n = st.toks.length;
  const { inStart, inEnd, inLast } = st;
  let m: ReturnType<typeof emptyMarks> | null = null;
  let j = 0;
  for (let q = k; q < sorted.length && sorted[q]!.start < inLast; q++) {
    const sp = sorted[q]!;
    while (j < n && inStart[j]! < sp.start) j++;
    if (j >= n || inStart[j] !== sp.start) continue;
    let e = j;
    while (e < n && inEnd[e]! <= sp.end) e++;
    if (e === j) continue;
    m ??= emptyMarks(n);
    m.any = true;
    if (m.endAt[j]! < e) m.endAt[j] = e;
    for (let x = j; x < e; x++) m.inside[x] = 1;
  }
  return m;
}

/** The most tokens in one of `sents`. */
function longestSentence(sents: readonly Sent[]): number {
  let n = 0;
  for (const st of sents) if (st.toks.length > n) n = st.toks.length;
  return n;
}

/**
 * Marks with nothing claimed for `n` tokens, in plain arrays: a typed array of its own for each
 * sentence costs ~0.4 µs to allocate, one for the whole document has its memory outside the heap.
 * (Readers only ask `endAt[k] >= 0` and whether `inside[k]` is set, so the shared unmarked Marks
 * may be longer than its sentence: past the end it reads -1 and 0, as good as undefined.)
 */
function emptyMarks(n: number): { endAt: number[]; inside: number[]; any: boolean } {
  // made at their length: growing by push copies them and leaves room unused
  return { endAt: new Array<number>(n).fill(-1), inside: new Array<number>(n).fill(0), any: false };
}

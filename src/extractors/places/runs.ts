// The runs of capitalised words of a sentence, cut into pieces: "ở Bà Rịa - Vũng Tàu và Hà Nội" →
// [bà · rịa · vũng · tàu], [hà · nội]. A hand-written scanner that reads each character once; it
// gives what the regex NAME_RUN below finds (tried at capitals that start a word) cut by pieces(),
// which is the way sentences with astral characters still go.
import { LETTER, MARK, DIGIT, UPPER, LOWER, charClass, HYPHEN, SPACE } from "../../text/chars.js";
import { execAtWordStart } from "../../text/pattern.js";
import { pieces, type Pieces } from "./pieces.js";
import { wordKeyHashed } from "./word-keys.js";
import { hashStep } from "../../text/span-table.js";

// A capitalised word, not glued to a digit: Gò · H'leo · M'Đrắk · Ả-rập · ĐBSCL (not VN in VN30)
export const WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:'[\p{L}\p{M}]+|-[\p{Ll}\p{M}]+)*(?![\p{L}\p{M}\p{N}'])`;
// Words joined by spaces or a hyphen: Gò Công Tây · Phan Rang-Tháp Chàm · Bà Rịa - Vũng Tàu
export const NAME_RUN = String.raw`${WORD}(?:(?: +| ?- ?)${WORD})*`;

const SURROGATE = /[\ud800-\udfff]/;
const LM = LETTER | MARK;
const LMN = LETTER | MARK | DIGIT;
const APOSTROPHE = 39;

let runGlobal: RegExp | undefined;

/**
 * The capitalised runs of one sentence: the pieces of them all in flat arrays (each run's first
 * piece with hyphen false), run r being pieces firsts[r] to firsts[r + 1] - 1 (firsts ends with the
 * number of pieces). Six arrays a sentence instead of five a run (most runs are one word).
 */
export interface Runs {
  readonly pieces: Pieces;
  readonly firsts: number[];
}

/** The capitalised runs of `text[start, end)` (one sentence), in text order. */
export function capitalRuns(text: string, start: number, end: number, textHasSurrogates = true): Runs {
  const runs = noRuns();
  if (textHasSurrogates && SURROGATE.test(text.slice(start, end))) runsByRegex(text, start, end, runs);
  else runsByScan(text, start, end, runs);
  runs.firsts.push(runs.pieces.keys.length);
  return runs;
}

/**
 * capitalRuns of `text[start, end)` (one sentence with no surrogate half), tried only at `candidates`
 * (in order, inside the sentence): word starts (the sentence's start, or after no letter, mark or
 * digit) that hold every word start with a capital letter (starts.ts reads them off the tokens).
 * The same runs as the scanner that tries every character, which are those NAME_RUN finds.
 */
export function capitalRunsAt(text: string, start: number, end: number, candidates: readonly number[]): Runs {
  const runs = noRuns();
  let from = start;
  for (let k = 0; k < candidates.length; k++) {
    const p = candidates[k]!;
    if (p < from || !(classUpTo(text, p, end) & UPPER)) continue;
    const runEnd = runAt(text, p, end);
    if (runEnd < 0) continue;
    runs.firsts.push(runs.pieces.keys.length);
    piecesInto(text, p, runEnd, runs.pieces);
    from = runEnd;
  }
  runs.firsts.push(runs.pieces.keys.length);
  return runs;
}

/** No run at all (read only). */
export const NO_RUNS: Runs = { pieces: { starts: [], ends: [], keys: [], hyphen: [], plain: [] }, firsts: [0] };

function noRuns(): Runs {
  return { pieces: { starts: [], ends: [], keys: [], hyphen: [], plain: [] }, firsts: [] };
}

/**
 * False when `text` has no surrogate half at all (no astral character): then capitalRuns may skip
 * the test of each sentence (pass the answer as `textHasSurrogates`).
 */
export function hasSurrogates(text: string): boolean {
  return SURROGATE.test(text);
}

/** The regex way, for a sentence with astral characters (emoji, mathematical letters). */
function runsByRegex(text: string, start: number, end: number, runs: Runs): void {
  runGlobal ??= new RegExp(NAME_RUN, "gu");
  const s = text.slice(start, end);
  const out = runs.pieces;
  runGlobal.lastIndex = 0;
  for (let m = execAtWordStart(runGlobal, s); m; m = execAtWordStart(runGlobal, s)) {
    const p = pieces(text, start + m.index, start + m.index + m[0].length);
    runs.firsts.push(out.keys.length);
    for (let i = 0; i < p.keys.length; i++) {
      out.starts.push(p.starts[i]!);
      out.ends.push(p.ends[i]!);
      out.keys.push(p.keys[i]!);
      out.hyphen.push(p.hyphen[i]!);
      out.plain.push(p.plain[i]!);
    }
  }
}

/** The scanner, for a sentence of BMP characters only (no surrogate halves). */
function runsByScan(text: string, start: number, end: number, runs: Runs): void {
  for (let p = start; p < end; p++) {
    if (!(classUpTo(text, p, end) & UPPER) || (p > start && classUpTo(text, p - 1, end) & LMN)) continue;
    const runEnd = runAt(text, p, end);
    if (runEnd < 0) continue;
    runs.firsts.push(runs.pieces.keys.length);
    piecesInto(text, p, runEnd, runs.pieces);
    p = runEnd - 1;
  }
}

/**
 * The class bits of `text[i]` for a scan that stops before `end` (0 from `end` on). A plain function
 * rather than a closure over `end` made per sentence: the scanners below call it on every character.
 */
function classUpTo(text: string, i: number, end: number): number {
  return i < end ? charClass(text.charCodeAt(i)) : 0;
}

/** Where NAME_RUN starting at `p` ends, or -1 when it does not match there. */
function runAt(text: string, p: number, end: number): number {
  let runEnd = wordAt(text, p, end);
  if (runEnd < 0) return -1;
  for (;;) {
    const e = runEnd;
    let next = -1;
    const c = e < end ? text.charCodeAt(e) : -1;
    if (c === SPACE) {
      // " +" first, then " ?- ?"
      let f = e;
      while (f < end && text.charCodeAt(f) === SPACE) f++;
      next = wordAt(text, f, end);
      if (next < 0 && e + 1 < end && text.charCodeAt(e + 1) === HYPHEN) next = afterHyphen(text, e + 2, end);
    } else if (c === HYPHEN) {
      next = afterHyphen(text, e + 1, end);
    }
    if (next < 0) return runEnd;
    runEnd = next;
  }
}

/** The word after "-" and an optional space (" ?" is greedy: with the space first). */
function afterHyphen(text: string, g: number, end: number): number {
  if (g < end && text.charCodeAt(g) === SPACE) {
    const w = wordAt(text, g + 1, end);
    if (w >= 0) return w;
  }
  return wordAt(text, g, end);
}

/**
 * Where WORD starting at `q` ends, or -1. Each repetition of its group reads a maximal run (a
 * shorter one leaves a letter, which the lookahead refuses), so the repetitions form one chain and
 * the regex's backtracking picks the longest prefix of the chain that the lookahead accepts.
 */
function wordAt(text: string, q: number, end: number): number {
  if (!(classUpTo(text, q, end) & UPPER)) return -1;
  let e = q + 1;
  while (classUpTo(text, e, end) & LM) e++;
  let best = wordEndOk(text, e, end) ? e : -1;
  for (;;) {
    const c = e < end ? text.charCodeAt(e) : -1;
    const allowed = c === APOSTROPHE ? LM : c === HYPHEN ? LOWER | MARK : 0;
    if (!allowed) break;
    let f = e + 1;
    while (classUpTo(text, f, end) & allowed) f++;
    if (f === e + 1) break;
    e = f;
    if (wordEndOk(text, e, end)) best = e;
  }
  return best;
}

/** (?![\p{L}\p{M}\p{N}']) at `e`. */
function wordEndOk(text: string, e: number, end: number): boolean {
  return e >= end || (!(classUpTo(text, e, end) & LMN) && text.charCodeAt(e) !== APOSTROPHE);
}

/**
 * pieces() of the run `text[start, end)`, pushed to `out`: [\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+)* at
 * a time. In a run that is a stretch of letters, marks and apostrophes (NAME_RUN has no digit, and
 * puts an apostrophe only between letters), and what stands between two pieces is spaces and
 * hyphens: the pieces are cut at those two characters, with no class to read.
 */
function piecesInto(text: string, start: number, end: number, out: Pieces): void {
  let i = start;
  let hyphenBefore = false;
  while (i < end) {
    const a = i;
    // the piece's hash (for its key) and whether it is ASCII, read on the way
    let h = 0;
    let high = 0;
    for (let c = text.charCodeAt(i); c !== SPACE && c !== HYPHEN; c = text.charCodeAt(i)) {
      h = hashStep(h, c);
      high |= c;
      if (++i === end) break;
    }
    out.hyphen.push(hyphenBefore);
    out.starts.push(a);
    out.ends.push(i);
    out.keys.push(wordKeyHashed(text, a, i, h));
    out.plain.push(high < 0x80);
    hyphenBefore = false;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === HYPHEN) hyphenBefore = true;
      else if (c !== SPACE) break;
    }
  }
}

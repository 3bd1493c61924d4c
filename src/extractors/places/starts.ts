// Where a sentence's capitalised runs and place literals may start, read off its tokens
// (people/tokens.ts, made once per document for the organisations, people and quotes extractors
// too): a walk over the words instead of two scans of every character (one for capitals at word
// starts, one regex for the literals "xã", "TP.", "châu Á" …).
//
// Both searches want word starts: the sentence's start, or a letter, mark or digit after none. Every
// word token starts at one, and the only other word starts are inside tokens that a joiner glues
// together ("Jong-Un", "H'Hen", "GD&ĐT": after the ' & or -). So the candidates are the token starts,
// and around each joiner of the text the word start right after it and the start of the word before
// it (whose token may be longer than its first word: "Cam-pu-chia" is one token).
import { numberWord, wordNumber, type Tok } from "../people/tokens.js";
import type { LiteralStartTest } from "./match.js";
import { DIGIT, LETTER, MARK, UPPER, charClass } from "../../text/chars.js";

export interface WordStarts {
  /** word starts with a capital letter, and maybe more word starts (in order): capitalRunsAt tries them */
  readonly caps: readonly number[];
  /**
   * word starts where a literal may be written, as offsets from the sentence's start (in order):
   * every one where the prefixed or phrase pattern matches, and maybe more (literalMatches tries them)
   */
  readonly literals: readonly number[];
  /**
   * False when no capitalised run of the sentence can hold a name of `bareWords`: no word with a
   * capital letter is one of them, and no joiner glues words (the pieces of the runs are then
   * exactly those words). True otherwise.
   */
  readonly bare: boolean;
}

const LMN = LETTER | MARK | DIGIT;
const NONE: readonly number[] = [];

/** The offsets of every ' & and - of `text`, in order (the joiners of tokens.ts). */
export function joinerPositions(text: string): number[] {
  const out: number[] = [];
  for (const ch of ["'", "&", "-"]) for (let j = text.indexOf(ch); j >= 0; j = text.indexOf(ch, j + 1)) out.push(j);
  return out.length > 1 ? out.sort((a, b) => a - b) : out;
}

/**
 * The candidate starts of `text[start, end)` (one sentence with no surrogate half), from its tokens
 * `toks` and the joiners of the whole text (joinerPositions). `literal` tells a token a literal may
 * start (match.ts literalFirstWord); `bareWords` holds the folded first words of the names a run
 * may hold (the first words of the lexicon's bareTrie). `firstJoiner`: the index of the first joiner
 * at or after `start`, when the caller walking the sentences in order knows it.
 */
export function wordStarts(
  text: string,
  start: number,
  end: number,
  toks: readonly Tok[],
  joiners: readonly number[],
  literal: LiteralStartTest,
  bareWords: WordTable,
  firstJoiner = firstAtOrAfter(joiners, start),
): WordStarts {
  const extra = aroundJoiners(text, start, end, joiners, firstJoiner);
  const facts = startFactsFor(literal);
  const caps: number[] = [];
  let bare = extra.length > 0;
  let literals: number[] | null = null;
  let x = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.word) continue;
    const s = t.s;
    // the joiners' word starts up to this token's start (in it: at the next token)
    for (; x < extra.length && extra[x]! <= s; x++) {
      const e = extra[x]!;
      if (charClass(text.charCodeAt(e)) & UPPER) pushNew(caps, e);
      pushNew((literals ??= []), e - start);
    }
    const c = text.charCodeAt(s);
    let f = facts[c]!;
    if (f === 0) f = facts[c] = startFactsOf(c, literal);
    if (f === FACTS_READ) continue; // most tokens: lower case, and no literal starts with their first letter
    if (f & CAPITAL) {
      pushNew(caps, s);
      bare ||= inTable(bareWords, t);
    }
    if (f & LITERAL && literal.startsLiteral(text, t)) pushNew((literals ??= []), s - start);
  }
  for (; x < extra.length; x++) {
    const e = extra[x]!;
    if (charClass(text.charCodeAt(e)) & UPPER) pushNew(caps, e);
    pushNew((literals ??= []), e - start);
  }
  return { caps, literals: literals ?? NONE, bare };
}

// What wordStarts reads off a token's first code unit, once per code unit (0: not read yet): whether
// it is a capital letter, and whether a literal's first word may start with it (firstUnits). Most
// tokens start with a lower-case letter no literal starts with ("của", "được"), and cost one byte.
const FACTS_READ = 1;
const CAPITAL = 2;
const LITERAL = 4;
let startFacts = new Uint8Array(0x10000);
// the firstUnits the facts were read with (one table: literalFirstWord's is made once)
let factsFor: Uint8Array | null = null;

/** The start facts table for `literal`'s first units (emptied when they are other ones). */
function startFactsFor(literal: LiteralStartTest): Uint8Array {
  if (literal.firstUnits !== factsFor) {
    startFacts = new Uint8Array(0x10000);
    factsFor = literal.firstUnits;
  }
  return startFacts;
}

/** The start facts of code unit `c`: FACTS_READ, with CAPITAL and LITERAL when they hold. */
function startFactsOf(c: number, literal: LiteralStartTest): number {
  return FACTS_READ | (charClass(c) & UPPER ? CAPITAL : 0) | (literal.firstUnits[c] === 1 ? LITERAL : 0);
}

/**
 * A set of folded words by their number in the token vocabulary (tokens.ts numberWord): a token is
 * looked up by its word number, with no string to hash and compare.
 */
export type WordTable = Uint8Array;

/** The WordTable of `words` (folded words; numbered in the vocabulary when new). */
export function wordTable(words: Iterable<string>): WordTable {
  const ids = [...words].map(numberWord);
  const table = new Uint8Array(Math.max(-1, ...ids) + 1);
  for (const id of ids) table[id] = 1;
  return table;
}

/** True when token `t`'s folded word is one of `table`. */
export function inTable(table: WordTable, t: Tok): boolean {
  const id = wordNumber(t);
  return id >= 0 && id < table.length && table[id] === 1;
}

/** Pushes `n` unless it is the last number already (the lists stay in order, each start once). */
function pushNew(list: number[], n: number): void {
  if (list.length === 0 || list[list.length - 1] !== n) list.push(n);
}

/**
 * The word starts next to the joiners inside `[start, end)`, in order: the start of the word that
 * ends at a joiner ("Cam" of "Cam-pu-chia"), and the word right after one ("pu"). Mostly none.
 */
function aroundJoiners(text: string, start: number, end: number, joiners: readonly number[], from: number): readonly number[] {
  let k = from;
  if (k === joiners.length || joiners[k]! >= end) return NONE;
  const out: number[] = [];
  for (; k < joiners.length && joiners[k]! < end; k++) {
    const j = joiners[k]!;
    if (j > start && charClass(text.charCodeAt(j - 1)) & LMN) {
      let w = j - 1;
      while (w > start && charClass(text.charCodeAt(w - 1)) & LMN) w--;
      pushNew(out, w);
    }
    if (j + 1 < end && charClass(text.charCodeAt(j + 1)) & LMN) pushNew(out, j + 1);
  }
  return out;
}

/** The index of the first of `sorted` that is `at` or more (binary search). */
export function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Word tokens with offsets, for the name, title and organisation grammars. A token is a run of
// letters, marks and digits, with inner hyphens, apostrophes and ampersands kept
// ("Jong-un", "H'Hen", "GD&ĐT"), or one other non-space character. Dots are their own tokens, so
// "PGS.TS." is PGS . TS . and "N.V.A" is N . V . A; `glued` tells that no space came before.
import { fold } from "../../text/fold.js";
import { hasCharOf, DIGIT, isSurrogateCode } from "../../text/chars.js";
import { SpanTable, hashOf, hashStep } from "../../text/span-table.js";

/** One token in normalized offsets. */
export interface Tok {
  /** start and end in the normalized text */
  readonly s: number;
  readonly e: number;
  /** the text as written */
  readonly t: string;
  /** fold(t): lower case, one tone placement */
  readonly f: string;
  /** a word (letters or digits), not punctuation */
  readonly word: boolean;
  /** starts with a capital letter: "Ngọc", "UBND", "H'Hen" */
  readonly cap: boolean;
  /** two or more letters, none lower case: "UBND", "THPT", "GD&ĐT" */
  readonly acronym: boolean;
  /** starts with a digit: "5", "05", "2023" */
  readonly num: boolean;
  /** no white space between this token and the one before */
  readonly glued: boolean;
  /**
   * may be part of a name: a capitalised word with no digit, not an acronym unless a lone letter
   * ("Ngọc", "H"; not "UBND", "U16"). Decided once per distinct word: the name rules ask it of
   * every capitalised token, several times per sentence.
   */
  readonly nameWord: boolean;
  /**
   * The number of `f` among the words of the phrase tries (see wordNumber), or when `f` was none of
   * them as the token was read, -1 minus the count of those words then. Absent on hand-made tokens.
   */
  readonly vid?: number;
}

// The folded words of every PhraseTrie phrase, numbered in the order they come: a token carries the
// number of its word, so a trie matches numbers instead of strings. The tries are built from the
// lexicons, so this grows with the data, never with the text.
const VOCABULARY = new Map<string, number>();

/** The number of the folded word `f` in the trie vocabulary, added when new. */
export function numberWord(f: string): number {
  let id = VOCABULARY.get(f);
  if (id === undefined) {
    id = VOCABULARY.size;
    VOCABULARY.set(f, id);
  }
  return id;
}

/** The number of folded word `f` in the trie vocabulary, or -1 when it is none of its words. */
export function numberOf(f: string): number {
  return VOCABULARY.get(f) ?? -1;
}

/** `vid` for folded word `f`, as the vocabulary stands now. */
function vidOf(f: string): number {
  return VOCABULARY.get(f) ?? -1 - VOCABULARY.size;
}

/**
 * The number of token `t`'s folded word in the trie vocabulary, or -1 when it has none: no trie holds
 * that word. A token read before the vocabulary last grew is looked up again.
 */
export function wordNumber(t: Tok): number {
  const v = t.vid;
  if (v !== undefined && v >= 0) return v;
  if (v !== undefined && v === -1 - VOCABULARY.size) return -1;
  return numberOf(t.f);
}

// Nguyễn Thị Kim Ngọc · Kim Jong-un · H'Hen Niê · GD&ĐT · 1.252 → 1 . 252
// A token is a run of word characters (letters, marks, digits), joined to the next run by "'" or "&",
// or by "-" between Latin words ("Jong-un", "Al-Nusra"): the run after the hyphen and the character
// after that run are ASCII (or a space). Between Vietnamese words a hyphen separates them
// ("Thanh-Phó chủ tịch", "Rịa-Vũng Tàu"). Any other character but a space is a token of its own.
// The same as TOKEN below, read by hand: a regex match allocates an array per token.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/u;
const LETTERS2 = /\p{L}.*\p{L}/u;
const LOWER = /\p{Ll}/u;
const DIGITS = /^\d+$/;

// the kind of each BMP character, learnt on first sight: 0 not yet known, then WORD, SPACE or OTHER
const WORD_K = 1;
const SPACE_K = 2;
const OTHER_K = 3;
const KINDS = new Uint8Array(0x10000);

/** WORD_K, SPACE_K or OTHER_K for one code point (a lone surrogate is OTHER_K). */
function kindOf(cp: number): number {
  if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp)) ? WORD_K : OTHER_K;
  let k = KINDS[cp]!;
  if (k === 0) {
    const ch = String.fromCharCode(cp);
    const surrogate = cp >= 0xd800 && cp <= 0xdfff;
    k = KINDS[cp] = !surrogate && WORD_CHAR.test(ch) ? WORD_K : !surrogate && SPACE_CHAR.test(ch) ? SPACE_K : OTHER_K;
  }
  return k;
}

/** The code point at `i` (a surrogate pair only when both halves are before `end`). */
function codePointAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

function isWordAt(text: string, i: number, end: number): boolean {
  return i < end && kindOf(codePointAt(text, i, end)) === WORD_K;
}

/**
 * The end of the run of word characters from `i`, which also ends at a surrogate: tokenize() meets
 * it next and hands the whole text to the pattern.
 */
function runEnd(text: string, i: number, end: number): number {
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSurrogateCode(c) || kindOf(c) !== WORD_K) break;
  }
  return i;
}

/** True when the run from `i` is ASCII and so is the character after it, or that is a space: "un" in "Jong-un". */
function latinRun(text: string, i: number, end: number): boolean {
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return kindOf(codePointAt(text, i, end)) === SPACE_K;
    if (KINDS[c] !== WORD_K) return true;
  }
  return true;
}

/** The end of a word token whose first run ends at `j`: later runs joined by ' & or a Latin hyphen. */
function wordEnd(text: string, j: number, end: number): number {
  while (j < end) {
    const c = text.charCodeAt(j);
    const joins = c === 39 || c === 38 ? isWordAt(text, j + 1, end) : c === 45 && isWordAt(text, j + 1, end) && latinRun(text, j + 1, end);
    if (!joins) break;
    j = runEnd(text, j + 1, end);
  }
  return j;
}

// latinRun reads ASCII kinds straight from the table
for (let c = 0; c < 128; c++) kindOf(c);

/** A character that has a lower-case form different from itself ("Ư", "A"; not "1", "ư"). */
function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** What a token's text alone decides: every token with the same text shares one. */
type Word = Pick<Tok, "t" | "f" | "word" | "cap" | "acronym" | "num" | "nameWord"> & {
  /** Tok.vid, brought up to date when the vocabulary grows */
  vid: number;
};

/** The Word of text `t`; `wordStart`: it starts with a letter, mark or digit. */
function readWord(t: string, wordStart: boolean): Word {
  const c = t.charCodeAt(0);
  // cheap tests first: a token is a word run or one other character
  const num = c >= 48 && c <= 57;
  const word = num || t.length > 1 || wordStart;
  // ASCII first: a-z is lower case, A-Z upper; other letters need the case tables
  const cap = word && !num && (c < 128 ? c >= 65 && c <= 90 : isUpper(t.charAt(0)));
  // whole-string case conversions are slow on Vietnamese: test the second letter first
  const acronym = cap && t.length > 1 && isUpper(t.charAt(1)) && !LOWER.test(t) && LETTERS2.test(t);
  // digits fold to themselves: "2023", "1" need no lookup
  const f = !word ? t : num && DIGITS.test(t) ? t : fold(t);
  const nameWord = word && cap && !hasNumberChar(t) && (!acronym || t.length === 1);
  return { t, f, word, cap, acronym, num, nameWord, vid: vidOf(f) };
}

// The Words seen so far, by their text's code units (a SpanTable): a token found there costs no
// slice of the text, no string hash and no fold. Vietnamese has a few thousand syllables, but names,
// numbers and foreign words make many more distinct tokens: 27,700 in the 3,693 corpus articles.
// 2^16 slots hold 32,768 words before the table empties. With 2^15 (16,384 words) it emptied two or
// three times a corpus pass, and some 40,000 tokens a pass were read again, at about 3 µs each (the
// fold). With the number words' and the lookup keys' tables, that was 4 % of a warm pass's
// instructions (node bench/instructions.mjs), and the larger table has fewer cache misses, not more.
const WORDS = new SpanTable<Word>(16);

/** The Word of `text[s, e)` (no surrogates), whose hashOf is `h`, from the table or read and added to it. */
function wordAt(text: string, s: number, e: number, h: number, wordStart: boolean): Word {
  const known = WORDS.get(text, s, e, h);
  if (known !== undefined) return known;
  const t = text.slice(s, e);
  const w = readWord(t, wordStart);
  WORDS.add(t, h, w);
  return w;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:['&]|-(?![\p{L}\p{M}\p{N}]*[^\u0000-\u007f\s]))[\p{L}\p{M}\p{N}]+)*|\S/gu;

// tokenize() gathers a sentence's tokens here and copies them out at their number: a list grown by
// push copies itself as it grows and keeps unused room. Past a long sentence it is let go.
const gathered: Tok[] = [];
const MAX_GATHERED = 1024;

/** The tokens of `text[start, end)`. */
export function tokenize(text: string, start: number, end: number): Tok[] {
  let n = 0;
  let prevEnd = -1;
  for (let s = start; s < end; ) {
    const c = text.charCodeAt(s);
    // astral characters (emoji, mathematical letters) are rare and the pattern reads them: at the
    // first surrogate the tokens so far are dropped. Every character of the text is either here at
    // `s` or inside a word run, and runEnd stops at a surrogate, so none is missed.
    if (isSurrogateCode(c)) return tokenizeByPattern(text, start, end, []);
    const kind = kindOf(c);
    if (kind === SPACE_K) {
      s++;
      continue;
    }
    let e = s + 1;
    let h = c;
    if (kind === WORD_K) {
      // the first run of word characters, hashed as it is read (runEnd, by hand; a surrogate half is
      // OTHER_K in the table, so the run stops there too)
      for (; e < end; e++) {
        const d = text.charCodeAt(e);
        const k = KINDS[d]!;
        if (k !== WORD_K && (k !== 0 || kindOf(d) !== WORD_K)) break;
        h = hashStep(h, d);
      }
      // runs joined by ' & or a Latin hyphen are rare: hash the whole token again then
      const joined = wordEnd(text, e, end);
      if (joined !== e) h = hashOf(text, s, (e = joined));
    }
    gathered[n++] = token(wordAt(text, s, e, h, kind === WORD_K), s, prevEnd === s);
    prevEnd = s = e;
  }
  const out = gathered.slice(0, n);
  if (gathered.length > MAX_GATHERED) gathered.length = 0;
  return out;
}

/** tokenize() with the token pattern. */
function tokenizeByPattern(text: string, start: number, end: number, out: Tok[]): Tok[] {
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) pushToken(out, readWord(m[0], isWordStart(m[0])), start + m.index);
  return out;
}

function isWordStart(t: string): boolean {
  return kindOf(codePointAt(t, 0, t.length)) === WORD_K;
}

/** Adds a token with the text of `w` that starts at `s`. */
function pushToken(out: Tok[], w: Word, s: number): void {
  const prev = out[out.length - 1];
  out.push(token(w, s, prev !== undefined && prev.e === s));
}

/** A token with the text of `w` that starts at `s`; `glued`: no space before it. */
function token(w: Word, s: number, glued: boolean): Tok {
  if (w.vid < 0 && w.vid !== -1 - VOCABULARY.size) w.vid = vidOf(w.f);
  return { s, e: s + w.t.length, t: w.t, f: w.f, word: w.word, cap: w.cap, acronym: w.acronym, num: w.num, glued, nameWord: w.nameWord, vid: w.vid };
}

/**
 * Token `t` with its capital: "bộ" read as "Bộ" by a grammar that wants one. Written out field by
 * field in token()'s order, so it has the shape of every other token: a spread (`{ ...t, cap: true }`)
 * makes an object of another shape, and each function that met one dropped its optimized code.
 */
export function capitalised(t: Tok): Tok {
  return { s: t.s, e: t.e, t: t.t, f: t.f, word: t.word, cap: true, acronym: t.acronym, num: t.num, glued: t.glued, nameWord: t.nameWord, vid: t.vid };
}

/**
 * `toks[i]`, or undefined when `i` is outside the list, read without going past its ends: the first
 * time optimized code reads past an array's end, V8 drops it and compiles the function again ("out of
 * bounds" in `node --trace-deopt`). For the reads at a list's end that the corpus reaches.
 */
export function tokAt(toks: readonly Tok[], i: number): Tok | undefined {
  return i >= 0 && i < toks.length ? toks[i] : undefined;
}

/** /\p{N}/u.test(w), read with the shared class table. */
export const hasNumberChar = (w: string): boolean => hasCharOf(w, DIGIT);

/** The folded words of `s`, for lexicon keys: "Phó Chủ tịch" → ["phó", "chủ", "tịch"]. */
export function foldWords(s: string): string[] {
  return tokenize(s, 0, s.length).map((t) => t.f);
}

/**
 * A set of words in their folded form, for comparing with `Tok.f`: the fold moves tone marks to the
 * end of the syllable, so a literal "rằng" or "đáng" would never equal a folded token.
 * @example foldedSet(["rằng", "là"]).has(tokenize("rằng", 0, 4)[0].f); // true
 */
export function foldedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((w) => foldWords(w).join(" ")));
}

/** The folded form of one word, for comparing with `Tok.f`: fw("tuổi") === fold("tuổi"). */
export function fw(word: string): string {
  return fold(word);
}

// Word tokens with offsets, for the name, title and organisation grammars. A token is a run of
// letters, marks and digits, with inner hyphens, apostrophes and ampersands kept
// ("Jong-un", "H'Hen", "GD&ĐT"), or one other non-space character. Dots are their own tokens, so
// "PGS.TS." is PGS . TS . and "N.V.A" is N . V . A; `glued` tells that no space came before.
import { fold } from "../../text/fold.js";

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
}

// Nguyễn Thị Kim Ngọc · Kim Jong-un · H'Hen Niê · GD&ĐT · 1.252 → 1 . 252
// A hyphen between Vietnamese words separates them ("Thanh-Phó chủ tịch", "Rịa-Vũng Tàu"); between
// Latin letters it joins a foreign name ("Jong-un", "Al-Nusra").
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:['&]|-(?![\p{L}\p{M}\p{N}]*[^\u0000-\u007f\s]))[\p{L}\p{M}\p{N}]+)*|\S/gu;
const LETTERS2 = /\p{L}.*\p{L}/u;
const LOWER = /\p{Ll}/u;
const WORD = /^[\p{L}\p{M}\p{N}]/u;
const DIGITS = /^\d+$/;

/** A character that has a lower-case form different from itself ("Ư", "A"; not "1", "ư"). */
function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

// fold() is pure and Vietnamese has a few thousand syllables: remember them (bounded, so a hostile
// input of random words cannot grow the cache without end).
const FOLDS = new Map<string, string>();
const MAX_FOLDS = 50_000;

function foldCached(w: string): string {
  let f = FOLDS.get(w);
  if (f === undefined) {
    if (FOLDS.size >= MAX_FOLDS) FOLDS.clear();
    f = fold(w);
    FOLDS.set(w, f);
  }
  return f;
}

/** The tokens of `text[start, end)`. */
export function tokenize(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let prevEnd = -1;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const t = m[0];
    const s = start + m.index;
    const c = t.charCodeAt(0);
    // cheap tests first: the token regex gives letters/digits or one other character
    const num = c >= 48 && c <= 57;
    const word = num || t.length > 1 || WORD.test(t);
    // ASCII first: a-z is lower case, A-Z upper; other letters need the case tables
    const cap = word && !num && (c < 128 ? c >= 65 && c <= 90 : isUpper(t.charAt(0)));
    // whole-string case conversions are slow on Vietnamese: test the second letter first
    const acronym = cap && t.length > 1 && isUpper(t.charAt(1)) && !LOWER.test(t) && LETTERS2.test(t);
    out.push({
      s,
      e: s + t.length,
      t,
      // digits fold to themselves: "2023", "1" need no lookup
      f: !word ? t : num && DIGITS.test(t) ? t : foldCached(t),
      word,
      cap,
      acronym,
      num,
      glued: s === prevEnd,
    });
    prevEnd = s + t.length;
  }
  return out;
}

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

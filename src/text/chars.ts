// What a BMP character is (letter, mark, digit, capital, lower case), learnt from the Unicode
// property regexes on first sight and kept in a table: hand-written scanners test a character with
// one array read instead of a `\p{…}` regex.

/** \p{L} */
export const LETTER = 1;
/** \p{M} */
export const MARK = 2;
/** \p{N} */
export const DIGIT = 4;
/** \p{Lu} */
export const UPPER = 8;
/** \p{Ll} */
export const LOWER = 16;
/** toLowerCase() changes it (surrogate halves count: an astral capital may) */
const CASED = 64;
const KNOWN = 128;

const CLASSES: readonly [number, RegExp][] = [
  [LETTER, /^\p{L}$/u],
  [MARK, /^\p{M}$/u],
  [DIGIT, /^\p{N}$/u],
  [UPPER, /^\p{Lu}$/u],
  [LOWER, /^\p{Ll}$/u],
];
const TABLE = new Uint8Array(0x10000);

/**
 * The class bits of the UTF-16 code unit `c` (LETTER | MARK | …). A surrogate half is nothing:
 * callers that may meet astral characters must handle them apart.
 */
export function charClass(c: number): number {
  let b = TABLE[c]!;
  if (b === 0) {
    b = KNOWN;
    const ch = String.fromCharCode(c);
    for (const [bit, re] of CLASSES) if (re.test(ch)) b |= bit;
    if (ch.toLowerCase() !== ch || (c >= 0xd800 && c <= 0xdfff)) b |= CASED;
    TABLE[c] = b;
  }
  return b;
}

/** The class bits of the code unit at `i` of `s`, 0 past its end. */
export function classAt(s: string, i: number): number {
  return i < s.length ? charClass(s.charCodeAt(i)) : 0;
}

/**
 * s.toLowerCase(), without its cost when nothing changes: V8 lower-cases a string of non-Latin-1
 * characters (every Vietnamese word with a tone mark) by a slow path even when it is lower case.
 * No character changes alone, so the string does not change (Σ, whose lower case depends on its
 * neighbours, changes alone).
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 ? c >= 65 && c <= 90 : charClass(c) & CASED) return s.toLowerCase();
  }
  return s;
}

/**
 * text.charCodeAt(i), or -1 outside the string: a read past the end that optimized code has not met
 * before deoptimizes it ("out of bounds"), and numbers and dates end at the text's end often enough.
 */
export const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/** The code units the scanners compare most: " " and "-". */
export const SPACE = 0x20;
export const HYPHEN = 0x2d;

// for hasCharOf on a string with a surrogate half: the property over the whole string
const ASTRAL: Readonly<Record<number, RegExp>> = { [LETTER]: /\p{L}/u, [DIGIT]: /\p{N}/u };

/**
 * `s` has a character of class `bit` (LETTER or DIGIT): /\p{L}/u.test(s) or /\p{N}/u.test(s), read
 * with the class table; at a surrogate half (an astral character may be one) the regex reads `s`.
 */
export function hasCharOf(s: string, bit: typeof LETTER | typeof DIGIT): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return ASTRAL[bit]!.test(s);
    if (charClass(c) & bit) return true;
  }
  return false;
}

/** An ASCII digit 0–9 (-1 or NaN, past a string's end, is none). */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** A UTF-16 surrogate, either half (an astral character's code unit). */
export const isSurrogateCode = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

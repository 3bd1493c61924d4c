// Reading one number: digit groups and number words, with the scale words folded in.
// 1,5 tỷ · hai mươi lăm · một trăm linh năm · ba nghìn hai trăm · 3 tỷ 500 triệu · hai triệu rưỡi
import { parseDigitsAt } from "./digits.js";
import { lowerCase, charClass, codeAt, isDigitCode, LETTER, MARK, DIGIT, SPACE } from "../chars.js";
import { numberWordAt, maxWordLength, startsNumberWordCode, type WordInfo, type Role } from "./words.js";
import type { NumberRead, QuantityRead } from "./types.js";

// a fraction's denominator: 8/10 (not followed by another "/d", which makes a date)
const FRACTION = /\/(\d{1,4})(?![\d/.,-]\d|[\p{L}\p{M}])/uy;
// a word of letters
const WORD = /[\p{L}\p{M}]{1,12}(?![\p{L}\p{M}\p{N}])/uy;

/** A digit group or a number word; one class, so that every token has one shape. */
class Token {
  constructor(
    readonly start: number,
    readonly end: number,
    /** the value of the digits, or undefined for a word */
    readonly num: number | undefined,
    /** the number word, or undefined for digits */
    readonly word: WordInfo | undefined,
    /** how the digits were written (false for a word) */
    readonly decimal: boolean,
    readonly grouped: boolean,
    readonly leadingZero: boolean,
    /** the number of digits (0 for a word) */
    readonly digits: number,
  ) {}
}

export function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const SLASH = 47;
// "." and ",", between digit groups
const isGroupMark = (c: number): boolean => c === 46 || c === 44;

/**
 * Where the digit groups from `pos` (a digit) end: 1.252 · 1,5 · 12.500.000, bounded to at most 9
 * groups of at most 15 digits. A scanner for the greedy /\d{1,15}(?:[.,]\d{1,15}){0,8}/y (no
 * backtracking is ever needed: every group is optional), without a match array per number.
 */
export function digitGroupsEnd(text: string, pos: number): number {
  let end = digitsEnd(text, pos);
  for (let g = 0; g < 8 && isGroupMark(codeAt(text, end)) && isDigitCode(codeAt(text, end + 1)); g++) end = digitsEnd(text, end + 1);
  return end;
}

/** The end of at most 15 digits from `pos` (a digit). */
function digitsEnd(text: string, pos: number): number {
  let i = pos + 1;
  while (i - pos < 15 && isDigitCode(codeAt(text, i))) i++;
  return i;
}

/** The end of the gap between two tokens of one number: one to three spaces (the first is at `pos`). */
function gapEnd(text: string, pos: number): number {
  let i = pos + 1;
  while (i - pos < 3 && codeAt(text, i) === SPACE) i++;
  return i;
}

/**
 * Where WORD matches at `pos` ends, or -1: a scanner by the class table, without a match array. A
 * run longer than 12, or one that a digit follows, is no match (backing off leaves a letter next); a
 * surrogate half (an astral character) asks the regex.
 */
export function wordEnd(text: string, pos: number): number {
  let i = pos;
  for (; i < text.length && i - pos <= 12; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const w = sticky(WORD, text, pos);
      return w ? pos + w[0].length : -1;
    }
    if (!(charClass(c) & (LETTER | MARK))) break;
  }
  const n = i - pos;
  if (n < 1 || n > 12 || (i < text.length && charClass(text.charCodeAt(i)) & DIGIT)) return -1;
  return i;
}

function tokenAt(text: string, pos: number, limit: number): Token | null | "invalid" {
  const c = codeAt(text, pos);
  if (isDigitCode(c)) {
    const end = digitGroupsEnd(text, pos);
    if (end > limit) return null;
    if (isGroupMark(codeAt(text, end)) && isDigitCode(codeAt(text, end + 1))) return "invalid"; // too many groups
    if (isOneGroup(text, pos, end)) {
      // parseDigits of a plain integer, without the string: at most 15 digits, exact in a double
      let value = 0;
      for (let i = pos; i < end; i++) value = value * 10 + (text.charCodeAt(i) - 48);
      return new Token(pos, end, value, undefined, false, false, end - pos > 1 && c === 48, end - pos);
    }
    const parsed = parseDigitsAt(text, pos, end);
    if (!parsed) return "invalid";
    return new Token(pos, end, parsed.value, undefined, parsed.decimal, parsed.grouped, parsed.leadingZero, digitCount(text, pos, end));
  }
  if (c < 0 || c === SPACE || !startsNumberWordCode(c)) return null;
  const end = wordEnd(text, pos);
  // no number word is longer than the longest of the list ("triệu", "nghìn")
  if (end < 0 || end - pos > maxWordLength() || end > limit) return null;
  const info = numberWordAt(text, pos, end);
  if (!info) return null;
  return new Token(pos, end, undefined, info, false, false, false, 0);
}

/** The digits of `text[start, end)`: digit groups without their marks. */
function digitCount(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (isDigitCode(text.charCodeAt(i))) n++;
  return n;
}

/** True when `text[start, end)` (digit groups) is one group: no "." or ",". */
function isOneGroup(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The number tokens from `pos` on (at most 14), separated by spaces, read lazily: "một một một …"
 * must not cost fourteen tokens at every "một".
 */
class Tokens {
  readonly read: Token[] = [];
  private at: number;
  private ended = false;
  invalid = false;

  constructor(
    private readonly text: string,
    pos: number,
    private readonly limit: number,
  ) {
    this.at = pos;
    this.get(0);
  }

  get(i: number): Token | undefined {
    while (this.read.length <= i && !this.ended) this.next();
    return this.read[i];
  }

  private next(): void {
    const { text, read } = this;
    if (read.length >= 14) {
      this.ended = true;
      return;
    }
    const t = tokenAt(text, this.at, this.limit);
    // a digit group right after another one is a phone number or a list, not one number
    if (t === "invalid" || !t || (t.num !== undefined && read.length > 0 && read[read.length - 1]!.num !== undefined)) {
      if (t === "invalid" && read.length === 0) this.invalid = true;
      this.ended = true;
      return;
    }
    read.push(t);
    // what may separate the tokens of one number: one to three spaces ("hai mươi lăm", "3 tỷ 500 triệu")
    if (codeAt(text, t.end) !== SPACE) this.ended = true;
    else this.at = gapEnd(text, t.end);
  }
}

const isDigitWord = (t: Token | undefined): t is Token & { word: WordInfo } => t?.word?.role === "digit";
const roleOf = (t: Token | undefined): Role | undefined => t?.word?.role;

/**
 * One group below a thousand: a digit string, or words such as "ba trăm linh năm", "hai mươi tư",
 * "mười lăm", "bảy". Returns the value and the index of the next token, or null.
 */
function readGroup(ts: Tokens, i: number): { value: number; next: number } | null {
  const t = ts.get(i);
  if (!t) return null;
  if (t.num !== undefined) return { value: t.num, next: i + 1 };
  if (t.word!.role === "half") return { value: 0.5, next: i + 1 };
  let value = 0;
  let j = i;
  let hundreds = false;
  if (isDigitWord(ts.get(j)) && roleOf(ts.get(j + 1)) === "hundred") {
    value += ts.get(j)!.word!.value * 100;
    j += 2;
    hundreds = true;
    if (roleOf(ts.get(j)) === "link" && isDigitWord(ts.get(j + 1))) return { value: value + ts.get(j + 1)!.word!.value, next: j + 2 };
    if (roleOf(ts.get(j)) === "half-after") return { value: value + 50, next: j + 1 };
  }
  if (roleOf(ts.get(j)) === "ten") {
    value += 10;
    j++;
    const u = ts.get(j);
    // "mười một … mười chín", "mười lăm"; "mười năm" is ten years, not fifteen
    if (isDigitWord(u) && u.word.value !== 5) return { value: value + u.word.value, next: j + 1 };
    if (u?.word?.role === "unit-after-tens" && u.word.value === 5) return { value: value + 5, next: j + 1 };
    return { value, next: j };
  }
  if (isDigitWord(ts.get(j)) && roleOf(ts.get(j + 1)) === "tens" && ts.get(j)!.word!.value >= 2) {
    value += ts.get(j)!.word!.value * 10;
    j += 2;
    const u = ts.get(j);
    if (u?.word?.role === "unit-after-tens") return { value: value + u.word.value, next: j + 1 };
    if (isDigitWord(u) && u.word.value !== 5) return { value: value + u.word.value, next: j + 1 };
    return { value, next: j };
  }
  if (isDigitWord(ts.get(j))) {
    const d = ts.get(j)!.word!.value;
    // shorthand after hundreds: "một trăm hai" = 120 (when no other number word follows)
    if (hundreds && ts.get(j + 1)?.word === undefined && d !== 5 && d !== 1) return { value: value + d * 10, next: j + 1 };
    if (hundreds) return { value, next: j };
    return { value: d, next: j + 1 };
  }
  if (hundreds && ts.get(j)?.word?.role === "unit-after-tens" && ts.get(j)!.word!.value === 4) return { value: value + 40, next: j + 1 };
  return hundreds ? { value, next: j } : null;
}

/**
 * Reads one number (digits or words, with scale words folded in) at `pos`:
 * "1,5 tỷ" → 1.5e9, "ba nghìn hai trăm" → 3200, "3 tỷ 500 triệu" → 3.5e9, "hai triệu rưỡi" → 2.5e6.
 * Returns null when no number starts at `pos`; reads nothing past `limit`.
 */
export function readNumber(text: string, pos: number, limit = text.length): NumberRead | null {
  const ts = new Tokens(text, pos, limit);
  if (ts.invalid || ts.get(0) === undefined) return null;
  let total = 0;
  let lastScale = 0;
  let scaled = false;
  let i = 0;
  let end = pos;
  let groups = 0;
  while (ts.get(i) !== undefined) {
    const g = readGroup(ts, i);
    if (!g) break;
    let j = g.next;
    let value = g.value;
    let applied = 0;
    for (let s = ts.get(j); s?.word; s = ts.get(j)) {
      // "trăm" after digits works as a scale: "5 trăm" = 500
      const isScale = s.word.role === "scale" || (s.word.role === "hundred" && j === g.next && ts.get(j - 1)!.num !== undefined);
      if (!isScale || (total === 0 && value === 0)) break;
      if (s.word.notBefore.size && nextWordIn(text, s.end, s.word.notBefore)) break;
      const S = s.word.value;
      // "một nghìn tỷ": a scale multiplies everything read so far that is smaller than itself
      if (total + value < S) total = (total + value) * S;
      else total += value * S;
      value = 0;
      lastScale = S;
      scaled = true;
      applied++;
      end = s.end;
      j++;
    }
    if (applied === 0) {
      if (groups === 0) {
        total = g.value;
        end = ts.get(g.next - 1)!.end;
        groups++;
      } else if (ts.get(i)!.word && g.value < lastScale) {
        // a trailing group in words: "ba nghìn hai trăm"; shorthand "ba nghìn hai" = 3200
        const single = g.next === i + 1 && ts.get(i)!.word!.role === "digit" && g.value !== 5 && g.value !== 1;
        total += single && lastScale >= 1000 ? (g.value * lastScale) / 10 : g.value;
        end = ts.get(g.next - 1)!.end;
        groups++;
      }
      break;
    }
    groups++;
    i = j;
    if (roleOf(ts.get(i)) === "half-after") {
      total += lastScale / 2;
      end = ts.get(i)!.end;
      break;
    }
  }
  if (groups === 0) return null;
  // 65,1 × 1e6 is 65099999.99999999 in binary floating point: keep 15 significant digits
  // (an integer below 1e15 already has at most 15: skip the costly round trip through a string; so
  // has the digits' own value, unscaled, when they are at most 15: "3,25" comes back as 3.25)
  const first = ts.get(0)!;
  const ownDigits = !scaled && groups === 1 && first.num !== undefined && first.digits <= 15;
  if (!ownDigits && !(Number.isInteger(total) && total < 1e15)) total = Number(total.toPrecision(15));
  let used = 0;
  const words = first.word !== undefined;
  let decimal = false;
  let grouped = false;
  let leadingZero = false;
  for (const t of ts.read) {
    if (t.end > end) break;
    used++;
    decimal ||= t.decimal;
    grouped ||= t.grouped;
    leadingZero ||= t.leadingZero;
  }
  // a fraction 8/10 (only a plain integer; dates are read by the dates extractor)
  let outOf: number | null = null;
  const plain = used === 1 && first.num !== undefined && !first.decimal && !first.grouped;
  if (plain) {
    const f = codeAt(text, first.end) === SLASH ? sticky(FRACTION, text, first.end) : null;
    if (f && first.end + f[0].length <= limit) {
      outOf = Number(f[1]);
      end = first.end + f[0].length;
    }
  }
  return {
    value: total,
    start: pos,
    end,
    words,
    tokens: used,
    scaled,
    decimal,
    grouped,
    leadingZero,
    plainDigits: plain ? first.end - first.start : 0,
    outOf,
    // filled in by readQuantity; set here so that both share one object shape
    valueMax: null,
    percent: false,
    brokenRange: false,
  } satisfies QuantityRead as NumberRead;
}

// the word after a scale word: " chứng" in "3 triệu chứng"
const NEXT_WORD = /[ ]{1,3}([\p{L}\p{M}]{1,12})(?![\p{L}\p{M}])/uy;
function nextWordIn(text: string, pos: number, set: ReadonlySet<string>): boolean {
  const m = sticky(NEXT_WORD, text, pos);
  return m !== null && set.has(lowerCase(m[1]!));
}

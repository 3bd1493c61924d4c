// A quantity: a number, a range ("5-7", "từ 5 đến 7", "41,28 - 41,56 triệu"), a percentage.
import { readNumber } from "./grammar.js";
import { codeAt, isDigitCode, charClass, LETTER, MARK, SPACE, HYPHEN } from "../chars.js";
import { numberWord } from "./words.js";
import type { NumberRead, QuantityRead } from "./types.js";

const TILDE = 126;
const PERCENT_SIGN = 37;
const DEN = "đến";
const TOI = "tới";
const PHAN_TRAM = "phần trăm";

/**
 * The length of the range separator at `pos`, or -1: what /(?: {0,2}[-~] {0,2}| {1,2}(?:đến|tới) {1,2})/y
 * matches ("5-7", "5 - 7", "5 đến 7", "5 tới 7", "5~7"), without a match array per number.
 */
export function rangeSepLength(text: string, pos: number): number {
  const mark = spacesEnd(text, pos, 3);
  const before = mark - pos;
  const c = codeAt(text, mark);
  if (before <= 2 && (c === HYPHEN || c === TILDE)) return spacesEnd(text, mark + 1, 2) - pos;
  if (before >= 1 && before <= 2 && (text.startsWith(DEN, mark) || text.startsWith(TOI, mark))) {
    const word = mark + DEN.length; // "tới" is as long
    const end = spacesEnd(text, word, 2);
    if (end > word) return end - pos;
  }
  return -1;
}

/** The mark of the range separator at `pos` (of rangeSepLength): "-", "~", or the first letter of a word. */
const sepMark = (text: string, pos: number): number => codeAt(text, spacesEnd(text, pos, 2));

/**
 * The length of the percent sign at `pos`, or -1: what /(?: ?%| {1,2}phần trăm(?![\p{L}\p{M}]))/uy
 * matches ("15%", "15 %", "15 phần trăm").
 */
export function percentLength(text: string, pos: number): number {
  const c = codeAt(text, pos);
  if (c === PERCENT_SIGN) return 1;
  if (c !== SPACE) return -1;
  if (codeAt(text, pos + 1) === PERCENT_SIGN) return 2;
  const word = codeAt(text, pos + 1) === SPACE ? pos + 2 : pos + 1;
  if (!text.startsWith(PHAN_TRAM, word)) return -1;
  const end = word + PHAN_TRAM.length;
  return isLetterOrMarkAt(text, end) ? -1 : end - pos;
}

/** After a space: "%", "p" of "phần trăm", or a second space. */
const mayStartPercent = (c: number): boolean => c === PERCENT_SIGN || c === 112 || c === SPACE;

/** The end of at most `max` spaces from `pos`. */
function spacesEnd(text: string, pos: number, max: number): number {
  let i = pos;
  while (i - pos < max && codeAt(text, i) === SPACE) i++;
  return i;
}

/** True when a letter or a mark (\p{L}, \p{M}) starts at `i`; astral ones ask the regex. */
function isLetterOrMarkAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_MARK.test(String.fromCodePoint(text.codePointAt(i)!));
  return i < text.length && (charClass(c) & (LETTER | MARK)) !== 0;
}
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/**
 * Reads a quantity at `pos`: a number, a range ("5-7", "5 đến 7", "41,28 - 41,56 triệu": a scale
 * written on the upper bound only applies to both) and a percent sign or "phần trăm".
 */
export function readQuantity(text: string, pos: number, limit = text.length): QuantityRead | null {
  const n = readNumber(text, pos, limit) as QuantityRead | null;
  if (!n) return null;
  let valueMax: number | null = null;
  let brokenRange = false;
  let end = n.end;
  // "5%-40%": a percent sign on the lower bound too
  const c0 = codeAt(text, end);
  const pc1 = c0 === PERCENT_SIGN || (c0 === SPACE && codeAt(text, end + 1) === PERCENT_SIGN) ? percentLength(text, end) : -1;
  const afterFirst = pc1 >= 0 && end + pc1 <= limit ? end + pc1 : end;
  const c = codeAt(text, afterFirst);
  const sep = n.outOf === null && (c === SPACE || c === HYPHEN || c === TILDE) ? rangeSepLength(text, afterFirst) : -1;
  if (sep >= 0) {
    const mark = sepMark(text, afterFirst);
    const hyphen = mark === HYPHEN || mark === TILDE;
    const m = readNumber(text, afterFirst + sep, limit);
    if (m && m.outOf === null && !m.leadingZero) {
      let lo = n.value;
      // "41,28 - 41,56 triệu": the scale of the upper bound applies to the lower one
      if (!n.scaled && m.scaled && m.tokens > 1) {
        const scale = scaleOf(text, m);
        if (scale > 1 && lo * scale <= m.value) lo = Number((lo * scale).toPrecision(15));
      }
      if (lo < m.value && !(hyphen && codeAt(text, m.end) === HYPHEN)) {
        valueMax = m.value;
        end = m.end;
        n.value = lo;
        n.scaled ||= m.scaled;
      } else if (hyphen) brokenRange = true;
    } else if (mark === HYPHEN && isDigitCode(codeAt(text, afterFirst + sep))) brokenRange = true;
  }
  if (valueMax === null) end = afterFirst;
  const c2 = codeAt(text, end);
  // the percent sign after the range, or the one read on the lower bound
  let pc = -1;
  if (valueMax === null && pc1 >= 0) pc = pc1;
  else if (c2 === PERCENT_SIGN || (c2 === SPACE && mayStartPercent(codeAt(text, end + 1)))) {
    pc = percentLength(text, end);
    if (pc >= 0 && end + pc <= limit) end += pc;
  }
  n.end = end;
  n.valueMax = valueMax;
  n.percent = pc >= 0 || pc1 >= 0;
  n.brokenRange = brokenRange;
  return n;
}

/** The product of the scale words at the end of a read number ("41,56 triệu" → 1e6). */
function scaleOf(text: string, n: NumberRead): number {
  let s = 1;
  const words = text.slice(n.start, n.end).split(/ +/);
  for (let k = words.length - 1; k > 0; k--) {
    const w = numberWord(words[k]!);
    if (!w || w.role !== "scale") break;
    s *= w.value;
  }
  return s;
}

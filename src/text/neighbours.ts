// The words right before or after a position, separated by spaces only (punctuation ends the run).
// Cheap: one pass over a few characters, no regular expression over the whole text.
import { charClass, DIGIT, LETTER, MARK } from "./chars.js";

/** A word as a half-open range of the text it was read from. */
export interface WordAt {
  start: number;
  end: number;
}

// a letter, a combining mark or a digit of any script: "ệ", "Đ", "٣"
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** True for a letter, a combining mark or a digit (`ch` one character, astral ones too: "𝐀"). */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  return ch.length === 1 ? isWordCode(ch.charCodeAt(0)) : WORD_CHAR.test(ch);
}

/**
 * isWordChar for the code unit `c` (NaN, past a string's end, is none), without a one-character
 * string per test: V8 makes a new string for every character past Latin-1, which is every
 * Vietnamese letter with a tone mark.
 */
export function isWordCode(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (!(c >= 0xc0)) return false;
  // Vietnamese letters: Latin-1 (but × ÷), Latin Extended-A/B, combining marks, Latin Extended Additional
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  return (charClass(c) & (LETTER | MARK | DIGIT)) !== 0;
}

/**
 * Up to `n` words before `pos`, nearest first, each separated from the next by spaces only (the
 * first may end right at `pos`); stops at punctuation and never reads before `floor`. In
 * "gần 100% hộ", the word before the 1 is "gần".
 */
export function wordsBefore(text: string, pos: number, floor: number, n: number): WordAt[] {
  const out: WordAt[] = [];
  let i = pos;
  while (out.length < n) {
    let j = i;
    while (j > floor && text.charCodeAt(j - 1) === 32) j--;
    if (j === i && out.length > 0) break; // no space between two words: punctuation or the floor
    const end = j;
    while (j > floor && isWordCode(text.charCodeAt(j - 1))) j--;
    if (j === end) break;
    out.push({ start: j, end });
    i = j;
  }
  return out;
}

/**
 * Up to `n` words from `pos` on, each after spaces only; stops at punctuation and never reads past
 * `limit`. In "519 lượt đồng chí tham dự", the words after "519" are "lượt", "đồng", "chí" ….
 */
export function wordsAfter(text: string, pos: number, limit: number, n: number): WordAt[] {
  const out: WordAt[] = [];
  let i = pos;
  while (out.length < n && i < limit) {
    let j = i;
    while (j < limit && text.charCodeAt(j) === 32) j++;
    if (j === i && out.length > 0) break;
    const start = j;
    while (j < limit && isWordCode(text.charCodeAt(j))) j++;
    if (j === start) break;
    out.push({ start, end: j });
    i = j;
  }
  return out;
}

/** The character before `pos` after skipping spaces, or "" at `floor`. */
export function charBefore(text: string, pos: number, floor: number): string {
  let j = pos;
  while (j > floor && text[j - 1] === " ") j--;
  return j > floor ? text[j - 1]! : "";
}

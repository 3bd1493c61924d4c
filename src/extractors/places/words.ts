// Small helpers on the text around a place name: the words before and after it, and the name as shown.
import { titleCase } from "../../text/case.js";
import { foldWord } from "../../lexicon/gazetteer.js";
import { LETTER, MARK, charClass, isSurrogateCode } from "../../text/chars.js";
import { wordKeyAt } from "./word-keys.js";

/** "HÀ NỘI", "UBND": no lower-case letter. */
export const ALL_CAPS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** "Gò  Công\nTây" → "Gò Công Tây". */
export const squash = (s: string): string => (/\s\s|[^ \S]/.test(s) ? s.replace(/\s+/g, " ").trim() : s);

/** The name as a Location shows it: as written, except a heading's capitals ("HÀ NỘI" → "Hà Nội"). */
export function shownName(written: string, canonical: string | undefined): string {
  const w = squash(written);
  if (w.includes(" ") && ALL_CAPS.test(w)) return canonical ?? titleCase(w);
  return w;
}

/** The words (folded) right before `pos` in the same clause, at most `n` of them: "phố Huế" → ["phố"]. */
export function wordsBefore(text: string, pos: number, n: number): string[] {
  const out: string[] = [];
  let e = pos;
  while (out.length < n) {
    const s = startOfWordBefore(text, e, pos);
    if (s < 0) break;
    out.unshift(wordKeyAt(text, s, skipSpacesBack(text, e)));
    e = s;
  }
  return out;
}

/** The folded word right before `pos` in the same clause (wordsBefore(text, pos, 1)[0]), with no array. */
export function wordBefore(text: string, pos: number): string | undefined {
  const s = startOfWordBefore(text, pos, pos);
  return s < 0 ? undefined : wordKeyAt(text, s, skipSpacesBack(text, pos));
}

/**
 * The start of the word before the spaces that end at `e`, or -1: none when nothing or no space
 * stands right before `e` ("(huyện", "Nhật Bản": glued to something), when no letter ends there, or
 * when the word is glued to something before it. Letters are read back to 40 code units before `pos`.
 */
function startOfWordBefore(text: string, e: number, pos: number): number {
  if (e === 0 || !isSpace(text.charCodeAt(e - 1))) return -1;
  e = skipSpacesBack(text, e);
  let s = e;
  while (s > 0 && s > pos - 40 && isLetter(text.charCodeAt(s - 1))) s--;
  if (s === e || (s > 0 && !isSpace(text.charCodeAt(s - 1)))) return -1;
  return s;
}

/** Where the spaces that end at `e` start. */
function skipSpacesBack(text: string, e: number): number {
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

// [\p{L}\p{M}] on one code unit, by table (a surrogate half is neither)
const isLetter = (c: number): boolean => (charClass(c) & (LETTER | MARK)) !== 0;
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;


// the word wordAfter reads: after one space, letters and marks, within 20 code units of `pos`
const WORD_AFTER = /^ ([\p{L}\p{M}]+)/u;
const WORD_AFTER_SPAN = 20;

/**
 * The folded word right after `pos` ("ấy" in "Anh ấy"), or "": WORD_AFTER on the 20 code units from
 * `pos`. Read by hand (no slice, no match array; the word's key from wordKeyAt), and by the pattern
 * only when a surrogate half stops the scan (an astral letter may go on with the word).
 */
export function wordAfter(text: string, pos: number): string {
  if (text.charCodeAt(pos) !== 32) return "";
  const limit = Math.min(text.length, pos + WORD_AFTER_SPAN);
  let e = pos + 1;
  while (e < limit && isLetter(text.charCodeAt(e))) e++;
  if (e < limit && isSurrogateCode(text.charCodeAt(e))) return wordAfterByPattern(text, pos);
  return e > pos + 1 ? wordKeyAt(text, pos + 1, e) : "";
}

/** wordAfter by the pattern itself (also for tests). */
export function wordAfterByPattern(text: string, pos: number): string {
  const m = WORD_AFTER.exec(text.slice(pos, pos + WORD_AFTER_SPAN));
  return m ? foldWord(m[1]!) : "";
}

// Small helpers on the text around a place name: the words before and after it, and the name as shown.
import { titleCase } from "../../text/case.js";
import { foldWord } from "../../lexicon/gazetteer.js";
import { LETTER, MARK, charClass } from "../../text/chars.js";
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
    if (e === 0 || !isSpace(text.charCodeAt(e - 1))) break; // glued to something: "(huyện", "Nhật Bản"
    while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
    let s = e;
    while (s > 0 && s > pos - 40 && isLetter(text.charCodeAt(s - 1))) s--;
    if (s === e || (s > 0 && !isSpace(text.charCodeAt(s - 1)))) break;
    out.unshift(wordKeyAt(text, s, e));
    e = s;
  }
  return out;
}

// [\p{L}\p{M}] on one code unit, by table (a surrogate half is neither)
const isLetter = (c: number): boolean => (charClass(c) & (LETTER | MARK)) !== 0;
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;


/** The folded word right after `pos` ("ấy" in "Anh ấy"), or "". */
export function wordAfter(text: string, pos: number): string {
  const m = /^ ([\p{L}\p{M}]+)/u.exec(text.slice(pos, pos + 20));
  return m ? foldWord(m[1]!) : "";
}

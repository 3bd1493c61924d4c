// Keys for lexicon lookups. Never applied to the text that spans index into.
import { LETTER, MARK, charClass, isSurrogateCode, lowerCase } from "./chars.js";

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const HAS_TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
const LETTERS = /[\p{L}\p{M}]+/gu;
const ASCII = /^[\u0000-\u007f]*$/;

/**
 * Lower case, NFC, and one tone-mark placement: Vietnamese writes the tone of "oa", "oe", "uy"
 * either on the first vowel (old style: hòa, thủy, Ủy) or on the second (new style: hoà, thuỷ, Uỷ).
 * The fold moves every tone mark to the end of its syllable, so both spellings give one key.
 * Example: fold("Hòa Bình") === fold("hoà bình"); fold("Ủy ban") === fold("uỷ ban").
 */
export function fold(s: string): string {
  // plain ASCII has no tone marks to move (and is most numbers, codes and foreign words)
  if (ASCII.test(s)) return s.toLowerCase();
  const lower = lowerCase(s.normalize("NFC")).replace(/\u00f0/g, "đ");
  return foldByTable(lower) ?? lower.replace(LETTERS, foldSyllable);
}

// The fast way, by a table of what each letter is without its tone mark: a syllable of letters
// with one tone mark folds to its letters without it, the mark composed onto the last letter
// ("hòa" → "hoa" + "\u0300" → "hoà"; "tiếng" → "tiêng" + "\u0301" → "tiênǵ"). The letters of
// Latin, Greek, Cyrillic and Latin Extended Additional (ạ ả ấ …) never compose with the letter before
// them, so each is stripped alone. A combining mark, two tone marks in a syllable or a letter of
// another script: the NFD way (foldSyllable).

/** A letter without its tone mark (NFC), and the mark ("" for none). */
interface Stripped {
  readonly letter: string;
  readonly tone: string;
}
const TABLE_END = 0x0530;
const EXTENDED_START = 0x1e00;
const EXTENDED_END = 0x1f00;
const stripped: (Stripped | null | undefined)[] = [];
// a stripped letter with a tone mark, composed: "n" + "\u0300" → "ǹ" (letters of the table × 5 marks)
const composed = new Map<string, string>();

/** The stripped letter of `c`, or null when `c` is not a letter of the table. */
function strippedOf(c: number): Stripped | null {
  if (c >= TABLE_END && (c < EXTENDED_START || c >= EXTENDED_END)) return null;
  let st = stripped[c];
  if (st === undefined) {
    const d = String.fromCharCode(c).normalize("NFD");
    const letter = d.replace(TONE_MARKS, "").normalize("NFC");
    const ok = (charClass(c) & (LETTER | MARK)) === LETTER && letter !== "" && !(charClass(d.charCodeAt(0)) & MARK);
    st = ok ? { letter, tone: (d.match(TONE_MARKS) ?? []).join("") } : null;
    stripped[c] = st;
  }
  return st;
}

function withTone(letter: string, tone: string): string {
  const k = letter + tone;
  let c = composed.get(k);
  if (c === undefined) composed.set(k, (c = k.normalize("NFC")));
  return c;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** fold() of a lower-cased NFC string by the table, or null when a syllable needs the NFD way. */
function foldByTable(lower: string): string | null {
  let out = "";
  let copied = 0; // lower[0, copied) is in `out`
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (isSurrogateCode(c)) return null;
    if (c < 0x80 ? !isAsciiLetter(c) : !(charClass(c) & (LETTER | MARK))) {
      i++;
      continue;
    }
    // one syllable: the run of letters [i, j), with at most one tone mark, on letter `toned`
    let j = i;
    let toned = -1;
    for (; j < n; j++) {
      const cj = lower.charCodeAt(j);
      if (cj < 0x80) {
        if (isAsciiLetter(cj)) continue;
        break;
      }
      if (isSurrogateCode(cj)) return null;
      if (!(charClass(cj) & (LETTER | MARK))) break;
      const st = strippedOf(cj);
      if (st === null) return null;
      if (st.tone) {
        if (toned >= 0 || st.tone.length > 1) return null;
        toned = j;
      }
    }
    if (toned >= 0) {
      out += lower.slice(copied, i) + foldSyllableByTable(lower, i, j, toned);
      copied = j;
    }
    i = j;
  }
  return copied === 0 ? lower : out + lower.slice(copied);
}

/** The syllable lower[i, j) with its one tone mark (on letter `toned`) moved to its end. */
function foldSyllableByTable(lower: string, i: number, j: number, toned: number): string {
  let s = "";
  for (let k = i; k < j - 1; k++) {
    const c = lower.charCodeAt(k);
    s += c < 0x80 ? lower[k]! : strippedOf(c)!.letter;
  }
  const last = lower.charCodeAt(j - 1);
  const lastLetter = last < 0x80 ? lower[j - 1]! : strippedOf(last)!.letter;
  return s + withTone(lastLetter, strippedOf(lower.charCodeAt(toned))!.tone);
}

function foldSyllable(syl: string): string {
  const d = syl.normalize("NFD");
  if (!HAS_TONE.test(d)) return syl;
  const marks = d.match(TONE_MARKS)!.join("");
  return (d.replace(TONE_MARKS, "") + marks).normalize("NFC");
}

/**
 * Lower case without any diacritics, đ → d: "Tiền Giang" → "tien giang". For matching text
 * typed without accents ("Tien Giang"); ambiguous by nature, so callers prefer an exact fold first.
 */
export function unaccent(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ\u00d0\u00f0]/g, "d")
    .toLowerCase();
}

/** Collapses runs of white space to one space and trims. */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

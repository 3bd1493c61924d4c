// The words of a capitalised run, with their offsets and lookup keys: "Bà Rịa - Vũng Tàu" →
// bà · rịa · vũng (after a hyphen) · tàu. Keys join with single spaces, like placeKey().
import { foldWord, unaccentWord } from "../../lexicon/gazetteer.js";
import { wordKeyAt } from "./word-keys.js";

export interface Pieces {
  starts: number[];
  ends: number[];
  /** folded words */
  keys: string[];
  /** hyphen[i]: piece i is joined to piece i - 1 by a hyphen ("Mỹ-Nga", "Phan Rang-Tháp Chàm") */
  hyphen: boolean[];
  /** plain[i]: piece i is written without diacritics ("Tien") */
  plain: boolean[];
}

const ASCII = /^[\u0000-\u007f]*$/;
// Gò · H'leo · Đrắk · 30 (hyphens split: "Ả-rập" is two pieces)
const PIECE = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+)*/gu;

/** The pieces of `text[start, end)`. */
export function pieces(text: string, start: number, end: number): Pieces {
  const p: Pieces = { starts: [], ends: [], keys: [], hyphen: [], plain: [] };
  const s = text.slice(start, end);
  PIECE.lastIndex = 0;
  let prevEnd = 0;
  for (let m = PIECE.exec(s); m; m = PIECE.exec(s)) {
    p.hyphen.push(p.keys.length > 0 && s.slice(prevEnd, m.index).includes("-"));
    p.starts.push(start + m.index);
    p.ends.push(start + m.index + m[0].length);
    p.keys.push(wordKeyAt(text, start + m.index, start + m.index + m[0].length));
    p.plain.push(ASCII.test(m[0]));
    prevEnd = m.index + m[0].length;
  }
  return p;
}

/** The key of pieces i..k: "gò công tây". */
export function keyOf(p: Pieces, i: number, k: number): string {
  let key = p.keys[i]!;
  for (let j = i + 1; j <= k; j++) key += " " + p.keys[j]!;
  return key;
}

// A syllable Vietnamese spelling allows, on the unaccented form: "minh", "nguyen", "anh"; not
// "putin", "syria", "rex" (foreign names are never one Vietnamese syllable).
const VI_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

// isViSyllable by word, remembered (bounded, as foldWord): the rules ask it of the same keys at every
// name, and each answer costs two folds looked up and a pattern
const viSyllables = new Map<string, boolean>();

/** True for one Vietnamese syllable ("Đức", "nga", "Huế"); false for "Syria", "Putin", "VN". */
export function isViSyllable(word: string): boolean {
  let v = viSyllables.get(word);
  if (v === undefined) {
    if (viSyllables.size >= 200_000) viSyllables.clear(); // hostile input may hold millions of words
    viSyllables.set(word, (v = VI_SYLLABLE.test(unaccentWord(foldWord(word)))));
  }
  return v;
}

// Keys for lexicon lookups. Never applied to the text that spans index into.

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
  const lower = s.normalize("NFC").toLowerCase().replace(/\u00f0/g, "đ");
  return lower.replace(LETTERS, foldSyllable);
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

// Family names at a token: the first word of "Nguyễn Thị Kim Ngọc", the two words of "Âu Dương Phong".
import { tokAt, type Tok } from "./tokens.js";
import { lexicon, wordKinds, PLAIN_SURNAME, SURNAME } from "./lexicon.js";
import { isPlainVietnameseSyllable, isPlainWord } from "./syllable.js";

/**
 * How many tokens the family name at `toks[k]` takes (0 when none): surnameAt(["Nguyễn", "Văn", "A"], 0) === 1;
 * two for "Âu Dương". Only capitalised words count.
 */
export function surnameAt(toks: readonly Tok[], k: number): number {
  const t = toks[k];
  if (!t || !t.word || !t.cap || t.acronym) return 0;
  const kinds = wordKinds(t);
  if ((kinds & SURNAME) === 0) return (kinds & PLAIN_SURNAME) !== 0 && plainAt(toks, k) ? 1 : 0;
  for (const words of lexicon().surnames.get(t.f)!) {
    let ok = true;
    for (let x = 1; x < words.length && ok; x++) {
      const u = tokAt(toks, k + x);
      ok = !!u && u.word && u.cap && !u.glued && u.f === words[x];
    }
    if (ok) return words.length;
  }
  return 0;
}

/**
 * True when the family name at `toks[k]` is here a place or a common word (surnames-ambiguous.tsv):
 * "Hà" before "Nội", "Từ" at the start of a sentence.
 */
export function surnameBlocked(toks: readonly Tok[], k: number, atStart: boolean): boolean {
  const amb = lexicon().ambiguous.get(toks[k]!.f);
  if (!amb) return false;
  if (atStart && amb.wordAtStart) return true;
  return amb.notBefore.some((words) => words.every((w, x) => toks[k + 1 + x]?.f === w));
}


/**
 * A family name typed without diacritics, in a run of two to four words all without them:
 * "Pham Kim Loan", "Tran Thi My Hanh" (not "Le Monde": "Monde" is no Vietnamese syllable). The
 * caller has found the token's folded word among Lexicon.plainSurnames (the fold of a word in a-z
 * and A-Z is its lower case).
 */
function plainAt(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  if (!isPlainWord(t.t)) return false;
  let n = 0;
  for (let x = k + 1; x < toks.length && toks[x]!.word && toks[x]!.cap && !toks[x]!.glued; x++) {
    if (!isPlainVietnameseSyllable(toks[x]!.t)) return false;
    n++;
  }
  return n >= 1 && n <= 3;
}

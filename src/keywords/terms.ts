// Vietnamese terms for keywords: syllable n-grams (1 to 3 syllables) that hold no stop word.
// Vietnamese writes words as space-separated syllables ("thương hiệu", "Hồ Chí Minh"), so a
// word is an n-gram of syllables; without a word segmenter we count n-grams and let the scores
// pick. A phrase breaks at punctuation, digits and line ends: "tỉnh Tiền Giang, huyện …".
import { table } from "../lexicon/tables.js";
import { fold } from "../text/fold.js";

/** A document's terms: folded key → how often it occurs and how it is written. */
export type TermCounts = Map<string, { count: number; display: string }>;

/** Splits a text into words (each a string of one or more syllables), e.g. a vntk adapter. */
export type WordTokenizer = (text: string) => Iterable<string>;

const SYLLABLE = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const SAME_PHRASE = /^[ \t\u00a0]+$/;
const MAX_N = 3;

let stopwords: Set<string> | undefined;

// fold() per syllable is the cost of this module; Vietnamese has some 7 000 syllables (times their
// case variants), so a cache of folded syllables stays small. Cleared if it ever grows past a bound.
const folded = new Map<string, string>();
function keyOf(s: string): string {
  let k = folded.get(s);
  if (k === undefined) {
    if (folded.size >= 200_000) folded.clear();
    folded.set(s, (k = fold(s)));
  }
  return k;
}

/** The folded stop words of `data/stopwords.tsv`. */
export function isStopword(key: string): boolean {
  stopwords ??= new Set(table("stopwords").map((r) => fold(r.word ?? "")));
  return stopwords.has(key);
}

/**
 * The candidate terms of a text: every syllable that is not a stop word, and the 2- and 3-syllable
 * runs with no stop word in them that occur at least twice in the text (a phrase said once is no
 * term of the document; this also keeps the batch's vocabulary small); a 3-syllable run also needs
 * at least half the count of its more frequent 2-syllable half. Keys are folded
 * (lower case, one tone placement: "Hòa" and "hoà" count as one); `display` is the form
 * as written, in lower case unless the text only writes it capitalized ("Vinamilk", "Long Bình").
 *
 * @example
 * documentTerms("Xã Long Bình có 65 cuộc họp. Xã Long Bình …").get("long bình"); // { count: 2, display: "Long Bình" }
 */
export function documentTerms(text: string, words?: WordTokenizer): TermCounts {
  const out: TermCounts = new Map();
  if (words) {
    for (const w of words(text.normalize("NFC"))) {
      const word = w.replace(/_/g, " ").trim();
      if (!/\p{L}/u.test(word) || /\p{N}/u.test(word)) continue;
      const key = keyOf(word);
      if (key.length > 1 && !isStopword(key)) add(out, key, word);
    }
    return out;
  }
  const grams: TermCounts = new Map();
  let phrase: { key: string; text: string }[] = [];
  let lastEnd = -1;
  const nfc = text.normalize("NFC");
  SYLLABLE.lastIndex = 0;
  for (let m = SYLLABLE.exec(nfc); m !== null; m = SYLLABLE.exec(nfc)) {
    if (lastEnd >= 0 && !SAME_PHRASE.test(nfc.slice(lastEnd, m.index))) phrase = [];
    lastEnd = m.index + m[0].length;
    const key = keyOf(m[0]);
    if (isStopword(key) || key.length < 2) {
      phrase = [];
      continue;
    }
    add(out, key, m[0]);
    phrase.push({ key, text: m[0] });
    if (phrase.length > MAX_N) phrase.shift();
    for (let n = 2; n <= phrase.length; n++) {
      const run = phrase.slice(phrase.length - n);
      add(grams, run.map((p) => p.key).join(" "), run.map((p) => p.text).join(" "));
    }
  }
  for (const [key, g] of grams) {
    if (g.count < 2 || isStopword(key)) continue;
    // a 3-syllable run is a term only when it is not mostly a piece of something more frequent:
    // "Hồ Chí Minh" (5×, its halves 5×) is; "thương hiệu hàng" (2×, "thương hiệu" 8×) is not
    const syl = key.split(" ");
    if (syl.length === 3) {
      const most = Math.max(grams.get(`${syl[0]} ${syl[1]}`)?.count ?? 0, grams.get(`${syl[1]} ${syl[2]}`)?.count ?? 0);
      if (g.count * 2 < most) continue;
    }
    out.set(key, g);
  }
  return out;
}

function add(out: TermCounts, key: string, text: string): void {
  const t = out.get(key);
  if (!t) out.set(key, { count: 1, display: text === text.toUpperCase() ? text.toLowerCase() : text });
  else {
    t.count++;
    if (t.display !== text && text === text.toLowerCase()) t.display = text; // prefer the lower-case writing
  }
}

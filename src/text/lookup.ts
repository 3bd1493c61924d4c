// Fast keys for lexicon lookups in NFC text. `fold()` is exact but slow (NFD per syllable); most
// words need only lower case: the fold matters where the tone mark of "oa", "oe" or "uy" may sit on
// either vowel (hòa/hoà, thủy/thuỷ). Keys built and looked up with `lookupKey` agree with each other.
import { fold } from "./fold.js";
import { lowerCase } from "./chars.js";

// a toned vowel next to the vowel that may carry the tone instead: òa/oà, òe/oè, ùy/uỳ
const PLACEMENT = /[òóỏõọ][ae]|o[àáảãạèéẻẽẹ]|[ùúủũụ]y|u[ỳýỷỹỵ]/;

/**
 * The key of a word or phrase for a lexicon map: lower case, single spaces, and the tone fold only
 * where the spelling varies. Example: lookupKey("Hoà Bình") === lookupKey("hòa bình").
 */
export function lookupKey(s: string): string {
  let l = lowerCase(s);
  if (l.includes("  ")) l = l.replace(/ {2,}/g, " ");
  return PLACEMENT.test(l) ? fold(l) : l;
}

// lookupKey by the string as written, for the words that come back at every number ("người",
// "đồng", "hơn", "triệu"): one Map look-up is cheaper than building the key. Bounded: cleared when full.
const KEYS_MAX = 4096;
const keys = new Map<string, string>();

/** `lookupKey(s)`, remembered for the next call with the same string. */
export function wordKey(s: string): string {
  let k = keys.get(s);
  if (k === undefined) {
    if (keys.size >= KEYS_MAX) keys.clear();
    k = lookupKey(s);
    keys.set(s, k);
  }
  return k;
}

/** A map from `lookupKey(key(row))` to the row; the first row of a key wins. */
export function keyedMap<T>(rows: Iterable<T>, key: (r: T) => string): Map<string, T> {
  const m = new Map<string, T>();
  for (const r of rows) {
    const k = lookupKey(key(r));
    if (!m.has(k)) m.set(k, r);
  }
  return m;
}

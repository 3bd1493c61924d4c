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
// A corpus pass asks for about 6,000 strings that are not their own key: at 4,096 the cache emptied once
// or twice a pass and all of them were keyed again.
const KEYS_MAX = 16_384;
const keys = new Map<string, string>();

/**
 * `lookupKey(s)`, remembered for the next call with the same string. Most words and phrases are
 * their own key (lower case, single spaces, no "oa/oe/uy" tone): one pass over their characters
 * says so, without a look-up; the others go through the bounded cache.
 */
export function wordKey(s: string): string {
  if (isOwnKey(s)) return s;
  let k = keys.get(s);
  if (k === undefined) {
    if (keys.size >= KEYS_MAX) keys.clear();
    k = lookupKey(s);
    keys.set(s, k);
  }
  return k;
}

// What a character means for the key, learnt on first sight: lower case changes it (surrogate
// halves count: an astral capital may), or it is one half of a pair that PLACEMENT matches (a toned
// o before a/e, a plain o before a toned a/e, a toned u before y, a plain u before a toned y).
const KNOWN = 1;
const CHANGES = 2;
const TONED_O = 4;
const TONED_AE = 8;
const TONED_U = 16;
const TONED_Y = 32;
const PLAIN_O = 64;
const PLAIN_U = 128;
const KEY_CHAR = new Uint8Array(0x10000);
const TONE_BITS: readonly [string, number][] = [["òóỏõọ", TONED_O], ["àáảãạèéẻẽẹ", TONED_AE], ["ùúủũụ", TONED_U], ["ỳýỷỹỵ", TONED_Y], ["o", PLAIN_O], ["u", PLAIN_U]];

function keyChar(c: number): number {
  let b = KEY_CHAR[c]!;
  if (b === 0) {
    const ch = String.fromCharCode(c);
    b = KNOWN | (ch.toLowerCase() !== ch || (c >= 0xd800 && c <= 0xdfff) ? CHANGES : 0);
    for (const [chars, bit] of TONE_BITS) if (chars.includes(ch)) b |= bit;
    KEY_CHAR[c] = b;
  }
  return b;
}

/** True when `lookupKey(s) === s`: nothing that lower case changes, no two spaces in a row, no pair that PLACEMENT matches. */
function isOwnKey(s: string): boolean {
  let prev = 0;
  let prevBits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const b = keyChar(c);
    if (b & CHANGES || (c === 32 && prev === 32)) return false;
    if (prevBits & TONED_O && (c === 97 || c === 101)) return false; // òa, òe
    if (prevBits & TONED_U && c === 121) return false; // ùy
    if (prevBits & PLAIN_O && b & TONED_AE) return false; // oà, oè
    if (prevBits & PLAIN_U && b & TONED_Y) return false; // uỳ
    prev = c;
    prevBits = b;
  }
  return true;
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

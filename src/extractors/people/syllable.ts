// Is a word a possible Vietnamese syllable? Tells "Trump", "Merkel", "Jong-un", "Vladimir" (foreign)
// from "Tâm", "Kim", "Nga" (Vietnamese). The shape is onset + vowel nucleus + coda, read on the word
// without its tone mark; Latin-script names rarely fit ("Trump" ends in "mp", "Lee" has "ee").

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

// onset: ngh ng nh ch gh gi kh ph qu th tr and single consonants
// nucleus: the vowels and vowel clusters of Vietnamese (a, oa, uyê, ươ, iêu …)
// coda: ch ng nh c m n p t (the glides i, o, u, y are part of the nucleus clusters)
const SYLLABLE_SOURCE =
  "^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?" +
  "(?:uyê|uya|uyu|iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|oă|oa|oe|uâ|uê|uô|uơ|uy|ưa|ươ|ưi|ưu|" +
  "iê|yê|ia|iu|ai|ao|au|âu|ay|ây|eo|êu|oi|ôi|ơi|oo|ua|ui|" +
  "[aăâeêioôơuưy])" +
  "(?:ch|ng|nh|[cmnpt])?$";
const SYLLABLE = new RegExp(SYLLABLE_SOURCE);
// the same shape typed without any diacritic: "Huong" (Hương), "Yen" (Yên), "Duong" (Dương)
const PLAIN_SYLLABLE = new RegExp(SYLLABLE_SOURCE.replace(/[ăâ]/g, "a").replace(/ê/g, "e").replace(/[ôơ]/g, "o").replace(/ư/g, "u").replace(/đ/g, "d"));


/**
 * True when `word` is written in the 26 Latin letters only: "Nguyen", "Pham", not "Nguyễn".
 * PLAIN_WORD.test(word), read by hand (asked of every capitalised word that is no family name).
 */
export function isPlainWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    // setting bit 5 maps A-Z onto a-z and leaves no other code unit in a-z
    const c = word.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** True when `word` is a Vietnamese syllable typed without diacritics: "Huong", "Yen", not "Monde", "Hương". */
export function isPlainVietnameseSyllable(word: string): boolean {
  return isPlainWord(word) && PLAIN_SYLLABLE.test(word.toLowerCase());
}

/**
 * True when `word` has the shape of one Vietnamese syllable (tone marks ignored, any case).
 * @example
 * isVietnameseSyllable("Ngọc"); // true
 * isVietnameseSyllable("Trump"); // false
 */
export function isVietnameseSyllable(word: string): boolean {
  let yes = SEEN.get(word);
  if (yes === undefined) {
    if (SEEN.size >= MAX_SEEN) SEEN.clear();
    const bare = word.normalize("NFD").replace(TONES, "").normalize("NFC").toLowerCase();
    SEEN.set(word, (yes = SYLLABLE.test(bare)));
  }
  return yes;
}

// asked for the same capitalised words again and again; bounded so hostile input cannot grow it
const SEEN = new Map<string, boolean>();
const MAX_SEEN = 20_000;

const MARKED = /[^\u0000-\u007f]/;

/** True when `word` carries a Vietnamese letter or mark (ă, ơ, đ, a tone …): surely not English. */
export function hasVietnameseMark(word: string): boolean {
  return MARKED.test(word);
}

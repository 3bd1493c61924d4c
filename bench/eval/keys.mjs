// Comparison keys shared by every field measure.
//
// The same normalisation is used on gold and on predictions, so that
// "Nguyễn Thị Kim Ngọc" (NFD, as pasted from a PDF), "NGUYỄN THỊ KIM NGỌC:" and
// " nguyễn  thị kim ngọc " all compare equal.

/** Characters trimmed from both ends of a key: white space, straight and curly double quotes, ' . , : ; */
const EDGE = /^[\s"“”'.,:;]+|[\s"“”'.,:;]+$/g;
const SPACES = /\s+/g;

/**
 * The key of a free-text value: NFC, Vietnamese lower case, white-space runs folded to one space,
 * edge punctuation trimmed. `null`/`undefined` give "" and numbers/booleans their string form.
 * @example key(" Bí thư: ") === "bí thư"
 * @param {unknown} value
 * @returns {string}
 */
export function key(value) {
  const s = value === null || value === undefined ? "" : String(value);
  return s.normalize("NFC").toLocaleLowerCase("vi").replace(SPACES, " ").replace(EDGE, "");
}

/**
 * Do two units (already passed through {@link key}) agree? They do when they are equal, or when one is
 * the other followed by more words or by "/…": "lượt" ~ "lượt đồng chí", "đồng" ~ "đồng/người".
 * "" (a bare number) agrees only with "".
 * @param {string} a
 * @param {string} b
 * @returns {boolean}
 */
export function unitsAgree(a, b) {
  return a === b || extends_(a, b) || extends_(b, a);
}

/** @param {string} longer @param {string} shorter */
function extends_(longer, shorter) {
  return longer.length > shorter.length && longer.startsWith(shorter) && (longer[shorter.length] === " " || longer[shorter.length] === "/");
}

/**
 * Do two figure values agree? Equal within a relative 1e-9 of the gold value (absolute below 1),
 * which absorbs float noise in "1,5 tỷ" → 1500000000.
 * @param {number} pred
 * @param {number} gold
 * @returns {boolean}
 */
export function valuesAgree(pred, gold) {
  return Math.abs(pred - gold) <= 1e-9 * Math.max(1, Math.abs(gold));
}

/**
 * The comparison key of a number: "1252", "1.5", "NaN" for something that is not one.
 * @param {unknown} value
 */
export function numberKey(value) {
  return String(Number(value));
}

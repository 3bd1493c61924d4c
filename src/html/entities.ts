// Character references in HTML text and attribute values: "&agrave;" → "à", "&#7889;" → "ố",
// "&#x1EA1;" → "ạ". Older Vietnamese pages write the Latin-1 letters of Vietnamese by name and the
// others by number, so both must decode before a word can be read.
import { table } from "../lexicon/tables.js";

let named: Map<string, string> | undefined;

/** data/html-entities.tsv: name → its character. */
function namedReferences(): Map<string, string> {
  if (named) return named;
  named = new Map();
  for (const r of table("html-entities")) named.set(r.name!, String.fromCodePoint(parseInt(r.codepoint!, 16)));
  return named;
}

// A numeric reference in 0x80–0x9F means the Windows-1252 character of that byte, as browsers read it
// (WHATWG HTML, "numeric character reference end state"): "&#150;" is an en dash, not a C1 control.
// Index: the number minus 0x80; "" where 1252 has no character there (the control is kept).
const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** The character of numeric reference `n`: U+FFFD for 0, a surrogate or a number past Unicode. */
function fromNumber(n: number): string {
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return "\ufffd";
  if (n >= 0x80 && n <= 0x9f) return CP1252[n - 0x80]!;
  return String.fromCodePoint(n);
}

// &name; &#123; &#x7B; — and the five references that pages often write without the semicolon
// ("&amp", "&nbsp"), read so when no letter or digit follows them
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,10});?|([A-Za-z][A-Za-z0-9]{1,31});|(amp|lt|gt|quot|nbsp)(?![A-Za-z0-9=]))/g;

/**
 * `s` with its character references decoded. A name that HTML does not define, or that
 * data/html-entities.tsv does not list, is left as written ("&foo;").
 * @example decodeEntities("Ho&agrave; B&igrave;nh &amp; &#272;&#7891;ng Th&aacute;p") === "Hoà Bình & Đồng Tháp"
 */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(REFERENCE, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined, bare: string | undefined) => {
    if (hex !== undefined) return fromNumber(parseInt(hex, 16));
    if (dec !== undefined) return fromNumber(Number(dec));
    return namedReferences().get((name ?? bare)!) ?? whole;
  });
}

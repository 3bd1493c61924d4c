// Names written alone: "Hà Nội", "Tiền Giang", "Nha Trang", "Mỹ", "Tien Giang", and the fixed
// phrases (TP.HCM, châu Á, Liên bang Nga), with the guards that keep people's names, streets,
// languages and pronouns out ("Nguyễn Thái Bình", "phố Huế", "tiếng Anh", "Anh ấy").
import { placeKey } from "../../lexicon/gazetteer.js";
import { codeAt } from "../../text/chars.js";
import { placeLexicon, unitsFor, type BareName } from "./lexicon.js";
import { isViSyllable, type Pieces } from "./pieces.js";
import { ALL_CAPS, shownName, wordBefore, wordsBefore, wordAfter } from "./words.js";
import type { PlaceMention } from "./mention.js";

// what may stand between a sentence's start and its first word: spaces, quotes, brackets, dashes
const OPENING = /[\s"'(\[-]/;

/** True when nothing but OPENING characters stands between `sentStart` and `pos` (scanned backwards). */
function atOpening(text: string, sentStart: number, pos: number): boolean {
  for (let j = pos - 1; j >= sentStart; j--) if (!OPENING.test(text[j]!)) return false;
  return true;
}
// the start of a quotation or a clause: `nói: "Anh ấy`, `vì: Anh lo`
const QUOTE_START = /[:"]\s*$/;
const INITIAL_BEFORE = /(?:^|\s)\p{Lu}\.\s$/u;

/**
 * True when an initial stands right before `pos` ("B. " in "Michael B. Jordan"): INITIAL_BEFORE on
 * the four code units before it, tried only when a dot is the second of them before `pos` (most
 * names follow a word and a space).
 */
export function afterInitial(text: string, pos: number): boolean {
  return pos >= 2 && text.charCodeAt(pos - 2) === DOT && INITIAL_BEFORE.test(text.slice(Math.max(0, pos - 4), pos));
}

const DOT = 46;

/**
 * False when the words before a name make it something else: a street ("phố Huế", "đường Hà Nội"),
 * a people or a language ("người Mỹ", "tiếng Anh"), a person ("chị Nga").
 */
export function contextAllowed(text: string, at: number, b: BareName, prev = wordBefore(text, at)): boolean {
  const lex = placeLexicon();
  if (!prev) return true;
  // the two words before ("yêu cầu", "đại lộ") matter only after a street word or the end of one
  if (lex.streets.has(prev) || lex.streetEnds.has(prev)) {
    const before = wordsBefore(text, at, 2);
    const phrase = before.length === 1 ? prev : before.join(" ");
    if ((lex.streets.has(prev) && !lex.notStreets.has(phrase)) || lex.streets.has(phrase)) return false;
  }
  if (b.kind === "country" && lex.nationality.has(prev)) return false;
  if (b.syllables === 1 && lex.honorifics.has(prev)) return false;
  return true;
}

/**
 * True when a site word stands before the name, which is then inside the site's name: "sân Tam Kỳ",
 * "sân bay Damascus", "chợ Đồng Xuân", "ngã ba Vũng Tàu" (but "các sân bay Thổ Nhĩ Kỳ" are the
 * country's: not before a country).
 */
function inSiteName(text: string, at: number, b: BareName, prev = wordBefore(text, at)): boolean {
  const lex = placeLexicon();
  if (b.kind === "country") return false;
  if (!prev || !(lex.sites.has(prev) || lex.siteEnds.has(prev))) return false;
  const before = wordsBefore(text, at, 2);
  const phrase = before.length === 1 ? prev : before.join(" ");
  return (lex.sites.has(prev) && !lex.notStreets.has(phrase)) || lex.sites.has(phrase);
}

/** A fixed phrase found in the text ("TP.HCM", "châu Á", "Liên bang Nga") as a mention, or null. */
export function fromPhrase(text: string, written: string, at: number): PlaceMention | null {
  const b = placeLexicon().bare.get(placeKey(written));
  if (!b) return null;
  // the word before, read once for both guards
  const prev = wordBefore(text, at);
  if (!contextAllowed(text, at, b, prev)) return null;
  const units = b.kind === "unit" || b.kind === "alias" ? unitsFor(b.canonical, b.level) : [];
  const m: PlaceMention = { start: at, end: at + written.length, name: shownName(written, b.canonical), key: b.key, level: b.level, units, rule: "phrase", inName: false };
  if (inSiteName(text, at, b, prev)) m.inName = true;
  return m;
}

/**
 * The known names in one run of capitalised words (pieces first..last of `p`), pushed to `out`:
 * "Quảng Nam", "Quảng Ngãi" and "Bình Định" in "… ở Quảng Nam, Quảng Ngãi và Bình Định"; "Nga" in
 * "Tổng thống Nga Vladimir Putin".
 */
export function fromRun(text: string, p: Pieces, first: number, last: number, sentStart: number, out: PlaceMention[]): void {
  for (let i = first; i <= last; i++) {
    const hit = longestBare(p, i, last);
    if (!hit) continue;
    const { k, b } = hit;
    // the word before, read once for both guards
    const prev = wordBefore(text, p.starts[i]!);
    if (!bareAllowed(text, p, first, last, i, k, b, sentStart, prev)) continue;
    const written = text.slice(p.starts[i]!, p.ends[k]!);
    const units = b.kind === "unit" || b.kind === "alias" ? unitsFor(b.canonical, b.level) : [];
    const name = b.showCanonical ? b.canonical : shownName(written, b.canonical);
    const m: PlaceMention = { start: p.starts[i]!, end: p.ends[k]!, name, key: b.key, level: b.level, units, rule: "bare", inName: false };
    if (inSiteName(text, p.starts[i]!, b, prev)) m.inName = true;
    out.push(m);
    i = k;
  }
}

/**
 * The longest bare name starting at piece i (and ending by `last`): exact, or written without
 * diacritics when every piece is ("Tien Giang", two words at least). The walk down the lexicon's
 * trie goes one piece's key at a time and stops as soon as no known name starts that way, so each
 * piece costs a few lookups of keys already hashed (no joined key).
 */
export function longestBare(p: Pieces, i: number, last: number): { k: number; b: BareName } | null {
  // (a plain piece's key is already accent-free: unaccentWord(key) === key)
  let node = placeLexicon().bareTrie.get(p.keys[i]!);
  if (!node) return null;
  let plain = p.plain[i]!;
  let best: { k: number; b: BareName } | null = null;
  for (let k = i; k <= last; k++) {
    if (k > i) {
      plain &&= p.plain[k]!;
      node = node.next.get(p.keys[k]!);
      if (!node) break;
    }
    const b = node.bare ?? (plain && k > i ? node.accentFree : undefined);
    if (b) best = { k, b };
  }
  return best;
}

/** The guards on a name written alone: people's names, streets, languages, compounds, a sentence's first word. */
function bareAllowed(text: string, p: Pieces, first: number, last: number, i: number, k: number, b: BareName, sentStart: number, prev: string | undefined): boolean {
  const lex = placeLexicon();
  if (!contextAllowed(text, p.starts[i]!, b, prev)) return false;
  // "VN-Index", "VN30-Index": a stock index, not the country
  if (k < last && p.hyphen[k + 1] && p.keys[k + 1] === "index") return false;
  const edgeBefore = i === first || p.hyphen[i]!;
  // "Nguyễn Thái Bình", "Ông Nguyễn Thái Bình", "Hoàng Anh Gia Lai": inside a person's name
  if (!edgeBefore) {
    // a name has at most four syllables before the place-like part: look no further back
    for (let j = i - 1; j >= Math.max(first, i - 4); j--) {
      if (lex.surnames.has(p.keys[j]!) || lex.middles.has(p.keys[j]!)) return false;
      if (p.hyphen[j]) break;
    }
  }
  // one Vietnamese syllable (Mỹ, Nga, Đức, Anh, Huế) is also a given name: alone, or before a
  // foreign name or a full name ("Mỹ Donald Trump", "Nga Vladimir Putin", "Nghệ An Nguyễn Văn A")
  if (b.syllables === 1 && isViSyllable(p.keys[i]!)) {
    // (a function word opening the sentence is no part of a name: "Nếu Mỹ từ bỏ …")
    const opener = i === first + 1 && lex.openers.has(p.keys[first]!) && atOpening(text, sentStart, p.starts[first]!);
    if (!edgeBefore && !opener && isViSyllable(p.keys[i - 1]!) && !ALL_CAPS.test(text.slice(p.starts[i - 1]!, p.ends[i - 1]!))) return false;
    const edgeAfter = k === last || p.hyphen[k + 1]!;
    // "Báo Pháp luật", "Trường Mỹ thuật", "Ý kiến": a common word, with its second syllable in lower case
    if (k === last && b.kind === "country" && lex.countryWords.has(p.keys[i]! + " " + wordAfter(text, p.ends[k]!))) return false;
    if (!edgeAfter) {
      const next = p.keys[k + 1]!;
      if (!lex.surnames.has(next) && isViSyllable(next)) return false; // "Đức Anh", "Nhật Linh"
    }
  }
  if (b.guard === "not-first") {
    if (atOpening(text, sentStart, p.starts[i]!) || QUOTE_START.test(text.slice(Math.max(sentStart, p.starts[i]! - 4), p.starts[i]!))) return false;
    if (lex.afterGuarded.has(wordAfter(text, p.ends[k]!))) return false;
  }
  // "VOV.VN", "Dantri.com.vn": the end of a web address, glued to a word by a dot
  if (i === first && codeAt(text, p.starts[i]! - 1) === 46 && /[\p{L}\p{N}]/u.test(text.charAt(p.starts[i]! - 2))) return false;
  // "Michael B. Jordan": after an initial
  if (i === first && afterInitial(text, p.starts[first]!)) return false;
  return true;
}

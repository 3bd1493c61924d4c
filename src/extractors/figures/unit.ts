// The unit after a number, and the noun after a classifier.
// 1.252 người · 519 lượt đồng chí · 2,9kg · 41,28 triệu đồng/lượng · 100% hộ dân · 3 chủ đề · 29 F1
import { wordsAfter, isWordCode, type WordAt } from "../../text/neighbours.js";
import { codeAt, lowerCase, charClass, LOWER } from "../../text/chars.js";
import { unitInfo, unitMaxWords, isStop, lower, wordFactsAt, type UnitInfo, type WordFacts } from "./lexicon.js";

/** What follows a number. */
export interface UnitRead {
  /** lower case, as written: "người", "đồng/lượng", "%"; null when the number stands alone */
  unit: string | null;
  /** the row of data/units.tsv, when the unit is in it */
  info: UnitInfo | null;
  /** what a classifier or a percentage counts: "đồng chí", "hộ dân" */
  noun: string | null;
  /** where the unit starts and ends (the number's end when there is none) */
  unitStart: number;
  unitEnd: number;
  /** where the figure ends: after the noun, else after the unit */
  end: number;
  /** the unit was written with a capital ("120 Chủ tịch") */
  capital: boolean;
}

// a unit glued to the number: 2,9kg · 330ml · 10.000đ · 24h · 37°C · 50m2
const GLUED = /°?[\p{L}\p{M}][\p{L}\p{M}\p{N}²³]{0,11}(?:\/[\p{L}\p{M}]{1,10})?(?![\p{L}\p{M}\p{N}])/uy;
// 37 °C
const DEGREE = / ?°[CF](?![\p{L}\p{M}\p{N}])/uy;
const DEGREE_SIGN = 0xb0;

const slice = (text: string, w: WordAt): string => text.slice(w.start, w.end);
// a word that starts with a lower-case letter (\p{Ll}, most words) is no capital word: said without the regexes
const startsLower = (s: string): boolean => s.length > 0 && (charClass(s.charCodeAt(0)) & LOWER) !== 0;
export const isAllCaps = (s: string): boolean => !startsLower(s) && /^[\p{Lu}][\p{Lu}\p{N}]{0,5}$/u.test(s) && /\p{L}/u.test(s);
export const isTitleWord = (s: string): boolean => !startsLower(s) && /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(s);
/** /\d/.test(s): an ASCII digit */
export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * Reads the unit at `pos` (right after a number, possibly glued to it) and, for classifiers and
 * percentages, the noun that follows. Returns "reject" when letters glued to the number make it an
 * identifier ("5G", "1A", "12A"), not a quantity.
 *
 * @param opts.percent the number ended with "%" or "phần trăm"
 * @param opts.scaled a scale word was read ("5 triệu bảng" is money; "3 bảng" is not)
 * @param opts.capital a capitalised word may be the unit ("120 Chủ tịch"); not after number words
 */
export function readUnit(
  text: string,
  pos: number,
  limit: number,
  opts: { percent: boolean; scaled: boolean; capital: boolean; fraction: boolean },
): UnitRead | "reject" {
  if (opts.percent) return withNoun(text, make("%", unitInfo("%")!, pos, pos, false), limit, true);
  // glued: "2,9kg", "10.000đ"; letters glued to a number that are no unit make an identifier
  GLUED.lastIndex = pos;
  const c = codeAt(text, pos);
  const g = pos < limit && (c === DEGREE_SIGN || isWordCode(c)) ? GLUED.exec(text) : null;
  if (g && pos + g[0].length <= limit) {
    const tok = g[0];
    let info = unitInfo(tok);
    let unitText = tok;
    if (!info && tok.includes("/")) {
      const [a, b] = tok.split("/");
      const head = unitInfo(a!);
      if (head && b) {
        info = head;
        unitText = `${a}/${b}`;
      }
    }
    // a capital letter glued to a number names a thing: "5G", "4K", "1A" (but "100W" is watts)
    if (!info || (tok.length === 1 && tok !== tok.toLowerCase() && tok !== "W")) return "reject";
    const r = make(lower(unitText), info, pos, pos + tok.length, false);
    return info.noun ? withNoun(text, r, limit, false) : r;
  }
  DEGREE.lastIndex = pos;
  const deg = c === DEGREE_SIGN || (c === 32 && codeAt(text, pos + 1) === DEGREE_SIGN) ? DEGREE.exec(text) : null;
  if (deg) {
    const end = pos + deg[0].length;
    return make(deg[0].trim().toLowerCase(), unitInfo("°c") ?? null, pos + deg[0].indexOf("°"), end, false);
  }
  // two words first: a unit of more words is rare, and only the list's units are read past two
  let words = wordsAfter(text, pos, limit, 2);
  // "1/3 số xe", "2/3 số phiếu": "số" (the number of) is not the unit
  const skip = opts.fraction && words.length > 1 && lowerCase(slice(text, words[0]!)) === "số" ? 1 : 0;
  if (skip) words = wordsAfter(text, pos, limit, 3).slice(1);
  if (words.length === 0) return make(null, null, pos, pos, false);
  // the first word's facts serve the unit list, the stop words and the number words alike
  const f1 = wordFactsAt(text, words[0]!.start, words[0]!.end);
  const first = f1.text;
  // the longest unit of the list (no look-up of phrases longer than a unit with this first word)
  const most = f1.startsUnit ? Math.min(unitMaxWords(), f1.unitWords) : 0;
  if (most > 2 && words.length === 2) words = wordsAfter(text, pos, limit, skip + most).slice(skip);
  for (let k = Math.min(words.length, most); k > 0; k--) {
    const phrase = text.slice(words[0]!.start, words[k - 1]!.end);
    const info = k === 1 ? f1.unit : unitInfo(phrase);
    if (!info || (info.afterScale && !opts.scaled)) continue;
    if (!f1.lowerWord && !isAllCaps(first) && !(opts.capital && isTitleWord(first))) continue;
    let end = words[k - 1]!.end;
    let unit = k === 1 ? f1.lower : lower(phrase);
    // a rate: "đồng/lượng", "người/năm", "USD/ounce"
    if (codeAt(text, end) === 47) {
      const per = wordsAfter(text, end + 1, limit, 2);
      if (per.length > 0 && per[0]!.start === end + 1 && !hasDigit(slice(text, per[0]!))) {
        const two = per.length > 1 && unitInfo(text.slice(per[0]!.start, per[1]!.end)) ? per[1]! : per[0]!;
        unit += "/" + lower(text.slice(per[0]!.start, two.end));
        end = two.end;
      }
    }
    const r = make(unit, info, words[0]!.start, end, !f1.lowerWord);
    return info.noun && end === words[k - 1]!.end ? withNoun(text, r, limit, opts.fraction) : r;
  }
  // a word not in the list is still the unit: "3 chủ đề", "418 điều kiện", "29 F1", "120 Chủ tịch"
  const n = unknownNoun(text, words, f1, opts.capital);
  if (!n) return make(null, null, pos, pos, false);
  const unit = n === words[0] ? f1.lower : lower(text.slice(n.start, n.end));
  return make(unit, null, n.start, n.end, !f1.lowerWord);
}

/** A fresh reading (one object shape, no spread: this runs for every number). */
function make(unit: string | null, info: UnitInfo | null, unitStart: number, unitEnd: number, capital: boolean): UnitRead {
  return { unit, info, noun: null, unitStart, unitEnd, end: unitEnd, capital };
}

/**
 * A noun of one or two words not in the list: lower case (or a title word such as "Chủ tịch" when
 * `capital`, or an all-capitals token such as "F1"), never a stop word or a number word.
 */
function unknownNoun(text: string, words: WordAt[], f1: WordFacts, capital: boolean): WordAt | null {
  const w1 = words[0];
  if (!w1) return null;
  const s1 = f1.text;
  if (f1.stop || f1.numberWord || f1.unit) return null;
  // "thông qua", "tham gia": a two-word stop
  if (words[1] && isStop(text.slice(w1.start, words[1].end))) return null;
  if (isAllCaps(s1)) return s1.length >= 1 && !/^\d+$/.test(s1) ? w1 : null;
  if (hasDigit(s1)) return null;
  const title = isTitleWord(s1);
  if (!f1.lowerWord && !(capital && title)) return null;
  const w2 = words[1];
  // a capitalised unit is a title of two words ("120 Chủ tịch"), not a name ("8 Plus")
  if (!w2) return title ? null : w1;
  const f2 = wordFactsAt(text, w2.start, w2.end);
  const s2 = f2.text;
  if (hasDigit(s2)) return title ? null : w1;
  if (f2.stop || f2.numberWord) return title ? null : w1;
  if (!f2.lowerWord && !(title && isTitleWord(s2))) return title ? null : w1;
  // "3 tổ thực hiện": the second word begins a unit or is a known stop, so the noun is one word
  const info2 = f2.unit;
  if (info2 && info2.kind !== "count") return w1;
  return { start: w1.start, end: w2.end };
}

/** Adds the noun after a classifier or a percentage: "lượt đồng chí", "% hộ dân", "% số hộ". */
function withNoun(text: string, r: UnitRead, limit: number, skipSo: boolean): UnitRead {
  let words = wordsAfter(text, r.unitEnd, limit, 4);
  if (words.length === 0) return r;
  // "100% số hộ", "2/3 số phiếu", "10% tổng số ca", "20% tổng nguồn cung": "(tổng) số" is not the noun
  if (skipSo && words.length > 1 && lowerCase(slice(text, words[0]!)) === "tổng") words = words.slice(1);
  if (skipSo && words.length > 1 && lowerCase(slice(text, words[0]!)) === "số") words = words.slice(1);
  const f1 = wordFactsAt(text, words[0]!.start, words[0]!.end);
  for (let k = f1.startsUnit ? Math.min(words.length, 3, f1.unitWords) : 0; k > 0; k--) {
    const phrase = text.slice(words[0]!.start, words[k - 1]!.end);
    const info = k === 1 ? f1.unit : unitInfo(phrase);
    if (info && info.kind === "count" && f1.lowerWord) {
      r.noun = singleSpaces(phrase);
      r.end = words[k - 1]!.end;
      return r;
    }
  }
  const n = unknownNoun(text, words, f1, false);
  if (!n || hasDigit(text.slice(n.start, n.end))) return r;
  r.noun = singleSpaces(text.slice(n.start, n.end));
  r.end = n.end;
  return r;
}

/** One space for each run of spaces ("đồng  chí" → "đồng chí"); most nouns have none to change. */
const singleSpaces = (s: string): string => (s.includes("  ") ? s.replace(/ {2,}/g, " ") : s);

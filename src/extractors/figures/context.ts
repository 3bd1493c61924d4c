// What stands before a number: an approximator ("hơn", "khoảng"), "từ" of a range, a label word
// ("số 5", "Điều 5", "vòng 11"), a score verb ("thắng 2-1"), or a name ("iPhone 12", "Vinamilk 2").
import { wordsBefore, charBefore, type WordAt } from "../../text/neighbours.js";
import { approximator, type Approx } from "../../text/vi-number.js";
import { contextInfo, wordFactsAt, type ContextInfo } from "./lexicon.js";
import { charClass, UPPER } from "../../text/chars.js";

/** The reading of the words before a number. */
export interface LeftContext {
  approx: Approx;
  /** units the approximator is limited to ("ngoài" means "over" only before "tuổi"), or null */
  approxOnly: ReadonlySet<string> | null;
  /** where the figure's text starts: the approximator or "từ", else the number */
  start: number;
  /** "từ" stands before the number (a range "từ 5 đến 7", or "từ 18 tuổi trở lên") */
  from: boolean;
  /** a label, score, one or clock word right before the number */
  context: ContextInfo | null;
  /** the number follows a name or an acronym ("iPhone 12", "Vinamilk 2", "BN 123") */
  name: boolean;
  /** a digit group stands right before, separated by spaces only ("0912 345 678") */
  digitsBefore: boolean;
}

const CLAUSE_START = new Set(["", '"', "'", "(", "[", ":", "-", "…"]);

/** Reads the words before `pos` (the start of a number) in the sentence starting at `floor`. */
export function leftContext(text: string, pos: number, floor: number): LeftContext {
  const out: LeftContext = { approx: "exact", approxOnly: null, start: pos, from: false, context: null, name: false, digitsBefore: false };
  let before = wordsBefore(text, pos, floor, 1);
  if (before.length === 0) return out;
  const w = (i: number): string => text.slice(before[i]!.start, before[i]!.end);
  const lastCode = text.charCodeAt(before[0]!.end - 1);
  if (lastCode >= 48 && lastCode <= 57) {
    out.digitsBefore = true;
    return out;
  }
  const lastFacts = wordFactsAt(text, before[0]!.start, before[0]!.end);
  const last = lastFacts.key;
  // the words before the last one, only when a phrase may end with it (most words end none)
  if (lastFacts.approxEnd || last === "từ" || lastFacts.contextEnd) before = wordsBefore(text, pos, floor, 4);
  // an approximator of up to three words ends right before the number: "hơn", "ít nhất", "không vượt quá"
  let k0 = 0;
  for (let k = lastFacts.approxEnd ? Math.min(3, before.length) : 0; k > 0; k--) {
    const a = approximator(text.slice(before[k - 1]!.start, before[0]!.end));
    if (a && a.place === "before") {
      out.approx = a.approx;
      out.approxOnly = a.onlyUnit;
      out.start = before[k - 1]!.start;
      k0 = k;
      break;
    }
  }
  // "từ 5 đến 7", "khoảng từ 5 đến 7", "từ khoảng 5 đến 7"
  if (before[k0] && (k0 > 0 ? w(k0).toLowerCase() : last) === "từ") {
    out.from = true;
    out.start = before[k0]!.start;
    if (k0 === 0) {
      const a = before[1] ? approximator(w(1)) : undefined;
      if (a && a.place === "before") {
        out.approx = a.approx;
        out.start = before[1]!.start;
      }
    }
  }
  if (k0 > 0 || out.from) return out;
  // the longest context phrase right before: "tổng số" (ok) wins over "số" (label)
  for (let k = lastFacts.contextEnd ? Math.min(2, before.length) : 0; k > 0; k--) {
    const c = contextInfo(text.slice(before[k - 1]!.start, before[0]!.end));
    if (c) {
      out.context = c;
      return out;
    }
  }
  out.name = looksLikeName(text, lastFacts.text, before[0]!, floor);
  return out;
}

/**
 * A name or an acronym right before a number makes it part of the name: "iPhone 12", "Quân khu 3",
 * "Vinamilk 2", "BN 123". A capital at the start of a sentence or after a quotation mark, a
 * bracket or a colon is only the start of the clause.
 */
function looksLikeName(text: string, s: string, word: WordAt, floor: number): boolean {
  const first = s.charAt(0);
  if (first === first.toLowerCase()) return hasCapitalAfterFirst(s); // "iPhone"
  if (s.length > 1 && s === s.toUpperCase() && /\p{L}{2}/u.test(s)) return true; // "BN", "COVID"
  return !CLAUSE_START.has(charBefore(text, word.start, floor));
}

/** /\p{Lu}/u.test(s.slice(1)), by the class table; a surrogate half (an astral letter?) asks the regex. */
export function hasCapitalAfterFirst(s: string): boolean {
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return /\p{Lu}/u.test(s.slice(1));
    if (charClass(c) & UPPER) return true;
  }
  return false;
}

// Figures: quantities with what they count or measure.
// "trực được 65 cuộc có 1.252 người dự" → 65 cuộc, 1.252 người · "với gần 100% hộ dân" → 100 %, hộ dân, under
// Not figures: năm 2023 · Kế hoạch 58 · số 5 · 14:56 · Quốc lộ 1A · thắng 2-1 · hàng trăm · một số
import type { Figure } from "../../schema/article.js";
import { defineExtractor, type Doc } from "../types.js";
import type { Sentence } from "../../pipeline/sentences.js";
import { anyOf } from "../../text/pattern.js";
import { lookupKey } from "../../text/lookup.js";
import { isWordCode, wordsAfter, wordsBefore, type WordAt } from "../../text/neighbours.js";
import { readQuantity, numberWordAt, numberStartWords, approximator, type QuantityRead } from "../../text/vi-number.js";
import { wordFactsAt } from "./lexicon.js";
import { codeAt, isDigitCode, lowerCase, SPACE, HYPHEN } from "../../text/chars.js";
import { scanStarts, StartPattern } from "../scan.js";
import { leftContext, type LeftContext } from "./context.js";
import { readUnit, type UnitRead } from "./unit.js";
import { rangeAfterUnit, halfAfterUnit, rejects } from "./rules.js";

// where a number may start: a digit, or a number word standing alone ("hai", "Mười", "nửa")
const START = new StartPattern(String.raw`${anyOf(numberStartWords(), { cases: true })}(?![\p{L}\p{M}])`, "u", numberStartWords(), true);
// the rest of a run of digits and separators, skipped when it is no number ("0912.345.678")
const DIGIT_RUN = /[\d.,]*/y;
const ONE_IDIOMS = new Set(["nào", "kia", "nọ", "nữa"]);
/** The first word of a unit, up to a space or "/": "đồng" of "đồng/lượng", "lượt" of "lượt người". */
function head(unit: string | null): string {
  if (unit === null) return "";
  for (let i = 0; i < unit.length; i++) {
    const c = unit.charCodeAt(i);
    if (c === SPACE || c === 47) return unit.slice(0, i);
  }
  return unit;
}

interface Candidate {
  figure: Figure;
  /** where the figure ends in the normalized text */
  end: number;
  /** a bare "một": kept only when a number word of the sentence counts the same noun ("một sân …, hai sân") */
  pendingOne: boolean;
  /** the number was written in words */
  words: boolean;
}

/**
 * The figures extractor: every quantity in the title, lead, headings, paragraphs and captions, with
 * its value (Vietnamese conventions: "1.252" = 1252, "1,5 tỷ" = 1.5e9), range, unit, counted noun,
 * kind, approximation and currency.
 *
 * @example
 * // "Đảng ủy xã tổ chức 65 cuộc có 1.252 người dự; với 519 lượt đồng chí tham dự."
 * // → { text: "65 cuộc", value: 65, unit: "cuộc" }, { text: "1.252 người", value: 1252, unit: "người" },
 * //   { text: "519 lượt đồng chí", value: 519, unit: "lượt", noun: "đồng chí" }
 */
export const figures = defineExtractor({
  name: "figures",
  // the parse drops a figure whose number a date or a document holds ("ngày 22-5-2023", "Kế hoạch 58")
  reads: ["dates", "documents"],
  run(doc: Doc): Figure[] {
    const out: Figure[] = [];
    let found: Candidate[] = [];
    scanStarts(
      doc,
      START,
      (at, end, s) => {
        const c = candidateAt(doc, s, at, end);
        if (typeof c === "number") return c;
        found.push(c);
        return c.end;
      },
      () => {
        if (found.length) keep(found, out);
        found = [];
      },
    );
    return out;
  },
});

/** The figure at a match [at, end) of START, or the offset to go on from when there is none. */
function candidateAt(doc: Doc, s: Sentence, at: number, end: number): Candidate | number {
  const text = doc.text;
  // char codes, not one-character strings (V8 makes a new one for every letter past Latin-1)
  const prev = codeAt(text, at - 1);
  const digit = isDigitCode(codeAt(text, at));
  // glued to letters or to a code: "U23", "F0", "COVID-19", "29A-123.45"
  const glued = at > s.start && (isWordCode(prev) || (isJoiner(prev) && at - 1 > s.start && isWordCode(codeAt(text, at - 2))));
  // cheap early outs for the most frequent non-figures: "năm 2023" (a year), "năm 2023" read from "năm"
  if (glued || (!digit && codeAt(text, end) === SPACE && isDigitCode(codeAt(text, end + 1))) || (digit && yearAfterNam(text, at, s.start))) {
    return digit ? skipDigits(text, at) : end;
  }
  const q = readQuantity(text, at, s.end);
  if (!q) return digit ? skipDigits(text, at) : end;
  // "(-0,13 điểm)": a minus sign right before a number that stands alone
  if (prev === HYPHEN && digit && (at - 1 === s.start || opensNumber(codeAt(text, at - 2)))) {
    q.start = at - 1;
    q.value = -q.value;
    if (q.valueMax !== null) q.valueMax = -q.valueMax;
  }
  return judge(doc, s, q) ?? q.end;
}

// - . , / : +
const isJoiner = (c: number): boolean => c === HYPHEN || c === 46 || c === 44 || c === 47 || c === 58 || c === 43;
// " ", "(", "[" before the minus sign of a number
const opensNumber = (c: number): boolean => c === SPACE || c === 40 || c === 91;

function skipDigits(text: string, at: number): number {
  DIGIT_RUN.lastIndex = at;
  DIGIT_RUN.exec(text);
  return DIGIT_RUN.lastIndex;
}

/** "năm 2023": four digits 19xx/20xx right after the word "năm" are a year. */
function yearAfterNam(text: string, at: number, floor: number): boolean {
  if (at - 4 < floor || codeAt(text, at - 1) !== SPACE || !isDigitCode(codeAt(text, at + 3)) || isDigitCode(codeAt(text, at + 4))) return false;
  const c0 = codeAt(text, at);
  const c1 = codeAt(text, at + 1);
  if (!((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48))) return false; // 19, 20
  const w = text.slice(at - 4, at - 1);
  return (w === "năm" || w === "Năm" || w === "NĂM") && (at - 4 === floor || !isWordCode(codeAt(text, at - 5)));
}

/** Keeps the figures of one sentence: a bare "một" only when a number word counts the same noun. */
function keep(found: Candidate[], out: Figure[]): void {
  for (const c of found) {
    if (!c.pendingOne || found.some((o) => !o.pendingOne && o.words && head(o.figure.unit) === head(c.figure.unit))) out.push(c.figure);
  }
}

function judge(doc: Doc, s: Sentence, q: QuantityRead): Candidate | null {
  const text = doc.text;
  if (q.brokenRange) return null;
  if (q.leadingZero && q.plainDigits >= 3) return null; // 0912 …, 028 …: a phone number or a code
  if (q.outOf !== null && !(q.value <= q.outOf && q.outOf >= 2)) return null; // 22/5 is a date
  const after = codeAt(text, q.end);
  const next = codeAt(text, q.end + 1);
  if (after === 58 && isDigitCode(next)) return null; // 14:56
  if ((after === HYPHEN || after === 47 || after === 43 || after === 46) && isWordCode(next)) return null; // 05-CT/TW, 90+2 (- / + .)
  const words = q.words;
  const u = readUnit(text, q.end, s.end, { percent: q.percent, scaled: q.scaled, capital: !words, fraction: q.outOf !== null });
  if (u === "reject") return null;
  let pendingOne = false;
  let one = false;
  if (words && q.tokens === 1) {
    // a number word alone ("hai", "năm", "một") needs a lower-case unit after it
    if (!u.unit || u.capital) return null;
    const w = numberWordAt(text, q.start, wordEnd(text, q.start));
    if (!w) return null;
    if (w.notBefore.has(head(u.unit))) return null;
    if (w.notAfter.size && w.notAfter.has(lowerCase(wordBefore(text, q.start, s.start)))) return null; // "mỗi năm khu vực": every year
    if (w.role === "digit" && w.value === 5 && (!u.info || u.unit === "tháng")) return null; // "năm" is mostly "year"
    if (w.role === "half" && !u.info) return null;
    if (w.role === "digit" && w.value === 1) {
      const nextWord = wordsAfter(text, u.unitEnd, s.end, 1)[0];
      if (nextWord && ONE_IDIOMS.has(text.slice(nextWord.start, nextWord.end))) return null; // "một lần nữa", "một ngày nào đó"
      one = true;
    }
  }
  if (!u.unit && !q.percent) {
    // a number on its own is a figure only when it is clearly an amount: "2,8 triệu", "1.000", "3,2"
    if (words || !(q.scaled || q.decimal || q.grouped) || q.outOf !== null) return null;
  }
  rangeAfterUnit(text, s, q, u);
  halfAfterUnit(text, s, q, u);
  const left = leftContext(text, q.start, s.start);
  // after a name, a number with a measure is still one: "NatriClorid 9%", "Ibuprofen 250mg"
  const measured = q.percent || (u.info !== null && u.info.kind !== "count");
  if (left.digitsBefore || (left.name && !measured)) return null;
  if (!rejects(text, s, q, left, u)) return null;
  if (one) pendingOne = !(left.context?.role === "one" || u.info?.kind === "measure");
  const built = build(doc, s, q, left, u);
  return { figure: built.figure, end: built.end, pendingOne, words };
}

/** The word right before `pos` in the sentence from `floor` ("" when none): "mỗi" in "mỗi năm". */
function wordBefore(text: string, pos: number, floor: number): string {
  const w = wordsBefore(text, pos, floor, 1)[0];
  return w ? text.slice(w.start, w.end) : "";
}

// the rest of a word: "hai" in "hai người"
const WORD_END = /[\p{L}\p{M}]*/uy;
function wordEnd(text: string, pos: number): number {
  WORD_END.lastIndex = pos;
  WORD_END.exec(text);
  return WORD_END.lastIndex;
}

function build(doc: Doc, s: Sentence, q: QuantityRead, left: LeftContext, u: UnitRead): { figure: Figure; end: number } {
  const text = doc.text;
  let approx = left.approx;
  const limited = left.approxOnly !== null && !(u.unit && left.approxOnly.has(lookupKey(u.unit)));
  if (limited) approx = "exact";
  let end = u.unit ? u.end : q.end;
  // "từ 18 tuổi trở lên", "50 tuổi trở xuống"
  let tail = false;
  const after = u.end === u.unitEnd ? approxAfter(text, u.unit ? u.unitEnd : q.end, s.end) : null;
  if (after) {
    const a = approximator(text.slice(after[0]!.start, after[1]!.end));
    if (a && a.place === "after") {
      approx = a.approx;
      end = after[1]!.end;
      tail = true;
    }
  }
  // the approximator and "từ" of a range belong to the figure's text: "hơn 650 người", "từ 5 đến 7 người"
  const withLeft = (left.approx !== "exact" && !limited) || (left.from && (q.valueMax !== null || tail));
  const start = withLeft ? left.start : q.start;
  const m = doc.mention(start, end);
  const kind: Figure["kind"] = q.percent ? "percent" : u.info ? u.info.kind : u.unit ? "count" : "other";
  const figure: Figure = {
    text: m.text,
    span: m.span,
    value: q.value,
    valueMax: q.valueMax,
    unit: u.unit,
    noun: u.noun,
    kind,
    approx,
    currency: u.info?.currency ?? null,
    sentence: doc.span(s.start, s.end),
  };
  if (q.outOf !== null) figure.outOf = q.outOf;
  return { figure, end };
}

/**
 * The two words from `pos` when the first may start an approximator written after the unit ("trở
 * lên"), else null. The first word is tested before the second is read: most figures have none.
 */
function approxAfter(text: string, pos: number, limit: number): WordAt[] | null {
  const first = wordsAfter(text, pos, limit, 1)[0];
  if (!first || !wordFactsAt(text, first.start, first.end).approxAfterStart) return null;
  const two = wordsAfter(text, pos, limit, 2);
  return two.length === 2 ? two : null;
}

// The checks on a number with its unit: labels, years, identifiers, clock times, dates; and the
// two readings that extend a figure: "từ 25.000 đồng đến 35.000 đồng", "2 năm rưỡi".
import type { Sentence } from "../../pipeline/sentences.js";
import { table } from "../../lexicon/tables.js";
import { lookupKey } from "../../text/lookup.js";
import { codeAt } from "../../text/chars.js";
import { wordsAfter } from "../../text/neighbours.js";
import { readQuantity, numberWordAt, type QuantityRead } from "../../text/vi-number.js";
import type { LeftContext } from "./context.js";
import { readUnit, type UnitRead } from "./unit.js";

// what makes "N giờ" a time of day: "9 giờ sáng", "14h ngày 22/5", "9 giờ 30"
let clockAfter: Set<string> | undefined;
const CLOCK_UNITS = new Set(["giờ", "h"]);
const DATE_UNITS = new Set(["ngày", "tháng"]);

// " đến ", " - ", "-" between the two ends of a range
const RANGE_AGAIN = / {0,2}(?:-|~|đến|tới) {0,2}/y;

/** "từ 25.000 đồng đến 35.000 đồng": a range with the unit written on both ends is one figure. */
export function rangeAfterUnit(text: string, s: Sentence, q: QuantityRead, u: UnitRead): void {
  if (q.valueMax !== null || !u.unit || u.end !== u.unitEnd || !mayStartRangeAgain(text, u.unitEnd)) return;
  RANGE_AGAIN.lastIndex = u.unitEnd;
  const sep = RANGE_AGAIN.exec(text);
  if (!sep || sep[0].trim() === "") return;
  const m = readQuantity(text, u.unitEnd + sep[0].length, s.end);
  if (!m || m.valueMax !== null || m.outOf !== null || m.value <= q.value || m.words !== q.words) return;
  const u2 = readUnit(text, m.end, s.end, { percent: m.percent, scaled: m.scaled, capital: false, fraction: false });
  if (u2 === "reject" || u2.unit !== u.unit) return;
  q.valueMax = m.value;
  u.end = u2.end;
  u.noun = u2.noun;
}

/**
 * False when RANGE_AGAIN cannot match at `pos`: after at most two spaces comes none of "-", "~" and
 * the first letters of "đến", "tới" (most units end a figure: no regex call for them).
 */
export function mayStartRangeAgain(text: string, pos: number): boolean {
  let i = pos;
  while (i - pos < 2 && codeAt(text, i) === 32) i++;
  const c = codeAt(text, i);
  return c === 45 || c === 126 || c === 0x111 || c === 116;
}

/** "2 năm rưỡi", "hai tiếng rưỡi": half a unit more. */
export function halfAfterUnit(text: string, s: Sentence, q: QuantityRead, u: UnitRead): void {
  if (!u.unit || u.end !== u.unitEnd || q.valueMax !== null || q.percent) return;
  const w = wordsAfter(text, u.unitEnd, s.end, 1)[0];
  if (w && w.start === u.unitEnd + 1 && numberWordAt(text, w.start, w.end)?.role === "half-after") {
    q.value += 0.5;
    u.end = w.end;
  }
}

/** The checks on the number with its unit; false rejects it. */
export function rejects(text: string, s: Sentence, q: QuantityRead, left: LeftContext, u: UnitRead): boolean {
  const unit = u.unit;
  const ctx = left.context;
  // "khoản 2.340 tỷ đồng" is an amount, "khoản 3" a clause: a label takes no scale, money or percent
  const amount = q.scaled || q.percent || u.info?.kind === "money";
  if (ctx?.role === "label" && !amount && !(unit && ctx.except.has(lookupKey(unit.split("/")[0]!)))) return false;
  if (ctx?.role === "score" && (q.valueMax !== null || text[q.end] === "-")) return false;
  // a year: 4 plain digits 1900–2099 are a quantity only with a count unit ("1975 người")
  if (q.plainDigits === 4 && q.value >= 1900 && q.value <= 2099 && !q.scaled && !(u.info && u.info.kind === "count")) return false;
  if (q.plainDigits >= 5 && !u.info) return false; // 123456: an identifier
  if (q.valueMax !== null && q.plainDigits === 4 && q.valueMax >= 1900 && q.valueMax <= 2099 && !u.info) return false; // 2021-2030
  if (!unit && /^ {1,3}\d/.test(text.slice(q.end, q.end + 4))) return false; // 1900 1234
  if (unit && CLOCK_UNITS.has(unit) && isClockTime(text, s, u, ctx)) return false;
  // "5 tháng 3", "58 ngày 22-5-2023": a date, not a duration
  if (unit && DATE_UNITS.has(unit) && /^ {1,2}\d/.test(text.slice(u.unitEnd, u.unitEnd + 3))) return false;
  return true;
}

function isClockTime(text: string, s: Sentence, u: UnitRead, ctx: LeftContext["context"]): boolean {
  if (ctx?.role === "clock") return true;
  clockAfter ??= new Set(
    table("date-words")
      .filter((r) => r.role === "part-of-day")
      .map((r) => r.phrase!)
      .concat(["ngày", "hôm", "cùng", "hằng", "hàng"]),
  );
  if (/^ {0,2}\d/.test(text.slice(u.unitEnd, u.unitEnd + 3))) return true; // "9 giờ 30", "14h 30"
  const w = wordsAfter(text, u.unitEnd, s.end, 1)[0];
  return w !== undefined && clockAfter.has(text.slice(w.start, w.end).toLowerCase());
}

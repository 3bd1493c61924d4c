// A quantity: a number, a range ("5-7", "từ 5 đến 7", "41,28 - 41,56 triệu"), a percentage.
import { readNumber, sticky, isDigit } from "./grammar.js";
import { numberWord } from "./words.js";
import type { NumberRead, QuantityRead } from "./types.js";

// 5-7 · 5 - 7 · 5 đến 7 · 5 tới 7 · 5~7
const RANGE_SEP = /(?: {0,2}[-~] {0,2}| {1,2}(?:đến|tới) {1,2})/y;
// 15% · 15 % · 15 phần trăm
const PERCENT = /(?: ?%| {1,2}phần trăm(?![\p{L}\p{M}]))/uy;

/**
 * Reads a quantity at `pos`: a number, a range ("5-7", "5 đến 7", "41,28 - 41,56 triệu": a scale
 * written on the upper bound only applies to both) and a percent sign or "phần trăm".
 */
export function readQuantity(text: string, pos: number, limit = text.length): QuantityRead | null {
  const n = readNumber(text, pos, limit) as QuantityRead | null;
  if (!n) return null;
  let valueMax: number | null = null;
  let brokenRange = false;
  let end = n.end;
  // "5%-40%": a percent sign on the lower bound too
  const pc1 = text[end] === "%" || (text[end] === " " && text[end + 1] === "%") ? sticky(PERCENT, text, end) : null;
  const afterFirst = pc1 && end + pc1[0].length <= limit ? end + pc1[0].length : end;
  const c = text[afterFirst];
  const sep = n.outOf === null && (c === " " || c === "-" || c === "~") ? sticky(RANGE_SEP, text, afterFirst) : null;
  if (sep) {
    const m = readNumber(text, afterFirst + sep[0].length, limit);
    if (m && m.outOf === null && !m.leadingZero) {
      let lo = n.value;
      // "41,28 - 41,56 triệu": the scale of the upper bound applies to the lower one
      if (!n.scaled && m.scaled && m.tokens > 1) {
        const scale = scaleOf(text, m);
        if (scale > 1 && lo * scale <= m.value) lo = Number((lo * scale).toPrecision(15));
      }
      const hyphen = sep[0].trim() === "-" || sep[0].trim() === "~";
      if (lo < m.value && !(hyphen && text[m.end] === "-")) {
        valueMax = m.value;
        end = m.end;
        n.value = lo;
        n.scaled ||= m.scaled;
      } else if (hyphen) brokenRange = true;
    } else if (sep[0].trim() === "-" && isDigit(text[afterFirst + sep[0].length])) brokenRange = true;
  }
  if (valueMax === null) end = afterFirst;
  const c2 = text[end];
  const pc =
    valueMax === null && pc1
      ? pc1
      : c2 === "%" || (c2 === " " && (text[end + 1] === "%" || text[end + 1] === "p" || text[end + 1] === " "))
        ? sticky(PERCENT, text, end)
        : null;
  if (pc && pc !== pc1 && end + pc[0].length <= limit) end += pc[0].length;
  n.end = end;
  n.valueMax = valueMax;
  n.percent = pc !== null || pc1 !== null;
  n.brokenRange = brokenRange;
  return n;
}

/** The product of the scale words at the end of a read number ("41,56 triệu" → 1e6). */
function scaleOf(text: string, n: NumberRead): number {
  let s = 1;
  const words = text.slice(n.start, n.end).split(/ +/);
  for (let k = words.length - 1; k > 0; k--) {
    const w = numberWord(words[k]!);
    if (!w || w.role !== "scale") break;
    s *= w.value;
  }
  return s;
}

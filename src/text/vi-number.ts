// Vietnamese numbers: digits with "." for thousands and "," for decimals, number words, scale words.
// 1.252 · 1,5 tỷ · 12.500.000 · hai mươi lăm · một trăm linh năm · ba nghìn hai trăm · nửa triệu
// Rules and word lists: data/number-words.tsv, data/approximators.tsv. The parts live in vi-number/.
import { approximator } from "./vi-number/approx.js";
import { readQuantity } from "./vi-number/quantity.js";
import { sticky } from "./vi-number/grammar.js";
import type { Approx, ViNumber } from "./vi-number/types.js";

export type { Approx, NumberRead, QuantityRead, ViNumber } from "./vi-number/types.js";
export { parseDigits } from "./vi-number/digits.js";
export { numberWord, numberWordAt, numberStartWords } from "./vi-number/words.js";
export { readNumber } from "./vi-number/grammar.js";
export { readQuantity } from "./vi-number/quantity.js";
export { approximator, isApproxEnd, isApproxAfterStart } from "./vi-number/approx.js";

// up to three words in front of the number: "hơn 3 triệu", "không vượt quá 5"
const LEAD = /([\p{L}\p{M}]{1,12}(?: [\p{L}\p{M}]{1,12}){0,2}) +/uy;

/**
 * Reads a whole number phrase: an approximator in front ("hơn", "khoảng", "ít nhất"), "từ … đến …",
 * the number, a range, a percent sign, "trở lên". Returns null unless the whole phrase is read.
 *
 * @example
 * parseViNumber("hơn 3 triệu")        // { value: 3e6, valueMax: null, approx: "over", percent: false, outOf: null }
 * parseViNumber("hai mươi lăm")       // value 25
 * parseViNumber("từ 5 đến 7")         // value 5, valueMax 7
 * parseViNumber("1.252,5")            // value 1252.5
 */
export function parseViNumber(phrase: string): ViNumber | null {
  const s = phrase.normalize("NFC").replace(/\s+/g, " ").trim().replace(/[–—]/g, "-");
  let pos = 0;
  let approx: Approx = "exact";
  // the longest approximator (up to three words) in front
  const lead = sticky(LEAD, s, 0);
  if (lead) {
    const words = lead[1]!.split(" ");
    for (let k = words.length; k > 0; k--) {
      const head = words.slice(0, k).join(" ");
      const a = approximator(head);
      if (a && a.place === "before") {
        approx = a.approx;
        pos = head.length + 1;
        break;
      }
      if (k === 1 && head.toLowerCase() === "từ") pos = head.length + 1;
    }
  }
  const q = readQuantity(s, pos);
  if (!q || q.brokenRange) return null;
  let end = q.end;
  const rest = s.slice(end).trim();
  if (rest) {
    const a = approximator(rest);
    if (!a || a.place !== "after") return null;
    approx = a.approx;
    end = s.length;
  }
  if (end !== s.length) return null;
  return { value: q.value, valueMax: q.valueMax, approx, percent: q.percent, outOf: q.outOf };
}

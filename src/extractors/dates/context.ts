// What makes a bare "d/m" a date, and what makes "tháng 5", "năm nay" no date.
// "từ 14/4", "(29/4)", "22/4 và 23/4", "30/6 này" are dates; "5/5 hạng mục", "lớp 10/3", "3 tháng 5" are not.
import type { Sentence } from "../../pipeline/sentences.js";
import { wordsBefore, wordsAfter } from "../../text/neighbours.js";
import { weekday, dateWord } from "../../text/date-grammar.js";

// a bare day-month is a date when these follow: "30/4 này", "22/5 tới", "18/12 vừa qua"
const DATE_FOLLOWERS = new Set(["này", "tới", "vừa", "qua", "năm", "hằng", "hàng", "sắp"]);

/**
 * A day-month written bare ("18/12", "8/10") is a date, not a fraction, after a word that leads a
 * date ("ngày", "hôm", "từ", "dịp" …, data/date-words.tsv) or a weekday, inside brackets "(29/4)",
 * right after another date ("22/4 và 23/4", "30/4-1/5"), or before "này", "tới", "vừa qua".
 */
export function bareDayMonthIsDate(text: string, s: Sentence, at: number, end: number, lastEnd: number): boolean {
  if (lastEnd >= 0 && at - lastEnd <= 8 && /^(?: {0,2}[-,] {0,2}| {1,2}(?:và|đến|tới) {1,2})$/.test(text.slice(lastEnd, at))) return true;
  let j = at;
  while (j > s.start && text[j - 1] === " ") j--;
  const c = j > 0 ? text[j - 1] : undefined;
  if (c === "(" || c === "[" || (j === s.start && /^ {0,2}[),:]/.test(text.slice(end, end + 3)))) return true;
  const from = c === "," ? j - 1 : at;
  const before = wordsBefore(text, from, s.start, 2);
  if (before[0]) {
    const w1 = text.slice(before[0].start, before[0].end);
    const w21 = before[1] ? text.slice(before[1].start, before[0].end) : "";
    if (c !== "," && dateWord(w1)?.role === "lead") return true;
    if (weekday(w1) || (w21 && weekday(w21))) return true;
    if (c !== "," && (dateWord(w1)?.role === "part-of-day" || (w21 && dateWord(w21)?.role === "relative"))) return true;
  }
  const after = wordsAfter(text, end, s.end, 1)[0];
  return after !== undefined && DATE_FOLLOWERS.has(text.slice(after.start, after.end).toLowerCase());
}

/** "số 12/2017", "lớp 10/3": a label before a bare month/year makes it a code or a name. */
export function labelBefore(text: string, s: Sentence, at: number): boolean {
  const w = wordsBefore(text, at, s.start, 1)[0];
  if (!w) return false;
  const word = text.slice(w.start, w.end);
  return /^(?:số|lớp|Số|Lớp|phòng|đường|Đường)$/.test(word) || /\p{Lu}.*\p{Lu}/u.test(word);
}

/** "3 tháng 5", "2 năm nay", "nhiều năm nay": a number or a quantity word before makes a duration. */
export function numberBefore(text: string, s: Sentence, at: number): boolean {
  const w = wordsBefore(text, at, s.start, 1)[0];
  if (w === undefined) return false;
  const word = text.slice(w.start, w.end);
  return /\d$/.test(word) || dateWord(word)?.role === "quantity";
}

// Dates inside sentences, read with the grammar the dateline uses (src/text/date-grammar.ts).
// ngày 22-5-2023 · 22/5/2023 · ngày 22 tháng 5 năm 2023 · tháng 5/2023 · năm 2023 · quý II/2023
// sáng 23/12 (year from the dateline) · 14h30 ngày 22/5/2023 · hôm qua · tuần trước (against the dateline)
import type { DateMention } from "../../schema/article.js";
import { defineExtractor, type Doc } from "../types.js";
import type { Sentence } from "../../pipeline/sentences.js";
import { anyOf, caseVariants } from "../../text/pattern.js";
import { isWordCode } from "../../text/neighbours.js";
import { codeAt, isDigitCode, HYPHEN, SPACE } from "../../text/chars.js";
import { bareDayMonthIsDate, labelBefore, numberBefore } from "./context.js";
import { scanStarts, StartPattern } from "../scan.js";
import {
  DMY_OPTIONAL, DMY_WORDS, MONTH_YEAR, QUARTER, HM, HM_WORDS, isValidDate, isValidDayMonth, isoDate, isoDateTime,
  inferYear, addDays, isoWeek, quarterNumber, parseOffset, dateWord, dateWordsOf, VIETNAM_OFFSET_MIN,
} from "../../text/date-grammar.js";

// the words that the patterns at a word start with (atWord tries a pattern only after one of them)
const POD_WORDS = dateWordsOf("part-of-day");
const DAY_WORDS = ["ngày"];
const MONTH_WORDS = ["tháng"];
const YEAR_WORDS = ["năm"];
const QUARTER_WORDS = ["quý"];
const RELATIVE_WORDS = dateWordsOf("relative");

const POD = anyOf(POD_WORDS, { cases: true });
const NGAY = anyOf(DAY_WORDS, { cases: true }) + " {1,2}";
// "sáng 23/12", "chiều ngày 28/10", "ngày 22-5-2023": the words in front belong to the mention
const PREFIX = String.raw`(?:${POD} {1,2}(?:${NGAY})?|${NGAY})`;
// "(GMT+7)" after a time
const TZ = String.raw`(?<tz> {0,2}\(? {0,2}(?:GMT|UTC) {0,2}[+-] {0,2}\d{1,2}(?::?\d\d)? {0,2}\)?)?`;
const TAIL = String.raw`(?: {1,2}(?:${POD}))?(?: {0,2}[,-] {0,2}| {1,2})(?:${NGAY})?`;

// 14h30 ngày 22/5/2023 · 8h sáng 23-12 · 14:56, 23/12/2023 (GMT+7)
const TIME_DATE = new RegExp(HM + TAIL + DMY_OPTIONAL + TZ, "uy");
// 9 giờ 30 phút sáng ngày 22/5/2023
const TIME_WORDS_DATE = new RegExp(HM_WORDS + TAIL + DMY_OPTIONAL + TZ, "uy");
// ngày 22 tháng 5 năm 2023 · sáng 22 tháng 5
const WORDS_DATE = new RegExp(`(?<pre>${PREFIX})?` + DMY_WORDS, "uy");
// ngày 22-5-2023 · 22/5/2023 · sáng 23/12 · ngày 1.1.2016
const NUM_DATE = new RegExp(`(?<pre>${PREFIX})?` + DMY_OPTIONAL + String.raw`(?!\k<sep>\d)`, "uy");
// tháng 5/2023 · tháng 5 năm 2023
const MONTH_YEAR_DATE = new RegExp(anyOf(MONTH_WORDS, { cases: true }) + " {1,2}" + MONTH_YEAR, "uy");
// tháng 5 (not "tháng 5 âm lịch", a lunar month)
const MONTH_ONLY = new RegExp(anyOf(MONTH_WORDS, { cases: true }) + String.raw` {1,2}(?<m>[01]?\d)(?![\d/.,-]?\d)(?! {1,2}âm lịch)`, "uy");
// 4/2021 (a month and a year written bare; not "12/2017/NĐ-CP")
const BARE_MONTH_YEAR = new RegExp(String.raw`(?<m>[01]?\d)/(?<y>(?:19|20)\d\d)(?![\d/-]|\.\d)`, "uy");
// năm 2023
const YEAR = new RegExp(anyOf(YEAR_WORDS, { cases: true }) + String.raw` {1,2}(?<y>(?:19|20)\d\d)(?!\d|[/.-]\d)`, "uy");
// quý II/2023 · quý 3
const QUARTER_DATE = new RegExp(anyOf(QUARTER_WORDS, { cases: true }) + " {1,2}" + QUARTER, "uy");
// hôm qua · tuần trước · năm ngoái
const RELATIVE = new RegExp(anyOf(RELATIVE_WORDS, { cases: true }) + String.raw`(?![\p{L}\p{M}\p{N}])`, "uy");
// where a date may start
// (the `i` flag is safe: the pattern has no \p{Lu}; it is faster than every case variant)
const START_WORDS = [...DAY_WORDS, ...MONTH_WORDS, ...YEAR_WORDS, ...QUARTER_WORDS, "hôm", "tuần", ...POD_WORDS];
const START = new StartPattern(anyOf(START_WORDS) + String.raw`(?![\p{L}\p{M}])`, "iu", START_WORDS, true);

/** Which patterns atWord tries, one bit each. */
const enum Lead {
  Day = 1, // WORDS_DATE, NUM_DATE after "ngày"
  PartOfDay = 2, // WORDS_DATE, NUM_DATE after "sáng", "rạng sáng" …
  Month = 4, // MONTH_YEAR_DATE, MONTH_ONLY
  Year = 8, // YEAR
  Quarter = 16, // QUARTER_DATE
  Relative = 32, // RELATIVE
}

/**
 * First word of a pattern's words, in every case variant its regex accepts (anyOf with `cases`) →
 * the patterns that start with it. A pattern matches at a start word only if the word's first word
 * (the run of letters up to a space) is one of its keys, exactly: the keys are letters only, and
 * the pattern needs a space after them.
 */
const LEADS: ReadonlyMap<string, number> = (() => {
  const leads = new Map<string, number>();
  const add = (words: readonly string[], lead: Lead) => {
    for (const w of words) {
      for (const v of caseVariants(w)) {
        const first = v.split(" ")[0]!;
        leads.set(first, (leads.get(first) ?? 0) | lead);
      }
    }
  };
  add(POD_WORDS, Lead.PartOfDay);
  add(DAY_WORDS, Lead.Day);
  add(MONTH_WORDS, Lead.Month);
  add(YEAR_WORDS, Lead.Year);
  add(QUARTER_WORDS, Lead.Quarter);
  add(RELATIVE_WORDS, Lead.Relative);
  return leads;
})();

/** The patterns that may match at the start word text[at, end): by its first word and what follows it. */
export function leadsAt(text: string, at: number, end: number): number {
  const space = text.indexOf(" ", at);
  const wordEnd = space >= 0 && space < end ? space : end;
  const leads = LEADS.get(text.slice(at, wordEnd)) ?? 0;
  return leads === 0 ? 0 : leads & leadsAllowedAfter(text, wordEnd);
}

/**
 * The patterns that what follows a first word (at `wordEnd`) allows. Every pattern needs a space
 * there; after "ngày", "tháng", "năm" and "quý" (single words) the pattern then needs, after one or
 * two spaces, a digit ("ngày 22/5", "tháng 5"), a year's 1 or 2 ("năm 2023"), a quarter's I or 1-4
 * ("quý II", "quý 3"), or for a relative date a word ("năm nay"). The part-of-day words ("sáng 23/12",
 * "rạng sáng ngày 26/12") are not gated further.
 */
function leadsAllowedAfter(text: string, wordEnd: number): number {
  if (codeAt(text, wordEnd) !== SPACE) return 0;
  const c = codeAt(text, codeAt(text, wordEnd + 1) === SPACE ? wordEnd + 2 : wordEnd + 1);
  let allowed = Lead.PartOfDay | Lead.Relative;
  if (isDigitCode(c)) allowed |= Lead.Day | Lead.Month;
  if (c === DIGIT_1 || c === DIGIT_2) allowed |= Lead.Year;
  if (c === ROMAN_I || (c >= DIGIT_1 && c <= DIGIT_4)) allowed |= Lead.Quarter;
  return allowed;
}

/** Every pattern: readDates without the gate. */
const ALL_LEADS = Lead.Day | Lead.PartOfDay | Lead.Month | Lead.Year | Lead.Quarter | Lead.Relative;

interface Ref {
  year: number;
  month: number;
  day: number;
}

/**
 * The dates extractor: every date in the title, lead, headings, paragraphs and captions, as ISO 8601
 * as precise as the text ("2023", "2023-Q2", "2023-05", "2023-05-22", "2023-05-22T14:30:00+07:00").
 * Days and months written without a year, and relative dates, are read against the dateline
 * (`inferredYear` / `relative` say so); with no dateline a day keeps no year ("--12-23") and a
 * relative date is left out.
 *
 * @example
 * // dateline 23/12/2023; "Sáng 22/12, UBND xã ban hành Kế hoạch 58 ngày 22-5-2023."
 * // → { text: "Sáng 22/12", value: "2023-12-22", precision: "day", inferredYear: true },
 * //   { text: "ngày 22-5-2023", value: "2023-05-22", precision: "day" }
 */
export const dates = defineExtractor({
  name: "dates",
  reads: [],
  run(doc: Doc): DateMention[] {
    return readDates(doc, true);
  },
});

/** The dates of a document; `gated` false tries every pattern at every start word (for the tests). */
export function readDates(doc: Doc, gated: boolean): DateMention[] {
  const out: DateMention[] = [];
  const ref = doc.dateline ? { year: doc.dateline.year, month: doc.dateline.month, day: doc.dateline.day } : null;
  let lastEnd = -1;
  scanStarts(doc, START, (at, end, s) => {
    const text = doc.text;
    const prev = codeAt(text, at - 1);
    const digit = isDigitCode(codeAt(text, at));
    if (at > s.start && (isWordCode(prev) || (isDateJoiner(prev) && isWordCode(codeAt(text, at - 2))))) {
      // inside a word, a number or a code; "30/4-1/5" goes on
      if (!(prev === HYPHEN && at - 1 === lastEnd)) return digit ? skipDigits(text, at) : end;
    }
    const found = digit
      ? atDigit(doc, s, at, ref, lastEnd, gated ? digitLeadsAt(text, at) : ALL_DIGIT_LEADS)
      : atWord(doc, s, at, ref, gated ? leadsAt(text, at, end) : ALL_LEADS);
    if (found && found.end <= s.end) {
      out.push(found.mention);
      lastEnd = found.end;
      return found.end;
    }
    return digit ? skipDigits(text, at) : end;
  });
  return out;
}

interface Found {
  mention: DateMention;
  end: number;
}

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function skipDigits(text: string, pos: number): number {
  let i = pos;
  while (isDigitCode(codeAt(text, i))) i++;
  return i;
}

// char codes (codeAt), not one-character strings: V8 makes a new one for every letter past Latin-1
const DIGIT_1 = 49;
const DIGIT_2 = 50;
const DIGIT_4 = 52;
const ROMAN_I = 73;
// - . / :
const isDateJoiner = (c: number): boolean => c === HYPHEN || c === 46 || c === 47 || c === 58;

/** Which patterns atDigit tries, one bit each. */
const enum DigitLead {
  Time = 1, // TIME_DATE: 14:56, 14h30, 14g30
  TimeWords = 2, // TIME_WORDS_DATE: 9 giờ
  DayMonthWords = 4, // WORDS_DATE: 22 tháng 5
  Numeric = 8, // NUM_DATE, BARE_MONTH_YEAR: 22/5, 22-5, 1.1, 4/2021
}

/** Every pattern: readDates without the gate. */
const ALL_DIGIT_LEADS = DigitLead.Time | DigitLead.TimeWords | DigitLead.DayMonthWords | DigitLead.Numeric;

/**
 * The patterns that may match at the digit at `at`, by what follows its one or two digits. Every
 * pattern at a digit starts with one or two digits (`[0-2]?\d`, `[0-3]?\d`, `[01]?\d`) that must be
 * the whole run, then: ": h g" a time (14:56, 14h30), "/ . -" a day-month or a month/year (22/5,
 * 1.1, 4/2021), one or two spaces then "giờ" a time in words (9 giờ), or then "tháng" a day and month
 * in words (22 tháng 5). Most numbers ("2023", "100", "5 người", "5%", "1,5") lead to none.
 */
export function digitLeadsAt(text: string, at: number): number {
  const after = isDigitCode(codeAt(text, at + 1)) ? at + 2 : at + 1;
  const c = codeAt(text, after);
  if (c === 58 || c === 104 || c === 103) return DigitLead.Time;
  if (c === 47 || c === 46 || c === HYPHEN) return DigitLead.Numeric;
  if (c !== SPACE) return 0;
  const word = codeAt(text, after + 1) === SPACE ? after + 2 : after + 1;
  if (text.startsWith("giờ", word)) return DigitLead.TimeWords;
  if (text.startsWith("tháng", word)) return DigitLead.DayMonthWords;
  return 0;
}

/**
 * A date that starts with a digit: a time then a date, a day-month(-year), a bare month/year.
 * `leads` says which patterns may match there (digitLeadsAt); the others are not tried.
 */
function atDigit(doc: Doc, s: Sentence, at: number, ref: Ref | null, lastEnd: number, leads: number): Found | null {
  const text = doc.text;
  const t = (leads & DigitLead.Time ? sticky(TIME_DATE, text, at) : null) ?? (leads & DigitLead.TimeWords ? sticky(TIME_WORDS_DATE, text, at) : null);
  if (t) {
    const f = dayMonth(doc, at, t, ref);
    if (f) return f;
  }
  if (leads & DigitLead.DayMonthWords) {
    const w = sticky(WORDS_DATE, text, at);
    if (w && w.groups!.y) return dayMonth(doc, at, w, ref);
  }
  if (!(leads & DigitLead.Numeric)) return null;
  const n = sticky(NUM_DATE, text, at);
  if (n) {
    const g = n.groups!;
    // "1.1" only with the year or after "ngày"; a bare day-month needs words that make it a date
    if (g.y || (g.sep !== "." && bareDayMonthIsDate(text, s, at, at + n[0].length, lastEnd))) {
      const f = dayMonth(doc, at, n, ref);
      if (f) return f;
    }
  }
  const my = sticky(BARE_MONTH_YEAR, text, at);
  if (my && !labelBefore(text, s, at)) return monthYear(doc, at, my);
  return null;
}

/**
 * A date that starts with a word: "ngày 22-5-2023", "sáng 23/12", "tháng 5/2023", "năm 2023", "quý II", "hôm qua".
 * `leads` says which patterns may match there (leadsAt); the others are not tried.
 */
function atWord(doc: Doc, s: Sentence, at: number, ref: Ref | null, leads: number): Found | null {
  const text = doc.text;
  if (leads & (Lead.Day | Lead.PartOfDay)) {
    const w = sticky(WORDS_DATE, text, at);
    if (w && w.groups!.pre) return dayMonth(doc, at, w, ref);
    const n = sticky(NUM_DATE, text, at);
    if (n && n.groups!.pre) {
      const f = dayMonth(doc, at, n, ref);
      if (f) return f;
    }
  }
  if (leads & Lead.Month) {
    const my = sticky(MONTH_YEAR_DATE, text, at);
    if (my) return monthYear(doc, at, my);
  }
  if (leads & Lead.Year) {
    const y = sticky(YEAR, text, at);
    if (y) return mention(doc, at, at + y[0].length, y.groups!.y!, "year");
  }
  if (leads & Lead.Quarter) {
    const q = sticky(QUARTER_DATE, text, at);
    if (q) {
      const n = quarterNumber(q.groups!.q!);
      const year = q.groups!.y ? Number(q.groups!.y) : ref?.year;
      if (n !== undefined && year !== undefined) {
        return mention(doc, at, at + q[0].length, `${year}-Q${n}`, "quarter", { inferredYear: !q.groups!.y });
      }
    }
  }
  if (leads & Lead.Month) {
    const mo = sticky(MONTH_ONLY, text, at);
    if (mo && !numberBefore(text, s, at)) {
      const m = Number(mo.groups!.m);
      if (m >= 1 && m <= 12) {
        if (!ref) return mention(doc, at, at + mo[0].length, `--${String(m).padStart(2, "0")}`, "month");
        const y = inferYear(m, 15, ref);
        return mention(doc, at, at + mo[0].length, isoDate(y, m), "month", { inferredYear: true });
      }
    }
  }
  const r = ref && leads & Lead.Relative ? sticky(RELATIVE, text, at) : null;
  if (r && ref && !numberBefore(text, s, at)) return relative(doc, at, r[0], ref);
  return null;
}

function mention(doc: Doc, start: number, end: number, value: string, precision: DateMention["precision"], extra: Partial<DateMention> = {}): Found {
  const m = doc.mention(start, end);
  const d: DateMention = { text: m.text, span: m.span, value, precision };
  if (extra.inferredYear) d.inferredYear = true;
  if (extra.relative) d.relative = true;
  return { mention: d, end };
}

/** A day and month, maybe a year and a time, from the named groups d, m, y, hh, mm, tz. */
function dayMonth(doc: Doc, at: number, r: RegExpExecArray, ref: Ref | null): Found | null {
  const g = r.groups!;
  const m = Number(g.m);
  const d = Number(g.d);
  if (!isValidDayMonth(m, d)) return null;
  let y = g.y ? Number(g.y) : undefined;
  const inferred = y === undefined && ref !== null;
  if (y === undefined && ref) y = inferYear(m, d, ref);
  if (y !== undefined && !isValidDate(y, m, d)) return null;
  let end = at + r[0].length;
  while (end > at && doc.text[end - 1] === " ") end--;
  if (y === undefined) return mention(doc, at, end, `--${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`, "day");
  if (g.hh !== undefined) {
    const hh = Number(g.hh);
    const mm = Number(g.mm ?? 0);
    if (hh <= 23 && mm <= 59) {
      const offset = g.tz ? parseOffset(g.tz) : undefined;
      return mention(doc, at, end, isoDateTime(y, m, d, hh, mm, offset ?? VIETNAM_OFFSET_MIN), "minute", { inferredYear: inferred });
    }
    return null;
  }
  return mention(doc, at, end, isoDate(y, m, d), "day", { inferredYear: inferred });
}

function monthYear(doc: Doc, at: number, r: RegExpExecArray): Found | null {
  const m = Number(r.groups!.m);
  if (m < 1 || m > 12) return null;
  return mention(doc, at, at + r[0].length, isoDate(Number(r.groups!.y), m), "month");
}

function relative(doc: Doc, at: number, phrase: string, ref: Ref): Found | null {
  const w = dateWord(phrase);
  if (!w || w.role !== "relative") return null;
  const end = at + phrase.length;
  const o = w.offset;
  switch (w.unit) {
    case "day": {
      const d = addDays(ref.year, ref.month, ref.day, o);
      return mention(doc, at, end, isoDate(d.year, d.month, d.day), "day", { relative: true });
    }
    case "week": {
      const d = addDays(ref.year, ref.month, ref.day, 7 * o);
      return mention(doc, at, end, isoWeek(d.year, d.month, d.day), "week", { relative: true });
    }
    case "month": {
      const k = ref.year * 12 + (ref.month - 1) + o;
      return mention(doc, at, end, isoDate(Math.floor(k / 12), (k % 12) + 1), "month", { relative: true });
    }
    case "year":
      return mention(doc, at, end, isoDate(ref.year + o), "year", { relative: true });
    default:
      return null;
  }
}

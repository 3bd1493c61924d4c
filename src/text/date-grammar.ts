// The one date grammar: the dateline and the dates extractor both build on these pieces.
import { table } from "../lexicon/tables.js";
import { fold } from "./fold.js";
import { lookupKey, wordKey } from "./lookup.js";

/** Day and month without a year: 23/12, 22-5, 1.1 (the dates extractor decides when it is a date). */
export const DM = String.raw`(?<d>[0-3]?\d)(?<sep>[/.-])(?<m>[01]?\d)`;
/** Day-month-year with "/", "-" or "." between: 23/12/2023, 22-5-2023, 1.1.2016. */
export const DMY = DM + String.raw`\k<sep>(?<y>(?:19|20)\d\d)`;
/** Day-month with an optional year: 23/12/2023 or 23/12. */
export const DMY_OPTIONAL = DM + String.raw`(?:\k<sep>(?<y>(?:19|20)\d\d))?(?!\d)`;
/** Hours and minutes: 14:56, 14h56, 8h. */
export const HM = String.raw`(?<hh>[0-2]?\d)(?::|h|g)(?<mm>[0-5]\d)?`;

/** True when year-month-day is a real calendar day. */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 2999) return false;
  return d <= daysInMonth(y, m);
}

// by month, February of a common year (the calendar of Date: proleptic Gregorian)
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The days of month `m` (1-12) of year `y`: 29 in February of a leap year (2024, 2000; not 1900). */
function daysInMonth(y: number, m: number): number {
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** "2023-05-22", "2023-05", "2023". */
export function isoDate(y: number, m?: number, d?: number): string {
  if (m === undefined) return pad(y, 4);
  if (d === undefined) return `${pad(y, 4)}-${pad(m)}`;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** "2023-12-23T14:56:00+07:00"; offset in minutes east of UTC. */
export function isoDateTime(y: number, m: number, d: number, hh: number, mm: number, offsetMin: number): string {
  const sign = offsetMin >= 0 ? "+" : "-";
  const a = Math.abs(offsetMin);
  return `${isoDate(y, m, d)}T${pad(hh)}:${pad(mm)}:00${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** The day of the week (0 = Sunday) of a calendar day. */
export function dayOfWeek(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

interface Weekday {
  day: number;
  canonical: string;
}

let weekdays: Map<string, Weekday> | undefined;
// weekday() by the name as written: the dates extractor asks about the word before every bare "d/m"
// ("từ", "ngày", "(") and fold() is slow. Bounded: cleared when full.
const WEEKDAY_SEEN_MAX = 4096;
const weekdaySeen = new Map<string, Weekday | null>();

/** "Thứ Bảy", "thứ 7", "CN" → { day: 6, canonical: "Thứ Bảy" }; undefined when not a weekday name. */
export function weekday(name: string): Weekday | undefined {
  let w = weekdaySeen.get(name);
  if (w === undefined) {
    weekdays ??= new Map(table("weekdays").map((r) => [fold(r.name!), { day: Number(r.day), canonical: r.canonical! }]));
    if (weekdaySeen.size >= WEEKDAY_SEEN_MAX) weekdaySeen.clear();
    w = weekdays.get(fold(name.replace(/\s+/g, " ").trim())) ?? null;
    weekdaySeen.set(name, w);
  }
  return w ?? undefined;
}

/** Source of a weekday-name alternation (without the short T2…CN forms, which are too ambiguous in prose). */
export const WEEKDAY = String.raw`(?:[Tt]h[ứỨ]|TH[Ứ])\s*(?:[Hh]ai|HAI|[Bb]a|BA|[Tt]ư|TƯ|[Nn]ăm|NĂM|[Ss]áu|SÁU|[Bb][ảẩ]y|B[ẢẨ]Y|[2-7])|[Cc]h[ủỦ]\s*[Nn]h[ậẬ]t|CHỦ\s*NHẬT|CN`;

/** "GMT+7", "(GMT+7)", "UTC+07:00" → minutes east of UTC; "(GMT+7)" means UTC+07:00, not the POSIX sign. */
export function parseOffset(s: string): number | undefined {
  const m = /(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d\d))?/.exec(s);
  if (!m) return undefined;
  const v = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -v : v;
}

/** Vietnam's offset, used when a dateline states a time but no zone (all outlets print local time). */
export const VIETNAM_OFFSET_MIN = 7 * 60;

// ---------------------------------------------------------------- dates inside sentences
// (added for the dates extractor; the dateline uses the pieces above)

/** Hours and minutes in words: 9 giờ, 9 giờ 30, 9 giờ 30 phút. */
export const HM_WORDS = String.raw`(?<hh>[0-2]?\d) {1,2}giờ(?: {1,2}(?<mm>[0-5]?\d)(?: {1,2}phút)?)?`;

/** Day, month and year in words: 22 tháng 5 năm 2023, 22 tháng 5, 2023 (the year is optional). */
export const DMY_WORDS = String.raw`(?<d>[0-3]?\d) {1,2}tháng {1,2}(?<m>[01]?\d)(?:(?: {0,2}, {0,2}| {1,2})(?:năm {1,2})?(?<y>(?:19|20)\d\d)(?!\d))?`;
/** Month and year after "tháng": 5/2023, 05-2023, 5 năm 2023. */
export const MONTH_YEAR = String.raw`(?<m>[01]?\d)(?: {0,2}[/.-] {0,2}| {1,2}năm {1,2})(?<y>(?:19|20)\d\d)(?!\d)`;
/** A quarter after "quý": II/2023, 2-2023, IV năm 2023, I (the year is optional). */
export const QUARTER = String.raw`(?<q>IV|I{1,3}|[1-4])(?![\p{L}\p{N}])(?:(?: {0,2}[/.-] {0,2}| {1,2}năm {1,2})(?<y>(?:19|20)\d\d)(?!\d))?`;

const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

/** "II" → 2, "3" → 3: the number of a quarter, or undefined. */
export function quarterNumber(s: string): number | undefined {
  const n = ROMAN[s] ?? Number(s);
  return n >= 1 && n <= 4 ? n : undefined;
}

/** True when day and month make a calendar day in some year (29/2 included). */
export function isValidDayMonth(m: number, d: number): boolean {
  return isValidDate(2024, m, d);
}

/**
 * The year of a day-month date written without one, read against a reference date (the dateline).
 * News tells what happened more often than what is coming: the year is the one that puts the date
 * in the ten months before the reference or the two months after it ("22/5" in an article of
 * 23/12/2023 is 2023-05-22; "28/12" in one of 3/1/2024 is 2023-12-28; "5/1" in one of 20/12/2023 is
 * 2024-01-05); else the nearest.
 */
export function inferYear(m: number, d: number, ref: { year: number; month: number; day: number }): number {
  const refT = Date.UTC(ref.year, ref.month - 1, ref.day);
  const DAY = 86_400_000;
  let nearest = ref.year;
  let nearestDist = Infinity;
  for (const y of [ref.year, ref.year - 1, ref.year + 1]) {
    if (!isValidDate(y, m, d)) continue;
    const delta = (Date.UTC(y, m - 1, d) - refT) / DAY;
    if (delta > -305 && delta <= 62) return y;
    if (Math.abs(delta) < nearestDist) {
      nearest = y;
      nearestDist = Math.abs(delta);
    }
  }
  return nearest;
}

/** The calendar day `days` after (or before, when negative) a day. */
export function addDays(y: number, m: number, d: number, days: number): { year: number; month: number; day: number } {
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The ISO 8601 week of a day: "2023-W51". */
export function isoWeek(y: number, m: number, d: number): string {
  const t = new Date(Date.UTC(y, m - 1, d));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow); // the Thursday of the week decides its year
  const year = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${pad(week)}`;
}

let dateWords: Map<string, { role: string; unit: string; offset: number }> | undefined;

/**
 * A word or phrase of data/date-words.tsv: "hôm qua" → { role: "relative", unit: "day", offset: -1 },
 * "sáng" → { role: "part-of-day" }, "dịp" → { role: "lead" }; undefined otherwise.
 */
export function dateWord(phrase: string): { role: string; unit: string; offset: number } | undefined {
  dateWords ??= new Map(
    table("date-words").map((r) => [lookupKey(r.phrase!), { role: r.role!, unit: r.unit ?? "", offset: Number(r.offset || 0) }]),
  );
  return dateWords.get(wordKey(phrase.trim()));
}

/** The phrases of data/date-words.tsv with a given role, for building patterns. */
export function dateWordsOf(role: string): string[] {
  return table("date-words")
    .filter((r) => r.role === role)
    .map((r) => r.phrase!);
}

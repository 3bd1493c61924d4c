// The one date grammar: the dateline and the dates extractor both build on these pieces.
import { table } from "../lexicon/tables.js";
import { fold } from "./fold.js";

/** Day-month-year with "/", "-" or "." between: 23/12/2023, 22-5-2023, 1.1.2016. */
export const DMY = String.raw`(?<d>[0-3]?\d)(?<sep>[/.-])(?<m>[01]?\d)\k<sep>(?<y>(?:19|20)\d\d)`;
/** Hours and minutes: 14:56, 14h56, 8h. */
export const HM = String.raw`(?<hh>[0-2]?\d)(?::|h|g)(?<mm>[0-5]\d)?`;

/** True when year-month-day is a real calendar day. */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 2999) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCDate() === d && t.getUTCMonth() === m - 1;
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

let weekdays: Map<string, { day: number; canonical: string }> | undefined;

/** "Thứ Bảy", "thứ 7", "CN" → { day: 6, canonical: "Thứ Bảy" }; undefined when not a weekday name. */
export function weekday(name: string): { day: number; canonical: string } | undefined {
  weekdays ??= new Map(table("weekdays").map((r) => [fold(r.name!), { day: Number(r.day), canonical: r.canonical! }]));
  return weekdays.get(fold(name.replace(/\s+/g, " ").trim()));
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

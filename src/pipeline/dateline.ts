// The dateline printed above or below a headline.
// Thứ Bảy, 23/12/2023, 14:56 (GMT+7) · 23/12/2023 14:56 GMT+7 · Thứ bảy, 23/12/2023 - 14:56
// 23/12/2023 | 14:56 · Cập nhật: 08:30 ngày 22-5-2023 · 14:56 23/12/2023
import { DMY, HM, WEEKDAY, isValidDate, isoDate, isoDateTime, dayOfWeek, weekday, parseOffset, VIETNAM_OFFSET_MIN } from "../text/date-grammar.js";

const PREFIX = String.raw`(?:(?:[Cc]ập nhật|CẬP NHẬT|[Nn]gày đăng|[Đđ]ăng(?: lúc| ngày)?|[Tt]hời gian|[Xx]uất bản)\s*:?\s*)?`;
const TZ = String.raw`(?<tz>\s*\(?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d\d)?\s*\)?)?`;
const WD = String.raw`(?:(?<wd>${WEEKDAY})\s*[,-]?\s*)?`;
const DATE_FIRST = new RegExp(
  PREFIX + WD + String.raw`(?:ngày\s+)?` + DMY + String.raw`(?:\s*[,|-]?\s*(?:lúc\s+)?` + HM + String.raw`)?` + TZ,
  "u",
);
const TIME_FIRST = new RegExp(
  PREFIX + HM + String.raw`\s*[,|-]?\s*` + WD + String.raw`(?:ngày\s+)?` + DMY + TZ,
  "u",
);

export interface DatelineMatch {
  /** offsets of the match within the line */
  start: number;
  end: number;
  weekday: string | null;
  value: string;
  weekdayMatches: boolean | null;
  timezone: "stated" | "assumed" | null;
  year: number;
  month: number;
  day: number;
}

/**
 * Reads a dateline out of one short line. The line must be mostly dateline: at most 40 other
 * characters (an outlet or section name) may stand around it.
 */
export function matchDateline(line: string): DatelineMatch | null {
  if (line.length > 100) return null;
  const m = TIME_FIRST.exec(line) ?? DATE_FIRST.exec(line);
  if (!m || !m.groups) return null;
  if (line.length - m[0].trim().length > 40) return null;
  const g = m.groups;
  const y = Number(g.y);
  const mo = Number(g.m);
  const d = Number(g.d);
  if (!isValidDate(y, mo, d)) return null;
  const lead = m[0].length - m[0].trimStart().length;
  const start = m.index + lead;
  const end = m.index + m[0].trimEnd().length;
  let value = isoDate(y, mo, d);
  let timezone: DatelineMatch["timezone"] = null;
  if (g.hh !== undefined) {
    const hh = Number(g.hh);
    const mm = Number(g.mm ?? 0);
    if (hh > 23) return null;
    const stated = g.tz ? parseOffset(g.tz) : undefined;
    timezone = stated === undefined ? "assumed" : "stated";
    value = isoDateTime(y, mo, d, hh, mm, stated ?? VIETNAM_OFFSET_MIN);
  }
  let wdName: string | null = null;
  let matches: boolean | null = null;
  if (g.wd) {
    const w = weekday(g.wd);
    wdName = w?.canonical ?? g.wd.replace(/\s+/g, " ");
    matches = w ? w.day === dayOfWeek(y, mo, d) : null;
  }
  return { start, end, weekday: wdName, value, weekdayMatches: matches, timezone, year: y, month: mo, day: d };
}

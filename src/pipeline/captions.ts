// Photo captions and their credits.
// "… chuyên đề 2023 (nguồn: Đảng ủy xã Long Bình)." · "… ở Kabul (ảnh: AFP/Getty)."
// "… tại hiện trường. Ảnh: Telegraph." · "Ảnh minh họa" · "Ảnh minh họa: Shutterstock"
import { isRegexSpace } from "./lines.js";

const CREDIT_IN_PARENS =
  /^(?<text>.*?)\s*\((?:[Nn]guồn|NGUỒN|[Ảả]nh(?: minh h(?:ọa|oạ))?|ẢNH|[Pp]hoto|[Ii]mage|[Ảả]nh\/[Vv]ideo|[Vv]ideo|[Cc]lip)\s*:\s*(?<credit>[^()]{1,80})\)\s*[.]?$/u;
const CREDIT_AT_END =
  /^(?<text>.*?)(?:^|[.!?:"')]\s*|\s+[-|]\s*|\s{2,})(?:[Ảả]nh|ẢNH|[Ảả]nh minh h(?:ọa|oạ)|[Nn]guồn ảnh|[Pp]hoto|[Ii]mage)\s*:\s*(?<credit>[^.:]{1,60}?)\s*\.?$/u;
const ILLUSTRATION = /^(?<text>.*?)\s*\(?\s*[Ảả]nh minh h(?:ọa|oạ)\s*\)?\s*\.?$/u;
const NUMBERED = /^[Ảả]nh\s*\d+\s*[:.]\s*(?<text>.+)$/u;
const NUMBERED_START = /^[Ảả]nh\s*\d/u;

export interface CaptionReading {
  /** the caption without its credit marker */
  text: string;
  credit: string | null;
}

// Every caption marker stands near the end of the line; a cheap look there spares the full patterns.
const MARKER_NEAR_END = /[Ảả]nh|ẢNH|[Nn]guồn|NGUỒN|[Pp]hoto|[Ii]mage|[Vv]ideo|[Cc]lip/u;

/** The patterns, for the test that pins the gated readCaption to reading them ungated. */
export const CAPTION_PATTERNS = { CREDIT_IN_PARENS, CREDIT_AT_END, ILLUSTRATION, NUMBERED, NUMBERED_START, MARKER_NEAR_END } as const;

/** Reads a line as a photo caption, or returns null when it is not one. */
export function readCaption(line: string): CaptionReading | null {
  if (line.length > 400) return null;
  const first = line.charCodeAt(0);
  const numbered = (first === 0x1ea2 || first === 0x1ea3) && NUMBERED_START.test(line); // Ả ả
  if (!numbered && !(mayHoldCredit(line) && MARKER_NEAR_END.test(line.length > 120 ? line.slice(-120) : line))) return null;
  // each pattern is tried only when the line holds what it cannot match without (its lazy
  // `^(.*?)` is tried at every position of the line, and most lines that reach here match none)
  let m = endsInParen(line) ? CREDIT_IN_PARENS.exec(line) : null;
  if (m?.groups) return { text: m.groups.text!.trim() || line, credit: cleanCredit(m.groups.credit!) };
  m = line.includes(":") ? CREDIT_AT_END.exec(line) : null;
  if (m?.groups && plausibleCredit(m.groups.credit!)) return { text: m.groups.text!.trim() || line, credit: cleanCredit(m.groups.credit!) };
  m = endsInIllustration(line) ? ILLUSTRATION.exec(line) : null;
  if (m?.groups) return { text: m.groups.text!.trim() || line, credit: null };
  m = numbered && line.length < 250 ? NUMBERED.exec(line) : null;
  if (m?.groups) return { text: m.groups.text!.trim(), credit: null };
  return null;
}

/** False when none of the three credit patterns can match `line` (NUMBERED aside). */
function mayHoldCredit(line: string): boolean {
  return endsInParen(line) || line.includes(":") || endsInIllustration(line);
}

/** True when `line` ends as ILLUSTRATION must: `nh minh h(?:ọa|oạ)\s*\)?\s*\.?$`. */
export function endsInIllustration(line: string): boolean {
  let e = line.length;
  if (e > 0 && line.charCodeAt(e - 1) === 46) e--; // "."
  while (e > 0 && isRegexSpace(line.charCodeAt(e - 1))) e--;
  if (e > 0 && line.charCodeAt(e - 1) === 41) e--; // ")"
  while (e > 0 && isRegexSpace(line.charCodeAt(e - 1))) e--;
  return line.endsWith("nh minh họa", e) || line.endsWith("nh minh hoạ", e);
}

/** True when `line` ends as CREDIT_IN_PARENS must: `\)\s*[.]?$`. */
export function endsInParen(line: string): boolean {
  let e = line.length;
  if (e > 0 && line.charCodeAt(e - 1) === 46) e--; // "."
  while (e > 0 && isRegexSpace(line.charCodeAt(e - 1))) e--;
  return e > 0 && line.charCodeAt(e - 1) === 41; // ")"
}

function cleanCredit(s: string): string | null {
  const c = s.replace(/\s+/g, " ").replace(/[.\s]+$/, "").trim();
  return c === "" ? null : c;
}

// A credit is a name or an outlet, not a clause: "Reuters", "Minh Hoàng", "TTXVN", "AFP/Getty".
function plausibleCredit(s: string): boolean {
  const t = s.trim();
  return t.length > 0 && t.split(/\s+/).length <= 7 && /^[\p{Lu}\d]/u.test(t);
}

// Countries paired by a dash: "quan hệ Việt - Mỹ", "biên giới Việt-Lào", "căng thẳng Nga - Ukraine",
// "đồng minh Mỹ - Nhật". In a pair the short forms name countries: Việt (Việt Nam), Trung (Trung
// Quốc), Nhật (Nhật Bản) … (data/country-pairs.tsv). Not inside a name ("MC Phương Nga - Đức Bảo",
// "Bệnh viện Hữu nghị Việt - Đức", "Công ty Việt - Trung"), and not when a capitalised word follows
// ("Mỹ - Trung Quốc" is read by the other rules). The text is normalized: every dash is "-".
import { placeKey } from "../../lexicon/gazetteer.js";
import { table } from "../../lexicon/tables.js";
import { anyOf } from "../../text/pattern.js";
import { LETTER, MARK, charClass } from "../../text/chars.js";
import { placeLexicon } from "./lexicon.js";
import type { PlaceMention } from "./mention.js";

// a name or an organisation right before: the pair is part of it
const BEFORE = /(?:\p{Lu}[\p{L}\p{M}]*|[Hh]ữu nghị|[Cc]ông ty|[Bb]ệnh viện|[Tt]rường|[Hh]ội|[Cc]âu lạc bộ|CLB|cháu|bé|em)\s*$/u;

interface PairPatterns {
  /** name as written → canonical country */
  country: ReadonlyMap<string, string>;
  /** two or three names joined by "-", each not glued to a letter (for the first, pairsIn looks before it) */
  pair: RegExp;
  /** one name inside a pair */
  one: RegExp;
  /** a dash, then a name's first letter: what a sentence needs for a pair (cheap to look for) */
  dashThenName: RegExp;
}

let patterns: PairPatterns | null = null;

function compile(): PairPatterns {
  if (patterns) return patterns;
  const country = new Map(table("country-pairs").map((r) => [r.name!, r.country!] as const));
  const name = [...country.keys()].sort((a, b) => b.length - a.length).join("|");
  patterns = {
    country,
    pair: new RegExp(`(?:${name})(?:\\s*-\\s*(?:${name})(?![\\p{L}\\p{M}])){1,2}(?!\\s+\\p{Lu}|[\\p{L}\\p{M}])`, "gu"),
    one: new RegExp(name, "gu"),
    dashThenName: new RegExp(String.raw`-\s*(?:${anyOf(new Set([...country.keys()].map((n) => String.fromCodePoint(n.codePointAt(0)!))))})`, "u"),
  };
  return patterns;
}

// the lookbehind the pair pattern leaves out: a leading lookbehind stops V8 from skipping ahead to
// the characters a match can start with, which made this pattern slow on every sentence with a dash
const NOT_AFTER_LETTER = "(?<![\\p{L}\\p{M}])";

/** The pair pattern with its leading lookbehind, as the matches of pairsIn are (for tests). */
export function pairPattern(): RegExp {
  return new RegExp(NOT_AFTER_LETTER + compile().pair.source, "gu");
}

/** The dash-joined pairs in `s` whose first name is not glued to a letter or mark before it. */
export function pairsIn(s: string): RegExpExecArray[] {
  const { pair, dashThenName } = compile();
  const out: RegExpExecArray[] = [];
  if (!s.includes("-") || !dashThenName.test(s)) return out;
  pair.lastIndex = 0;
  for (let m = pair.exec(s); m; m = pair.exec(s)) {
    if (letterBefore(s, m.index)) pair.lastIndex = m.index + (s.codePointAt(m.index)! > 0xffff ? 2 : 1);
    else out.push(m);
  }
  return out;
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** True when the code point before `at` is a letter or a mark (an astral one too). */
function letterBefore(s: string, at: number): boolean {
  if (at === 0) return false;
  const c = s.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const h = s.charCodeAt(at - 2);
    if (h >= 0xd800 && h <= 0xdbff) return LETTER_OR_MARK.test(s.slice(at - 2, at));
  }
  return (charClass(c) & (LETTER | MARK)) !== 0;
}

/** The countries of every dash-joined pair in `s` (the sentence from `start`), pushed to `found`. */
export function fromPairs(start: number, s: string, found: PlaceMention[]): void {
  const { country, one } = compile();
  for (const m of pairsIn(s)) {
    if (BEFORE.test(s.slice(Math.max(0, m.index - 14), m.index))) continue;
    one.lastIndex = 0;
    for (let n = one.exec(m[0]); n; n = one.exec(m[0])) {
      const canonical = country.get(n[0])!;
      const b = placeLexicon().bare.get(placeKey(canonical));
      if (!b || b.level !== "country") continue;
      const at = start + m.index + n.index;
      found.push({ start: at, end: at + n[0].length, name: canonical, key: b.key, level: "country", units: [], rule: "phrase", inName: false });
    }
  }
}

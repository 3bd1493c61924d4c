// Countries paired by a dash: "quan hệ Việt - Mỹ", "biên giới Việt-Lào", "căng thẳng Nga - Ukraine",
// "đồng minh Mỹ - Nhật". In a pair the short forms name countries: Việt (Việt Nam), Trung (Trung
// Quốc), Nhật (Nhật Bản) … (data/country-pairs.tsv). Not inside a name ("MC Phương Nga - Đức Bảo",
// "Bệnh viện Hữu nghị Việt - Đức", "Công ty Việt - Trung"), and not when a capitalised word follows
// ("Mỹ - Trung Quốc" is read by the other rules). The text is normalized: every dash is "-".
import { placeKey } from "../../lexicon/gazetteer.js";
import { table } from "../../lexicon/tables.js";
import { placeLexicon } from "./lexicon.js";
import type { PlaceMention } from "./mention.js";

// a name or an organisation right before: the pair is part of it
const BEFORE = /(?:\p{Lu}[\p{L}\p{M}]*|[Hh]ữu nghị|[Cc]ông ty|[Bb]ệnh viện|[Tt]rường|[Hh]ội|[Cc]âu lạc bộ|CLB|cháu|bé|em)\s*$/u;

interface PairPatterns {
  /** name as written → canonical country */
  country: ReadonlyMap<string, string>;
  /** two or three names joined by "-", each not glued to a letter */
  pair: RegExp;
  /** one name inside a pair */
  one: RegExp;
}

let patterns: PairPatterns | null = null;

function compile(): PairPatterns {
  if (patterns) return patterns;
  const country = new Map(table("country-pairs").map((r) => [r.name!, r.country!] as const));
  const name = [...country.keys()].sort((a, b) => b.length - a.length).join("|");
  patterns = {
    country,
    pair: new RegExp(`(?<![\\p{L}\\p{M}])(?:${name})(?:\\s*-\\s*(?:${name})(?![\\p{L}\\p{M}])){1,2}(?!\\s+\\p{Lu}|[\\p{L}\\p{M}])`, "gu"),
    one: new RegExp(name, "gu"),
  };
  return patterns;
}

/** The countries of every dash-joined pair in `s` (the sentence from `start`), pushed to `found`. */
export function fromPairs(start: number, s: string, found: PlaceMention[]): void {
  if (!s.includes("-")) return;
  const { country, pair, one } = compile();
  pair.lastIndex = 0;
  for (let m = pair.exec(s); m; m = pair.exec(s)) {
    if (BEFORE.test(s.slice(Math.max(0, m.index - 14), m.index))) continue;
    one.lastIndex = 0;
    for (let n = one.exec(m[0]); n; n = one.exec(m[0])) {
      const canonical = country.get(n[0])!;
      const b = placeLexicon().bare.get(placeKey(canonical));
      if (!b || b.level !== "country") continue;
      const at = start + m.index + n.index;
      found.push({ start: at, end: at + n[0].length, name: canonical, key: b.key, level: "country", units: [], rule: "phrase" });
    }
  }
}

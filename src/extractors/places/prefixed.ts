// A prefix and a name: "huyện Gò Công Tây", "quận 1", "TP. Đồng Hới", "Q.3", "thôn Phú Lộc 2".
// The gazetteer's longest known name wins; a name it does not know is cut before a person's name
// ("xã Long Bình Nguyễn Thị Kim Ngọc") and refused when it is an organisation, a heading or a
// common noun ("Huyện Ủy", "các thành phố Mỹ").
import type { LocationLevel } from "../../schema/article.js";
import { country, placeAliasOfKey, placeKey, unitKey, worldPlaceOfKey, type Unit } from "../../lexicon/gazetteer.js";
import { placeLexicon, unitsFor, type PrefixInfo } from "./lexicon.js";
import { pieces, isViSyllable, type Pieces } from "./pieces.js";
import { ALL_CAPS, squash, shownName, wordsBefore, wordAfter } from "./words.js";
import { longestBare } from "./bare.js";
import type { PlaceMention } from "./mention.js";

/**
 * The place a prefix begins, or null: "huyện Gò Công Tây" (district, the gazetteer's units),
 * "quận 1", "thôn Phú Lộc 2" (a hamlet the gazetteer does not list), "tỉnh Homs" (level "other").
 * `nameStart`/`nameEnd` bound the capitalised run the pattern found after the prefix.
 */
export function fromPrefix(text: string, start: number, prefix: string, nameStart: number, nameEnd: number, sentStart: number): PlaceMention | null {
  const lex = placeLexicon();
  const info = lex.prefixes.get(prefix) ?? lex.prefixes.get(prefix.replace(/\s+/g, " "));
  if (!info) return null;
  if (info.notAfter.length && afterOneOf(text, start, info.notAfter)) return null;
  // "Nguyễn Q. Huy", "Trần H. Nam": an initial after a name, not a district ("phòng GD-ĐT Q.Hoàn Kiếm" is one)
  if (/^\p{Lu}\.$/u.test(prefix) && /(?:^|\s)\p{Lu}[\p{Ll}\p{M}]+\s+$/u.test(text.slice(Math.max(sentStart, start - 20), start))) return null;
  const written = text.slice(nameStart, nameEnd);
  if (/^\d/.test(written)) {
    if (!info.takes.has("number")) return null;
    return { start, end: nameEnd, name: written, key: placeKey(written), level: info.level, units: unitsFor(written, info.level), rule: "prefix", inName: false };
  }
  const p = pieces(text, nameStart, nameEnd);
  const known = knownName(text, p, info);
  if (known) {
    const end = p.ends[known.last]!;
    const name = shownName(text.slice(nameStart, end), known.canonical);
    return { start, end, name, key: known.key, level: known.level ?? info.level, units: known.units, rule: "prefix", inName: false };
  }
  const last = unknownNameEnd(text, p, info, prefix);
  if (last < 0) return null;
  const end = p.ends[last]!;
  const name = squash(text.slice(nameStart, end));
  // tỉnh Homs, thành phố Adelaide: a province or city the gazetteer does not know is abroad
  const level = info.level === "province" || info.level === "city" ? "other" : info.level;
  return { start, end, name, key: placeKey(name), level, units: [], rule: "prefix", inName: false };
}

/** True when the one or two words before `start` end with one of `words` ("các" before "thành phố"). */
function afterOneOf(text: string, start: number, words: readonly string[]): boolean {
  const before = " " + wordsBefore(text, start, 2).join(" ");
  return words.some((w) => before.endsWith(" " + w));
}

/** Kinds of data/gazetteer/world.tsv a "tỉnh" or "thành phố" may stand before. */
const FOREIGN_UNITS = new Set(["city", "province", "state", "territory"]);

/** A name knownName finds: its last piece, its units, its canonical name and that name's placeKey. */
interface KnownName {
  readonly last: number;
  readonly units: readonly Unit[];
  readonly canonical: string;
  readonly key: string;
  readonly level?: LocationLevel;
}

/**
 * The longest start of the run that the gazetteer (or the alias, country and world lists) knows for
 * this prefix. Each start's key is made once, for the alias and the world lists both.
 */
function knownName(text: string, p: Pieces, info: PrefixInfo): KnownName | null {
  const n = Math.min(p.keys.length, 6);
  for (let k = n - 1; k >= 0; k--) {
    const written = text.slice(p.starts[0]!, p.ends[k]!);
    if (info.level === "country") {
      const c = country(written);
      if (c) return { last: k, units: [], canonical: c.name, key: placeKey(c.name) };
      continue;
    }
    const units = unitsFor(written, info.level);
    if (units.length) return { last: k, units, canonical: units[0]!.name, key: unitKey(units[0]!) };
    const key = placeKey(written);
    if (info.level === "province" || info.level === "city") {
      const a = placeAliasOfKey(key);
      if (a && !a.whole) return { last: k, units: unitsFor(a.name, a.level), canonical: a.name, key: placeKey(a.name), level: info.level };
    }
    // thủ đô Tbilisi, tỉnh Homs, bang Ohio: a foreign city or state (its key: squashing changes no key)
    const kind = worldPlaceOfKey(key);
    if (kind && (info.level === "other" || FOREIGN_UNITS.has(kind))) return { last: k, units: [], canonical: squash(written), key, level: "other" };
  }
  return null;
}

/**
 * The index of the last piece of a name the gazetteer does not know, or -1 when the run is not a
 * place name: a person ("tỉnh Lê Trí Dũng" in "Chủ tịch UBND tỉnh Lê Trí Dũng"), an organisation
 * ("Huyện Ủy"), a heading in capitals, a word glued to the prefix ("TP. Dự kiến" across a sentence
 * end), a country after a common noun ("các thành phố Mỹ"), a version ("bản Messenger").
 */
function unknownNameEnd(text: string, p: Pieces, info: PrefixInfo, prefix: string): number {
  const lex = placeLexicon();
  if (!info.takes.has("name")) return -1;
  let last = cutAtPerson(p);
  if (last < 0) return -1;
  // "sông Sài Gòn - Đồng Nai", "tỉnh Homs - Syria": two names
  for (let i = 1; i <= last; i++) if (p.hyphen[i] && /\s-|-\s/.test(text.slice(p.ends[i - 1]!, p.starts[i]!))) last = i - 1;
  // "miền Nam Thái Lan", "thủ đô Viêng Chăn Lào": a known name further on is a second place
  for (let i = 1; i <= last; i++) {
    if (startsKnown(p, i, last)) {
      last = i - 1;
      break;
    }
  }
  // "khu vực miền Nam Hoa hậu Đại dương": a last word that starts a common word with the next,
  // lower-case one ("hoa hậu", data/name-compounds.tsv) is no part of the name
  while (last > 0 && lex.compounds.has(p.keys[last]! + " " + wordAfter(text, p.ends[last]!))) last--;
  // a trailing number belongs to the name only at its end: "thôn Phú Lộc 2," not "xã X 3 ngày"
  while (last > 0 && /^\d/.test(p.keys[last]!) && /^\s*[\p{Ll}\p{N}]/u.test(text.slice(p.ends[last]!, p.ends[last]! + 3))) last--;
  const first = p.keys[0]!;
  if (/^\d/.test(first) || lex.notName.has(first)) return -1;
  if (last >= 5) return -1; // six words or more: a title in capitals, not a place
  const written = text.slice(p.starts[0]!, p.ends[last]!);
  if (written.length === 1 || (last > 0 && ALL_CAPS.test(written))) return -1;
  // "các thành phố Mỹ", "các tỉnh Bắc Bộ": a common noun before a country or a region
  const bare = placeLexicon().bare.get(placeKey(written));
  if (bare && (bare.kind === "country" || bare.kind === "world")) return -1;
  const glued = last === 0 && /^ [\p{Ll}]/u.test(text.slice(p.ends[0]!, p.ends[0]! + 2));
  const allVi = p.keys.slice(0, last + 1).every(isViSyllable);
  if ((info.level === "province" || info.level === "city") && last === 0 && allVi) return -1;
  if (prefix === "bản" && (!allVi || glued)) return -1;
  return last;
}

/** True when pieces i.. (up to `last`) begin with a province, country or world place written alone. */
function startsKnown(p: Pieces, i: number, last: number): boolean {
  const hit = longestBare(p, i, last);
  return hit !== null && (hit.b.syllables > 1 || !isViSyllable(p.keys[i]!));
}

/**
 * Where a run stops being a place name and a person's name starts: "Long Bình Nguyễn Thị Kim Ngọc"
 * → 1 (the index of the last piece of the place); -1 when the whole run is a person's name
 * ("Lê Trí Dũng", "Lò Văn Khiêm"). The last surname that begins two to four pieces, or the piece
 * before a middle name (Văn, Thị), wins.
 */
function cutAtPerson(p: Pieces): number {
  const lex = placeLexicon();
  const n = p.keys.length;
  if (n >= 3 && lex.surnames.has(p.keys[0]!)) return -1;
  if (n >= 3 && lex.middles.has(p.keys[1]!)) return -1;
  let cut = -1;
  for (let i = 1; i < n; i++) {
    const rest = n - i;
    if (lex.surnames.has(p.keys[i]!) && rest >= 2 && rest <= 4) cut = Math.max(cut, i);
    if (i >= 2 && lex.middles.has(p.keys[i]!)) cut = Math.max(cut, i - 1);
  }
  return (cut > 0 ? cut : n) - 1;
}

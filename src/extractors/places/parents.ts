// Which unit contains which: from the text first ("xã Long Bình (huyện Gò Công Tây, tỉnh Tiền
// Giang)", "phường 3, quận 10, TP.HCM", "xã A thuộc huyện B"), then from the gazetteer when it
// knows one unit by that name (or one whose province or district the article also names).
import type { Unit } from "../../lexicon/gazetteer.js";
import type { PlaceMention } from "./match.js";

/** How high a place sits: 1 hamlet … 4 province or centrally-run city, 5 country; 0 = not ranked. */
export function rank(m: Pick<PlaceMention, "level" | "units">): number {
  switch (m.level) {
    case "hamlet":
    case "village":
    case "neighbourhood":
      return 1;
    case "commune":
    case "ward":
    case "township":
      return 2;
    case "district":
    case "town":
      return 3;
    case "city":
      // a provincial city (TP Huế before 2025, TP Đà Lạt) sits at district level
      return m.units.some((u) => u.tier === 2) ? 3 : 4;
    case "province":
      return 4;
    case "country":
      return 5;
    default:
      return 0;
  }
}

// What may stand between a place and the one containing it: ", " · " (" · " - " · " thuộc " · ", thuộc "
const LINK = /^\s*(?:,|\(|-|,?\s*thuộc)?\s*$/u;

/** True when some unit `a` may be is inside some unit `b` may be (or when the gazetteer knows either not). */
export function fits(a: readonly Unit[], b: readonly Unit[]): boolean {
  if (!a.length || !b.length) return true;
  const outer = new Set(b);
  return a.some((u) => {
    for (let p = u.parent; p; p = p.parent) if (outer.has(p)) return true;
    return false;
  });
}

const provinceOf = (u: Unit): Unit => {
  let p = u;
  while (p.parent) p = p.parent;
  return p;
};

/**
 * Looser than fits(): some unit of `a` lies in the province of some unit of `b`. The text's own
 * chain is trusted this far even when the gazetteer's list of wards is older than the text
 * ("phường 3, quận 10" after a merger); "huyện Đông Anh, Hà Nam" (a list, two provinces) is not a chain.
 */
export function sameProvince(a: readonly Unit[], b: readonly Unit[]): boolean {
  if (!a.length || !b.length) return true;
  const provinces = new Set(b.map(provinceOf));
  return a.some((u) => provinces.has(provinceOf(u)));
}

/**
 * For each mention, the mention right after it that the text names as its parent: same sentence,
 * joined by a comma, a bracket, a dash or "thuộc", ranked higher, and not contradicted by the
 * gazetteer. `sentenceOf[i]` is the sentence index of `mentions[i]` (mentions sorted by position).
 */
export function textParents(text: string, mentions: readonly PlaceMention[], sentenceOf: readonly number[]): Map<PlaceMention, PlaceMention> {
  const out = new Map<PlaceMention, PlaceMention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (sentenceOf[i] !== sentenceOf[i + 1]) continue;
    const ra = rank(a);
    if (ra === 0 || rank(b) <= ra) continue;
    const between = text.slice(a.end, b.start);
    if (b.start - a.end > 12 || !LINK.test(between)) continue;
    // "xã A (huyện B": brackets say it outright; a comma may also run through a list
    if (!between.includes("(") && !sameProvince(a.units, b.units)) continue;
    out.set(a, b);
  }
  return out;
}

/**
 * The one unit a place is, given the units its name may be, the structure to prefer, the parent the
 * text gives (its units), and the keys of every place the article names (`keyOf` a unit: the
 * placeKey of its name); undefined when still ambiguous.
 */
export function pickUnit(
  units: readonly Unit[],
  prefer: Unit["structure"],
  parentUnits: readonly Unit[] | null,
  named: ReadonlySet<string>,
  keyOf: (u: Unit) => string,
): Unit | undefined {
  if (!units.length) return undefined;
  const preferred = (list: readonly Unit[]): Unit[] => {
    const p = list.filter((u) => u.structure === prefer);
    return p.length ? p : [...list];
  };
  // the text's parent decides (in whichever structure it names); a namesake elsewhere is not this place
  if (parentUnits && parentUnits.length) {
    const pool = preferred(units.filter((u) => fits([u], parentUnits)));
    return pool.length === 1 ? pool[0] : undefined;
  }
  let pool = preferred(units);
  if (pool.length > 1) {
    // the article names the district or province: "xã Đồng Tâm … huyện Lạc Thủy"
    const near = pool.filter((u) => {
      for (let p = u.parent; p; p = p.parent) if (named.has(keyOf(p))) return true;
      return false;
    });
    if (near.length) pool = near;
  }
  return pool.length === 1 ? pool[0] : undefined;
}

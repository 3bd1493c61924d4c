// Units written bare inside an address chain, known by the place next to them: "(Lệ Thủy, Quảng
// Bình)", "Trâu Quỳ, Gia Lâm, Hà Nội", "phường Trung Hòa, Cầu Giấy", "Kim Mã - Ba Đình - Hà Nội".
// A district or commune name alone is too often a person or a word to be read anywhere; next to a
// place it lies in (or, after it, one that contains it) the gazetteer vouches for it.
import { allUnits, placeKey, unitKey, unitsNamed, type Unit } from "../../lexicon/gazetteer.js";
import { placeLexicon } from "./lexicon.js";
import { keyOf, type Pieces } from "./pieces.js";
import { fits } from "./parents.js";
import { squash } from "./words.js";
import { wordKeyAt } from "./word-keys.js";
import { firstAtOrAfter } from "./starts.js";
import { LETTER, MARK, charClass, codeAt } from "../../text/chars.js";
import type { PlaceMention } from "./mention.js";

// district and commune level: provinces and cities written bare are found by bare.ts already
const LOWER_TIERS = [2, 3] as const;
const COMMA = 44;
const OPEN_PAREN = 40;
const HYPHEN = 45;
const EN_DASH = 0x2013;
const SPACE = 32;

let lowerKeys: Set<string> | undefined;

/** The keys of every district and commune of both structures: a run that is none is not looked up. */
function lowerTierKeys(): ReadonlySet<string> {
  if (lowerKeys) return lowerKeys;
  lowerKeys = new Set();
  for (const structure of ["before-2025", "after-2025"] as const) for (const u of allUnits(structure)) if (u.tier > 1) lowerKeys.add(placeKey(u.name));
  return lowerKeys;
}

/**
 * The places of an address chain next to the places `found` in one sentence (text order, not
 * overlapping), whose capitalised runs are `p` (run r is pieces firsts[r] .. firsts[r + 1] - 1):
 *   before a place that contains it   "(Thượng Hóa, Minh Hóa, Quảng Bình)", "Trị An (Đồng Nai)"
 *   after a place it contains         "phường Trung Hòa, Cầu Giấy"
 * Each new place is itself a link for the next one ("Thượng Hóa" through "Minh Hóa").
 */
export function fromChains(text: string, p: Pieces, firsts: readonly number[], found: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  if (!p.keys.length || !found.some((m) => m.units.length && !m.inName)) return out;
  const taken = (s: number, e: number): boolean => found.some((m) => m.start < e && s < m.end) || out.some((m) => m.start < e && s < m.end);
  // right to left: the province at the end of "Thượng Hóa, Minh Hóa, Quảng Bình" vouches first
  const links = found.filter((m) => m.units.length && !m.inName);
  for (let n = links.length - 1; n >= 0; n--) {
    for (let inner = childBefore(text, p, firsts, links[n]!); inner && !taken(inner.start, inner.end); inner = childBefore(text, p, firsts, inner)) out.push(inner);
  }
  for (const link of links) {
    for (let outer = parentAfter(text, p, firsts, link); outer && !taken(outer.start, outer.end); outer = parentAfter(text, p, firsts, outer)) out.push(outer);
  }
  for (const link of links) {
    if (link.rule !== "prefix") continue;
    for (let next = siblingAfter(text, p, firsts, link); next && !taken(next.start, next.end); next = siblingAfter(text, p, firsts, next)) out.push(next);
  }
  return out;
}

/**
 * The unit named after `link` in a list (", " · " và " · " hoặc ") that shares its parent and its
 * kind: "huyện Hoằng Hóa, Nga Sơn và Hậu Lộc", "các xã Hòa Châu, Hòa Lợi"; or null.
 */
function siblingAfter(text: string, p: Pieces, firsts: readonly number[], link: PlaceMention): PlaceMention | null {
  const at = listNext(text, link.end);
  if (at < 0) return null;
  const i = pieceStartingAt(p, at);
  const k = nameEndFrom(p, firsts, i);
  if (k < 0) return null;
  return chained(text, p, i, k, (units) => {
    const parents = new Set(link.units.map((u) => u.parent));
    const types = new Set(link.units.map((u) => u.type));
    return units.filter((u) => u.parent && parents.has(u.parent) && types.has(u.type));
  });
}

/**
 * The last piece of the name that starts at piece `i`, which must open a name (a capitalised run's
 * first piece, or one after a hyphen): the pieces up to the next such opening; -1 when `i` opens none.
 */
function nameEndFrom(p: Pieces, firsts: readonly number[], i: number): number {
  if (i < 0 || !(firsts.includes(i) || p.hyphen[i])) return -1;
  let k = i;
  while (k + 1 < p.keys.length && !p.hyphen[k + 1] && !firsts.includes(k + 1)) k++;
  return k;
}

/** Where the next item of a list starts after `end` (", " · " và " · " hoặc "), or -1. */
function listNext(text: string, end: number): number {
  const comma = text.charCodeAt(end) === COMMA;
  const m = LIST_JOIN.exec(text.slice(comma ? end + 1 : end, end + 12));
  if (!m || (!comma && !m[1])) return -1;
  return end + (comma ? 1 : 0) + m[0].length;
}

// after a list item (and its comma): spaces, and "và" or "hoặc" with spaces, which a list without a comma needs
const LIST_JOIN = /^ +(?:(và|hoặc) +)?/;

/** The unit named right before `link`, across ", " · " (" · " - " · " – ", that the link contains; or null. */
function childBefore(text: string, p: Pieces, firsts: readonly number[], link: PlaceMention): PlaceMention | null {
  const sepEnd = separatorBefore(text, link.start);
  if (sepEnd < 0) return null;
  const k = pieceEndingAt(p, sepEnd);
  if (k < 0) return null;
  let i = k;
  while (i > 0 && !p.hyphen[i] && !firsts.includes(i)) i--;
  return chained(text, p, i, k, (units) => units.filter((u) => fits([u], link.units)));
}

/** The unit named right after `link`, across ", " · " - " · " – ", that contains the link; or null. */
function parentAfter(text: string, p: Pieces, firsts: readonly number[], link: PlaceMention): PlaceMention | null {
  const at = separatorAfter(text, link.end);
  if (at < 0) return null;
  const i = pieceStartingAt(p, at);
  const k = nameEndFrom(p, firsts, i);
  if (k < 0) return null;
  return chained(text, p, i, k, (units) => units.filter((u) => fits(link.units, [u])));
}

// The district- and commune-level units of both structures by name key (lowerUnits), one table
// for names written with diacritics and one for names written without (which unitsNamed also
// looks up by their accent-free key). Only gazetteer keys come in (lowerTierKeys): bounded by it.
const lowerByKey = new Map<string, readonly Unit[]>();
const lowerByPlainKey = new Map<string, readonly Unit[]>();

/**
 * The units of both structures at district or commune level that pieces i..k may name (unitsNamed
 * of the written name), or null when the gazetteer knows no such unit by that key (or the name has
 * more than four pieces). Remembered by key: address chains name the same places again and again.
 */
function lowerUnits(text: string, p: Pieces, i: number, k: number): readonly Unit[] | null {
  if (k - i > 3) return null;
  const key = keyOf(p, i, k);
  if (!lowerTierKeys().has(key)) return null;
  // the pieces of a run hold no digit, so unitsNamed's answer depends on the name's key (the pieces'
  // keys joined) and on whether it is written without diacritics (every piece plain) alone
  let plain = true;
  for (let j = i; j <= k; j++) plain &&= p.plain[j]!;
  const table = plain ? lowerByPlainKey : lowerByKey;
  let units = table.get(key);
  if (!units) {
    const name = squash(text.slice(p.starts[i]!, p.ends[k]!));
    units = [...unitsNamed(name, "before-2025", LOWER_TIERS), ...unitsNamed(name, "after-2025", LOWER_TIERS)];
    table.set(key, units);
  }
  return units;
}

/**
 * Pieces i..k as a place when the gazetteer knows them at district or commune level (lowerUnits) and
 * `related` keeps some of those units; the largest unit gives the level ("Minh Hóa" is a district and
 * one of its communes). Only where nothing before it makes it another thing's name (quietBefore).
 */
function chained(text: string, p: Pieces, i: number, k: number, related: (units: readonly Unit[]) => Unit[]): PlaceMention | null {
  const found = lowerUnits(text, p, i, k);
  if (!found) return null;
  const units = related(found);
  const start = p.starts[i]!;
  if (!units.length || !quietBefore(text, start)) return null;
  const end = p.ends[k]!;
  const name = squash(text.slice(start, end));
  const top = units.reduce((a, b) => (b.tier < a.tier ? b : a));
  const same = units.filter((u) => u.level === top.level);
  return { start, end, name, key: unitKey(top), level: top.level, units: same, rule: "bare", inName: false };
}

/**
 * True when what stands before a chained name leaves it free: the sentence's start, punctuation,
 * or a lead-in word ("ở Trâu Quỳ", "trú tại Thanh Xuân", "Vân Đồn và Quan Lạn"). False after a
 * house number ("số 5 Tứ Hoa") or any other word ("chợ Đồng Xuân", "Khu công nghiệp Lai Vu").
 */
function quietBefore(text: string, start: number): boolean {
  const before = whatStandsBefore(text, start);
  return before === "" || before === "(" || (before !== "0" && placeLexicon().leadIns.has(before));
}

/**
 * What stands right before `start`, across spaces: "" at the text's start or after punctuation
 * other than "(", "(" for an opening bracket, "0" after a digit, else the word there, folded.
 */
export function whatStandsBefore(text: string, start: number): string {
  let j = start;
  while (j > 0 && text.charCodeAt(j - 1) === SPACE) j--;
  if (j === 0) return "";
  const c = text.charCodeAt(j - 1);
  if (isDigit(c)) return "0";
  if (c === OPEN_PAREN) return "(";
  if (!isLetter(c) || j === start) return "";
  let i = j - 1;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  // (one word of letters and marks: its placeKey is its foldWord, wordKeyAt's)
  return wordKeyAt(text, i, j);
}

const isLetter = (c: number): boolean => (charClass(c) & (LETTER | MARK)) !== 0;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Where the name before a link ends, when ", " · " (" · " - " · " – " stands between them; -1 otherwise. */
function separatorBefore(text: string, linkStart: number): number {
  let j = linkStart;
  while (j > 0 && text.charCodeAt(j - 1) === SPACE) j--;
  if (j === 0) return -1;
  const c = text.charCodeAt(j - 1);
  if (c !== COMMA && c !== OPEN_PAREN && c !== HYPHEN && c !== EN_DASH) return -1;
  j--;
  // a comma or a bracket follows its word; a dash between two names may have spaces on both sides
  const e = j;
  while (j > 0 && text.charCodeAt(j - 1) === SPACE) j--;
  if (c === COMMA && j !== e) return -1;
  return j;
}

/** Where the name after a link starts, when ", " · " - " · " – " follows it; -1 otherwise. */
function separatorAfter(text: string, linkEnd: number): number {
  let j = linkEnd;
  while (j < text.length && text.charCodeAt(j) === SPACE) j++;
  const c = codeAt(text, j);
  if (c !== COMMA && c !== HYPHEN && c !== EN_DASH) return -1;
  if (c === COMMA && j !== linkEnd) return -1;
  j++;
  while (j < text.length && text.charCodeAt(j) === SPACE) j++;
  return j;
}

/** The piece that ends at `pos`, or -1 (pieces are in text order). */
function pieceEndingAt(p: Pieces, pos: number): number {
  const k = firstAtOrAfter(p.ends, pos);
  return k < p.ends.length && p.ends[k] === pos ? k : -1;
}

/** The piece that starts at `pos`, or -1. */
function pieceStartingAt(p: Pieces, pos: number): number {
  const i = firstAtOrAfter(p.starts, pos);
  return i < p.starts.length && p.starts[i] === pos ? i : -1;
}

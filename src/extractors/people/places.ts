// Places as the name and organisation grammars need them: where a place written after a level word
// ends ("xã Long Bình" in "Đảng ủy xã Long Bình Nguyễn Thị Kim Ngọc"), and whether a run of
// capitalised words is a known place ("Hà Tĩnh", "Mỹ", "TP.HCM"). The locations extractor's
// mentions come first; the gazetteer and the place prefixes (data/place-prefixes.tsv) are the
// fallback when the locations extractor did not run or did not see the place.
import { table } from "../../lexicon/tables.js";
import { country, knownPlace, knownPlaceMayStartWith, unitsNamed } from "../../lexicon/gazetteer.js";
import { PhraseTrie } from "./trie.js";
import { foldWords, type Tok } from "./tokens.js";

interface LevelWord {
  /** the spellings allowed ("TP", "Tp", "tp" for TP.), or null when any case will do (tỉnh, Tỉnh, TỈNH) */
  exact: Set<string> | null;
  number: boolean;
}

let levels: PhraseTrie<LevelWord> | undefined;

function levelTrie(): PhraseTrie<LevelWord> {
  if (levels) return levels;
  const byKey = new Map<string, { phrase: string; word: LevelWord }>();
  for (const r of table("place-prefixes")) {
    if (r.level === "other") continue; // sông, hồ, núi: not units that organisations are named after
    const key = foldWords(r.prefix!).filter((w) => w !== ".").join(" ");
    const prev = byKey.get(key);
    const word = prev?.word ?? { exact: new Set<string>(), number: false };
    if (r.cases !== "exact") word.exact = null;
    else word.exact?.add(r.prefix!.replace(/\.$/, ""));
    word.number ||= (r.name ?? "").split(/\s+/).includes("number");
    byKey.set(key, { phrase: r.prefix!, word });
  }
  levels = new PhraseTrie<LevelWord>();
  for (const { phrase, word } of byKey.values()) levels.add(phrase, word);
  return levels;
}

/**
 * The level word (tỉnh, huyện, xã, TP, ấp …) at `toks[i]`, as the index just past it, or -1.
 * "TP.HCM" has the level word "TP" glued to the name; that is accepted too.
 */
export function levelWordAt(toks: readonly Tok[], i: number, limit = toks.length): { end: number; number: boolean } | null {
  const hit = levelTrie().longest(toks, i, limit, spelledAsListed);
  if (!hit) return null;
  let end = hit.end;
  if (end < limit && toks[end]!.t === "." && toks[end]!.glued) end++; // "TP." "Q."
  return { end, number: hit.value.number };
}

/** Accepts a level word in a spelling it allows (a `longest` filter: one function, not a closure per call). */
function spelledAsListed(v: LevelWord, start: number, _end: number, toks: readonly Tok[]): boolean {
  return v.exact === null || v.exact.has(toks[start]!.t);
}

/** The Vietnamese "Trung ương" (central) and its short forms, after an organisation: "Ban Tuyên giáo Trung ương". */
export function centralAt(toks: readonly Tok[], i: number, limit = toks.length): number {
  const t = toks[i];
  if (!t || i >= limit) return -1;
  if (t.f === "trung" && i + 1 < limit && i + 1 < toks.length && toks[i + 1]!.f === "ương") return i + 2;
  if (t.t === "TW" || t.t === "TƯ") return i + 1;
  // T.Ư, T.W
  if (t.t === "T" && toks[i + 1]?.t === "." && (toks[i + 2]?.t === "Ư" || toks[i + 2]?.t === "W") && i + 2 < limit) return i + 3;
  return -1;
}

/**
 * True when `text` names a Vietnamese province or district, a country, a world place or a known
 * alias ("TP.HCM"). isKnownPlace("Hà Tĩnh") === true; isKnownPlace("Nguyễn Văn A") === false.
 */
export function isKnownPlace(text: string): boolean {
  let known = KNOWN.get(text);
  if (known === undefined) {
    if (KNOWN.size >= MAX_KNOWN) KNOWN.clear();
    known = knownPlace(text);
    KNOWN.set(text, known);
  }
  return known;
}

/**
 * False when the text of tokens `[a, b)` (org-phrase.ts text()) is surely no known place, by its first
 * token alone: when that token is a whole word of the place key (a word with no hyphen, not all
 * digits, before a space or the end), the key starts with its folded form, which must start some
 * known place. Most names asked about are people's ("Nguyễn Văn A": no place starts with
 * "nguyễn"), and the test costs no string: `t.f` is made once per distinct word.
 * True otherwise, also when the first word of the key is not the token's (TP.HCM, Timor-Leste, 03).
 */
export function mayBeKnownPlaceAt(toks: readonly Tok[], a: number, b: number): boolean {
  if (a >= b) return true;
  const t = toks[a]!;
  if (!t.word || t.num || (a + 1 < b && toks[a + 1]!.glued) || t.t.includes("-")) return true;
  return knownPlaceMayStartWith(t.f, t.t);
}

// the same few names are asked about again and again; bounded like the fold cache
const KNOWN = new Map<string, boolean>();
const MAX_KNOWN = 20_000;

/** True when `text` is a commune, ward or township of the gazetteer (to cut "xã Long Bình Nguyễn …"). */
export function isKnownUnit(text: string): boolean {
  return unitsNamed(text, "before-2025").length > 0 || unitsNamed(text, "after-2025").length > 0;
}

/** True when `text` names a Vietnamese province (before or after the 2025 reform) or a country: "Gia Lai", "Thái Lan". */
export function isProvinceOrCountry(text: string): boolean {
  return unitsNamed(text, "before-2025", [1]).length > 0 || unitsNamed(text, "after-2025", [1]).length > 0 || country(text) !== undefined;
}

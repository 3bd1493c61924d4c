// The word lists the place matcher needs, built once from data/: prefixes, bare names (provinces,
// cities, aliases, countries, world places), and the words that end a place name.
import type { LocationLevel } from "../../schema/article.js";
import { table } from "../../lexicon/tables.js";
import { caseVariants } from "../../text/pattern.js";
import { allUnits, placeKey, accentFreeKey, unitsNamed, type Unit } from "../../lexicon/gazetteer.js";

/** One row of data/place-prefixes.tsv. */
export interface PrefixInfo {
  readonly level: LocationLevel;
  /** "name" (a capitalised name), "number" (quận 1), "known" (only a name the gazetteer knows) */
  readonly takes: ReadonlySet<string>;
  /** folded words that, right before the prefix, make it part of another word (văn bản, nông thôn) */
  readonly notAfter: readonly string[];
}

/** The words so far of bare keys (placeLexicon().bareTrie). */
export interface BareNode {
  /** the nodes one word further on, by that word */
  readonly next: Map<string, BareNode>;
  /** the bare name these words are the key of */
  bare: BareName | undefined;
  /** the name of two words or more these words are the accent-free key of ("tien giang") */
  accentFree: BareName | undefined;
}

/** What a bare name (no prefix) in the text is. */
export interface BareName {
  readonly kind: "unit" | "alias" | "country" | "world";
  readonly level: LocationLevel;
  /** the key the Location merges on: placeKey of the canonical name */
  readonly key: string;
  /** the canonical name ("Hồ Chí Minh" for "Sài Gòn", "Mỹ" for "Hoa Kỳ") */
  readonly canonical: string;
  /** "not-first": not at a sentence start (data/countries.tsv) */
  readonly guard: string;
  /** written with the prefix inside it (TP.HCM) */
  readonly whole: boolean;
  /** an abbreviation shown under the canonical name (VN → Việt Nam) */
  readonly showCanonical: boolean;
  /** syllables of the name: one-syllable names are guarded against people's names */
  readonly syllables: number;
}

export interface PlaceLexicon {
  readonly prefixes: ReadonlyMap<string, PrefixInfo>;
  /** prefix forms with their case variants, for the prefix pattern */
  readonly prefixForms: readonly string[];
  /** bare names by placeKey (the spellings in `phrases` too) */
  readonly bare: ReadonlyMap<string, BareName>;
  /**
   * The bare keys word by word, by their first word: every word-prefix of a bare key ("hà", "hà
   * nội", "thái bình", "thái bình dương") and of the accent-free keys of those of two words or more
   * ("tien giang") is a node. Read with the words' own keys: no joined key to build and hash.
   */
  readonly bareTrie: ReadonlyMap<string, BareNode>;
  /** names written with a lower-case word or a dot: "châu Á", "TP.HCM", "Liên bang Nga" */
  readonly phrases: readonly string[];
  /** folded words that start a person's name (surnames) or sit in its middle (văn, thị) */
  readonly surnames: ReadonlySet<string>;
  readonly middles: ReadonlySet<string>;
  /** folded words before a person's name (ông, chị, bầu …) or a people/language (tiếng, người) */
  readonly honorifics: ReadonlySet<string>;
  readonly nationality: ReadonlySet<string>;
  /** folded street words (đường, phố, cầu): "phố Huế" is a street */
  readonly streets: ReadonlySet<string>;
  /** the last words of the street words of two words or more ("lộ" of "đại lộ", "quốc lộ") */
  readonly streetEnds: ReadonlySet<string>;
  /** folded words of buildings and sites named after a place: "sân", "sân bay", "chợ", "ngã ba" */
  readonly sites: ReadonlySet<string>;
  /** the last words of the site words of two words or more ("bay" of "sân bay") */
  readonly siteEnds: ReadonlySet<string>;
  /** words that end with a street word and mean something else: "yêu cầu", "nhu cầu" */
  readonly notStreets: ReadonlySet<string>;
  /** function words opening a sentence before a one-syllable country: "Nếu Mỹ", "Dù Nga" */
  readonly openers: ReadonlySet<string>;
  /** folded words that start an organisation after a prefix, not a place name (Huyện Ủy, Xã Đoàn) */
  readonly notName: ReadonlySet<string>;
  /** folded words after a guarded country that make it another word: "Anh ấy", "Anh hùng" */
  readonly afterGuarded: ReadonlySet<string>;
  /** folded words that may stand before a unit written bare in an address chain: "ở", "tại", "trú", "và" */
  readonly leadIns: ReadonlySet<string>;
  /** folded common words that start with a one-syllable country: "pháp luật", "mỹ thuật", "ý kiến" */
  readonly countryWords: ReadonlySet<string>;
  /** folded common two-syllable words that start with a syllable of names: "hoa hậu", "trung tâm" (data/name-compounds.tsv) */
  readonly compounds: ReadonlySet<string>;
}

let lexicon: PlaceLexicon | undefined;

const HAS_LOWER_WORD = /(?:^|[\s-])\p{Ll}/u;

/**
 * The place lexicon, built on first use: placeLexicon().prefixes.get("huyện")?.level === "district";
 * placeLexicon().bare.get("tiền giang")?.level === "province".
 */
export function placeLexicon(): PlaceLexicon {
  if (lexicon) return lexicon;
  const prefixes = new Map<string, PrefixInfo>();
  const prefixForms = new Set<string>();
  for (const r of table("place-prefixes")) {
    const info: PrefixInfo = {
      level: r.level as LocationLevel,
      takes: new Set(r.name!.split(/\s+/)),
      notAfter: r.not_after ? r.not_after.split(/\s+/).map(placeKey) : [],
    };
    const forms = r.cases === "all" ? caseVariants(r.prefix!) : [r.prefix!];
    for (const f of forms) {
      prefixForms.add(f);
      if (!prefixes.has(f)) prefixes.set(f, info);
    }
  }

  const bare = new Map<string, BareName>();
  const phrases = new Set<string>();
  const add = (written: string, b: Omit<BareName, "syllables" | "showCanonical">, showCanonical = false): void => {
    // spellings with a lower-case word or a dot are matched as phrases, even when the key is known
    if (HAS_LOWER_WORD.test(written) || written.includes(".")) phrases.add(written);
    const k = placeKey(written);
    // every field written out in one order: a spread (`{ ...b, syllables, showCanonical }`) gave the
    // names hundreds of shapes, and the readers of names went megamorphic (V8's --log-ic)
    if (!bare.has(k)) bare.set(k, { kind: b.kind, level: b.level, key: b.key, canonical: b.canonical, guard: b.guard, whole: b.whole, showCanonical, syllables: k.split(" ").length });
  };
  for (const r of table("place-aliases")) {
    add(r.alias!, { kind: "alias", level: r.level as LocationLevel, key: placeKey(r.name!), canonical: r.name!, guard: "", whole: r.whole === "yes" });
  }
  for (const r of table("countries")) {
    add(r.name!, { kind: "country", level: "country", key: placeKey(r.country!), canonical: r.country!, guard: r.guard ?? "", whole: false }, r.show === "country");
  }
  for (const u of bareUnits()) {
    add(u.name, { kind: "unit", level: u.level, key: placeKey(u.name), canonical: u.name, guard: "", whole: false });
  }
  for (const r of table("gazetteer/world")) {
    add(r.name!, { kind: "world", level: "other", key: placeKey(r.name!), canonical: r.name!, guard: "", whole: false });
  }
  const bareTrie = new Map<string, BareNode>();
  const nodeOf = (k: string): BareNode => {
    let level = bareTrie;
    let node: BareNode | undefined;
    for (const w of k.split(" ")) {
      node = level.get(w);
      if (!node) level.set(w, (node = { next: new Map(), bare: undefined, accentFree: undefined }));
      level = node.next;
    }
    return node!;
  };
  for (const [k, b] of bare) nodeOf(k).bare = b;
  for (const [k, b] of bare) {
    if (b.syllables < 2) continue;
    const node = nodeOf(accentFreeKey(k));
    node.accentFree ??= b;
  }
  const words = (kind: string): Set<string> =>
    new Set(table("gazetteer/name-stops").filter((r) => r.kind === kind).map((r) => placeKey(r.word!)));
  const streets = words("street");
  const lastWords = (list: Set<string>): Set<string> => new Set([...list].filter((w) => w.includes(" ")).map((w) => w.slice(w.lastIndexOf(" ") + 1)));
  const streetEnds = lastWords(streets);
  const sites = words("site");
  lexicon = {
    prefixes,
    prefixForms: [...prefixForms],
    bare,
    bareTrie,
    phrases: [...phrases],
    surnames: words("surname"),
    middles: words("middle"),
    honorifics: words("honorific"),
    nationality: words("nationality"),
    streets,
    streetEnds,
    sites,
    siteEnds: lastWords(sites),
    notStreets: words("not-street"),
    openers: words("opener"),
    notName: words("not-name"),
    afterGuarded: words("after-guarded"),
    leadIns: words("lead-in"),
    countryWords: words("country-word"),
    compounds: new Set(table("name-compounds").map((r) => placeKey(r.word!))),
  };
  return lexicon;
}

/**
 * The units a text names without a prefix: every province (both structures) and the provincial
 * cities of two syllables or more whose name is not also a province's (Nha Trang, Đà Lạt; not
 * Vinh, not Thanh Hóa). "Hồ Chí Minh" alone is the man, not the city: it needs "TP." or "thành phố".
 */
function bareUnits(): Unit[] {
  const provinces = [...allUnits("before-2025"), ...allUnits("after-2025")].filter((u) => u.tier === 1);
  const provinceKeys = new Set(provinces.map((u) => placeKey(u.name)));
  const cities = allUnits("before-2025").filter(
    (u) => u.tier === 2 && u.type === "thanh-pho" && u.name.includes(" ") && !provinceKeys.has(placeKey(u.name)),
  );
  return [...provinces, ...cities].filter((u) => u.name !== "Hồ Chí Minh");
}

const TIERS: Partial<Record<LocationLevel, readonly number[]>> = {
  province: [1],
  city: [1, 2],
  district: [2],
  town: [2],
  township: [3],
  commune: [3],
  ward: [3],
};

// by level, then name: no joined "level|name" key to build and hash at every mention
const unitCache = new Map<LocationLevel, Map<string, readonly Unit[]>>();
let unitsCached = 0;
const NONE: readonly Unit[] = [];

/**
 * The units of both structures a name may be at this level; a city of tier 1 is centrally run.
 * unitsFor("Gò Công Tây", "district") → [huyện Gò Công Tây]; unitsFor("Huế", "city") → the provincial
 * city before 2025 and the centrally-run city after. Remembered (bounded).
 */
export function unitsFor(name: string, level: LocationLevel): readonly Unit[] {
  const tiers = TIERS[level];
  if (!tiers) return NONE;
  let byName = unitCache.get(level);
  let hit = byName?.get(name);
  if (hit) return hit;
  const all = [...unitsNamed(name, "before-2025", tiers), ...unitsNamed(name, "after-2025", tiers)];
  hit = level === "city" ? all.filter((u) => u.tier !== 1 || u.type === "thanh-pho") : all;
  if (unitsCached >= 50_000) {
    // bounded on hostile input
    unitCache.clear();
    unitsCached = 0;
    byName = undefined;
  }
  if (!byName) unitCache.set(level, (byName = new Map()));
  byName.set(name, hit);
  unitsCached++;
  return hit;
}

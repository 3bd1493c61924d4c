// Places: administrative units with a prefix (xã Long Bình, huyện Gò Công Tây, quận 1, TP.HCM),
// provinces, cities and countries written alone (Hà Nội, Tiền Giang, Mỹ), and a few world places
// (châu Á, Biển Đông: level "other"). One Location per place, with its parent from the text or the
// gazetteer. Finding the mentions is in places/match.ts, the parents in places/parents.ts.
import type { Location } from "../schema/article.js";
import { defineExtractor, type Doc } from "./types.js";
import { findPlaces, findNamedAgain, literalFirstWord, settle, type PlaceMention, type NamedPlaces } from "./places/match.js";
import { isViSyllable } from "./places/pieces.js";
import { capitalRuns, capitalRunsAt, hasSurrogates, NO_RUNS, type Runs } from "./places/runs.js";
import { UPPER, charClass } from "../text/chars.js";
import { firstAtOrAfter, joinerPositions, wordStarts, wordTable, type WordTable } from "./places/starts.js";
import { sentencesOf } from "./people/context.js";
import { placeLexicon } from "./places/lexicon.js";
import { textParents, pickUnit, rank } from "./places/parents.js";
import { provinceAfter2025, structureAt, unitKey, unitLabel, endedBy2025, type Unit } from "../lexicon/gazetteer.js";

interface Group {
  key: string;
  level: Location["level"];
  mentions: PlaceMention[];
  /** the mention the text names as this place's parent, at its first link */
  textParent: PlaceMention | null;
  unit?: Unit;
}

/**
 * The mentions grouped by place (one key at one level), in order of first mention, each group with
 * the parent the text links to its first linked mention. Found by key, then level among the few
 * groups of that key: no joined "level|key" string to build and hash for every mention.
 */
function groupsOf(all: readonly PlaceMention[], links: ReadonlyMap<PlaceMention, PlaceMention>): Group[] {
  const list: Group[] = [];
  const byKey = new Map<string, Group[]>();
  for (const m of all) {
    let same = byKey.get(m.key);
    if (!same) byKey.set(m.key, (same = []));
    let g = same.find((o) => o.level === m.level);
    if (!g) {
      g = { key: m.key, level: m.level, mentions: [], textParent: null };
      same.push(g);
      list.push(g);
    }
    g.mentions.push(m);
    g.textParent ??= links.get(m) ?? null;
  }
  return list;
}

/**
 * The places an article names, in order of first mention.
 *
 * @example
 * // "Đảng ủy xã Long Bình (huyện Gò Công Tây, tỉnh Tiền Giang) …"
 * // → { name: "Long Bình", level: "commune", text: "xã Long Bình", parent: "huyện Gò Công Tây" },
 * //   { name: "Gò Công Tây", level: "district", parent: "tỉnh Tiền Giang" },
 * //   { name: "Tiền Giang", level: "province", parent: null, code: "82", mergedInto: "Đồng Tháp" }
 *
 * The gazetteer's structure follows the dateline: from 1 July 2025 the 34 provinces and their
 * communes, before it (and for undated text) the 63 provinces with districts.
 */
export const locations = defineExtractor({
  name: "locations",
  reads: [],
  run(doc: Doc): Location[] {
    // read once, for both passes
    const read = readSentences(doc);
    const bySentence = doc.sentences.map((s, i) => findPlaces(doc.text, s.start, s.end, read.runs[i] ?? NO_RUNS, read.starts ? read.starts[i]! : null));
    // "huyện Bá Thước" named once: a later "Bá Thước" alone is the same district
    const named = namedWithPrefix(concat(bySentence));
    if (named.byKey.size) {
      doc.sentences.forEach((s, i) => {
        const again = findNamedAgain(doc.text, s.start, s.end, named, read.runsFor(i, named.prefixes));
        if (again.length) bySentence[i] = settle([...bySentence[i]!, ...again]);
      });
    }
    const all: PlaceMention[] = [];
    const sentenceOf: number[] = [];
    bySentence.forEach((list, i) => {
      for (const m of list) {
        all.push(m);
        sentenceOf.push(i);
      }
    });
    if (!all.length) return [];
    const links = textParents(doc.text, all, sentenceOf);

    const list = groupsOf(all, links);
    const prefer = structureAt(doc.dateline);
    const keys = new Set(list.map((g) => g.key));
    for (const g of list) {
      g.unit = pickUnit(unitsOf(g.mentions), prefer, g.textParent ? g.textParent.units : null, keys, unitKey);
    }

    const written = (m: PlaceMention): string => doc.mention(m.start, m.end).text;
    return list.map((g) => {
      const first = g.mentions[0]!;
      const loc: Location = {
        name: first.name,
        level: g.level,
        text: written(first),
        mentions: g.mentions.filter((m) => !m.inName).map((m) => doc.span(m.start, m.end)),
        parent: g.textParent ? written(g.textParent) : parentFromContext(g, list, written),
      };
      if (g.unit) {
        const facts = unitFacts(g.unit);
        loc.code = g.unit.code;
        if (facts.validUntil) loc.validUntil = facts.validUntil;
        if (facts.mergedInto) loc.mergedInto = facts.mergedInto;
      }
      // "giúp Quảng Nam giành chiến thắng", "sân bay Đà Nẵng": in a club's or a site's name, like a place inside an organisation's
      if (g.mentions.some((m) => m.inName)) loc.inNames = g.mentions.filter((m) => m.inName).map((m) => doc.span(m.start, m.end));
      return loc;
    });
  },
});

// the first words of the bare names (placeLexicon().bareTrie), by word number
let bareWords: WordTable | undefined;

/** A document's sentences as the place rules read them. */
interface SentenceReading {
  /** each sentence's capitalised runs; null where none can hold a bare name (WordStarts.bare) */
  readonly runs: readonly (Runs | null)[];
  /** each sentence's word starts where a literal may be written; null: literalMatches scans each sentence */
  readonly starts: readonly (readonly number[])[] | null;
  /**
   * Sentence i's runs for names that start with one of `words` (folded): NO_RUNS when its runs
   * were skipped and no capitalised word of it is one of them, read now otherwise.
   */
  runsFor(i: number, words: ReadonlySet<string>): Runs;
}

/**
 * The capitalised runs of each sentence, and the word starts where a literal may be written. Read
 * off the sentences' tokens when the text has no astral character (the tokenizer and the run
 * scanner then agree on every character), by scanning otherwise.
 */
function readSentences(doc: Doc): SentenceReading {
  const text = doc.text;
  const literal = literalFirstWord();
  if (hasSurrogates(text) || !literal) {
    const runs = doc.sentences.map((s) => capitalRuns(text, s.start, s.end));
    return { runs, starts: null, runsFor: (i) => runs[i]! };
  }
  const sents = sentencesOf(doc);
  const joiners = joinerPositions(text);
  bareWords ??= wordTable(placeLexicon().bareTrie.keys());
  const runs: (Runs | null)[] = [];
  const starts: (readonly number[])[] = [];
  const caps: (readonly number[])[] = [];
  // the first joiner at or after the sentence's start, walked forward (the sentences are in text order)
  let j = 0;
  for (const s of sents) {
    if (j > 0 && joiners[j - 1]! >= s.start) j = firstAtOrAfter(joiners, s.start);
    while (j < joiners.length && joiners[j]! < s.start) j++;
    const w = wordStarts(text, s.start, s.end, s.toks, joiners, literal, bareWords, j);
    // a sentence whose capitalised words start no bare name: its runs (people, organisations) are not read
    runs.push(w.bare ? capitalRunsAt(text, s.start, s.end, w.caps) : null);
    starts.push(w.literals);
    caps.push(w.caps);
  }
  const runsFor = (i: number, words: ReadonlySet<string>): Runs => {
    const known = runs[i];
    if (known) return known;
    const s = sents[i]!;
    // (the capital first: one table read, where most words are lower case and a Set lookup costs a hash)
    if (!s.toks.some((t) => t.word && charClass(text.charCodeAt(t.s)) & UPPER && words.has(t.f))) return NO_RUNS;
    return (runs[i] = capitalRunsAt(text, s.start, s.end, caps[i]!));
  };
  return { runs, starts, runsFor };
}

/** What a Location tells of the unit it is, besides its code. */
interface UnitFacts {
  /** the last day of a unit the 2025 reform ended */
  readonly validUntil: string | null;
  /** the province of the new structure an old province became part of, when another */
  readonly mergedInto: string | null;
}

// by unit: at most one entry per unit of the gazetteer, whatever the text (the same provinces come
// back in article after article, and endedBy2025 and provinceAfter2025 fold names to look them up)
const factsByUnit = new Map<Unit, UnitFacts>();

function unitFacts(u: Unit): UnitFacts {
  let facts = factsByUnit.get(u);
  if (facts) return facts;
  let mergedInto: string | null = null;
  if (u.tier === 1 && u.structure === "before-2025") {
    const after = provinceAfter2025(u.name);
    if (after && after.name !== u.name) mergedInto = after.name;
  }
  facts = { validUntil: endedBy2025(u), mergedInto };
  factsByUnit.set(u, facts);
  return facts;
}

/** The lists one after the other (Array.prototype.flat is slow in V8). */
function concat<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (const list of lists) for (const x of list) out.push(x);
  return out;
}

/** The units a group's mentions may be, each once, in order of first mention. */
function unitsOf(mentions: readonly PlaceMention[]): readonly Unit[] {
  // mentions of one name share unitsFor's remembered list: nothing to merge (pickUnit only reads it)
  const first = mentions[0]!.units;
  if (mentions.every((m) => m.units === first)) return first.length <= 1 ? first : [...new Set(first)];
  return [...new Set(mentions.flatMap((m) => m.units))];
}

/**
 * The parent when the text does not link one: the gazetteer's parent of the one unit the place is
 * (named as the article writes it when it does, "tỉnh Tiền Giang" otherwise); for a hamlet, the
 * article's only commune; for a commune the gazetteer does not know, the article's only district.
 */
function parentFromContext(g: Group, groups: readonly Group[], written: (m: PlaceMention) => string): string | null {
  const r = g.unit ? 5 - g.unit.tier : rank(g.mentions[0]!);
  if (g.unit?.parent) {
    const p = g.unit.parent;
    const pKey = unitKey(p);
    const there = groups.find((o) => o !== g && o.key === pKey && rank(o.mentions[0]!) > r);
    return there ? written(there.mentions[0]!) : unitLabel(p);
  }
  const knownNowhere = !g.mentions.some((m) => m.units.length);
  if (r === 1 || (r === 2 && knownNowhere)) {
    const above = groups.filter((o) => rank(o.mentions[0]!) === r + 1 && (r === 1 ? true : o.level !== "city"));
    if (above.length === 1) return written(above[0]!.mentions[0]!);
  }
  return null;
}

/**
 * The names written with a prefix that may come back alone: two words or more ("Bá Thước"), or a
 * foreign one-word name ("Homs"); not names that start with a surname ("xã Lê Lợi" is also the king).
 */
function namedWithPrefix(mentions: readonly PlaceMention[]): NamedPlaces {
  const surnames = placeLexicon().surnames;
  const byKey = new Map<string, { level: Location["level"]; units: readonly Unit[] }>();
  const prefixes = new Set<string>();
  for (const m of mentions) {
    if (m.rule !== "prefix" || byKey.has(m.key) || /^\d/.test(m.key)) continue;
    const words = m.key.split(" ");
    if (surnames.has(words[0]!)) continue;
    if (words.length < 2 && isViSyllable(words[0]!)) continue;
    byKey.set(m.key, { level: m.level, units: m.units });
    let prefix = words[0]!;
    prefixes.add(prefix);
    for (let i = 1; i < words.length; i++) prefixes.add((prefix += " " + words[i]!));
  }
  return { byKey, prefixes };
}

// The word lists the figures extractor reads: units (data/units.tsv), words that end a unit
// (data/unit-stops.tsv) and words before a number that say what it is (data/figure-context.tsv).
import { table } from "../../lexicon/tables.js";
import { lookupKey, keyedMap, wordKey } from "../../text/lookup.js";
import { lowerCase, hasCharOf, LETTER } from "../../text/chars.js";
import { unaccent } from "../../text/fold.js";
import { SpanTable, hashOf } from "../../text/span-table.js";
import { numberWordOfKey } from "../../text/vi-number/words.js";
import { isApproxEnd, isApproxAfterStart } from "../../text/vi-number/approx.js";

/** One row of data/units.tsv. */
export interface UnitInfo {
  unit: string;
  kind: "count" | "money" | "measure" | "percent";
  currency: string | null;
  /** a noun may follow that says what is counted ("lượt đồng chí") */
  noun: boolean;
  /** the word is this unit only after a scale word ("5 triệu bảng") */
  afterScale: boolean;
  /** the number of words of the unit */
  words: number;
}

/** One row of data/figure-context.tsv. */
export interface ContextInfo {
  role: "label" | "ok" | "score" | "one" | "clock";
  except: ReadonlySet<string>;
}

let units: Map<string, UnitInfo> | undefined;
let unitFirstWords: Set<string> | undefined;
let maxUnitWords = 1;
let maxWordsBySkeleton: Map<string, number> | undefined;
let stops: Set<string> | undefined;
let contexts: Map<string, ContextInfo> | undefined;
let contextEnds: Set<string> | undefined;

function load(): void {
  if (units) return;
  const rows: UnitInfo[] = table("units").map((r) => ({
    unit: r.unit!,
    kind: r.kind as UnitInfo["kind"],
    currency: r.currency || null,
    noun: r.noun === "yes",
    afterScale: r.after_scale === "yes",
    words: r.unit!.split(" ").length,
  }));
  maxUnitWords = Math.max(...rows.map((r) => r.words));
  units = keyedMap(rows, (r) => r.unit);
  unitFirstWords = new Set([...units.keys()].map((k) => k.split(/[ /]/)[0]!));
  maxWordsBySkeleton = new Map();
  for (const k of units.keys()) {
    const words = k.split(" ");
    const skeleton = unaccent(words[0]!);
    maxWordsBySkeleton.set(skeleton, Math.max(maxWordsBySkeleton.get(skeleton) ?? 0, words.length));
  }
  stops = new Set(table("unit-stops").map((r) => lookupKey(r.word!)));
  const ctx = table("figure-context").map((r) => ({
    phrase: r.phrase!,
    info: { role: r.role as ContextInfo["role"], except: new Set((r.except ?? "").split(",").filter(Boolean).map(lookupKey)) },
  }));
  contexts = new Map([...keyedMap(ctx, (r) => r.phrase)].map(([k, v]) => [k, v.info]));
  contextEnds = new Set([...contexts.keys()].map((k) => k.slice(k.lastIndexOf(" ") + 1)));
}

/** Lower case, single spaces: the form a unit is given in ("Chủ  tịch" → "chủ tịch"). */
export const lower = (s: string): string => lowerCase(s.includes("  ") ? s.replace(/ {2,}/g, " ") : s);

/** The unit a phrase is ("người", "tỷ đồng" is not one: scale words are read before), or undefined. */
export function unitInfo(phrase: string): UnitInfo | undefined {
  return unitInfoOfKey(wordKey(phrase));
}

/** `unitInfo` of a phrase whose `lookupKey` is already known (one key serves several rules). */
export function unitInfoOfKey(key: string): UnitInfo | undefined {
  load();
  return units!.get(key);
}

/** True when some unit of data/units.tsv starts with this word: a cheap test before longer lookups. */
export function startsUnit(word: string): boolean {
  return startsUnitKey(wordKey(word));
}

/** `startsUnit` of a word whose `lookupKey` is already known. */
export function startsUnitKey(key: string): boolean {
  load();
  return unitFirstWords!.has(key);
}

// unitWordsFromKey by key, remembered (bounded: cleared when full)
const UNIT_WORDS_MEMO_MAX = 4096;
const unitWordsMemo = new Map<string, number>();

/**
 * At least as many words as the longest unit whose key may start with this first word's key, and at
 * least 1: a phrase of more words than that is no unit, so its look-up can be skipped. A phrase's key
 * may fold the first word although the word's own key does not ("tài khoản" → "taì khoan̉": lookupKey
 * folds a phrase with "oa" anywhere), and a fold only moves tone marks: so the units are grouped by
 * the skeleton of their key's first word (unaccent), which the fold leaves alone.
 */
export function unitWordsFromKey(key: string): number {
  let n = unitWordsMemo.get(key);
  if (n === undefined) {
    load();
    if (unitWordsMemo.size >= UNIT_WORDS_MEMO_MAX) unitWordsMemo.clear();
    n = Math.max(1, maxWordsBySkeleton!.get(unaccent(key)) ?? 0);
    unitWordsMemo.set(key, n);
  }
  return n;
}

/** The most words a unit of data/units.tsv has. */
export function unitMaxWords(): number {
  load();
  return maxUnitWords;
}

/** True when the word ends a unit or a noun ("có", "và", "tham gia"). */
export function isStop(word: string): boolean {
  return isStopKey(wordKey(word));
}

/** `isStop` of a word whose `lookupKey` is already known. */
export function isStopKey(key: string): boolean {
  load();
  return stops!.has(key);
}

/** What a phrase right before a number says about it ("số" → label, "thắng" → score), or undefined. */
export function contextInfo(phrase: string): ContextInfo | undefined {
  load();
  return contexts!.get(wordKey(phrase));
}

/** True when a context phrase of data/figure-context.tsv ends with this word (a `lookupKey`). */
export function isContextEnd(key: string): boolean {
  load();
  return contextEnds!.has(key);
}

/** A word in lower case: it has a letter and lower case changes nothing ("người", not "Người", "F1"). */
export const isLowerWord = (s: string): boolean => s !== "" && s === lowerCase(s) && hasCharOf(s, LETTER);

/** What the figure rules ask of one word next to a number, answered once for each word met. */
export interface WordFacts {
  /** the word as written, and lower(text): the form of a unit of this one word */
  readonly text: string;
  readonly lower: string;
  /** its lookupKey */
  readonly key: string;
  /** the unit the word alone is, if any */
  readonly unit: UnitInfo | undefined;
  /** some unit starts with it (startsUnitKey), and the most words such a unit may have (unitWordsFromKey) */
  readonly startsUnit: boolean;
  readonly unitWords: number;
  /** a stop word (isStopKey), a number word */
  readonly stop: boolean;
  readonly numberWord: boolean;
  /** isLowerWord */
  readonly lowerWord: boolean;
  /** an approximator or a context phrase ends with it (isApproxEnd, isContextEnd) */
  readonly approxEnd: boolean;
  readonly contextEnd: boolean;
  /** an approximator written after the unit starts with it ("trở" of "trở lên": isApproxAfterStart) */
  readonly approxAfterStart: boolean;
}

// The facts by the word's characters: the words around numbers ("người", "đồng", "hơn", "số") come
// back at every figure, and a word met before costs a hash of its characters, no slice, no key and
// no set look-ups. Bounded: the table empties when half full. 2^15 slots (16,384 words): the whole
// corpus has about 4,400 distinct words next to its numbers, which 2^13 slots (4,096 words) could not
// hold: in a long batch the table emptied about once a pass and every word was read again.
const FACTS = new SpanTable<WordFacts>(15);

/** The WordFacts of the word `text[start, end)`. */
export function wordFactsAt(text: string, start: number, end: number): WordFacts {
  const h = hashOf(text, start, end);
  let f = FACTS.get(text, start, end, h);
  if (f === undefined) {
    f = factsOf(text.slice(start, end));
    FACTS.add(f.text, h, f);
  }
  return f;
}

function factsOf(word: string): WordFacts {
  const key = wordKey(word);
  return {
    text: word,
    lower: lower(word),
    key,
    unit: unitInfoOfKey(key),
    startsUnit: startsUnitKey(key),
    unitWords: unitWordsFromKey(key),
    stop: isStopKey(key),
    numberWord: numberWordOfKey(key) !== undefined,
    lowerWord: isLowerWord(word),
    approxEnd: isApproxEnd(key),
    contextEnd: isContextEnd(key),
    approxAfterStart: isApproxAfterStart(word),
  };
}

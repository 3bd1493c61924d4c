// Finds the places one sentence names, in three ways:
//   a prefix and a name   huyện Gò Công Tây · quận 1 · TP. Đồng Hới · Q.3 · thôn Phú Lộc 2
//   a known name alone    Hà Nội · Tiền Giang · Nha Trang · Mỹ · Tien Giang (no diacritics)
//   a fixed phrase        TP.HCM · TPHCM · châu Á · miền Trung · Liên bang Nga
// Overlaps are settled here: the earlier, then the longer mention wins.
import type { LocationLevel } from "../../schema/article.js";
import { WB_AFTER, anyOf, caseVariants, execAtWordStart } from "../../text/pattern.js";
import type { Unit } from "../../lexicon/gazetteer.js";
import { placeLexicon } from "./lexicon.js";
import { keyOf, type Pieces } from "./pieces.js";
import { capitalRuns, WORD, type Runs } from "./runs.js";
import { squash, wordBefore } from "./words.js";
import { fromPhrase, fromRun } from "./bare.js";
import { fromPrefix } from "./prefixed.js";
import { fromPairs } from "./pairs.js";
import { fromChains } from "./chains.js";
import { markClubs } from "./teams.js";
import { markTitles } from "./titles.js";
import { settle, type PlaceMention } from "./mention.js";
import type { Tok } from "../people/tokens.js";
import { inTable, wordTable, type WordTable } from "./starts.js";
import { fold } from "../../text/fold.js";
import { DIGIT, LETTER, MARK, charClass } from "../../text/chars.js";

export { settle, type PlaceMention } from "./mention.js";

// Words joined by spaces or a hyphen: Gò Công Tây · Phan Rang-Tháp Chàm · Bà Rịa - Vũng Tàu · Phú Lộc 2
const RUN = String.raw`${WORD}(?:(?: +| ?- ?)(?:${WORD}|\d{1,3}${WB_AFTER}))*`;

// Both patterns start at a word start, with one of their literals (a prefix, a phrase): one scan
// finds the word starts where any of these literals is written (execAtWordStart: a leading
// lookbehind would make it several times slower), and each pattern is tried there, sticky. One
// scan of the sentence instead of one per pattern; the matches are those the two global patterns
// would find. A document's sentences are not scanned: starts.ts reads the candidate starts off
// their tokens (literalFirstWord below). The capitalised runs are read by capitalRuns (runs.ts).
interface Patterns {
  /** every literal either pattern starts with (global) */
  literals: RegExp;
  /** the same literals, as written */
  literalForms: readonly string[];
  /** huyện Gò Công Tây · TP. Đồng Hới · TP.Bến Tre · Q.3 · tổ dân phố số 5 (sticky) */
  prefixed: RegExp;
  /** TP.HCM · châu Á · Miền Trung · Nam bộ · Liên bang Nga (sticky) */
  phrase: RegExp | null;
}

let patterns: Patterns | undefined;

function compile(): Patterns {
  if (patterns) return patterns;
  const lex = placeLexicon();
  const phraseForms = lex.phrases.flatMap(caseVariants);
  const literalForms = [...lex.prefixForms, ...phraseForms];
  return (patterns = {
    literals: new RegExp(anyOf(literalForms), "gu"),
    literalForms,
    prefixed: new RegExp(
      String.raw`(?<p>${anyOf(lex.prefixForms)})(?:(?<=\.) *| +)(?:số +)?(?<n>\d{1,3}[A-Z]?${WB_AFTER}|${RUN})`,
      "uy",
    ),
    phrase: phraseForms.length ? new RegExp(`${anyOf(phraseForms)}${WB_AFTER}`, "uy") : null,
  });
}

/** The match of the sticky `re` at `at` of `s`, or null. */
function matchAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** The matches of the two patterns in `s` (one sentence), each list in text order. */
export interface LiteralMatches {
  readonly phrases: readonly RegExpExecArray[];
  readonly prefixed: readonly RegExpExecArray[];
}

// what most sentences give (no literal at all): one answer for them all, not three new objects each
const NO_MATCHES: LiteralMatches = { phrases: [], prefixed: [] };

/**
 * What the phrase and prefixed patterns, made global, find at word starts of `s`
 * (execAtWordStart): tried at `starts` (word starts in order, among them every one where a pattern
 * matches: starts.ts wordStarts), or where one scan of `s` finds their literals when not given.
 */
export function literalMatches(s: string, starts: readonly number[] | null = null): LiteralMatches {
  if (starts && starts.length === 0) return NO_MATCHES;
  const { prefixed, phrase } = compile();
  const out = { phrases: [] as RegExpExecArray[], prefixed: [] as RegExpExecArray[] };
  // where the next match of each pattern may start: after the end of its last one
  let phraseFrom = phrase ? 0 : s.length;
  let prefixFrom = 0;
  // every word start where a literal is written, even inside a match of the other pattern
  for (const i of starts ?? literalsAtWordStarts(s)) {
    const m = i >= phraseFrom ? matchAt(phrase!, s, i) : null;
    if (m) {
      phraseFrom = i + m[0].length;
      out.phrases.push(m);
    }
    const n = i >= prefixFrom ? matchAt(prefixed, s, i) : null;
    if (n) {
      prefixFrom = i + n[0].length;
      out.prefixed.push(n);
    }
  }
  return out;
}

/** The word starts of `s` where a literal of either pattern is written. */
function literalsAtWordStarts(s: string): number[] {
  const { literals } = compile();
  const out: number[] = [];
  literals.lastIndex = 0;
  for (let lit = execAtWordStart(literals, s); lit; lit = execAtWordStart(literals, s)) {
    out.push(lit.index);
    literals.lastIndex = lit.index + (s.codePointAt(lit.index)! > 0xffff ? 2 : 1);
  }
  return out;
}

/** The literals' first words: as written, and by the word number of their folded form. */
interface FirstWords {
  /** what may follow each first word in a literal: "" (the word alone, as "hồ"), " dân phố", "." */
  readonly rests: ReadonlyMap<string, readonly string[]>;
  readonly byNumber: WordTable;
  /** 1 at the code unit each first word starts with */
  readonly firstUnits: Uint8Array;
}

/** literalFirstWord's test, and a cheaper one to read first: the token's first code unit. */
export interface LiteralStartTest {
  /** 1 at every code unit a token that passes `startsLiteral` starts with */
  readonly firstUnits: Uint8Array;
  startsLiteral(text: string, t: Tok): boolean;
}

let firstWords: FirstWords | null | undefined;

/**
 * A test of a word token (people/tokens.ts) that is true for every token where the prefixed or the
 * phrase pattern may match: the token is the first word of one of their literals ("thành" of
 * "thành phố", "TP" of "TP.HCM"), as written, and the characters after it may go on with the
 * literal ("tổ chức" cannot be "tổ dân phố": after "tổ" and spaces, no "d"). Where a pattern matches,
 * the literal's first word is the whole run of letters there, and the token is that run unless a
 * joiner (' & -) glues more to it ("Cam-pu-chia" is one token): wordStarts (starts.ts) adds the
 * starts around joiners. The word number (of the folded word) is read first: a cheap test that
 * most tokens fail. Null when a literal does not start with a letter (no token test for it).
 */
export function literalFirstWord(): LiteralStartTest | null {
  if (firstWords === undefined) firstWords = firstWordsOf(compile().literalForms);
  const words = firstWords;
  if (!words) return null;
  const { rests, byNumber, firstUnits } = words;
  return {
    firstUnits,
    startsLiteral(text, t) {
      if (!inTable(byNumber, t)) return false;
      const after = rests.get(t.t);
      return after !== undefined && after.some((rest) => goesOn(text, t.e, rest));
    },
  };
}

/**
 * True when `text` from `at` may go on with `rest`, the end of a literal after its first word: by
 * its first character, and when that is a space, by the first one after the spaces (the patterns
 * read a space of a literal as " +"). "" goes on anywhere.
 */
function goesOn(text: string, at: number, rest: string): boolean {
  if (rest === "") return true;
  const c = rest.charCodeAt(0);
  if (at >= text.length || text.charCodeAt(at) !== c) return false;
  if (c !== SPACE_CODE) return true;
  let i = at + 1;
  while (i < text.length && text.charCodeAt(i) === SPACE_CODE) i++;
  let r = 1;
  while (r < rest.length && rest.charCodeAt(r) === SPACE_CODE) r++;
  return r === rest.length || (i < text.length && text.charCodeAt(i) === rest.charCodeAt(r));
}

const SPACE_CODE = 32;

function firstWordsOf(literals: readonly string[]): FirstWords | null {
  const rests = new Map<string, string[]>();
  for (const lit of literals) {
    let n = 0;
    while (n < lit.length && charClass(lit.charCodeAt(n)) & (LETTER | MARK | DIGIT)) n++;
    if (n === 0) return null;
    const first = lit.slice(0, n);
    const list = rests.get(first) ?? [];
    if (!list.includes(lit.slice(n))) list.push(lit.slice(n));
    rests.set(first, list);
  }
  const byNumber = wordTable([...rests.keys()].map(fold));
  const firstUnits = new Uint8Array(0x10000);
  for (const w of rests.keys()) firstUnits[w.charCodeAt(0)] = 1;
  return { rests, byNumber, firstUnits };
}

/** The two patterns as the global regexes they stand for (for tests). */
export function placePatterns(): { prefixed: RegExp; phrase: RegExp | null } {
  const { prefixed, phrase } = compile();
  return { prefixed: new RegExp(prefixed.source, "gu"), phrase: phrase ? new RegExp(phrase.source, "gu") : null };
}

/**
 * The places in `text[start, end)` (one sentence), sorted by position, not overlapping:
 * "Đảng ủy xã Long Bình (huyện Gò Công Tây, tỉnh Tiền Giang)" → xã Long Bình · huyện Gò Công Tây ·
 * tỉnh Tiền Giang. `runs` are the sentence's capitalised runs (capitalRuns), and `starts` its
 * literals' candidate starts (starts.ts wordStarts), when already read.
 */
export function findPlaces(
  text: string,
  start: number,
  end: number,
  runs = capitalRuns(text, start, end),
  starts: readonly number[] | null = null,
): PlaceMention[] {
  const s = text.slice(start, end);
  const found: PlaceMention[] = [];
  const matches = literalMatches(s, starts);
  for (const m of matches.phrases) {
    const hit = fromPhrase(text, m[0], start + m.index);
    if (hit) found.push(hit);
  }
  for (const m of matches.prefixed) {
    const at = start + m.index;
    const hit = fromPrefix(text, at, m.groups!.p!, at + m[0].length - m.groups!.n!.length, at + m[0].length, start);
    if (hit) found.push(hit);
  }
  fromPairs(start, s, found);
  const { pieces, firsts } = runs;
  for (let r = 0; r + 1 < firsts.length; r++) fromRun(text, pieces, firsts[r]!, firsts[r + 1]! - 1, start, found);
  const settled = settle(found);
  markClubs(text, s, settled);
  if (settled.length) markTitles(text, settled);
  const chained = fromChains(text, pieces, firsts, settled);
  return chained.length ? settle([...settled, ...chained]) : settled;
}

/** Places an article names with a prefix, by key, with every word-prefix of their keys. */
export interface NamedPlaces {
  readonly byKey: ReadonlyMap<string, { level: LocationLevel; units: readonly Unit[] }>;
  readonly prefixes: ReadonlySet<string>;
}

/**
 * Bare mentions of places the article has already named with a prefix: "huyện Bá Thước" makes a
 * later "Bá Thước" the same district.
 */
export function findNamedAgain(
  text: string,
  start: number,
  end: number,
  named: NamedPlaces,
  runs = capitalRuns(text, start, end),
): PlaceMention[] {
  const lex = placeLexicon();
  const out: PlaceMention[] = [];
  const { pieces: p, firsts } = runs;
  for (let r = 0; r + 1 < firsts.length; r++) {
    const first = firsts[r]!;
    const last = firsts[r + 1]! - 1;
    for (let i = first; i <= last; i++) {
      let key = "";
      let best = -1;
      for (let k = i; k <= last; k++) {
        key += (k > i ? " " : "") + p.keys[k]!;
        if (!named.prefixes.has(key)) break;
        if (named.byKey.has(key)) best = k;
      }
      if (best < 0) continue;
      const k = best;
      const hitKey = keyOf(p, i, k);
      const hit = named.byKey.get(hitKey)!;
      if (!runEdge(p, first, last, i, k) || (i > first && !p.hyphen[i] && lex.surnames.has(p.keys[first]!))) continue;
      const prev = wordBefore(text, p.starts[i]!) ?? "";
      if (lex.streets.has(prev)) continue;
      const written = text.slice(p.starts[i]!, p.ends[k]!);
      const m: PlaceMention = { start: p.starts[i]!, end: p.ends[k]!, name: squash(written), key: hitKey, level: hit.level, units: hit.units, rule: "bare", inName: false };
      // "xã Đức Lạc … ga Đức Lạc": the station's name
      if (lex.sites.has(prev)) m.inName = true;
      out.push(m);
      i = k;
    }
  }
  return out;
}

/**
 * True when pieces i..k are a whole run (pieces first..last) or end at its hyphens ("Mỹ" in
 * "Mỹ-Nga"), not inside "Nguyễn Thái Bình".
 */
function runEdge(p: Pieces, first: number, last: number, i: number, k: number): boolean {
  return (i === first || p.hyphen[i]!) && (k === last || p.hyphen[k + 1]!);
}

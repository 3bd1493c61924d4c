// Finds the places one sentence names, in three ways:
//   a prefix and a name   huyện Gò Công Tây · quận 1 · TP. Đồng Hới · Q.3 · thôn Phú Lộc 2
//   a known name alone    Hà Nội · Tiền Giang · Nha Trang · Mỹ · Tien Giang (no diacritics)
//   a fixed phrase        TP.HCM · TPHCM · châu Á · miền Trung · Liên bang Nga
// Overlaps are settled here: the earlier, then the longer mention wins.
import type { LocationLevel } from "../../schema/article.js";
import { WB_AFTER, anyOf, caseVariants, execAtWordStart, wordCharBefore } from "../../text/pattern.js";
import type { Unit } from "../../lexicon/gazetteer.js";
import { placeLexicon } from "./lexicon.js";
import { keyOf, type Pieces } from "./pieces.js";
import { capitalRuns, WORD, type Runs } from "./runs.js";
import { squash, wordsBefore } from "./words.js";
import { fromPhrase, fromRun } from "./bare.js";
import { fromPrefix } from "./prefixed.js";
import { fromPairs } from "./pairs.js";
import { settle, type PlaceMention } from "./mention.js";

export { settle, type PlaceMention } from "./mention.js";

// Words joined by spaces or a hyphen: Gò Công Tây · Phan Rang-Tháp Chàm · Bà Rịa - Vũng Tàu · Phú Lộc 2
const RUN = String.raw`${WORD}(?:(?: +| ?- ?)(?:${WORD}|\d{1,3}${WB_AFTER}))*`;

// Both patterns start at a word start, with one of their literals (a prefix, a phrase): one scan
// finds the word starts where any of these literals is written (execAtWordStart: a leading
// lookbehind would make it several times slower), and each pattern is tried there, sticky. One
// scan of the sentence instead of one per pattern; the matches are those the two global patterns
// would find. The capitalised runs are read by capitalRuns (runs.ts).
interface Patterns {
  /** every literal either pattern starts with (global) */
  literals: RegExp;
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
  return (patterns = {
    literals: new RegExp(anyOf([...lex.prefixForms, ...phraseForms]), "gu"),
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
 * (execAtWordStart): tried at `starts` (from literalStarts), or where one scan of `s` finds their
 * literals when not given.
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

const NO_STARTS: readonly number[] = [];

/**
 * For each sentence of `text` (in order, not overlapping), the word starts where a literal of
 * either pattern is written, as offsets from the sentence's start: what literalMatches would find
 * in the sentence alone, and some more (a literal running past its end: the patterns refuse it
 * there). One regex scan of the whole text instead of one per sentence (each of which ends by
 * reading its sentence to the end in vain). Null when `text` has astral characters or the
 * sentences are not in order: each sentence is then scanned alone.
 */
export function literalStarts(text: string, sentences: readonly { start: number; end: number }[], textHasSurrogates: boolean): (readonly number[])[] | null {
  if (textHasSurrogates) return null;
  for (let k = 1; k < sentences.length; k++) if (sentences[k]!.start < sentences[k - 1]!.end) return null;
  const { literals } = compile();
  const out: (readonly number[])[] = [];
  for (let k = 0; k < sentences.length; k++) out.push(NO_STARTS);
  let k = 0;
  literals.lastIndex = 0;
  for (let lit = literals.exec(text); lit; lit = literals.exec(text)) {
    const q = lit.index;
    literals.lastIndex = q + 1;
    while (k < sentences.length && sentences[k]!.end <= q) k++;
    if (k === sentences.length) break; // (not sentences[k] past the end: V8 gives up the function's optimized code)
    const sentence = sentences[k]!;
    if (q < sentence.start) continue;
    // a word start of the sentence: its first unit, or one after no letter, digit or mark
    if (q > sentence.start && wordCharBefore(text, q)) continue;
    if (out[k] === NO_STARTS) out[k] = [];
    (out[k] as number[]).push(q - sentence.start);
  }
  return out;
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
 * literals' word starts (literalStarts), when already read.
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
  return settle(found);
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
      if (lex.streets.has(wordsBefore(text, p.starts[i]!, 1)[0] ?? "")) continue;
      const written = text.slice(p.starts[i]!, p.ends[k]!);
      out.push({ start: p.starts[i]!, end: p.ends[k]!, name: squash(written), key: hitKey, level: hit.level, units: hit.units, rule: "bare" });
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

// Foreign names written beside an organisation already found, joined by "và" or a comma: the press
// lists bodies of one kind together, so the unknown name is an organisation too.
//   Techcombank và Manulife · Uber và Lyft · Google, Apple, Goldman Sachs, BlackRock và HSBC
// Only foreign names (no word of them a Vietnamese syllable, or an acronym), outside every place,
// not a person's name by its given name ("Apple và Tim Cook"), and not glued to other words.
import type { Marks, Sent } from "../people/context.js";
import { foldedSet, tokAt, type Tok } from "../people/tokens.js";
import { isVietnameseSyllable } from "../people/syllable.js";
import { lexicon } from "../people/lexicon.js";
import { startsUnit } from "../figures/lexicon.js";

const JOINERS = foldedSet(["và", ","]);
const AND = foldedSet(["và"]);
// at most this many words in a name found this way ("Goldman Sachs", "Banana Republic")
const MAX_WORDS = 3;

/**
 * Calls `add(start, end)` for each foreign name joined to an organisation of the sentence, going on
 * along a list ("A, B và C" after A). `found` holds the start and end token of each organisation
 * found in the sentence, in pairs; `taken` marks their tokens, and what this adds.
 */
export function findCoordinated(st: Sent, loc: Marks, taken: Uint8Array, found: readonly number[], add: (a: number, b: number) => void): void {
  const toks = st.toks;
  for (let f = 0; f < found.length; f += 2) {
    // names after the organisation, one by one along the list
    let end = found[f + 1]!;
    for (;;) {
      const run = foreignRunAfter(toks, loc, taken, end);
      if (run < 0) break;
      add(end + 1, run);
      taken.fill(1, end + 1, run);
      end = run;
    }
    // a name right before it ("Nokia và BlackBerry" with BlackBerry known)
    const k = found[f]!;
    const start = k > 1 ? foreignRunBefore(toks, loc, taken, k) : -1;
    if (start >= 0) {
      add(start, k - 1);
      taken.fill(1, start, k - 1);
    }
  }
}

/** The end of a foreign name after the joiner at `j`, or -1. */
function foreignRunAfter(toks: readonly Tok[], loc: Marks, taken: Uint8Array, j: number): number {
  const joiner = toks[j];
  if (!joiner || !JOINERS.has(joiner.word ? joiner.f : joiner.t)) return -1;
  let e = j + 1;
  while (e < toks.length && e - j - 1 < MAX_WORDS && isForeignWord(toks[e]!, loc, taken, e) && (e === j + 1 || !toks[e]!.glued)) e++;
  const after = tokAt(toks, e);
  if (e === j + 1 || !endsRun(after) || namesPerson(toks, j + 1)) return -1;
  // after a comma the list must go on ("Google, Apple, BlackRock và HSBC"): a comma alone may end a clause
  if (!AND.has(joiner.f) && !isJoiner(after)) return -1;
  return e;
}

/** The start of a foreign name that ends just before the joiner at `j - 1`, or -1. */
function foreignRunBefore(toks: readonly Tok[], loc: Marks, taken: Uint8Array, k: number): number {
  const joiner = toks[k - 1];
  if (!joiner || !JOINERS.has(joiner.word ? joiner.f : joiner.t)) return -1;
  let s = k - 1;
  while (s > 0 && k - 1 - s < MAX_WORDS && isForeignWord(toks[s - 1]!, loc, taken, s - 1) && (s === k - 1 || !toks[s]!.glued)) s--;
  if (s === k - 1 || namesPerson(toks, s)) return -1;
  const before = tokAt(toks, s - 1);
  if (!AND.has(joiner.f) && !isJoiner(before)) return -1;
  // the whole capitalised run, not the end of a longer one ("Ngân hàng Nhà nước Trung Quốc và …")
  if (before && before.word && (before.cap || before.num)) return -1;
  if (toks[s]!.glued) return -1;
  return s;
}

function isJoiner(t: Tok | undefined): boolean {
  return t !== undefined && JOINERS.has(t.word ? t.f : t.t);
}

/** A capitalised foreign word or acronym, outside places and organisations, and no unit ("USD"). */
function isForeignWord(t: Tok, loc: Marks, taken: Uint8Array, k: number): boolean {
  return t.word && t.cap && !t.num && t.t.length > 1 && !taken[k] && !loc.inside[k] && (t.acronym || !isVietnameseSyllable(t.t)) && !startsUnit(t.t);
}

/** What may follow a name: nothing, punctuation that is no dot ("Than.QN", "PGS.TS"), or a lower-case word. */
function endsRun(t: Tok | undefined): boolean {
  return !t || (!t.word && t.t !== ".") || (t.word && !t.cap && !t.glued);
}

/**
 * A person, not an organisation: a known foreign given name ("Apple và Tim Cook"), a well-known
 * person ("Messi", "Merkel"), or a title or a form of address before the name ("CEO Dara", "HLV Zidane").
 */
function namesPerson(toks: readonly Tok[], k: number): boolean {
  const lex = lexicon();
  return lex.givenNames.has(toks[k]!.f) || lex.knownPeople.longest(toks, k) !== null || lex.positions.longest(toks, k) !== null || lex.honorifics.longest(toks, k) !== null;
}

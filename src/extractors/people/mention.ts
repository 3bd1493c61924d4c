// The shape of a person's mention before mentions are merged, and the reading of a run of
// capitalised words as a name: "Nguyễn Thị Kim Ngọc", "Trần Khắc T.", "N.V.A", "Carlos de Vega".
import type { Marks } from "./context.js";
import { foldedSet, tokAt, type Tok } from "./tokens.js";
import { lexicon, wordKinds, STOPWORD, type HonorificEntry } from "./lexicon.js";
import { text, type OrgEnv } from "./org-phrase.js";
import { isVietnameseSyllable } from "./syllable.js";

/** How a mention was recognised. */
export type Cue = "title" | HonorificEntry["kind"] | "surname" | "list" | "alias";

/** A position read next to a name, in normalized offsets. */
export interface RawPosition {
  readonly title: string;
  readonly organization: string | null;
  readonly s: number;
  readonly e: number;
}

/** One mention of a person's name, before mentions are merged into people. */
export interface RawMention {
  /** index into the sentence list */
  readonly sent: number;
  /** tokens `[a, b)` of the name */
  readonly a: number;
  readonly b: number;
  /** normalized offsets of the name (an initial keeps its dot: "Trần Khắc T.") */
  readonly s: number;
  readonly e: number;
  /** the name with single spaces: "Nguyễn Thị Kim Ngọc" */
  readonly text: string;
  /** folded words without dots: ["nguyễn", "thị", "kim", "ngọc"] */
  readonly words: readonly string[];
  readonly cue: Cue;
  /** written in Latin script rather than Vietnamese syllables: "Donald Trump" */
  readonly foreign: boolean;
  /** initials only: "N.V.A", "H." */
  readonly initials: boolean;
  readonly positions: RawPosition[];
}

/** Everything the name grammar looks at in one sentence. */
export interface NameEnv extends OrgEnv {
  readonly sentIndex: number;
  readonly org: Marks;
  /** the tokens where a run of capitalised words starts (runStartsAt), in order: the passes that look for names skip to them */
  readonly runStarts: readonly number[];
  /** the tokens findNames looks at (names.ts nameStartsOf), in order */
  readonly looks: readonly number[];
}

/** Vietnamese names have up to four words ("Nguyễn Thị Kim Ngọc"); so do foreign ones here. */
export const MAX_VI = 4;
/** Foreign names run to four words too ("Robert Allen Whitfield", "Pieter van Loon"). */
export const MAX_FOREIGN = 4;

// N · Đ · Th · Ng: one capital, or a consonant pair (Ng.Th.H); not "Hà."
const INITIAL = /^(?:\p{Lu}|Th|Tr|Ch|Ng|Nh|Kh|Ph|Gi|Qu|Gh)$/u;

// Donald Trump · Angela Merkel · Pieter van Loon · Khalid al-Rashid
/** Small words inside foreign names: "Carlos de Vega", "Pieter van Loon", "Khalid al-Rashid". */
export const PARTICLES = foldedSet(["van", "de", "der", "den", "von", "da", "di", "dos", "du", "le", "la", "bin", "el", "al", "del"]);

/** One written initial: "N", "Đ", "Th", "Ng" (not a syllable such as "Hà"). */
export function isInitial(w: string): boolean {
  return INITIAL.test(w);
}

const JOINED_PARTICLE = /^(?:al|el|bin|ibn|abu|ad|as|ash|at|az)-\p{Lu}/u;

/** "van", "de", "al" inside a foreign name: "Carlos de Vega", "Pieter van Loon". */
export function isParticle(toks: readonly Tok[], k: number, x: number): boolean {
  const t = toks[k]!;
  // both kinds are lower-case words inside the run: a cheap test first, as most tokens that end a run
  // (punctuation, capitalised words) are neither
  if (k <= x || !t.word || t.cap) return false;
  // "Khalid al-Mansouri": a particle joined to the family name
  if (JOINED_PARTICLE.test(t.t) && !t.glued && !isVietnameseSyllable(toks[k - 1]!.t)) return true;
  const n = tokAt(toks, k + 1);
  return PARTICLES.has(t.t) && !!n && isNameTok(n) && !n.glued && !isVietnameseSyllable(toks[k - 1]!.t);
}

/** "N.V.A", "L.V.Q.", "T.L", "H.", "Ng.Th.H" at `x`: the index past them, or x when there are none. */
export function initialsAt(toks: readonly Tok[], x: number): number {
  let k = x;
  let letters = 0;
  while (k < toks.length && INITIAL.test(toks[k]!.t) && (k === x || toks[k]!.glued)) {
    letters++;
    k++;
    if (k < toks.length && toks[k]!.t === "." && toks[k]!.glued) k++;
    else break;
  }
  if (letters === 0) return x;
  // a single initial needs its dot ("H.", "Th."), several may drop the last one ("T.L")
  if (letters === 1 && toks[k - 1]!.t !== ".") return x;
  if (k < toks.length && toks[k]!.word && toks[k]!.glued) return x;
  // "N. Thuận": an initial followed by a name is a name run, read as such; but the dot ends a
  // sentence before a function word or a form of address ("chị T. Họ sống …", "chị D. Anh T quay lại")
  if (letters === 1 && toks[k]?.word && toks[k]!.cap && !toks[k]!.glued && !isFunctionWordOrAddress(toks, k)) return x;
  return k;
}

/** A function word or a form of address at `k`: "Họ", "Anh". */
function isFunctionWordOrAddress(toks: readonly Tok[], k: number): boolean {
  const lex = lexicon();
  return (wordKinds(toks[k]!) & STOPWORD) !== 0 || lex.honorifics.longest(toks, k) !== null;
}

/** A word that may be part of a name: capitalised, no digit, not an acronym ("Ngọc", "H", not "UBND", "U16"). */
export function isNameTok(t: Tok): boolean {
  return t.nameWord;
}

/** The words (as written) of tokens `[a, b)`: "Trần Khắc T." → ["Trần", "Khắc", "T"]. */
export function words(toks: readonly Tok[], a: number, b: number): string[] {
  const out: string[] = [];
  for (let k = a; k < b; k++) if (toks[k]!.word) out.push(toks[k]!.t);
  return out;
}

/** How many words tokens `[a, b)` hold (dots are no words). */
export function countWords(toks: readonly Tok[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (toks[k]!.word) n++;
  return n;
}

/** The token index after the first `max` words from `a`. */
export function cutAfterWords(toks: readonly Tok[], a: number, max: number): number {
  let n = 0;
  for (let k = a; k < toks.length; k++) {
    if (toks[k]!.word && ++n > max) return k;
  }
  return toks.length;
}

/**
 * True when a run of capitalised words starts at `i`: the token before is not a name word. A
 * capitalised function word or form of address opening the sentence ("Và", "Theo", "Ông") does not
 * belong to the run that follows it.
 */
export function runStartsAt(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  if (!isNameTok(t)) return false;
  const p = toks[i - 1];
  if (!p || !isNameTok(p) || t.glued) return true;
  return followsFunctionOrHonorific(toks, i);
}

/** The capitalised word at `i - 1` is a function word or an honorific ("Ông", "Tổng Bí thư"): a run starts at `i` all the same. */
export function followsFunctionOrHonorific(toks: readonly Tok[], i: number): boolean {
  const lex = lexicon();
  return (wordKinds(toks[i - 1]!) & STOPWORD) !== 0 || lex.honorifics.longest(toks, i - 1) !== null;
}

/** The first word of the sentence, or right after an opening quote, bracket or dash. */
export function isSentenceStart(toks: readonly Tok[], r: number): boolean {
  for (let k = r - 1; k >= 0; k--) if (toks[k]!.word) return false;
  return true;
}

/**
 * A mention of tokens `[a, b)` of the sentence: "Nguyễn Thị Kim Ngọc" with its folded words,
 * whether it is foreign ("Joe Biden") or initials ("N.V.A").
 */
export function mention(env: NameEnv, a: number, b: number, cue: Cue, positions: RawPosition[]): RawMention {
  const toks = env.st.toks;
  const ws = words(toks, a, b);
  const folded: string[] = [];
  for (let k = a; k < b; k++) if (toks[k]!.word) folded.push(toks[k]!.f);
  const initials = ws.every((w) => w.length === 1);
  return {
    sent: env.sentIndex,
    a,
    b,
    s: toks[a]!.s,
    e: toks[b - 1]!.e,
    text: text(toks, a, b),
    words: folded,
    cue,
    foreign: !initials && ws.some((w) => w.length > 1 && !isVietnameseSyllable(w)),
    initials,
    positions,
  };
}

/** The last word of a run before `b` and the lower-case word at `b` make a common word (data/name-compounds.tsv). */
export function makesCompound(toks: readonly Tok[], b: number): boolean {
  const t = toks[b];
  if (!t || !t.word || t.cap || t.glued || b === 0) return false;
  return lexicon().compounds.has(toks[b - 1]!.f + " " + t.f);
}

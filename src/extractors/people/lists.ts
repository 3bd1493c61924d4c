// Names listed next to a known name: "Minh Khang và Diệu Linh", "Almeida, Duarte, Ferreira, Moreno",
// "Kovač - Lindqvist". A run of capitalised words separated from a person's mention by a comma,
// "và", "cùng", "hoặc" or a spaced dash, and ended by another separator or the end of the clause,
// names a person too, unless it is a place, an organisation, a title or a function word.
import { foldedSet } from "./tokens.js";
import type { Tok } from "./tokens.js";
import { lexicon, wordKinds, STOPWORD } from "./lexicon.js";
import { isNameTok, mention, type NameEnv, type RawMention } from "./names.js";
import { blockedBefore } from "./uncued.js";
import { isKnownPlaceAt, wholeAsWritten } from "./org-phrase.js";
import { CLOSE_PAREN, COMMA, HYPHEN, OPEN_PAREN, isChar } from "./punct.js";

const SEP = foldedSet([",", "và", "cùng", "hoặc", "hay", "-", "&"]);
const END = foldedSet([",", ".", ";", ")", "(", "!", "?", "…", "'"]);
const MAX_WORDS = 4;
const MAX_ITEMS = 12;

/** The listed names next to the mentions `ms` of one sentence (mentions in text order). */
export function findListed(env: NameEnv, ms: readonly RawMention[], taken: Uint8Array): RawMention[] {
  const toks = env.st.toks;
  const out: RawMention[] = [];
  // each mention, found or listed, is looked at once, on both sides
  const work = [...ms];
  const add = (a: number, b: number): void => {
    const x = mention(env, a, b, "list", []);
    out.push(x);
    work.push(x);
    for (let k = a; k < b; k++) taken[k] = 1;
  };
  for (let w = 0; w < work.length; w++) {
    const m = work[w]!;
    if (listHasPlace(env, m)) continue;
    // to the right: M , R
    if (isSep(toks, m.b)) {
      const a = m.b + 1;
      const b = runFrom(env, a, taken);
      // "A, B và C đều có tên": the last name of a list goes on with the verb
      const last = toks[m.b]!.word && b < toks.length && toks[b]!.word && !toks[b]!.cap;
      if (b > a && (closes(toks, b) || last)) add(a, b);
    }
    // in brackets after it, or before it when it stands in brackets: an actor and the part played,
    // a stage name and the real one ("Taron Egerton (Eggsy)", "nhân vật Bền (Vinh Râu)")
    const inner = bracketed(env, m, taken);
    if (inner) add(inner.a, inner.b);
    // to the left: R , M
    if (m.a >= 2 && isSep(toks, m.a - 1)) {
      const b = m.a - 1;
      let a = b;
      while (a > 0 && isNameTok(toks[a - 1]!) && !taken[a - 1] && b - a < MAX_WORDS && !(toks[a]!.glued && a < b)) a--;
      if (a < b && runFrom(env, a, taken) === b && opens(toks, a)) add(a, b);
    }
  }
  return out;
}

/** A place among the items listed with `m`: "gồm Nguyễn Trãi, Yên Hòa, Việt Đức" lists schools. */
function listHasPlace(env: NameEnv, m: RawMention): boolean {
  const toks = env.st.toks;
  const item = (a: number, b: number): boolean => env.loc.inside[a] === 1 || isKnownPlaceAt(toks, a, b);
  // to the right (at most a dozen items each way: a list is no longer than that)
  let n = 0;
  for (let k = m.b; isSep(toks, k) && n++ < MAX_ITEMS; ) {
    let b = k + 1;
    while (b < toks.length && b - k <= MAX_WORDS + 1 && isNameTok(toks[b]!) && (b === k + 1 || !toks[b]!.glued)) b++;
    if (b === k + 1) break;
    if (item(k + 1, b)) return true;
    k = b;
  }
  // to the left
  n = 0;
  for (let k = m.a - 1; k > 0 && isSep(toks, k) && n++ < MAX_ITEMS; ) {
    let a = k;
    while (a > 0 && k - a <= MAX_WORDS && isNameTok(toks[a - 1]!) && !toks[a]!.glued) a--;
    if (a === k) break;
    if (item(a, k)) return true;
    k = a - 1;
  }
  return false;
}

function isSep(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!t || !SEP.has(t.f)) return false;
  // a dash only between spaces: "Kovač - Lindqvist", not "Bà Rịa-Vũng Tàu"
  return !isChar(t.t, HYPHEN) || (!t.glued && !toks[k + 1]?.glued);
}

/** After a listed name: a separator, the end, or a minute mark ("Văn Khuyến 50'"). */
function closes(toks: readonly Tok[], b: number): boolean {
  const t = toks[b];
  return !t || END.has(t.t) || isSep(toks, b) || (t.num && toks[b + 1]?.t === "'");
}

/** Before a listed name on the left: the start of the clause, a colon or a separator. */
function opens(toks: readonly Tok[], a: number): boolean {
  const t = toks[a - 1];
  return !t || t.t === ":" || t.t === "(" || isSep(toks, a - 1) || t.t === '"';
}

/** The end of a name run at `a` that may be listed as a person, or `a` when there is none. */
function runFrom(env: NameEnv, a: number, taken: Uint8Array, inBracket = false): number {
  const { st, loc, org } = env;
  const toks = st.toks;
  const lex = lexicon();
  // (a name in brackets is glued to the opening one: "(Tùng)")
  if (a >= toks.length || !isNameTok(toks[a]!) || taken[a] || loc.inside[a] || org.inside[a] || (toks[a]!.glued && !inBracket)) return a;
  if ((wordKinds(toks[a]!) & STOPWORD) !== 0 || lex.positions.longest(toks, a) || lex.honorifics.longest(toks, a) || lex.orgHeads.longest(toks, a)) return a;
  let b = a;
  while (b < toks.length && b - a <= MAX_WORDS && isNameTok(toks[b]!) && !taken[b] && !loc.inside[b] && !org.inside[b] && (b === a || !toks[b]!.glued)) b++;
  if (b - a > MAX_WORDS || (b < toks.length && toks[b]!.glued && toks[b]!.word)) return a;
  if (isKnownPlaceAt(toks, a, b)) return a;
  return b;
}

/**
 * The name in brackets right after `m` ("M (R)"), or right before `m` when `m` fills the brackets
 * ("R (M)"): a run of one to four capitalised words that is alone between the bracket and the other
 * side; null when there is none.
 */
function bracketed(env: NameEnv, m: RawMention, taken: Uint8Array): { a: number; b: number } | null {
  const toks = env.st.toks;
  if (m.b < toks.length && isChar(toks[m.b]!.t, OPEN_PAREN)) {
    const a = m.b + 1;
    const b = runFrom(env, a, taken, true);
    // (a news agency or a company named after a person is no part: "(Reuters)", "(Vietcombank)")
    if (b > a && b < toks.length && isChar(toks[b]!.t, CLOSE_PAREN) && !lexicon().orgNames.longest(toks, a, b, wholeAsWritten)) return { a, b };
  }
  if (m.a >= 2 && isChar(toks[m.a - 1]!.t, OPEN_PAREN) && m.b < toks.length && isChar(toks[m.b]!.t, CLOSE_PAREN)) {
    const b = m.a - 1;
    let a = b;
    while (a > 0 && isNameTok(toks[a - 1]!) && !taken[a - 1] && b - a < MAX_WORDS && !(toks[a]!.glued && a < b)) a--;
    if (a < b && runFrom(env, a, taken) === b) return { a, b };
  }
  return null;
}

/** The fewest items of a list that names people with no known name among them. */
export const MIN_LINEUP = 4;
const VA_WORD = "và";

/**
 * The names of a list of four or more runs of capitalised words, separated by commas (the last by
 * "và"), that ends the sentence or the clause: a line-up, a cast ("U16 Việt Nam: Duy Dũng, Đức
 * Trung, Thế Hùng, Thanh Trung.", "… tiếp đạn Danilo, Sterling, De Bruyne, Walker."). Every item must
 * read as a name (runFrom: no place, organisation, title or function word); the items that a mention
 * of `found` (in text order) overlaps are not given again.
 */
export function findLineups(env: NameEnv, found: readonly RawMention[]): RawMention[] {
  const toks = env.st.toks;
  const starts = env.runStarts;
  const out: RawMention[] = [];
  // the first mention of `found` (in text order) that does not end before the item looked at
  let f = 0;
  let i = 0;
  // the items of the lineup read from starts[i], as start and end side by side: one list for the
  // sentence, emptied for each lineup (most lineups are one name long and thrown away)
  const items: number[] = [];
  while (i < starts.length) {
    items.length = 0;
    let listed = 0;
    let end = 0;
    let j = i;
    for (;;) {
      const r = starts[j]!;
      let b = lineupItemEnd(toks, r);
      items.push(r, b);
      listed++;
      // (a run may start inside the item: "Thế Hùng", after the function word "Thế")
      while (j + 1 < starts.length && starts[j + 1]! < b) j++;
      // a cast: each actor with the part in brackets, "Huyền Lizzie (Trang), Bình An (Lực), …"
      const part = bracketAfter(toks, b, starts, j);
      if (part) {
        items.push(b + 1, part);
        j++;
        while (j + 1 < starts.length && starts[j + 1]! < part) j++;
        b = part + 1;
      }
      end = b;
      const sep = toks[b];
      if (!sep || !(isChar(sep.t, COMMA) || sep.f === VA_WORD) || j + 1 >= starts.length || starts[j + 1] !== b + 1) break;
      j++;
    }
    i = j + 1;
    // (not after a street word, a place prefix or an organisation's head: "các tuyến đường Lê Duẩn, …")
    if (listed < MIN_LINEUP || !endsClause(toks, end) || blockedBefore(toks, items[0]!)) continue;
    // (an item may be a name found already: it counts, and is not given twice)
    if (!everyLineupItem(env, items)) continue;
    for (let k = 0; k < items.length; k += 2) {
      const a = items[k]!;
      const b = items[k + 1]!;
      while (f < found.length && found[f]!.b <= a) f++;
      if (f >= found.length || found[f]!.a >= b) out.push(mention(env, a, b, "list", []));
    }
  }
  return out;
}

// flags that are never set, read by runFrom for the items of a line-up: one buffer for every
// sentence (a new one per list would cost a pass over a long sentence at each list in it)
let noneTaken = new Uint8Array(256);

/** At least `n` flags, all 0. */
function zeros(n: number): Uint8Array {
  if (noneTaken.length < n) noneTaken = new Uint8Array(n);
  return noneTaken;
}

/**
 * The end of a name alone in brackets at `b` ("(Trang)"), whose run is the next run start after
 * `starts[j]`; 0 when there is none.
 */
function bracketAfter(toks: readonly Tok[], b: number, starts: readonly number[], j: number): number {
  if (b >= toks.length || !isChar(toks[b]!.t, OPEN_PAREN) || j + 1 >= starts.length || starts[j + 1] !== b + 1) return 0;
  const c = lineupItemEnd(toks, b + 1);
  return c < toks.length && isChar(toks[c]!.t, CLOSE_PAREN) ? c : 0;
}

/** True when every item of `items` (start and end side by side) reads as a lineup's name. */
function everyLineupItem(env: NameEnv, items: readonly number[]): boolean {
  const none = zeros(env.st.toks.length);
  for (let k = 0; k < items.length; k += 2) if (!lineupItem(env, items[k]!, items[k + 1]!, none)) return false;
  return true;
}

/**
 * Tokens `[a, b)` read as a listed name: runFrom reads them whole, or they are "D.Silva", or a given
 * name that is also a function word opens them ("Thế Hùng").
 */
function lineupItem(env: NameEnv, a: number, b: number, taken: Uint8Array): boolean {
  const toks = env.st.toks;
  if (b - a > MAX_WORDS || initialled(toks, a, b)) return b - a <= MAX_WORDS;
  if (runFrom(env, a, taken, a > 0 && isChar(toks[a - 1]!.t, OPEN_PAREN)) === b) return true;
  // (or "Anh", a given name in a list, not a form of address: "Anh Tuấn")
  const opener = (wordKinds(toks[a]!) & STOPWORD) !== 0 || toks[a]!.t === "Anh";
  return b - a >= 2 && opener && !env.loc.inside[a] && !env.org.inside[a] && runFrom(env, a + 1, taken) === b;
}

/** The end of a line-up's item at `r`: its capitalised words, or an initial and a name ("D.Silva"). */
function lineupItemEnd(toks: readonly Tok[], r: number): number {
  if (initialled(toks, r, r + 3)) return r + 3;
  let b = r;
  while (b < toks.length && b - r <= MAX_WORDS && isNameTok(toks[b]!) && (b === r || !toks[b]!.glued)) b++;
  return b;
}

/** Tokens `[a, b)` are an initial, its dot and a capitalised word, all glued: "D.Silva". */
function initialled(toks: readonly Tok[], a: number, b: number): boolean {
  if (b !== a + 3 || b > toks.length) return false;
  const [i, dot, w] = [toks[a]!, toks[a + 1]!, toks[a + 2]!];
  return i.t.length === 1 && isNameTok(i) && dot.t === "." && dot.glued && w.glued && isNameTok(w) && w.t.length > 1;
}

/** The end of a sentence or a clause at `b`: nothing, a full stop, a semicolon, an ellipsis, a closing bracket. */
function endsClause(toks: readonly Tok[], b: number): boolean {
  const t = toks[b];
  // (a dot glued to a word after it is no full stop: "D.Silva")
  if (t && t.t === "." && toks[b + 1]?.glued) return false;
  return !t || t.t === "." || t.t === ";" || t.t === "…" || t.t === ")";
}

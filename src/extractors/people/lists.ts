// Names listed next to a known name: "Minh Khang và Diệu Linh", "Almeida, Duarte, Ferreira, Moreno",
// "Kovač - Lindqvist". A run of capitalised words separated from a person's mention by a comma,
// "và", "cùng", "hoặc" or a spaced dash, and ended by another separator or the end of the clause,
// names a person too, unless it is a place, an organisation, a title or a function word.
import { foldedSet } from "./tokens.js";
import type { Tok } from "./tokens.js";
import { lexicon, wordKinds, STOPWORD } from "./lexicon.js";
import { isNameTok, mention, type NameEnv, type RawMention } from "./names.js";
import { isKnownPlace } from "./places.js";
import { text, wholeAsWritten } from "./org-phrase.js";
import { CLOSE_PAREN, HYPHEN, OPEN_PAREN, isChar } from "./punct.js";

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
  const item = (a: number, b: number): boolean => env.loc.inside[a] === 1 || isKnownPlace(text(toks, a, b));
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
  if (isKnownPlace(text(toks, a, b))) return a;
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

// Well-known people of world news named without a cue: "Messi lập cú đúp", "Putin và Biden điện đàm",
// "Tập Cận Bình thăm Nga". The names and the forms used alone come from data/people-known.tsv; a
// mention is a whole run of capitalised words equal to one of them, that no earlier rule, place or
// organisation took, and that no street word or house number comes before ("đường Nelson Mandela").
import { foldedSet, type Tok } from "./tokens.js";
import { lexicon, wordKinds, STOPWORD } from "./lexicon.js";
import { blockedBefore, isNameTok, mention, type NameEnv, type RawMention } from "./names.js";

/** The mentions of well-known people in one sentence that no earlier rule took. */
export function findKnown(env: NameEnv, taken: Uint8Array): RawMention[] {
  const { st, loc, org } = env;
  const toks = st.toks;
  const out: RawMention[] = [];
  if (st.allCaps) return out;
  const known = lexicon().knownPeople;
  let from = 0;
  for (const i of env.runStarts) {
    const t = toks[i]!;
    if (i < from || taken[i] || loc.inside[i] || org.inside[i] || !known.startsAt(t)) continue;
    const hit = known.longest(toks, i, toks.length, (_, a, b) => wholeRun(toks, a, b, taken, env));
    if (!hit || blockedBefore(toks, i, hit.end - i === 1)) continue;
    // a nickname in quotes: "“Ronaldo xứ Nghệ”", "“tiểu Kompany”"
    if ((i > 0 && QUOTES.has(toks[i - 1]!.t) && goesOnAsPhrase(toks, hit.end)) || (i > 0 && NICK.has(toks[i - 1]!.f))) continue;
    // "C.Ronaldo": the initial glued before belongs to the name
    const a = t.glued && toks[i - 1]?.t === "." && toks[i - 2] && /^\p{Lu}$/u.test(toks[i - 2]!.t) && !taken[i - 2] ? i - 2 : i;
    out.push(mention(env, a, hit.end, "alias", []));
    from = hit.end;
  }
  return out;
}

// the text is normalized: every quotation mark is a straight one here (pipeline/normalize.ts)
const QUOTES = new Set(['"', "'"]);
// "tiểu Messi" (a little Messi): a player compared with a star
const NICK = foldedSet(["tiểu"]);

/** A lower-case word that is no function word follows: "Ronaldo xứ Nghệ", not "Cavani và Neymar". */
function goesOnAsPhrase(toks: readonly Tok[], b: number): boolean {
  const n = toks[b];
  return !!n && n.word && !n.cap && !n.num && (wordKinds(n) & STOPWORD) === 0;
}

/** Tokens `[a, b)` are free, end with a capitalised word, and no capitalised or glued word follows. */
function wholeRun(toks: readonly Tok[], a: number, b: number, taken: Uint8Array, env: NameEnv): boolean {
  for (let k = a; k < b; k++) if (taken[k] || env.loc.inside[k] || env.org.inside[k]) return false;
  if (!isNameTok(toks[b - 1]!)) return false;
  const next = toks[b];
  return !next || !next.word || (!next.glued && !isNameTok(next));
}

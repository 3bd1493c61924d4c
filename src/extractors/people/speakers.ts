// Names that a reporting verb follows, where nothing else marked them:
//   "…", NAME VERB                     “Tôi không đồng ý”, Athena chia sẻ. · "…", Xie cho biết.
//   TITLE … NAME VERB                  Cảnh sát trưởng quốc gia Chakthip Chaijinda cho biết …
//                                      Giám đốc Trung tâm … phía Bắc Dương Tuấn Đức cho rằng …
// The title's organisation was not read to its end (lower-case words, a foreign body), so the title
// rule did not reach the name; the verb right after the run shows where the speaker's name ends.
import { foldedSet, tokAt, type Tok } from "./tokens.js";
import { lexicon, wordKinds, GIVEN_NAME, STOPWORD } from "./lexicon.js";
import { surnameAt, surnameBlocked } from "./surnames.js";
import { isVietnameseSyllable } from "./syllable.js";
import { isKnownPlaceAt } from "./org-phrase.js";
import { COMMA, isChar } from "./punct.js";
import { MAX_VI, countWords, isNameTok, mention, type NameEnv, type RawMention } from "./mention.js";

const OF = foldedSet(["của", "tại", "thuộc"]);

/** How far back (in tokens) a title may stand from the speaker's name it introduces. */
const TITLE_REACH = 14;

/**
 * The speakers in one sentence that `found` (its mentions so far, in text order) does not hold: a run
 * of capitalised words right before a reporting verb, after a closing quote and a comma or after a title.
 */
export function findSpeakers(env: NameEnv, found: readonly RawMention[]): RawMention[] {
  const toks = env.st.toks;
  const out: RawMention[] = [];
  // the first mention of `found` (in text order) that does not end before the run: one walk for all runs
  let f = 0;
  for (const r of env.runStarts) {
    let b = r;
    while (b < toks.length && b - r < 8 && isNameTok(toks[b]!) && (b === r || !toks[b]!.glued)) b++;
    // a lower-case word after the run: most runs go on so, and the verb is looked up only then
    const next = tokAt(toks, b);
    if (!next || !next.word || next.cap || next.glued || next.num) continue;
    while (f < found.length && found[f]!.b <= r) f++;
    if ((f < found.length && found[f]!.a < b) || lexicon().verbs.longest(toks, b) === null) continue;
    const m = quotedSpeaker(env, r, b) ?? titledSpeaker(env, r, b);
    if (m) out.push(m);
  }
  return out;
}

// the closing quotes a quotation ends with before ", NAME VERB"
const CLOSING = new Set(['"', "”", "'", "’", "»"]);

/** "…", NAME VERB: the whole run `[r, b)`, one to three words, is the speaker. */
function quotedSpeaker(env: NameEnv, r: number, b: number): RawMention | null {
  const toks = env.st.toks;
  if (r < 2 || !isChar(toks[r - 1]!.t, COMMA) || !CLOSING.has(toks[r - 2]!.t)) return null;
  if (countWords(toks, r, b) > 3 || !plainRun(env, r, b)) return null;
  return mention(env, r, b, "role", []);
}

/**
 * TITLE … NAME VERB: a title stands a few words before the run, and the run ends with a person's
 * name: a family name and one to three words, or two to four foreign words ("Raed Shaker Jawdat"),
 * after what is left of the organisation ("… Iraq", "… phía Bắc").
 */
function titledSpeaker(env: NameEnv, r: number, b: number): RawMention | null {
  const toks = env.st.toks;
  // "chủ tịch của Qualcomm Technologies cho biết": the run after "của" is the title's organisation
  if (!titleBefore(toks, r) || OF.has(toks[r - 1]!.f)) return null;
  for (let a = r; a <= b - 2; a++) {
    if (env.loc.inside[a] === 1 || env.org.inside[a] === 1) continue;
    const n = countWords(toks, a, b);
    if (n > MAX_VI) continue;
    const sl = surnameAt(toks, a);
    // (a family name with foreign words after it is a place or a club: "Thái Lan Prayoon …")
    const named = sl > 0 ? n > sl && !surnameBlocked(toks, a, false) && noneForeign(toks, a, b) : allForeign(toks, a, b) && startsForeignName(toks, a, b);
    if (!named || !plainRun(env, a, b)) continue;
    return mention(env, a, b, sl > 0 ? "surname" : "role", []);
  }
  return null;
}

/** A position or a role noun starts within TITLE_REACH tokens before `r`, with no colon or quote between. */
function titleBefore(toks: readonly Tok[], r: number): boolean {
  const lex = lexicon();
  for (let k = r - 1; k >= 0 && k >= r - TITLE_REACH; k--) {
    const t = toks[k]!;
    if (!t.word) {
      if (t.t === ":" || t.t === ";" || CLOSING.has(t.t) || t.t === "“") return false;
      continue;
    }
    if (lex.positions.longest(toks, k) !== null) return true;
    const hon = lex.honorifics.longest(toks, k);
    if (hon && hon.value.kind === "role") return true;
  }
  return false;
}

/** Every word of `[a, b)` is no Vietnamese syllable: "Chakthip Chaijinda", "Paik Un-gyu". */
function allForeign(toks: readonly Tok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (toks[k]!.word && isVietnameseSyllable(toks[k]!.t)) return false;
  return true;
}

/** Every word of `[a, b)` is a Vietnamese syllable. */
function noneForeign(toks: readonly Tok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (toks[k]!.word && !isVietnameseSyllable(toks[k]!.t)) return false;
  return true;
}

/**
 * The foreign run `[a, b)` opens a person's name: no known given name sits later in it (that one
 * would open it: "Facebook Mark Zuckerberg").
 */
function startsForeignName(toks: readonly Tok[], a: number, b: number): boolean {
  if ((wordKinds(toks[a]!) & GIVEN_NAME) !== 0) return true;
  for (let k = a + 1; k < b - 1; k++) if ((wordKinds(toks[k]!) & GIVEN_NAME) !== 0) return false;
  return true;
}

/**
 * The run `[a, b)` may be a person's name: no place or organisation in it, no function word, title,
 * form of address or organisation head at its start, and not a known place as a whole.
 */
function plainRun(env: NameEnv, a: number, b: number): boolean {
  const toks = env.st.toks;
  const lex = lexicon();
  for (let k = a; k < b; k++) if (env.loc.inside[k] === 1 || env.org.inside[k] === 1) return false;
  if ((wordKinds(toks[a]!) & STOPWORD) !== 0) return false;
  if (lex.positions.longest(toks, a) || lex.honorifics.longest(toks, a) || lex.orgHeads.longest(toks, a)) return false;
  return !isKnownPlaceAt(toks, a, b);
}

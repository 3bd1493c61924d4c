// Finds the mentions of people in one sentence, left to right: a name marked by a title or a form
// of address (people/cues.ts), else one opened by a family name or a foreign given name, or described
// after it (people/uncued.ts).
import { mayOpenCue, readCued } from "./cues.js";
import { afterPlaceOrForeign, readApposed, readForeign, readSurnameLed } from "./uncued.js";
import { findSpeakers } from "./speakers.js";
import { findLineups, MIN_LINEUP } from "./lists.js";
import { followsFunctionOrHonorific, isNameTok, type NameEnv, type RawMention } from "./mention.js";
import type { Marks } from "./context.js";
import type { Tok } from "./tokens.js";

export type { Cue, NameEnv, RawMention, RawPosition } from "./mention.js";
export { mention, isNameTok, runStartsAt, isSentenceStart } from "./mention.js";
export { orgAfterTitle, honorificsAt, continuesAsWord } from "./cues.js";
export { blockedBefore } from "./uncued.js";

/**
 * Where a sentence's names may start, read in one walk over its tokens: the run starts (runStartsAt)
 * and the tokens findNames looks at. Those are the run starts, the tokens that may open a cue
 * (mayOpenCue) before the last name word and the tokens right after a place or an organisation
 * (afterPlaceOrForeign) up to it; at any other token every rule of findNames finds nothing. A heading in capitals has no names,
 * so none is looked at there.
 */
export function nameStartsOf(toks: readonly Tok[], allCaps: boolean, loc: Marks, org: Marks): { runStarts: number[]; looks: number[] } {
  const runStarts: number[] = [];
  const looks: number[] = [];
  const locInside = loc.inside;
  const orgInside = org.inside;
  // most sentences hold no place and no organisation (their shared Marks say so): no token follows one
  const marked = loc.any !== false || org.any !== false;
  // every name that findNames reads has a name word (isNameTok) at its end, and a cue one after the
  // cue: past the last name word of the sentence nothing is found, and no cue opens at it. Most
  // sentences end in lower-case words ("… cho biết thêm."): the walk stops at their last name word.
  let last = toks.length - 1;
  while (last >= 0 && !isNameTok(toks[last]!)) last--;
  // runStartsAt with isNameTok read once per token: a token's answer is the next one's "before"
  let afterName = false;
  for (let i = 0; i <= last; i++) {
    const t = toks[i]!;
    const name = isNameTok(t);
    const start = name && (!afterName || t.glued || followsFunctionOrHonorific(toks, i));
    afterName = name;
    if (start) runStarts.push(i);
    if (allCaps) continue;
    if (start || (i < last && mayOpenCue(toks, i)) || (marked && i > 0 && (locInside[i - 1] === 1 || orgInside[i - 1] === 1))) looks.push(i);
  }
  return { runStarts, looks };
}

/** The mentions with a cue or a family name in one sentence, left to right. */
export function findNames(env: NameEnv): RawMention[] {
  const { st } = env;
  const out: RawMention[] = [];
  if (st.allCaps) return out;
  const toks = st.toks;
  const starts = env.runStarts;
  // the next run start at or after `i` is starts[r] (i only grows): runStartsAt is not read again
  let r = 0;
  // only the tokens nameStartsOf picked: a name that is read skips the looks inside it
  let i = 0;
  for (const look of env.looks) {
    if (look < i) continue;
    i = look;
    // (readCued asks mayOpenCue first)
    const cued = readCued(env, i);
    if (cued) {
      out.push(cued);
      i = cued.b;
      continue;
    }
    while (r < starts.length && starts[r]! < i) r++;
    // (r < starts.length first: reading past an array's end is slow in V8)
    if ((r < starts.length && starts[r] === i) || (i > 0 && (env.loc.inside[i - 1] === 1 || env.org.inside[i - 1] === 1) && afterPlaceOrForeign(env, i))) {
      const m = readSurnameLed(env, i) ?? readForeign(env, i) ?? readApposed(env, i);
      if (m) {
        out.push(m);
        i = m.b;
      }
    }
  }
  // names that a reporting verb follows, after a quotation or a title the rules above did not reach;
  // line-ups of four names or more that none of them opens
  const speakers = findSpeakers(env, out);
  const lineups = env.runStarts.length >= MIN_LINEUP ? findLineups(env, out) : [];
  if (speakers.length === 0 && lineups.length === 0) return out;
  return mergeInOrder(mergeInOrder(out, speakers), lineups);
}

/**
 * The mentions of `a` and those of `b` that overlap none of `a`, in text order (both lists are in
 * text order, and the mentions of each do not overlap one another): one walk over both.
 */
function mergeInOrder(a: RawMention[], b: readonly RawMention[]): RawMention[] {
  if (b.length === 0) return a;
  const out: RawMention[] = [];
  let i = 0;
  for (const m of b) {
    while (i < a.length && a[i]!.b <= m.a) out.push(a[i++]!);
    // (the mentions of `a` that end before m are out; the next one, or the last one out, may overlap it)
    if ((i < a.length && a[i]!.a < m.b) || (out.length > 0 && out[out.length - 1]!.b > m.a)) continue;
    out.push(m);
  }
  while (i < a.length) out.push(a[i++]!);
  return out;
}

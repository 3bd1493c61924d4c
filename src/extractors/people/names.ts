// Finds the mentions of people in one sentence, left to right: a name marked by a title or a form
// of address (people/cues.ts), else one opened by a family name or a foreign given name, or described
// after it (people/uncued.ts).
import { mayOpenCue, readCued } from "./cues.js";
import { afterPlaceOrForeign, readApposed, readForeign, readSurnameLed } from "./uncued.js";
import { type NameEnv, type RawMention } from "./mention.js";

export type { Cue, NameEnv, RawMention, RawPosition } from "./mention.js";
export { mention, isNameTok, runStartsAt, runStartsOf, isSentenceStart } from "./mention.js";
export { orgAfterTitle, honorificsAt, continuesAsWord } from "./cues.js";
export { blockedBefore } from "./uncued.js";

/** The mentions with a cue or a family name in one sentence, left to right. */
export function findNames(env: NameEnv): RawMention[] {
  const { st } = env;
  const out: RawMention[] = [];
  if (st.allCaps) return out;
  const toks = st.toks;
  const starts = env.runStarts;
  // the next run start at or after `i` is starts[r] (i only grows): runStartsAt is not read again
  let r = 0;
  // afterPlaceOrForeign's first test, made here on the marks: few tokens follow a place or an organisation
  const locInside = env.loc.inside;
  const orgInside = env.org.inside;
  let i = 0;
  while (i < toks.length) {
    const cued = mayOpenCue(toks, i) ? readCued(env, i) : null;
    if (cued) {
      out.push(cued);
      i = cued.b;
      continue;
    }
    while (r < starts.length && starts[r]! < i) r++;
    // (r < starts.length first: reading past an array's end is slow in V8)
    if ((r < starts.length && starts[r] === i) || (i > 0 && (locInside[i - 1] === 1 || orgInside[i - 1] === 1) && afterPlaceOrForeign(env, i))) {
      const m = readSurnameLed(env, i) ?? readForeign(env, i) ?? readApposed(env, i);
      if (m) {
        out.push(m);
        i = m.b;
        continue;
      }
    }
    i++;
  }
  return out;
}

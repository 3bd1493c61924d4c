// One pass of a global regular expression over the sentences of a document.
// Running `re.exec` from each sentence's start would scan on past the sentence to the next match,
// which for a rare pattern is the rest of the document: quadratic. This walks the matches once.
import type { Doc } from "./types.js";
import type { Sentence } from "../pipeline/sentences.js";

/**
 * Calls `visit` for every match of the global (`g`) regular expression `re` that starts inside a
 * sentence, in text order. `visit` may return the offset to go on from (past what it read);
 * `done` is called once for each sentence after its last match, in order.
 *
 * @example
 * // "Xã có 3 ấp. Ấp Tân Hòa có 120 hộ." with /\d+/g → visit("3", first sentence), visit("120", second)
 * scanSentences(doc, /\d+/g, (m, s) => { … });
 */
export function scanSentences(
  doc: Doc,
  re: RegExp,
  visit: (m: RegExpExecArray, s: Sentence) => number | void,
  done?: (s: Sentence) => void,
): void {
  const ss = doc.sentences;
  const text = doc.text;
  let k = 0;
  if (ss.length === 0) return;
  re.lastIndex = ss[0]!.start;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const pos = m.index;
    // (not `done?.(ss[k++])`: an optional call skips its arguments, and k would never move)
    for (; k < ss.length && ss[k]!.end <= pos; k++) if (done) done(ss[k]!);
    if (k >= ss.length) break;
    const s = ss[k]!;
    if (pos < s.start) {
      re.lastIndex = s.start; // between sentences: a dateline, a byline, junk
      continue;
    }
    const next = visit(m, s);
    if (typeof next === "number" && next > re.lastIndex) re.lastIndex = next;
    else if (m[0].length === 0) re.lastIndex++;
  }
  for (; k < ss.length; k++) if (done) done(ss[k]!);
}

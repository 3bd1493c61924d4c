// One pass of a global regular expression over the sentences of a document.
// Running `re.exec` from each sentence's start would scan on past the sentence to the next match,
// which for a rare pattern is the rest of the document: quadratic. This walks the matches once.
import type { Doc } from "./types.js";
import type { Sentence } from "../pipeline/sentences.js";
import { anyOf, escapeRegExp } from "../text/pattern.js";
import { memoKey, recall, remember } from "./memo.js";
import { isDigitCode } from "../text/chars.js";

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

// ---------------------------------------------------------------------------------------------
// Shared starts: figures, dates and documents each scanned the whole text with a regex of their
// own, and a long alternation costs about the same at every character whatever it looks for. One
// pass now finds, for all of them at once, every position where a digit or one of their first
// words starts (case-insensitively, with no boundary test: a superset), and each pattern then tests
// only those positions with its own regex made sticky. The positions are kept per document.

const startWords = new Set<string>();
let union: { re: RegExp; words: number } | null = null;
// in the document's memo slot, not a WeakMap (see memo.ts)
const STARTS = memoKey<{ words: number; at: number[]; wordsAt: number[] }>("scan starts");

/**
 * A start pattern: the global regex `\d|` + `source` (or `source` alone without `digits`) with
 * `flags` plus "g", whose matches an extractor visits, and the words its matches begin with.
 */
export class StartPattern {
  /** the whole regex, for reference: scanStarts visits its matches */
  readonly exact: RegExp;
  private readonly sticky: RegExp;
  private readonly first: RegExp;
  // by code unit: 0 not known yet, 1 a match of `source` may start with it, 2 none does
  private readonly firstChar = new Uint8Array(0x10000);

  /**
   * @param source the pattern of the word matches
   * @param words words that every match of `source` starts with (case-insensitively): its whole
   *   words, or only their first words
   * @param digits an ASCII digit is a match too (the first alternative, so one digit long)
   */
  constructor(
    source: string,
    flags: "u" | "iu",
    words: readonly string[],
    readonly digits: boolean,
  ) {
    this.exact = new RegExp((digits ? String.raw`\d|` : "") + source, "g" + flags);
    this.sticky = new RegExp(source, flags + "y");
    const firsts = [...new Set(words.map((w) => w.charAt(0)))].map((c) => (c === "-" ? "\\-" : escapeRegExp(c))).join("");
    this.first = new RegExp(`^[${firsts}]`, "iu");
    for (const w of words) {
      // startsOf lists a digit only as a digit start: a word that began with one would be missed
      if (isDigitCode(w.charCodeAt(0))) throw new Error(`a start word must not begin with a digit: ${w}`);
      startWords.add(w);
    }
  }

  /** The end of the match of the exact regex at `pos`, or -1. */
  matchEnd(text: string, pos: number): number {
    const c = text.charCodeAt(pos);
    if (this.digits && isDigitCode(c)) return pos + 1;
    let f = this.firstChar[c]!;
    if (f === 0) this.firstChar[c] = f = this.first.test(String.fromCharCode(c)) ? 1 : 2;
    if (f === 2) return -1;
    this.sticky.lastIndex = pos;
    return this.sticky.test(text) ? this.sticky.lastIndex : -1;
  }
}

/**
 * Every position of the text (from the first sentence on) where a digit or a registered word starts
 * (`at`), and those where a word starts (`wordsAt`: a pattern without digits, like the documents',
 * never visits the digits of every number).
 */
function startsOf(doc: Doc): { at: number[]; wordsAt: number[] } {
  if (union === null || union.words !== startWords.size) {
    // not the lookahead (?=\d|…), which finds the same starts: a match that reads the characters
    // lets V8 skip ahead to those a match can start with (~15 % faster on the corpus)
    union = { re: new RegExp(String.raw`\d|${anyOf(startWords)}`, "giu"), words: startWords.size };
  }
  const known = recall(doc, STARTS);
  if (known && known.words === union.words) return known;
  const at: number[] = [];
  const wordsAt: number[] = [];
  const re = union.re;
  const text = doc.text;
  re.lastIndex = doc.sentences[0]!.start;
  // go on from the character after each match's start (words may overlap: "bộ luật", "luật").
  // Every digit of a run starts a match: one regex call for the run, not one per digit
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let i = m.index;
    at.push(i);
    // no start word begins with a digit (StartPattern checks): a digit starts no word match
    if (isDigitCode(text.charCodeAt(i))) {
      while (i + 1 < text.length && isDigitCode(text.charCodeAt(i + 1))) at.push(++i);
    } else wordsAt.push(i);
    re.lastIndex = i + 1;
  }
  return remember(doc, STARTS, { words: union.words, at, wordsAt });
}

/**
 * `scanSentences(doc, exact, …)` for the exact regex of `pattern`, without a match array: `visit`
 * gets where the match starts and ends. The same matches, the same sentences, the same skips.
 */
export function scanStarts(
  doc: Doc,
  pattern: StartPattern,
  visit: (at: number, end: number, s: Sentence) => number | void,
  done?: (s: Sentence) => void,
): void {
  const ss = doc.sentences;
  if (ss.length === 0) return;
  const text = doc.text;
  const found = startsOf(doc);
  const starts = pattern.digits ? found.at : found.wordsAt;
  let k = 0;
  let from = ss[0]!.start;
  for (let i = 0; i < starts.length; i++) {
    const pos = starts[i]!;
    if (pos < from) continue;
    const end = pattern.matchEnd(text, pos);
    if (end < 0) continue;
    for (; k < ss.length && ss[k]!.end <= pos; k++) if (done) done(ss[k]!);
    if (k >= ss.length) break;
    const s = ss[k]!;
    if (pos < s.start) {
      from = s.start; // between sentences: a dateline, a byline, junk
      continue;
    }
    const next = visit(pos, end, s);
    from = typeof next === "number" && next > end ? next : end === pos ? end + 1 : end;
  }
  for (; k < ss.length; k++) if (done) done(ss[k]!);
}

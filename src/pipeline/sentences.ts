// Vietnamese-aware sentence splitting inside one block.
// Splits after . ! ? … (and closing quotes/brackets) when white space and a capital, a digit or an
// opening quote follow. Does not split after abbreviations from data/abbreviations.tsv ("TP. HCM",
// "PGS.TS. Nguyễn", "Q. 1"), after an initial ("ông Nguyễn V. Bình"), inside numbers ("1.252", "1,5").
import { table } from "../lexicon/tables.js";
import { isRegexSpace } from "./lines.js";

/** A sentence in normalized offsets, with the index of its block. */
export interface Sentence {
  start: number;
  end: number;
  block: number;
}

// The lookbehind makes a match start only at the first mark of a run: without it a long run
// ("Câu ....…" with 20 000 dots) is rescanned from every position, quadratic time.
const BOUNDARY = /(?<![.!?…])[.!?…]+["')\]]*(?=\s+["'(\[]?[\p{Lu}\p{N}])/gu;
// The same, anchored: where a block holds no "!", "?" or "…" (most blocks), a boundary can only start
// at a dot, and the dots are found by indexOf, quicker than the regex's own scan.
const BOUNDARY_AT = new RegExp(BOUNDARY.source, "uy");
let abbreviations: Set<string> | undefined;

/** The next BOUNDARY match in `s` at or after `from`; `dotsOnly`: `s` has no stop but ".". */
function nextBoundary(s: string, from: number, dotsOnly: boolean): RegExpExecArray | null {
  if (!dotsOnly) {
    BOUNDARY.lastIndex = from;
    return BOUNDARY.exec(s);
  }
  for (let p = s.indexOf(".", from); p >= 0; p = s.indexOf(".", p + 1)) {
    BOUNDARY_AT.lastIndex = p;
    const m = BOUNDARY_AT.exec(s);
    if (m !== null) return m;
  }
  return null;
}

function isAbbreviation(token: string): boolean {
  abbreviations ??= new Set(table("abbreviations").map((r) => r.abbr!));
  if (abbreviations.has(token)) return true;
  // "PGS.TS." and "Th.S." are chains of abbreviations (a token with its only dot at the end is none)
  if (token.indexOf(".") < token.length - 1) {
    const pieces = token.split(".").filter(Boolean);
    if (pieces.length > 1 && pieces.every((p) => abbreviations!.has(p + ".") || /^\p{Lu}$/u.test(p))) return true;
  }
  // a single capital letter: an initial ("V." in "Nguyễn V. Bình") or "Q." before a number
  // (2 code units, or 3 for a capital outside the BMP)
  return (token.length === 2 || token.length === 3) && /^\p{Lu}\.$/u.test(token);
}

/** Splits `text[start, end)` into sentences, trimmed of surrounding white space. */
export function splitSentences(text: string, start: number, end: number, block: number, out: Sentence[] = []): Sentence[] {
  const s = text.slice(start, end);
  let from = 0;
  const dotsOnly = !s.includes("!") && !s.includes("?") && !s.includes("…");
  for (let m = nextBoundary(s, 0, dotsOnly); m !== null; m = nextBoundary(s, m.index + m[0].length, dotsOnly)) {
    const cut = m.index + m[0].length;
    if (s.charCodeAt(m.index) === 46) {
      // the word before the dot, without opening quotes and brackets
      let t = m.index;
      while (t > from && !isRegexSpace(s.charCodeAt(t - 1))) t--;
      while (t < m.index && isOpener(s.charCodeAt(t))) t++;
      if (isAbbreviation(s.slice(t, m.index + 1))) continue;
    }
    push(out, text, start + from, start + cut, block);
    from = cut;
  }
  push(out, text, start + from, end, block);
  return out;
}

/** " ' ( [ */
function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91;
}

function push(out: Sentence[], text: string, s: number, e: number, block: number): void {
  while (s < e && isRegexSpace(text.charCodeAt(s))) s++;
  while (e > s && isRegexSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, block });
}

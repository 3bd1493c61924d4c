// Names after a document kind: a law's name ("Luật Đất đai 2013", "Luật Phòng, chống tham nhũng"),
// and the kind word inside an organisation's name ("Trường Đại học Luật", "Công ty Luật").
import type { Sentence } from "../../pipeline/sentences.js";
import { escapeRegExp } from "../../text/pattern.js";
import { wordsBefore } from "../../text/neighbours.js";
import { isStop } from "./tail.js";

// " 2013" · " năm 2013" after a law's name
export const NAME_YEAR = / {1,2}(?:năm {1,2})?((?:19|20)\d\d)(?!\d)/y;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * An alternation of phrases factored word by word, so that the engine tries each first word once:
 * ["Nghị định", "Nghị quyết", "Nghị quyết liên tịch"] → "(?:Nghị +(?:quyết(?: +liên +tịch)?|định))".
 * Longer continuations come first, so the longest phrase wins.
 */
export function wordTrie(phrases: Iterable<string>): string {
  type Node = Map<string, Node>;
  const root: Node = new Map();
  const END = "";
  for (const p of new Set(phrases)) {
    let node = root;
    for (const w of p.split(" ")) {
      if (!node.has(w)) node.set(w, new Map());
      node = node.get(w)!;
    }
    node.set(END, new Map());
  }
  const render = (node: Node): string => {
    const words = [...node.keys()].filter((w) => w !== END).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const alts = words.map((w) => {
      const child = node.get(w)!;
      const rest = [...child.keys()].some((k) => k !== END) ? render(child) : "";
      if (!rest) return escapeRegExp(w);
      return escapeRegExp(w) + (child.has(END) ? `(?: +${rest})?` : ` +${rest}`);
    });
    return alts.length === 1 ? alts[0]! : `(?:${alts.join("|")})`;
  };
  return render(root);
}

/**
 * "Trường Đại học Luật", "Công ty Luật": the kind word is part of an organisation's name when the
 * word before it is capitalised, or is a lower-case word of a name after a capitalised one
 * (the first word of the sentence does not count).
 */
export function insideName(text: string, s: Sentence, start: number): boolean {
  const [w1, w2] = wordsBefore(text, start, s.start, 2);
  if (!w1) return false;
  const capital = (w: { start: number; end: number }): boolean => {
    const c = text[w.start]!;
    return c !== c.toLowerCase();
  };
  if (capital(w1)) return w1.start !== s.start;
  // "Đại học Luật": a lower-case word of the name between; not "Nội và Luật"
  return w2 !== undefined && capital(w2) && w2.start !== s.start && !isStop(text.slice(w1.start, w1.end));
}

// the name of a law: "Đất đai", "An ninh mạng", "Phòng, chống tham nhũng" (then a year: "2013")
const NAME_WORD = /[\p{L}\p{M}]{1,12}(?![\p{L}\p{M}\p{N}])/uy;
export function readName(text: string, pos: number, limit: number, kindAt: (pos: number) => boolean): { end: number } | null {
  let at = pos;
  let end = -1;
  for (let n = 0; n < 8; n++) {
    let gap = 0;
    while (text[at + gap] === " " && gap < 2) gap++;
    // "Phòng, chống": the one comma law names have
    if (gap === 0 && text.startsWith(", chống", at) && end > 0) gap = 2;
    if (gap === 0) break;
    const w = sticky(NAME_WORD, text, at + gap);
    if (!w || at + gap + w[0].length > limit) break;
    const word = w[0];
    const capital = word[0] !== word[0]!.toLowerCase();
    // "Luật Đất đai", and in lower case "Luật giáo dục"; not "Luật sư", "Luật này"
    if (end < 0 && (kindAt(at + gap) || (!capital && isStop(word)))) return null;
    if (end >= 0 && (kindAt(at + gap) || (!capital && isStop(word)))) break;
    at += gap + word.length;
    end = at;
  }
  if (end < 0) return null;
  const y = sticky(NAME_YEAR, text, end);
  if (y && end + y[0].length <= limit) end += y[0].length;
  return { end };
}

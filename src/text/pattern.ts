// Small helpers to build Unicode-aware regular expressions.
// `\b` and `\W` are ASCII-only in JavaScript: /\bđêm\b/ does not match "ban đêm".
import { DIGIT, LETTER, MARK, charClass } from "./chars.js";

/** Not preceded by a letter or digit. */
export const WB_BEFORE = String.raw`(?<![\p{L}\p{N}\p{M}])`;
/** Not followed by a letter or digit. */
export const WB_AFTER = String.raw`(?![\p{L}\p{N}\p{M}])`;

/** Escapes a literal for use inside a RegExp source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** "nghị định" → ["nghị định", "Nghị định", "Nghị Định", "NGHỊ ĐỊNH"]: the case variants a headline or a sentence start may use. */
export function caseVariants(s: string): string[] {
  const first = s.charAt(0).toUpperCase() + s.slice(1);
  const title = s.replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
  return [...new Set([s, first, title, s.toUpperCase()])];
}

/**
 * An alternation of literals, longest first so that "Phó Chủ tịch" wins over "Chủ tịch".
 * `cases: true` adds the case variants (use instead of the `i` flag, which breaks `\p{Lu}`).
 * Spaces in the literals match any run of spaces.
 *
 * The literals are written as a trie ("Chủ tịch|Chủ nhiệm" → "Chủ +(?:tịch|nhiệm)"): the regex engine
 * then reads each character once instead of trying every literal at every position, which is what
 * made the gazetteer's long alternations slow. Longer literals still win: a node tries its children
 * before it may end (the group after a complete literal is optional and greedy).
 */
export function anyOf(words: Iterable<string>, opts: { cases?: boolean } = {}): string {
  const root: TrieNode = new Map();
  let empty = true;
  for (const w of words) {
    if (!w) continue;
    for (const v of opts.cases ? caseVariants(w) : [w]) {
      empty = false;
      let node = root;
      // a run of spaces is one step (" +"), so "ban  hành" and "ban hành" share a path
      for (const piece of v.split(/( +)/)) {
        if (!piece) continue;
        for (const ch of piece.startsWith(" ") ? [" "] : piece) {
          let next = node.get(ch) as TrieNode | undefined;
          if (!next) node.set(ch, (next = new Map()));
          node = next;
        }
      }
      node.set(END, true);
    }
  }
  return empty ? "(?:(?!))" : `(?:${trieSource(root)})`;
}

const END = Symbol("end");
type TrieNode = Map<string | typeof END, TrieNode | true>;

function trieSource(node: TrieNode): string {
  const branches: string[] = [];
  let ends = false;
  for (const [key, child] of node) {
    if (key === END) ends = true;
    else branches.push((key === " " ? " +" : escapeRegExp(key)) + trieSource(child as TrieNode));
  }
  if (!branches.length) return "";
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
  return ends ? `(?:${body})?` : body;
}

/**
 * The next match of `re` (a global regex with the `u` flag) in `s` that does not start inside a
 * word, i.e. is not preceded by a letter, digit or mark. The same as a leading
 * `(?<![\p{L}\p{N}\p{M}])` in the pattern, but a lookbehind at the start stops V8 from skipping
 * ahead to the characters a match can start with, which made long alternations several times slower.
 */
export function execAtWordStart(re: RegExp, s: string): RegExpExecArray | null {
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!wordCharBefore(s, m.index)) return m;
    // every later match that starts before the next word start would be refused too: search from there
    re.lastIndex = nextWordStart(s, m.index + codePointLength(s, m.index));
  }
  return null;
}

/**
 * The first position from `at` (a code point boundary) not preceded by a letter, digit or mark,
 * stepping by code points as a `u` regex does; `s.length` when there is none.
 */
function nextWordStart(s: string, at: number): number {
  let i = at;
  while (i < s.length && wordCharBefore(s, i)) i += codePointLength(s, i);
  return i;
}

/** 2 when a surrogate pair starts at `i`, else 1 (`codePointAt(i) > 0xffff` without building the code point). */
function codePointLength(s: string, i: number): number {
  return isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1)) ? 2 : 1;
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when the code point before `at` is a letter, digit or mark (astral ones too: "𝐀"). */
export function wordCharBefore(s: string, at: number): boolean {
  if (at === 0) return false;
  const low = s.charCodeAt(at - 1);
  if (isLow(low) && at >= 2 && isHigh(s.charCodeAt(at - 2))) return WORD_CHAR.test(s.slice(at - 2, at));
  return (charClass(low) & (LETTER | DIGIT | MARK)) !== 0;
}

import { OffsetMap } from "./offset-map.js";
import { charClass, MARK as MARK_BIT } from "../text/chars.js";

/** The text every step works on, and the way back to the caller's string. */
export interface Normalized {
  /** NFC, LF line ends, plain spaces, straight quotes, ASCII hyphens, `Đ` for look-alikes. */
  readonly text: string;
  readonly map: OffsetMap;
}

// What gets rewritten (one character each unless said):
//   CRLF / CR → LF; NBSP, narrow NBSP, en/em/thin spaces, tabs → " ";
//   zero-width space/joiners, soft hyphen, BOM, bidi marks → removed;
//   “ ” „ ‟ « » ″ → "   ‘ ’ ‚ ‛ ′ → '   – — ‒ − ― → -   … stays;
//   Ð (U+00D0, Icelandic eth) → Đ, ð → đ: web text uses them for the Vietnamese letter;
//   a letter followed by combining marks (NFD, common in copied text) → its NFC form.
const SIMPLE: Record<string, string> = {
  "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u200a": " ",
  "\u3000": " ", "\t": " ", "\u000b": " ", "\u000c": " ", "\u2028": "\n", "\u2029": "\n", "\u0085": "\n",
  "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "", "\u00ad": "", "\u200e": "", "\u200f": "",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"', "\u2033": '"',
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
  "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2015": "-", "\u2010": "-", "\u2011": "-",
  "\u00d0": "Đ", "\u00f0": "đ",
};

// The stretches to rewrite: CRLF, a lone CR, a run of combining marks (joined below with the letter
// before it), or one of SIMPLE's characters. Found by a scan over a table of the BMP (the regex
// /\r\n?|\p{M}+|[…]/gu did the same at twice the cost; the normalize tests pin the two together).
const NONE = 1;
const CR = 2;
const MARK = 3;
const REWRITE = 4;
// the high half of a surrogate pair: a mark when the pair is one (read by astralMarkAt)
const HIGH_SURROGATE = 5;
// the kind of each BMP code unit, learnt on first sight (0: not yet known)
const KINDS = new Uint8Array(0x10000);
const ASTRAL_MARK = /^\p{M}$/u;

function kindOfUnit(c: number): number {
  const k = KINDS[c]!;
  return k === 0 ? learnKind(c) : k;
}

function learnKind(c: number): number {
  return (KINDS[c] =
    c === 13 ? CR
    : c >= 0xd800 && c <= 0xdbff ? HIGH_SURROGATE
    : SIMPLE[String.fromCharCode(c)] !== undefined ? REWRITE
    : charClass(c) & MARK_BIT ? MARK
    : NONE);
}

/** Code units of the astral combining mark at `i` (a surrogate pair), or 0. */
function astralMarkAt(s: string, i: number): number {
  const hi = s.charCodeAt(i);
  if (hi < 0xd800 || hi > 0xdbff || i + 1 >= s.length) return 0;
  const lo = s.charCodeAt(i + 1);
  if (lo < 0xdc00 || lo > 0xdfff) return 0;
  return ASTRAL_MARK.test(s.slice(i, i + 2)) ? 2 : 0;
}

/** Code units of the mark at `i` (1 or 2), or 0 when none starts there. */
function markAt(s: string, i: number): number {
  const k = kindOfUnit(s.charCodeAt(i));
  return k === MARK ? 1 : k === HIGH_SURROGATE ? astralMarkAt(s, i) : 0;
}

/** A stretch of the input, [start, end); filled in place by `nextStretch`. */
export interface Stretch {
  start: number;
  end: number;
}

/**
 * Finds the next stretch to rewrite at or after `from` and writes it to `out`; false when none is left.
 * @example nextStretch("a\r\nb", 0, out) → true, out = { start: 1, end: 3 }
 */
export function nextStretch(s: string, from: number, out: Stretch): boolean {
  const n = s.length;
  for (let i = from; i < n; i++) {
    // (the plain text that is most of the input costs one table read a unit)
    if (KINDS[s.charCodeAt(i)] === NONE) continue;
    const k = kindOfUnit(s.charCodeAt(i));
    if (k === NONE || (k === HIGH_SURROGATE && astralMarkAt(s, i) === 0)) continue;
    out.start = i;
    if (k === CR) out.end = i + 1 < n && s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    else if (k === REWRITE) out.end = i + 1;
    else {
      // a run of marks
      let e = i;
      for (let w = markAt(s, e); w > 0; w = e < n ? markAt(s, e) : 0) e += w;
      out.end = e;
    }
    return true;
  }
  return false;
}

/** Normalizes `input` for the extractors, remembering where every changed stretch came from. */
export function normalize(input: string): Normalized {
  const map = new OffsetMap();
  const m: Stretch = { start: 0, end: 0 };
  if (!nextStretch(input, 0, m)) return { text: input, map };
  const out: string[] = [];
  let last = 0; // input consumed so far
  let outLen = 0;
  // replaces input [from, to) by `rep`, copying what stands before it unchanged
  const replace = (from: number, to: number, rep: string): void => {
    if (from > last) {
      out.push(input.slice(last, from));
      outLen += from - last;
    }
    out.push(rep);
    map.add(outLen, outLen + rep.length, from, to);
    outLen += rep.length;
    last = to;
  };
  for (let more = true; more; more = nextStretch(input, m.end, m)) {
    let at = m.start;
    const end = m.end;
    const seg = input.slice(at, end);
    let rep: string;
    if (seg.charCodeAt(0) === 13) rep = "\n";
    else if (SIMPLE[seg] !== undefined) rep = SIMPLE[seg]!;
    else {
      // combining marks: compose them with the letter before, when that letter was not rewritten
      const base = at > last ? baseBefore(input, at) : 0;
      if (base > 0 && input.charCodeAt(at - 1) !== 10) at -= base;
      const cluster = input.slice(at, end);
      rep = lookalike(cluster.normalize("NFC"));
      if (rep === cluster) continue;
      replace(at, end, rep);
      continue;
    }
    if (rep !== seg) replace(at, end, rep);
  }
  if (map.isIdentity) return { text: input, map };
  out.push(input.slice(last));
  return { text: out.join(""), map };
}

/** Code units of the code point before `at` (2 for a surrogate pair), 0 at the start. */
function baseBefore(s: string, at: number): number {
  if (at === 0) return 0;
  const lo = s.charCodeAt(at - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && at >= 2) {
    const hi = s.charCodeAt(at - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return 2;
  }
  return 1;
}

/** "Ð́" (eth + mark) → "Đ́": the look-alike letter fixed inside a composed cluster. */
function lookalike(s: string): string {
  const c = s.charCodeAt(0);
  return c === 0xd0 ? "Đ" + s.slice(1) : c === 0xf0 ? "đ" + s.slice(1) : s;
}

import { OffsetMap } from "./offset-map.js";

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

// One alternation finds every stretch to rewrite: CRLF, a lone CR, a run of combining marks (joined
// below with the letter before it), or one of SIMPLE's characters.
const SPECIAL = new RegExp(
  String.raw`\r\n?|\p{M}+|[` + Object.keys(SIMPLE).join("").replace(/[\]\\^-]/g, "\\$&") + `]`,
  "gu",
);

/** Normalizes `input` for the extractors, remembering where every changed stretch came from. */
export function normalize(input: string): Normalized {
  const map = new OffsetMap();
  SPECIAL.lastIndex = 0;
  let m = SPECIAL.exec(input);
  if (m === null) return { text: input, map };
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
  for (; m !== null; m = SPECIAL.exec(input)) {
    let at = m.index;
    const end = at + m[0].length;
    const seg = m[0];
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

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

// One alternation finds every stretch to rewrite: CRLF, a lone CR, a base letter with its combining
// marks, a stray combining mark, or one of SIMPLE's characters.
const SPECIAL = new RegExp(
  String.raw`\r\n?|[^\p{M}\r\n][\p{M}]+|\p{M}+|[` + Object.keys(SIMPLE).join("").replace(/[\]\\^-]/g, "\\$&") + `]`,
  "gu",
);

/** Normalizes `input` for the extractors, remembering where every changed stretch came from. */
export function normalize(input: string): Normalized {
  const map = new OffsetMap();
  SPECIAL.lastIndex = 0;
  if (!SPECIAL.test(input)) return { text: input, map };
  SPECIAL.lastIndex = 0;
  const out: string[] = [];
  let last = 0;
  let outLen = 0;
  for (let m = SPECIAL.exec(input); m !== null; m = SPECIAL.exec(input)) {
    const seg = m[0];
    const at = m.index;
    let rep: string;
    if (seg.charCodeAt(0) === 13) rep = "\n";
    else if (seg.length === 1 || SIMPLE[seg] !== undefined) rep = SIMPLE[seg] ?? seg;
    else rep = foldLookalikes(seg.normalize("NFC"));
    if (rep === seg) continue;
    if (at > last) {
      out.push(input.slice(last, at));
      outLen += at - last;
    }
    out.push(rep);
    map.add(outLen, outLen + rep.length, at, at + seg.length);
    outLen += rep.length;
    last = at + seg.length;
  }
  if (last === 0 && map.isIdentity) return { text: input, map };
  out.push(input.slice(last));
  return { text: out.join(""), map };
}

function foldLookalikes(s: string): string {
  const c = s.charAt(0);
  return SIMPLE[c] !== undefined && c !== "" && /[\u00d0\u00f0]/.test(c) ? SIMPLE[c] + s.slice(1) : s;
}

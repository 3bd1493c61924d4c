import { describe, expect, it } from "vitest";
import { tokAt, tokenize, type Tok } from "../../src/extractors/people/tokens.js";
import { PhraseTrie } from "../../src/extractors/people/trie.js";
import { fold } from "../../src/text/fold.js";

// the token pattern tokenize() reads by hand
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:['&]|-(?![\p{L}\p{M}\p{N}]*[^\u0000-\u007f\s]))[\p{L}\p{M}\p{N}]+)*|\S/gu;

const byRegex = (s: string, start: number, end: number): string[] =>
  [...s.slice(start, end).matchAll(TOKEN)].map((m) => `${start + m.index!}:${m[0]}`);
const byScanner = (s: string, start: number, end: number): string[] => tokenize(s, start, end).map((t) => `${t.s}:${t.t}`);

// what a token's text says, read the plain way (tokenize keeps these per distinct text)
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase();
function fieldsOf(t: string): object {
  const num = /^\d/.test(t);
  const word = num || t.length > 1 || /^[\p{L}\p{M}\p{N}]/u.test(t);
  const cap = word && !num && isUpper(t.charAt(0));
  const acronym = cap && t.length > 1 && isUpper(t.charAt(1)) && !/\p{Ll}/u.test(t) && /\p{L}.*\p{L}/u.test(t);
  const f = !word || /^\d+$/.test(t) ? t : fold(t);
  // a name word: capitalised, no digit, not an acronym unless a lone letter ("Ngọc", "H"; not "UBND", "U16")
  const nameWord = word && cap && !/\p{N}/u.test(t) && (!acronym || t.length === 1);
  return { t, f, word, cap, acronym, num, nameWord };
}

describe("tokenize", () => {
  it.each([
    ["Kim Jong-un gặp Al-Nusra", ["Kim", "Jong-un", "gặp", "Al-Nusra"]],
    ["Bà Rịa-Vũng Tàu", ["Bà", "Rịa", "-", "Vũng", "Tàu"]],
    ["Thanh-Phó chủ tịch", ["Thanh", "-", "Phó", "chủ", "tịch"]],
    ["H'Hen Niê, GD&ĐT và PGS.TS.", ["H'Hen", "Niê", ",", "GD&ĐT", "và", "PGS", ".", "TS", "."]],
    ["x-y“ a-b c-d", ["x", "-", "y", "“", "a-b", "c-d"]],
    ["1.252 người 😀 𝐀b", ["1", ".", "252", "người", "😀", "𝐀b"]],
  ])("%s", (s, want) => {
    expect(tokenize(s, 0, s.length).map((t) => t.t)).toEqual(want);
  });

  it("reads what the token pattern reads, cut anywhere", () => {
    const parts = ["a", "B", "ệ", "-", "'", "&", " ", "\u00a0", "1", ".", "“", "😀", "𝐀", "\ud800", "\u0300", "Jong-un", "Rịa-Vũng", "-ấ", "H'"];
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let r = 0; r < 3000; r++) {
      let s = "";
      for (let q = 1 + rand(10); q > 0; q--) s += parts[rand(parts.length)];
      const cut = rand(s.length + 1);
      for (const [a, b] of [[0, s.length], [0, cut], [cut, s.length]] as const) expect(byScanner(s, a, b)).toEqual(byRegex(s, a, b));
      for (const { s: _s, e: _e, glued: _g, vid: _v, ...fields } of tokenize(s, 0, s.length)) expect(fields).toEqual(fieldsOf(fields.t));
    }
  });

  it.each([
    "Jong-un😀", "a-𝐀b c", "H'𝐀 Niê", "GD&😀", "x\ud800y", "ab\udc00", "\ud83d", "Rịa-𝐀", "Kim Jong-u\ud83d\ude00n", "1.252 😀",
  ])("reads %j as the token pattern does (a surrogate anywhere sends the text to the pattern)", (s) => {
    for (let a = 0; a <= s.length; a++) for (let b = a; b <= s.length; b++) expect(byScanner(s, a, b)).toEqual(byRegex(s, a, b));
  });

  it("gives each token the fields its text says, first time and again", () => {
    const s = "Ủy ban UBND GD&ĐT H'Hen 2023 05 1,5 A ả Đà Nẵng PC45 iPhone XY-z ĐT. 😀 Ưu";
    for (let r = 0; r < 2; r++) {
      for (const t of tokenize(s, 0, s.length)) {
        const { s: _s, e, glued: _g, vid: _v, ...fields } = t;
        expect(e - t.s).toBe(t.t.length);
        expect(fields).toEqual(fieldsOf(t.t));
      }
    }
  });

  it("tells glued tokens", () => {
    expect(tokenize("PGS.TS. Nam", 0, 11).map((t) => t.glued)).toEqual([false, true, true, true, false]);
  });
});

describe("tokAt", () => {
  const toks = tokenize("Ông Ngọc nói.", 0, 13);
  it.each([0, 1, 2, 3])("gives the token at %i, the one the list holds", (i) => {
    expect(tokAt(toks, i)).toBe(toks[i]);
  });
  it.each([-1, -5, 4, 40, 0.5])("gives nothing at %s, outside the list", (i) => {
    expect(tokAt(toks, i)).toBeUndefined();
  });
});

describe("PhraseTrie", () => {
  it("matches tokens read before its words joined the vocabulary", () => {
    const s = "Ông Zyxwvq Qwzrt ở Phòng Ykjhg.";
    const before = tokenize(s, 0, s.length);
    const t = new PhraseTrie<string>();
    t.add("zyxwvq qwzrt", "a");
    t.add("Phòng", "b");
    t.add("phòng ykjhg", "c");
    const after = tokenize(s, 0, s.length);
    for (const toks of [before, after]) {
      expect(t.longest(toks, 1)).toEqual({ value: "a", end: 3 });
      expect(t.longest(toks, 2)).toBeNull();
      expect(t.longest(toks, 4)).toEqual({ value: "c", end: 6 });
      expect(t.longest(toks, 4, 5)).toEqual({ value: "b", end: 5 });
      expect(t.longest(toks, 0)).toBeNull();
      expect(toks.map((k) => t.startsAt(k))).toEqual(toks.map((k) => t.starts(k.f)));
      expect(toks.map((k) => t.starts(k.f))).toEqual([false, true, false, false, true, false, false]);
    }
  });

  it("matches hand-made tokens, with no word number", () => {
    const t = new PhraseTrie<number>();
    t.add("PGS TS", 1);
    const tok = (w: string, glued = false): Tok => ({ s: 0, e: w.length, t: w, f: w.toLowerCase(), word: w !== ".", cap: false, acronym: false, num: false, glued, nameWord: false });
    expect(t.longest([tok("PGS"), tok(".", true), tok("TS", true)], 0)).toEqual({ value: 1, end: 3 });
    expect(t.startsAt(tok("pgs"))).toBe(true);
    expect(t.startsAt(tok("ts"))).toBe(false);
  });

  it("finds every phrase as a list of phrases does, through the growth of its edge table", () => {
    // 600 phrases of one to four words over a few syllables: the edges below the first word share
    // nodes and words, so the table grows many times and many edges collide
    const syllables = ["nhà", "máy", "thủy", "điện", "sông", "đà", "hòa", "bình", "ủy", "ban"];
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const t = new PhraseTrie<number>();
    const phrases = new Map<string, number>();
    for (let r = 0; r < 600; r++) {
      const words: string[] = [];
      for (let q = 1 + rand(4); q > 0; q--) words.push(syllables[rand(syllables.length)]!);
      t.add(words.join(" "), r);
      const key = words.map(fold).join(" "); // the trie's words are folded: "thủy" is "thuỷ"
      if (!phrases.has(key)) phrases.set(key, r); // an earlier value is kept
    }
    const text = Array.from({ length: 400 }, () => syllables[rand(syllables.length)]).join(" ");
    const toks = tokenize(text, 0, text.length);
    for (let i = 0; i < toks.length; i++) {
      let want: { value: number; end: number } | null = null;
      for (let j = i + 1; j <= Math.min(toks.length, i + 4); j++) {
        const v = phrases.get(toks.slice(i, j).map((k) => k.f).join(" "));
        if (v !== undefined) want = { value: v, end: j };
      }
      expect(t.longest(toks, i)).toEqual(want);
      expect(t.isPhrase(toks[i]!.f)).toBe(phrases.has(toks[i]!.f));
    }
  });
});


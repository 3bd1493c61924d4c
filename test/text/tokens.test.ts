import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/extractors/people/tokens.js";
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
  return { t, f, word, cap, acronym, num };
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
      for (const { s: _s, e: _e, glued: _g, ...fields } of tokenize(s, 0, s.length)) expect(fields).toEqual(fieldsOf(fields.t));
    }
  });

  it("gives each token the fields its text says, first time and again", () => {
    const s = "Ủy ban UBND GD&ĐT H'Hen 2023 05 1,5 A ả Đà Nẵng PC45 iPhone XY-z ĐT. 😀 Ưu";
    for (let r = 0; r < 2; r++) {
      for (const t of tokenize(s, 0, s.length)) {
        const { s: _s, e, glued: _g, ...fields } = t;
        expect(e - t.s).toBe(t.t.length);
        expect(fields).toEqual(fieldsOf(t.t));
      }
    }
  });

  it("tells glued tokens", () => {
    expect(tokenize("PGS.TS. Nam", 0, 11).map((t) => t.glued)).toEqual([false, true, true, true, false]);
  });
});

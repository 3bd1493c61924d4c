import { describe, it, expect } from "vitest";
import { isWordChar, isWordCode, wordsAfter, wordsBefore } from "../../src/text/neighbours.js";

const words = (text: string, ws: { start: number; end: number }[]): string[] => ws.map((w) => text.slice(w.start, w.end));

describe("isWordCode", () => {
  // isWordChar reads a one-unit string through isWordCode: both are pinned to the property regex,
  // but for the Latin-1 signs that count as letters or digits there (ª º µ ² ³ ¹ ¼ ½ ¾): below
  // U+00C0 only ASCII letters and digits are word characters
  const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
  const expected = (ch: string): boolean => (ch.charCodeAt(0) < 0xc0 ? /[A-Za-z0-9]/.test(ch) : WORD_CHAR.test(ch));
  it("is isWordChar of the one-unit string, and the property regex, on every BMP code unit", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(isWordCode(c), c.toString(16)).toBe(expected(ch));
      expect(isWordChar(ch), c.toString(16)).toBe(expected(ch));
    }
  });
  it("reads an astral character given whole", () => {
    expect(isWordChar("𝐀")).toBe(true);
    expect(isWordChar("😀")).toBe(false);
  });
  it("is false past the end of a string (NaN)", () => {
    expect(isWordCode("ab".charCodeAt(5))).toBe(false);
  });
});

describe("wordsBefore / wordsAfter", () => {
  it.each([
    ["gần 100% hộ", 4, 0, 2, ["gần"]],
    ["có  khoảng  1.252 người", 12, 0, 3, ["khoảng", "có"]],
    ["năm, 2023", 5, 0, 2, []],
    ["Đ٣ ệ 5", 5, 0, 3, ["ệ", "Đ٣"]],
    ["ab cd", 5, 3, 3, ["cd"]],
  ] as [string, number, number, number, string[]][])("before %j at %i", (text, pos, floor, n, want) => {
    expect(words(text, wordsBefore(text, pos, floor, n))).toEqual(want);
  });

  it.each([
    ["519 lượt đồng chí tham dự", 3, 100, 3, ["lượt", "đồng", "chí"]],
    ["65 cuộc, có 1.252 người", 2, 100, 3, ["cuộc"]],
    ["5 tỷ×2", 1, 100, 3, ["tỷ"]],
    ["5 người dân", 1, 7, 3, ["người"]],
    ["5 😀 người", 1, 100, 2, []],
  ] as [string, number, number, number, string[]][])("after %j at %i", (text, pos, limit, n, want) => {
    expect(words(text, wordsAfter(text, pos, limit, n))).toEqual(want);
  });
});

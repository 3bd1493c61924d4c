import { describe, it, expect } from "vitest";
import { collapseSpaces } from "../../src/pipeline/junk.js";

const texts = [
  "", " ", "  ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\u00a0b", "a \u00a0b", "Chia sẻ", "Chia  sẻ ",
  "\u3000Chia sẻ", "x\u2028y", "x\ufeff", "\ufeffx", "a b c d", "a b  c", "a\u1680b", "a\u205fb", "a\u202fb",
  "\ud83d\ude00 x", "x \ud83d", "Nhóm PV", "(*)",
];

describe("collapseSpaces", () => {
  it.each(texts)("agrees with replace(/\\s+/g, ' ').trim() on %j", (t) => {
    expect(collapseSpaces(t)).toBe(t.replace(/\s+/g, " ").trim());
  });
});

import { isJunkLine, lineMarker } from "../../src/pipeline/junk.js";

// isJunkLine tries the punctuation-only regex only on lines that do not open with a letter or a digit
const ONLY_PUNCT = /^[\p{P}\p{S}\s]+$/u;
const punctLines = ["", ".", "...", "- - -", "* * *", "😀", "😀 !", "\ud83d", "a.", "1.", "Đ.", "ǅ", "٣", "—", " .", "\u00a0."];

describe("isJunkLine's first-unit look", () => {
  it.each(punctLines)("agrees with the punctuation regex on %j", (t) => {
    expect(isJunkLine(t, false)).toBe(ONLY_PUNCT.test(t) || (t.length <= 40 && lineMarker(t) === "junk"));
  });
});

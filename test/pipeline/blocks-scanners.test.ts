import { describe, it, expect } from "vitest";
import { endsSentence, wordCount } from "../../src/pipeline/blocks.js";

// The hand-written scanners of blocks.ts against the regexes they replace.
const byRegex = {
  endsSentence: (s: string): boolean => /[.:;,]["')\]]*$/.test(s) && !/\.\.\.$|…$/.test(s),
  wordCount: (s: string): number => s.split(/\s+/).filter(Boolean).length,
};

const lines = [
  "", " ", "  \u00a0\t", ".", ",", ";", ":", "…", "...", "..", "a.", "a..", "a...", "a....", "a…", "a….",
  "a.\"", "a.')\"]", "a.)x", "a)", "\")", "Câu hỏi?", "Câu hỏi?\"", "Ông nói: \"Đúng.\"", "Ông nói: \"Đúng...\"",
  "Ông nói: \"Đúng…\"", "a, b, c,", "a;)", "x.]]]", "x.] ]", "x. ", "x.\u3000", "Hà Nội", " Hà  Nội ",
  "Hà\u00a0Nội\u2028x", "\ufeffa b", "a\u200bb", "một hai ba bốn năm sáu bảy tám chín mười mười một",
  "\ud83d\ude00 x", "x \ud83d",
];

describe("blocks scanners", () => {
  it.each(lines)("endsSentence and wordCount agree with the regexes on %j", (s) => {
    expect(endsSentence(s)).toBe(byRegex.endsSentence(s));
    expect(wordCount(s)).toBe(byRegex.wordCount(s));
  });
});

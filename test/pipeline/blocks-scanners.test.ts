import { describe, it, expect } from "vitest";
import { endsInStop, endsSentence, isPhotoPosition, opensCapitalOrQuote, wordCount } from "../../src/pipeline/blocks.js";

// The hand-written scanners of blocks.ts against the regexes they replace.
const byRegex = {
  endsSentence: (s: string): boolean => /[.:;,]["')\]]*$/.test(s) && !/\.\.\.$|…$/.test(s),
  wordCount: (s: string): number => s.split(/\s+/).filter(Boolean).length,
  endsInStop: (s: string): boolean => /(?:[?!…]|\.\.\.)["')]*$/.test(s),
  isPhotoPosition: (s: string): boolean =>
    /\((?:bìa |đứng |ngồi |người )?(?:phải|trái|giữa)[),]|\(thứ (?:\d+|hai|ba|tư|năm|nhất) (?:từ )?(?:trái|phải)|\((?:áo|mặc áo) \p{L}|^Trong ảnh\s*:/u.test(s),
};

const photoLines = [
  "Thứ trưởng Phạm Ngọc Thưởng (phải) trao quyết định", "Ông A (đứng giữa)", "Bà B (bìa trái, áo đỏ)", "(giữa,",
  "Ông C (thứ hai từ trái sang)", "Ông D (thứ 3 phải)", "Cô E (áo xanh)", "Cô F (mặc áo đỏ)", "Cô G (áo 1)",
  "Trong ảnh: ông H", "Trong ảnh :", "Trong ảnh", " Trong ảnh: x", "x Trong ảnh: y", "(phải", "(trái)(", "phải)",
  "Không có gì", "", "(", "Trong ảnh:\n(giữa)",
];

const lines = [
  "", " ", "  \u00a0\t", ".", ",", ";", ":", "…", "...", "..", "a.", "a..", "a...", "a....", "a…", "a….",
  "a.\"", "a.')\"]", "a.)x", "a)", "\")", "Câu hỏi?", "Câu hỏi?\"", "Ông nói: \"Đúng.\"", "Ông nói: \"Đúng...\"",
  "Ông nói: \"Đúng…\"", "a, b, c,", "a;)", "x.]]]", "x.] ]", "x. ", "x.\u3000", "Hà Nội", " Hà  Nội ",
  "Hà\u00a0Nội\u2028x", "\ufeffa b", "a\u200bb", "một hai ba bốn năm sáu bảy tám chín mười mười một",
  "\ud83d\ude00 x", "x \ud83d",
  "Ông", "ông", "Đà", "đà", "\"Tôi", "'Tôi", "𝐀 x", "𝐚 x", "\ud835", "1 a", "Σ", "ǅ", "a?", "a!\"", "a?)]", "a?])", "a…'\")", "a...)", "a..)", "a.. .", "?", ")", "a?x", "a ...\"", "a!]",
];

describe("blocks scanners", () => {
  it.each(lines)("endsSentence and wordCount agree with the regexes on %j", (s) => {
    expect(endsSentence(s)).toBe(byRegex.endsSentence(s));
    expect(wordCount(s)).toBe(byRegex.wordCount(s));
    expect(endsInStop(s)).toBe(byRegex.endsInStop(s));
    expect(opensCapitalOrQuote(s)).toBe(/^[\p{Lu}"]/u.test(s));
    for (const cap of [0, 1, 2, 5, 11]) expect(wordCount(s, cap)).toBe(Math.min(cap, byRegex.wordCount(s)));
  });
  it.each([...photoLines, ...lines])("isPhotoPosition agrees with the one regex on %j", (s) => {
    expect(isPhotoPosition(s)).toBe(byRegex.isPhotoPosition(s));
  });
});

import { describe, it, expect } from "vitest";
import { normalize, nextStretch, type Stretch } from "../../src/pipeline/normalize.js";

// [input, expected normalized text]
const cases: [string, string, string][] = [
  ["plain NFC text is kept as it is", "Đảng ủy xã Long Bình", "Đảng ủy xã Long Bình"],
  ["NFD letters are composed", "Hòa Bình".normalize("NFD"), "Hòa Bình"],
  ["NFD with stacked marks", "Nguyễn Thị Kim Ngọc".normalize("NFD"), "Nguyễn Thị Kim Ngọc"],
  ["CRLF becomes LF", "Dòng một\r\nDòng hai\r\n", "Dòng một\nDòng hai\n"],
  ["a lone CR becomes LF", "Dòng một\rDòng hai", "Dòng một\nDòng hai"],
  ["NBSP and narrow NBSP become spaces", "1.252\u00a0người và 5\u202f%", "1.252 người và 5 %"],
  ["zero-width characters are removed", "Tiền\u200b Giang\u200d", "Tiền Giang"],
  ["a BOM inside the text is removed", "\ufeffHà Nội", "Hà Nội"],
  ["curly double quotes become straight", "mô hình “Tổ nhân dân tự quản”", 'mô hình "Tổ nhân dân tự quản"'],
  ["guillemets become straight quotes", "«Hà Nội»", '"Hà Nội"'],
  ["curly single quotes become straight", "‘tình làng nghĩa xóm’", "'tình làng nghĩa xóm'"],
  ["en and em dashes become hyphens", "5–7 người — khoảng", "5-7 người - khoảng"],
  ["minus sign becomes hyphen", "−5 độ C", "-5 độ C"],
  ["the look-alike eth becomes Đ", "\u00d0ảng ủy", "Đảng ủy"],
  ["lower-case eth becomes đ", "\u00f0ồng chí", "đồng chí"],
  ["tabs become spaces", "Hà\tNội", "Hà Nội"],
  ["old tone placement is kept (folding is for lookups only)", "hoà thuỷ Uỷ ban", "hoà thuỷ Uỷ ban"],
  ["the empty string", "", ""],
  ["a stray combining mark at the start", "\u0301abc", "\u0301abc"],
  ["astral characters with a mark", "😀\u0301 vui", "😀\u0301 vui"],
];

describe("normalize", () => {
  it.each(cases)("%s", (_name, input, want) => {
    expect(normalize(input).text).toBe(want);
  });

  it("keeps the same string object when nothing changes", () => {
    const s = "Bí thư Chi bộ ấp Quới An";
    const n = normalize(s);
    expect(n.text).toBe(s);
    expect(n.map.isIdentity).toBe(true);
  });
});

// Mapping: find `needle` in the normalized text and check that its input span slices to `want`.
const mapCases: [string, string, string, string][] = [
  ["NFD name", "ông " + "Nguyễn Hòa".normalize("NFD") + " nói", "Nguyễn Hòa", "Nguyễn Hòa".normalize("NFD")],
  ["after a CRLF", "Dòng một\r\nHà Nội", "Hà Nội", "Hà Nội"],
  ["across curly quotes", "cho biết: “Việc này”", '"Việc này"', "“Việc này”"],
  ["zero-width inside the name", "Tiền\u200b Giang", "Tiền Giang", "Tiền\u200b Giang"],
  ["zero-width before the name is left out", "xã \u200bLong Bình", "Long Bình", "Long Bình"],
  ["zero-width after the name is left out", "Long Bình\u200b.", "Long Bình", "Long Bình"],
  ["look-alike letter", "\u00d0ảng ủy xã", "Đảng ủy", "\u00d0ảng ủy"],
  ["NBSP between number and unit", "65\u00a0cuộc", "65 cuộc", "65\u00a0cuộc"],
  ["several stretches", "“A”\r\n“B” – " + "Đà".normalize("NFD"), "Đà", "Đà".normalize("NFD")],
];

describe("offset map", () => {
  it.each(mapCases)("%s", (_name, input, needle, want) => {
    const n = normalize(input);
    const at = n.text.indexOf(needle);
    expect(at).toBeGreaterThanOrEqual(0);
    const span = n.map.toInput(at, at + needle.length);
    expect(input.slice(span.start, span.end)).toBe(want);
  });

  it("maps every offset monotonically and within the input", () => {
    const input = "Thứ Bảy,\u00a023/12/2023\r\n“Hòa”".normalize("NFD") + "\u200b — xong";
    const n = normalize(input);
    let prev = 0;
    for (let i = 0; i <= n.text.length; i++) {
      const s = n.map.toInputStart(i);
      expect(s).toBeGreaterThanOrEqual(prev);
      expect(s).toBeLessThanOrEqual(input.length);
      prev = s;
    }
    expect(n.map.toInputEnd(n.text.length)).toBe(input.length);
  });
});

// The scanner against the regular expression it replaced: the same stretches, in the same order.
const REFERENCE = /\r\n?|\p{M}+|[\u00a0\u202f\u2007\u2002\u2003\u2009\u200a\u3000\t\u000b\u000c\u2028\u2029\u0085\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2018\u2019\u201a\u201b\u2032\u2013\u2014\u2012\u2212\u2015\u2010\u2011\u00d0\u00f0]/gu;
const stretchCases: [string, string][] = [
  ["CRLF, CR and LF", "a\r\nb\rc\nd\r"],
  ["a CR before a CRLF", "a\r\r\nb"],
  ["NFD marks, one and stacked", "Nguyễn Hòa".normalize("NFD")],
  ["a mark at the very start and end", "\u0301ab\u0323"],
  ["astral marks (musical, variation selectors supplement)", "a\u{1D165}\u{1D166}b\u{E0100}c"],
  ["a BMP mark then an astral one, one run", "e\u0301\u{1D167}f"],
  ["lone surrogates are not marks", "a\ud800b\udc00\u0301c\ud834"],
  ["a high surrogate cut at the end", "x\ud834"],
  ["every rewritten character", "\u00a0\u202f\u2007\u2002\u2003\u2009\u200a\u3000\t\u000b\u000c\u2028\u2029\u0085\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2018\u2019\u201a\u201b\u2032\u2013\u2014\u2012\u2212\u2015\u2010\u2011\u00d0\u00f0"],
  ["marks next to rewritten characters", "\u00d0\u0309\u201c\u0301\r\u0300\n"],
  ["nothing to rewrite", "Bí thư Chi bộ ấp Quới An, 65 cuộc."],
  ["emoji and CJK", "😀 中文 \u0301 ✓"],
];

describe("nextStretch", () => {
  it.each(stretchCases)("%s: the same stretches as the regex", (_name, input) => {
    const want: [number, number][] = [...input.matchAll(REFERENCE)].map((m) => [m.index, m.index + m[0].length]);
    const got: [number, number][] = [];
    const m: Stretch = { start: 0, end: 0 };
    for (let from = 0; nextStretch(input, from, m); from = m.end) got.push([m.start, m.end]);
    expect(got).toEqual(want);
  });

  it("finds the same stretches as the regex on every BMP code unit", () => {
    let all = "";
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c) + "a";
    const want = [...all.matchAll(REFERENCE)].map((m) => m.index + ":" + (m.index + m[0].length)).join(",");
    const got: string[] = [];
    const m: Stretch = { start: 0, end: 0 };
    for (let from = 0; nextStretch(all, from, m); from = m.end) got.push(m.start + ":" + m.end);
    expect(got.join(",")).toBe(want);
  });
});

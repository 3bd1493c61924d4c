import { describe, it, expect } from "vitest";
import { normalize } from "../../src/pipeline/normalize.js";

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

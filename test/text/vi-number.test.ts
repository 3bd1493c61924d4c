import { describe, it, expect } from "vitest";
import { parseViNumber, parseDigits, readQuantity, numberWord, type ViNumber } from "../../src/text/vi-number.js";
import { digitGroupsEnd, wordEnd } from "../../src/text/vi-number/grammar.js";
import { parseDigitsAt } from "../../src/text/vi-number/digits.js";
import { rangeSepLength, percentLength } from "../../src/text/vi-number/quantity.js";

// Each row: the phrase, then what it reads as (value, and the fields that are not the default).
type Want = Partial<ViNumber> & { value: number };
const READS: [string, Want][] = [
  /** digits: "." groups thousands, "," is the decimal mark */
  ["7", { value: 7 }],
  ["02", { value: 2 }],
  ["1.252", { value: 1252 }],
  ["12.500.000", { value: 12_500_000 }],
  ["1.000.000.000", { value: 1e9 }],
  ["1,5", { value: 1.5 }],
  ["0,3", { value: 0.3 }],
  ["52,47", { value: 52.47 }],
  ["1.252,5", { value: 1252.5 }],
  ["15.571,47", { value: 15571.47 }],
  /** a single "." before one, two or four digits is an English decimal point; before three, thousands */
  ["3.5", { value: 3.5 }],
  ["12.53", { value: 12.53 }],
  ["1.5", { value: 1.5 }],
  ["2.000", { value: 2000 }],
  /** English grouping, when it cannot be Vietnamese */
  ["1,252,000", { value: 1_252_000 }],
  ["1,252.5", { value: 1252.5 }],
  /** scale words */
  ["1,5 tỷ", { value: 1.5e9 }],
  ["1,5 tỉ", { value: 1.5e9 }],
  ["20 nghìn", { value: 20_000 }],
  ["20 ngàn", { value: 20_000 }],
  ["3 triệu", { value: 3e6 }],
  ["2 vạn", { value: 20_000 }],
  ["5 chục", { value: 50 }],
  ["5 trăm", { value: 500 }],
  ["2.340 tỷ", { value: 2.34e12 }],
  ["4.500 tỷ", { value: 4.5e12 }],
  ["3,7 nghìn tỷ", { value: 3.7e12 }],
  ["1 nghìn tỷ", { value: 1e12 }],
  ["3 tỷ 500 triệu", { value: 3.5e9 }],
  ["2 triệu 300 nghìn", { value: 2.3e6 }],
  ["1 triệu rưỡi", { value: 1.5e6 }],
  ["nửa triệu", { value: 500_000 }],
  /** number words */
  ["một", { value: 1 }],
  ["hai", { value: 2 }],
  ["bảy", { value: 7 }],
  ["bẩy", { value: 7 }],
  ["mười", { value: 10 }],
  ["mười một", { value: 11 }],
  ["mười lăm", { value: 15 }],
  ["mười nhăm", { value: 15 }],
  ["hai mươi", { value: 20 }],
  ["hai mươi lăm", { value: 25 }],
  ["hai mươi mốt", { value: 21 }],
  ["ba mươi tư", { value: 34 }],
  ["chín mươi chín", { value: 99 }],
  ["một trăm", { value: 100 }],
  ["một trăm linh năm", { value: 105 }],
  ["hai trăm lẻ tám", { value: 208 }],
  ["ba trăm năm mươi", { value: 350 }],
  ["một trăm rưỡi", { value: 150 }],
  ["ba trăm tư", { value: 340 }],
  ["ba nghìn hai trăm", { value: 3200 }],
  ["ba nghìn hai", { value: 3200 }],
  ["năm nghìn", { value: 5000 }],
  ["hai chục nghìn", { value: 20_000 }],
  ["hai triệu rưỡi", { value: 2.5e6 }],
  ["mười hai triệu", { value: 12e6 }],
  ["một nghìn tỷ", { value: 1e12 }],
  ["ba tỷ hai trăm triệu", { value: 3.2e9 }],
  ["Hai mươi", { value: 20 }],
  ["HAI MƯƠI", { value: 20 }],
  /** approximators */
  ["hơn 3 triệu", { value: 3e6, approx: "over" }],
  ["trên 80", { value: 80, approx: "over" }],
  ["khoảng 2 triệu", { value: 2e6, approx: "about" }],
  ["chừng 20", { value: 20, approx: "about" }],
  ["xấp xỉ 1.000", { value: 1000, approx: "about" }],
  ["gần 100%", { value: 100, approx: "under", percent: true }],
  ["dưới 18", { value: 18, approx: "under" }],
  ["chưa đến 10", { value: 10, approx: "under" }],
  ["ít nhất 3", { value: 3, approx: "atLeast" }],
  ["tối thiểu 5", { value: 5, approx: "atLeast" }],
  ["tối đa 5", { value: 5, approx: "atMost" }],
  ["không quá 2.500", { value: 2500, approx: "atMost" }],
  ["từ 18 trở lên", { value: 18, approx: "atLeast" }],
  ["Hơn 800", { value: 800, approx: "over" }],
  /** percentages */
  ["15%", { value: 15, percent: true }],
  ["15 %", { value: 15, percent: true }],
  ["27,3%", { value: 27.3, percent: true }],
  ["15 phần trăm", { value: 15, percent: true }],
  /** ranges: the scale of the upper bound applies to the lower one */
  ["5-7", { value: 5, valueMax: 7 }],
  ["5 - 7", { value: 5, valueMax: 7 }],
  ["5–7", { value: 5, valueMax: 7 }],
  ["từ 5 đến 7", { value: 5, valueMax: 7 }],
  ["5 tới 7", { value: 5, valueMax: 7 }],
  ["52,10 - 52,45 triệu", { value: 52_100_000, valueMax: 52_450_000 }],
  ["5%-40%", { value: 5, valueMax: 40, percent: true }],
  ["hai đến ba", { value: 2, valueMax: 3 }],
  /** fractions: the numerator is the value */
  ["7/9", { value: 7, outOf: 9 }],
  ["1/3", { value: 1, outOf: 3 }],
];

// Phrases that are not one number, each for a reason.
const NOT_NUMBERS: [string, string][] = [
  ["hàng trăm", "a vague amount: a scale word without a number"],
  ["vài", "a vague amount"],
  ["mấy chục", "a vague amount"],
  ["trăm", "a scale word alone"],
  ["nghìn", "a scale word alone"],
  ["22-5", "a date, not a range (the lower bound is higher)"],
  ["2-1", "a score, not a range"],
  ["22-5-2023", "a date"],
  ["1.1.2016", "a date written with dots"],
  ["0912.345.678", "a phone number: the first group has four digits"],
  ["192.168.1.1", "an address: the groups are not thousands"],
  ["1.2.3.4.5.6.7.8.9.10.11", "too many groups"],
  ["1.25.000", "a group of two digits among thousands"],
  ["mười năm", "ten years: five after mười is written lăm"],
  ["3 triệu chứng", "symptoms: triệu chứng is a word"],
  ["5 tỷ lệ", "tỷ lệ (a ratio) is a word"],
  ["một số", "some: số is no number word"],
  ["Kế hoạch 58", "words before the number"],
  ["", "nothing"],
  ["abc", "no number"],
  ["12 ab", "letters after the number"],
  ["hàng nghìn tỷ", "a vague amount of a large scale"],
  ["dăm ba", "a vague amount"],
  ["hai ba", "two or three: not one number"],
  ["mươi", "a tens word alone"],
  ["lăm", "five after tens, alone"],
  ["tư", "four after tens, alone"],
  ["linh năm", "a link word first"],
  ["5 -", "a range without its upper bound"],
  ["1,", "a decimal mark without decimals"],
];

describe("parseViNumber", () => {
  it.each(READS)("%s", (phrase, want) => {
    const got = parseViNumber(phrase);
    expect(got).not.toBeNull();
    expect(got).toEqual({ valueMax: null, approx: "exact", percent: false, outOf: null, ...want });
  });

  it.each(NOT_NUMBERS)("%s is no number (%s)", (phrase) => {
    expect(parseViNumber(phrase)).toBeNull();
  });
});

describe("parseDigits", () => {
  it("says how the digits were written", () => {
    expect(parseDigits("1.252")).toEqual({ value: 1252, decimal: false, grouped: true, leadingZero: false });
    expect(parseDigits("1,5")).toEqual({ value: 1.5, decimal: true, grouped: false, leadingZero: false });
    expect(parseDigits("05")).toEqual({ value: 5, decimal: false, grouped: false, leadingZero: true });
    expect(parseDigits("01.000")).toBeNull();
  });
});

describe("parseDigitsAt", () => {
  // the scanner against parseDigits of the slice, on the shapes digitGroupsEnd reads
  const cases = [
    "1.252", "1,5", "1.252,5", "1,252.5", "12.500.000", "3.5", "12.53", "1.2345", "1,252,000", "1,25", "0,5", "05,5",
    "0.5", "01.000", "1.000.00", "1.00.000", "1234.567", "1.2.3", "1,2,3", "1,234,56", "123,456", "0,000", "00,1",
    "1.234,5,6", "1,234.5.6", "999.999.999.999.999", "9.999.999.999.999.999", "1234567890123,45", "12345678901234,56",
    "0,1234567890123456", "65,1", "41,28", "0,1", "0,2", "0,3", "1,1", "2,675", "2.675", "12,000",
  ];
  it.each(cases)("%s", (tok) => {
    expect(parseDigitsAt(`x ${tok} y`, 2, 2 + tok.length)).toEqual(parseDigits(tok));
  });
});

describe("readNumber keeps 15 significant digits", () => {
  // unscaled digits of at most 15 digits skip the round trip through toPrecision(15): it gives them back
  // (the values the reader gave before the skip)
  const CASES: [string, number][] = [
    ["3,25", 3.25], ["0,1", 0.1], ["2,675", 2.675], ["1.252,5", 1252.5], ["1,252.5", 1252.5], ["12.53", 12.53],
    ["0,1234567890123456", 0.123456789012345], ["1234567890123,45", 1234567890123.45], ["99.999.999.999.999,5", 99999999999999.5], ["1.234.567.890.123,456", 1234567890123.46],
    ["65,1 triệu", 65100000], ["0,3 tỷ", 300000000], ["1,1", 1.1], ["nửa", 0.5],
  ];
  it.each(CASES)("%s", (t, want) => {
    expect(readQuantity(t, 0)?.value).toBe(want);
  });
});

describe("readQuantity", () => {
  it("reads a number inside a sentence and says where it ends", () => {
    const s = "Xã có 1.252 người dự, chi 1,5 tỷ đồng.";
    const a = readQuantity(s, s.indexOf("1.252"))!;
    expect([a.value, s.slice(a.start, a.end)]).toEqual([1252, "1.252"]);
    const b = readQuantity(s, s.indexOf("1,5"))!;
    expect([b.value, s.slice(b.start, b.end), b.scaled]).toEqual([1.5e9, "1,5 tỷ", true]);
  });

  it("marks a hyphen pair that is no range", () => {
    const s = "Đội nhà thắng 2-1 trên sân khách.";
    expect(readQuantity(s, s.indexOf("2-1"))!.brokenRange).toBe(true);
  });

  it("does not read past the limit", () => {
    const s = "có 20 nghìn người";
    const q = readQuantity(s, 3, 5)!;
    expect([q.value, q.end]).toEqual([20, 5]);
  });
});

describe("numberWord", () => {
  it("knows the roles of the number words, in any case", () => {
    expect(numberWord("mươi")?.role).toBe("tens");
    expect(numberWord("Triệu")?.role).toBe("scale");
    expect(numberWord("LĂM")?.value).toBe(5);
    expect(numberWord("người")).toBeUndefined();
  });
});

describe("digitGroupsEnd", () => {
  // the scanner must end where the greedy pattern it replaces ends
  const DIGITS = /\d{1,15}(?:[.,]\d{1,15}){0,8}/y;
  const TRICKY = [
    "7", "1.252", "1,5", "12.500.000", "1.252,5 tỷ", "3.", "3,", "3.a", "3..5", "3.,5", "0912.345.678",
    "1234567890123456789", "1234567890123456.5", "1.2.3.4.5.6.7.8.9.10.11", "1,2,3,4,5,6,7,8,9", "1.1.2016",
    "12345678901234567890.123", "5-7", "22/5/2023", "1 000", "١٢", "1.000.000.000.000.000.000.000.000",
  ];
  it.each(TRICKY)("%s", (s) => {
    for (let pos = 0; pos < s.length; pos++) {
      if (!(s[pos]! >= "0" && s[pos]! <= "9")) continue;
      DIGITS.lastIndex = pos;
      expect(digitGroupsEnd(s, pos)).toBe(pos + DIGITS.exec(s)![0].length);
    }
  });
});

describe("wordEnd", () => {
  // the scanner must end where the pattern it replaces ends, at every position
  const WORD = /[\p{L}\p{M}]{1,12}(?![\p{L}\p{M}\p{N}])/uy;
  const TRICKY = [
    "hai người", "hai", "Mười", "mươi1", "triệu,", "nghìn.", "abcdefghijkl", "abcdefghijklm", "abcdefghijkl m", "abcdefghijk1",
    "a٣", "a\u0301 b", "ha\u0300i", "𝐀hai", "hai𝐀", "hai😀", "hai 😀", "x\uD835", "\uDC00ab", "ăâđêôơư", "ǅa", "a-b", "a_b", "",
    "a".repeat(40), "hai " + "ba".repeat(30), "1".repeat(30) + "hai",
  ];
  it.each(TRICKY)("%j", (s) => {
    for (let pos = 0; pos <= s.length; pos++) {
      WORD.lastIndex = pos;
      const m = WORD.exec(s);
      expect(wordEnd(s, pos)).toBe(m ? pos + m[0].length : -1);
    }
  });
});

describe("rangeSepLength and percentLength", () => {
  // the scanners must match where the patterns they replace match, as long, at every position
  const RANGE_SEP = /(?: {0,2}[-~] {0,2}| {1,2}(?:đến|tới) {1,2})/y;
  const PERCENT = /(?: ?%| {1,2}phần trăm(?![\p{L}\p{M}]))/uy;
  const TRICKY = [
    "5-7", "5 - 7", "5  -  7", "5   - 7", "5 -   7", "5~7", "5 ~7", "5 đến 7", "5  tới  7", "5   đến 7", "5 đến   7", "5đến 7",
    "5 đếnn", "5 đến", "5 tới-7", "5 -", "5 --7", "5 –7", "5 Đến 7", "15%", "15 %", "15  %", "15 phần trăm", "15  phần trăm",
    "15   phần trăm", "15 phần trămx", "15 phần trăm\u0301", "15 phần trăm𝐀", "15 phần trăm😀", "15 phần trăm\uD835", "15 phần trăm,",
    "15 phần", "15 phần tră", "15 % -20 %", "5 tới 7 phần trăm", "", " ", "  ", "-", "~ ",
  ];
  it.each(TRICKY)("%j", (s) => {
    for (let pos = 0; pos <= s.length; pos++) {
      RANGE_SEP.lastIndex = pos;
      const r = RANGE_SEP.exec(s);
      expect(rangeSepLength(s, pos)).toBe(r ? r[0].length : -1);
      PERCENT.lastIndex = pos;
      const p = PERCENT.exec(s);
      expect(percentLength(s, pos)).toBe(p ? p[0].length : -1);
    }
  });
});

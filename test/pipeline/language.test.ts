import { describe, it, expect } from "vitest";
import { countLetters, detectLanguage } from "../../src/pipeline/language.js";

// The one-pass count against the two regex replaces it stands for.
function reference(s: string): { letters: number; vietnamese: number } {
  return {
    letters: [...s.replace(/[^\p{L}]+/gu, "")].length,
    vietnamese: s.replace(/[^\u1ea0-\u1ef9ăĂơƠưƯđĐ]+/g, "").length,
  };
}

const cases: [string, string][] = [
  ["a Vietnamese sentence", "Bí thư Đảng ủy xã Long Bình Nguyễn Thị Kim Ngọc cho biết, ấp Quới An có 65 cuộc."],
  ["English", "The committee met on Monday to discuss the plan."],
  ["NFD marks are not letters", "Hòa Bình".normalize("NFD")],
  ["astral letters count once", "𝐀𝐁𝐂 chữ 𠀀 và 😀"],
  ["lone surrogates are not letters", "a\ud800b\udc00c\ud834"],
  ["Latin-1 letters are not Vietnamese-only", "àáâãèéêìíòóôõùúý ÀÁÂÃ"],
  ["the Vietnamese-only letters", "ăĂơƠưƯđĐ ạẢấỹỸ"],
  ["digits, punctuation and spaces", "1.252 — 65% (2023)!"],
  ["the empty string", ""],
];

describe("countLetters", () => {
  it.each(cases)("%s", (_name, s) => {
    expect(countLetters(s)).toEqual(reference(s));
  });

  it("agrees with the regexes on every BMP code unit", () => {
    let all = "";
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c) + " ";
    expect(countLetters(all)).toEqual(reference(all));
  });
});

describe("detectLanguage", () => {
  it.each([
    ["Vietnamese", "Bí thư Đảng ủy xã Long Bình Nguyễn Thị Kim Ngọc cho biết, toàn xã đã tổ chức 65 cuộc họp.", "vie"],
    ["English", "The provincial committee said on Monday that sixty-five meetings had been held across the commune this year.", "eng"],
    ["too short to tell", "Hà Nội", "und"],
  ])("%s", (_name, text, code) => {
    expect(detectLanguage(text).code).toBe(code);
  });
});

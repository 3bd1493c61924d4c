import { describe, expect, it } from "vitest";
import { fold } from "../../src/text/fold.js";
import { lowerCase } from "../../src/text/chars.js";
import { lookupKey, wordKey } from "../../src/text/lookup.js";

// fold() as it was written before its table-driven fast way: NFD per syllable, marks moved, NFC
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
function foldByNfd(s: string): string {
  if (/^[\u0000-\u007f]*$/.test(s)) return s.toLowerCase();
  const lower = s.normalize("NFC").toLowerCase().replace(/\u00f0/g, "đ");
  return lower.replace(/[\p{L}\p{M}]+/gu, (syl) => {
    const d = syl.normalize("NFD");
    if (!/[\u0300\u0301\u0303\u0309\u0323]/.test(d)) return syl;
    return (d.replace(TONE_MARKS, "") + d.match(TONE_MARKS)!.join("")).normalize("NFC");
  });
}

describe("fold", () => {
  it.each([
    ["Hòa Bình", "hoà binh\u0300"],
    ["Ủy ban", "uỷ ban"],
    ["Thủy", "thuỷ"],
    ["TIẾNG", "tiênǵ"],
    ["Nguyễn Văn Ậ", "nguyêñ văn ậ"],
  ])("%j → %j", (s, want) => {
    expect(fold(s)).toBe(want);
    expect(foldByNfd(s)).toBe(want);
  });

  it("folds both tone placements to one key", () => {
    expect(fold("Hòa Bình")).toBe(fold("hoà bình"));
    expect(fold("Khánh Hòa")).toBe(fold("Khánh Hoà"));
  });

  it("agrees with the NFD way on every character up to U+2000, alone and inside a syllable", () => {
    for (let c = 0; c < 0x2000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, "ho" + ch, ch + "ng", "tiế" + ch, ch + "̀a", "x " + ch + "ờ"]) expect([c, fold(s)]).toEqual([c, foldByNfd(s)]);
    }
  });

  it("agrees with the NFD way on tricky strings", () => {
    const cases = [
      "ĐỘI TUYỂN Việt Nam", "ÐÔNG", "ðông", "Hoà\u0301", "hoa\u0300\u0301", "e\u0301", "ệ", "ệ".normalize("NFD"),
      "𝐀nh Hòa", "ǹ ń ñ ṇ", "ǘ ǜ ṥ ṩ", "İstanbul Hòa", "Ωmega Κύπρος Привет", "ᾅ ῷ", "한국 Hòa", "ậ́", "",
      "quý I/2024: tăng 5,6%", "Thừa Thiên-Huế, Bà Rịa–Vũng Tàu",
    ];
    for (const s of cases) expect([s, fold(s)]).toEqual([s, foldByNfd(s)]);
  });

  it("agrees with the NFD way on random strings of Vietnamese letters, marks and others", () => {
    const alphabet = [..."aăâeêioôơuưyđAĂÂĐàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ", "ng", "h", "t", " ", "-", "1", "\u0300", "\u0301", "\u0323", "\u0302", "Ấ", "Ỳ", "ǹ", "𝐀", "한"];
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let t = 0; t < 5000; t++) {
      let s = "";
      for (let i = rand(9); i > 0; i--) s += alphabet[rand(alphabet.length)];
      expect([s, fold(s)]).toEqual([s, foldByNfd(s)]);
    }
  });
});

describe("lowerCase", () => {
  it("is toLowerCase on every BMP character, alone and among others", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, "ho" + ch, ch + "ng"]) expect([c, lowerCase(s)]).toEqual([c, s.toLowerCase()]);
    }
  });

  it.each(["ΟΔΟΣ", "οδοΣ", "Σ", "aΣb", "İstanbul", "𐐀𐐁", "𝐀", "ǅ", "Ⅻ", "Ⓐ", "đường", "ĐƯỜNG", "", "abc"])("%j", (s) => {
    expect(lowerCase(s)).toBe(s.toLowerCase());
  });
});

describe("wordKey", () => {
  // wordKey skips the key's work for a string that is its own key: it must agree with lookupKey on
  // every spelling, the tone placements of "oa", "oe", "uy" and capitals above all
  it.each([
    "người", "Người", "NGƯỜI", "hòa", "hoà", "hoa", "òa", "oà", "hòe", "hoè", "thủy", "thuỷ", "uỳ", "ùy", "uy", "ùa",
    "tổng  số", "tổng số", "tổng   số", " ", "  ", "", "a", "Ủy ban", "ủy ban", "uỷ ban", "khỏe", "khoẻ", "Hòa  Bình",
    "ǅ", "ﬀ", "İ", "Σ", "kg", "km/h", "đồng/lượng", "F1", "COVID-19", "𝐀b", "o", "u", "oa", "ue", "òo", "ọa", "oạ", "ụy", "uỵ",
  ])("%j", (s) => {
    expect(wordKey(s)).toBe(lookupKey(s));
    expect(wordKey(s)).toBe(lookupKey(s)); // the second time from the cache
  });
});

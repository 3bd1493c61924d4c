import { describe, expect, it } from "vitest";
import { anyOf, execAtWordStart, WB_AFTER } from "../../src/text/pattern.js";
import { charClass, DIGIT, LETTER, LOWER, MARK, UPPER } from "../../src/text/chars.js";

const firstMatch = (words: string[], text: string, opts?: { cases?: boolean }): string | null =>
  new RegExp(anyOf(words, opts) + WB_AFTER, "u").exec(text)?.[0] ?? null;

describe("anyOf (a trie of literals)", () => {
  it.each([
    // [literals, text, the match]
    [["Chủ tịch", "Phó Chủ tịch", "Chủ nhiệm"], "ông là Phó Chủ tịch UBND", "Phó Chủ tịch"],
    [["Bí thư", "Bí thư Thường trực"], "Bí thư Thường trực Tỉnh ủy", "Bí thư Thường trực"],
    // the longer literal does not fit: the shorter one is the match
    [["Bí thư", "Bí thư Thường trực"], "Bí thư Thường vụ", "Bí thư"],
    // a literal that is a prefix of another, with the word boundary after it deciding
    [["tỉnh", "tỉnh lộ"], "đi theo tỉnh lộ 8", "tỉnh lộ"],
    [["TP.", "TP.HCM"], "tại TP.HCM hôm qua", "TP.HCM"],
    // spaces match any run of spaces
    [["ban hành"], "đã ban   hành", "ban   hành"],
    // regex characters are literal
    [["Q.", "H."], "phòng GD Q. Tây Hồ", "Q."],
    [["a+b"], "x a+b y", "a+b"],
  ])("%j in %j → %j", (words, text, expected) => {
    expect(firstMatch(words, text)).toBe(expected);
  });

  it.each([
    [["Chủ tịch"], "chủ tịch"],
    [["tỉnh lộ"], "tỉnh lộ8x"],
    [["Q."], "Q"],
  ])("%j does not match %j", (words, text) => {
    expect(firstMatch(words, text)).toBeNull();
  });

  it("adds the case variants with cases: true", () => {
    for (const text of ["châu Á", "Châu Á", "CHÂU Á"]) expect(firstMatch(["châu Á"], text, { cases: true })).toBe(text);
    expect(firstMatch(["châu Á"], "CHÂU á", { cases: true })).toBeNull();
  });

  it("matches nothing when given no literals", () => {
    expect(firstMatch([], "anything")).toBeNull();
    expect(firstMatch([""], "")).toBeNull();
  });

  it("agrees with a longest-first alternation on every prefix of a sentence", () => {
    const words = ["Phó", "Phó Chủ tịch", "Chủ tịch", "Chủ tịch nước", "Chủ", "tịch", "nước"];
    const plain = new RegExp(`(?:${[...words].sort((a, b) => b.length - a.length).join("|")})`, "gu");
    const trie = new RegExp(anyOf(words), "gu");
    const text = "Phó Chủ tịch nước và Chủ tịch, Phó Chủ nhiệm, Chủ tịch nước";
    expect([...text.matchAll(trie)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(plain)].map((m) => [m.index, m[0]]));
  });
});

describe("execAtWordStart", () => {
  const all = (re: RegExp, s: string): string[] => {
    re.lastIndex = 0;
    const out: string[] = [];
    for (let m = execAtWordStart(re, s); m; m = execAtWordStart(re, s)) out.push(`${m.index}:${m[0]}`);
    return out;
  };

  it("skips matches that start inside a word", () => {
    expect(all(/Nam/gu, "Nam Định, Việt Nam, miềnNam, 5Nam")).toEqual(["0:Nam", "15:Nam"]);
  });

  it("treats a combining mark or an astral letter before the match as part of a word", () => {
    expect(all(/An/gu, "e\u0301An")).toEqual([]);
    expect(all(/An/gu, "𝐀An An")).toEqual(["5:An"]);
  });

  it("moves past an astral character without looping", () => {
    expect(all(/\p{L}/gu, "a𝐀")).toEqual(["0:a"]);
  });

  /** The first version: after a refused match, exec again one code point further (kept to pin the new one). */
  const execAtWordStartStepwise = (re: RegExp, s: string): RegExpExecArray | null => {
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (!(m.index > 0 && /[\p{L}\p{N}\p{M}]$/u.test(s.slice(0, m.index)))) return m;
      re.lastIndex = m.index + (s.codePointAt(m.index)! > 0xffff ? 2 : 1);
    }
    return null;
  };
  const allStepwise = (re: RegExp, s: string): string[] => {
    re.lastIndex = 0;
    const out: string[] = [];
    for (let m = execAtWordStartStepwise(re, s); m; m = execAtWordStartStepwise(re, s)) out.push(`${m.index}:${m[0]}`);
    return out;
  };

  it.each([
    // [pattern, text]
    [/Nam/gu, "Nam Định, Việt Nam, miềnNam, 5Nam, NamNam Nam"],
    [/an/gu, "anan banana an-an an'an Thanh an"],
    [/\p{L}+/gu, "Hà Nội-Hải Phòng o'clock 3G e\u0301a x"],
    [/\p{L}/gu, "a𝐀b 𝐀 c𝐀"],
    [/𝐀/gu, "𝐀𝐀 a𝐀 -𝐀 𝐀"],
    [/A/gu, "𝐀A 😀A \ud835A A\udc00A"],
    [/\p{M}?a/gu, "a\u0301a \u0301a ba"],
    [/(?:Hà Nội|Nội)/gu, "ở Hà Nội, HàNội, Nội"],
    [/-?\d+/gu, "x-5 a12 -3 4-4"],
    [/'?s/gu, "it's 's s'sa"],
    [/x$/gu, "ax"],
    [/x$/gu, "a x"],
    [/^x/gu, "xa"],
    [/(?<=-)\p{L}+/gu, "a-b -c d-e"],
    [/Đà/gu, "Đà Nẵng, ĐàĐà, 3Đà, ĐÀ"],
  ])("%s in %j: the same matches as exec after every refused match", (re, text) => {
    const expected = allStepwise(new RegExp(re.source, re.flags), text);
    expect(all(new RegExp(re.source, re.flags), text)).toEqual(expected);
  });
});

describe("charClass", () => {
  it("agrees with the Unicode property regexes on every BMP code unit", () => {
    const props: [number, RegExp][] = [[LETTER, /^\p{L}$/u], [MARK, /^\p{M}$/u], [DIGIT, /^\p{N}$/u], [UPPER, /^\p{Lu}$/u], [LOWER, /^\p{Ll}$/u]];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const [bit, re] of props) expect([c, bit, (charClass(c) & bit) !== 0]).toEqual([c, bit, re.test(ch)]);
    }
  });
});

import { describe, expect, it } from "vitest";
import { DocumentFrequencies, topTerms } from "../../src/keywords/tfidf.js";
import { documentTerms, isStopword } from "../../src/keywords/terms.js";
import { fold } from "../../src/text/fold.js";
import { CHO_NOI, TAN_PHU, long } from "./articles.js";

describe("documentTerms", () => {
  it.each([
    // [text, a term that must be there (key → count), a key that must not]
    ["Xã Tân Phú họp. Xã Tân Phú mừng.", ["tân phú", 2], "phú họp"],
    ["Hòa Bình và hoà bình", ["hoà bình", 2], "và"],
    ["Học sinh, học sinh", ["học sinh", 2], "sinh học"],
    ["Năm 2024 có 15 lớp", ["lớp", 1], "2024"],
    ["Bến Tre đẹp", ["bến", 1], "bến tre"], // a phrase said once is no term
  ] as const)("%s", (text, [key, count], absent) => {
    const terms = documentTerms(text);
    expect(terms.get(fold(key))?.count).toBe(count);
    expect(terms.has(fold(absent))).toBe(false);
  });

  it("writes a term as the text does, lower case unless only capitalized", () => {
    expect(documentTerms("Long Bình và Long Bình").get(fold("long bình"))?.display).toBe("Long Bình");
    expect(documentTerms("Học sinh giỏi. Các học sinh").get(fold("học sinh"))?.display).toBe("học sinh");
    expect(documentTerms("UBND huyện và UBND").get("ubnd")?.display).toBe("ubnd");
  });

  it("leaves out stop words from data/stopwords.tsv", () => {
    for (const w of ["và", "của", "được", "cho biết"]) expect(isStopword(fold(w))).toBe(true);
    expect(isStopword(fold("trường"))).toBe(false);
  });

  it("takes another word tokenizer (vntk words)", () => {
    const terms = documentTerms("x", () => ["học_sinh", "của", "trường", "12", "học sinh"]);
    expect([...terms.values()].map((t) => [t.display, t.count])).toEqual([
      ["học sinh", 2],
      ["trường", 1],
    ]);
  });
});

describe("topTerms", () => {
  it("ranks a document's own repeated terms above terms every document has", () => {
    const docs = [
      TAN_PHU,
      CHO_NOI,
      long(3),
      "UBND xã An Hòa họp dân. Xã có 40 hộ nghèo, xã hỗ trợ học sinh.",
      "Xã Phú Mỹ làm đường. Người dân xã góp 200 ngày công, học sinh đi học an toàn.",
      "Huyện Chợ Gạo có 19 xã. Các xã đều có trường học đạt chuẩn.",
    ];
    const df = new DocumentFrequencies();
    for (const d of docs) df.add(documentTerms(d).keys());
    expect(df.docs).toBe(6);
    const top = topTerms(documentTerms(TAN_PHU), df, 3);
    expect(top).toHaveLength(3);
    expect(top.some((t) => t.term.includes("Tân Phú"))).toBe(true);
    expect(top.map((t) => t.term)).not.toContain("xã"); // in most documents
    expect(top.every((t, i) => i === 0 || t.score <= top[i - 1]!.score)).toBe(true);
    // no term repeats part of another chosen one
    expect(top.map((t) => t.term)).not.toContain("Phú");
  });

  it("survives a round trip to worker threads (toJSON / from) and pruning", () => {
    const df = new DocumentFrequencies();
    df.add(["a", "b"]);
    df.add(["a"]);
    const back = DocumentFrequencies.from(JSON.parse(JSON.stringify(df.toJSON())));
    expect(back.idf("a")).toBe(df.idf("a"));
    back.prune();
    expect([...back.counts.keys()]).toEqual(["a"]);
    expect(back.idf("b")).toBe(df.idf("b")); // an unknown term counts as df = 1
  });

  it("gives nothing for an empty document or k = 0", () => {
    expect(topTerms(documentTerms(""), new DocumentFrequencies(), 5)).toEqual([]);
    expect(topTerms(documentTerms("Tân Phú"), new DocumentFrequencies(), 0)).toEqual([]);
  });
});

describe("keyword selection", () => {
  const pick = (text: string, k: number) => {
    const df = new DocumentFrequencies();
    df.add(documentTerms(text).keys());
    for (let i = 0; i < 20; i++) df.add(["thương", "hiệu", "doanh", "kinh", "nghiệp"].map((w) => fold(w)));
    return topTerms(documentTerms(text), df, k).map((t) => t.term.toLowerCase());
  };

  it.each([
    // a name said several times comes out whole, not in pieces
    ["Ông Hồ Văn Thắng nói. Hồ Văn Thắng cười. Hồ Văn Thắng đi.", ["hồ văn thắng"], ["văn thắng", "hồ văn"]],
    // a 3-syllable run that is mostly part of a more frequent pair is no term
    [
      "Thương hiệu Việt. Thương hiệu mạnh. Thương hiệu lớn. Thương hiệu hàng đầu. Thương hiệu hàng đầu. Thương hiệu tốt.",
      ["thương hiệu"],
      ["thương hiệu hàng"],
    ],
    // one shared syllable is not a repeat
    ["Kinh doanh tốt. Kinh doanh giỏi. Doanh nghiệp lớn. Doanh nghiệp nhỏ.", ["kinh doanh", "doanh nghiệp"], []],
  ])("%s", (text, want, not) => {
    const got = pick(text, 4);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});

import { describe, it, expect } from "vitest";
import { scoreNer, locateSentences, articleIdOf } from "../../bench/eval/ner.mjs";

// Articles written for these tests. The last two lines of A1 are the same sentence: the second gold
// sentence must land on the second line.
const A1 = [
  "Hà Nội đón đoàn khách Nhật Bản",
  "Sáng 3-4, ông Phạm Minh Quang, Giám đốc Sở Du lịch Hà Nội, đón đoàn tại sân bay Nội Bài. Đoàn gồm 20 người.",
  "Ông Quang cho biết đoàn sẽ thăm tỉnh Ninh Bình.",
  "Ông Quang cho biết đoàn sẽ thăm tỉnh Ninh Bình.",
].join("\n");
const A3 = "Bà Đỗ Thu Hằng về quê ăn Tết.";

/** An entity of `sentence` at the `nth` occurrence of `text`, in sentence offsets. */
function ent(sentence: string, text: string, type: string, depth = 0) {
  const start = sentence.indexOf(text);
  if (start < 0) throw new Error(`not in sentence: ${text}`);
  return { start, end: start + text.length, type, text, depth };
}
const S0 = "Hà Nội đón đoàn khách Nhật Bản";
const S1 = "Sáng 3-4, ông Phạm Minh Quang, Giám đốc Sở Du lịch Hà Nội, đón đoàn tại sân bay Nội Bài.";
const S2 = "Ông Quang cho biết đoàn sẽ thăm tỉnh Ninh Bình.";
const GOLD = [
  { id: "t/1/p0s0", text: S0, entities: [ent(S0, "Hà Nội", "LOCATION"), ent(S0, "Nhật Bản", "LOCATION")] },
  { id: "t/1/p1s0", text: S1, entities: [
    ent(S1, "Phạm Minh Quang", "PERSON"),
    ent(S1, "Sở Du lịch Hà Nội", "ORGANIZATION"),
    ent(S1, "Hà Nội", "LOCATION", 1), // nested: not scored
    ent(S1, "sân bay Nội Bài", "LOCATION"),
  ] },
  // "Đoàn gồm 20 người." (p1s1) is left out of the gold on purpose
  { id: "t/1/p2s0", text: S2, entities: [ent(S2, "Quang", "PERSON"), ent(S2, "tỉnh Ninh Bình", "LOCATION"), ent(S2, "cho biết", "MISCELLANEOUS")] },
  { id: "t/1/p3s0", text: S2, entities: [ent(S2, "Quang", "PERSON"), ent(S2, "tỉnh Ninh Bình", "LOCATION")] },
  { id: "t/2/p0s0", text: "Một câu không có bài.", entities: [ent("Một câu không có bài.", "bài", "PERSON")] },
  { id: "t/3/p0s0", text: A3, entities: [ent(A3, "Đỗ Thu Hằng", "PERSON")] },
];
const ARTICLES = new Map([["t/1", A1], ["t/3", A3]]);

/** The `nth` occurrence of `s` in A1, in article offsets. */
function at(s: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = A1.indexOf(s, start + 1);
  if (start < 0) throw new Error(`not in A1: ${s}`);
  return { start, end: start + s.length };
}

const PRED = {
  schemaVersion: 1,
  text: A1,
  people: [
    { name: "Phạm Minh Quang", mentions: [at("Phạm Minh Quang"), at("Phạm Minh Quang"), at("Quang", 1)], positions: [] },
  ],
  locations: [
    { name: "Hà Nội", level: "city", text: "Hà Nội", mentions: [at("Hà Nội"), at("Hà Nội", 1)], parent: null },
    { name: "Nội Bài", level: "other", text: "Nội Bài", mentions: [at("Nội Bài")], parent: null },
    { name: "Ninh Bình", level: "province", text: "tỉnh Ninh Bình", mentions: [at("tỉnh Ninh Bình"), at("tỉnh Ninh Bình", 1)], parent: null },
  ],
  organizations: [
    { name: "Sở Du lịch Hà Nội", kind: "state", mentions: [at("Sở Du lịch Hà Nội")] },
    { name: "Nhật Bản", kind: null, mentions: [at("Nhật Bản")] },
    { name: "Đoàn", kind: null, mentions: [{ start: at("Đoàn gồm").start, end: at("Đoàn gồm").start + 4 }] },
  ],
};

const row = <R extends { field: string }>(r: { rows: R[] }, type: string): R => {
  const found = r.rows.find((x) => x.field === type);
  if (!found) throw new Error(`no row ${type}`);
  return found;
};

describe("offset mapping", () => {
  it("maps sentence offsets into the article, searching after the previous sentence", () => {
    const { located, unlocated } = locateSentences(GOLD, (id) => ARTICLES.get(id));
    expect(unlocated).toBe(1); // t/2 has no article
    expect(located.map((s) => [s.aid, s.offset])).toEqual([
      ["t/1", 0],
      ["t/1", at(S1).start],
      ["t/1", at(S2).start],
      ["t/1", at(S2, 1).start], // the repeated sentence: the second line, not the first again
      ["t/3", 0],
    ]);
    for (const s of located) for (const e of s.entities) expect((ARTICLES.get(s.aid) ?? "").slice(e.start, e.end)).toBe(e.text);
  });

  it("falls back to the start of the article when a sentence comes out of order", () => {
    const text = "Câu một có An.\nCâu hai có Bình.";
    const gold = [
      { id: "t/9/p1s0", text: "Câu hai có Bình.", entities: [] },
      { id: "t/9/p0s0", text: "Câu một có An.", entities: [ent("Câu một có An.", "An", "PERSON")] },
    ];
    const { located } = locateSentences(gold, () => text);
    expect(located.map((s) => s.offset)).toEqual([15, 0]);
    expect(located[1]?.entities[0]).toMatchObject({ start: 11, end: 13 });
  });

  it("takes the article id from the sentence id", () => {
    expect(articleIdOf("vlsp2018-dev/123/p6s0")).toBe("vlsp2018-dev/123");
    expect(articleIdOf("t/1/p10s12")).toBe("t/1");
  });
});

describe("span scoring", () => {
  const r = scoreNer(GOLD, ARTICLES, new Map([["t/1", { id: "t/1", article: PRED }]]));

  it("counts exact depth-0 spans per type, each distinct span once", () => {
    expect(r.rows.map((x) => x.field)).toEqual(["PERSON", "LOCATION", "ORGANIZATION"]);
    // PERSON: gold Phạm Minh Quang, Quang ×2, Đỗ Thu Hằng; predicted Phạm Minh Quang (twice), the first Quang
    expect(row(r, "PERSON")).toMatchObject({ gold: 4, pred: 2, tp: 2, precision: 1, recall: 0.5 });
    // LOCATION: gold Hà Nội, Nhật Bản, sân bay Nội Bài, tỉnh Ninh Bình ×2 (the nested Hà Nội is not scored);
    // predicted Hà Nội ×2 (one nested), Nội Bài (too short), tỉnh Ninh Bình ×2
    expect(row(r, "LOCATION")).toMatchObject({ gold: 5, pred: 5, tp: 3 });
    // ORGANIZATION: gold Sở Du lịch Hà Nội; predicted it, Nhật Bản (wrong type), Đoàn (outside the gold sentences)
    expect(row(r, "ORGANIZATION")).toMatchObject({ gold: 1, pred: 3, tp: 1 });
    expect(r.macroF1).toBeCloseTo((2 / 3 + 0.6 + 0.5) / 3);
  });

  it("reports articles, sentences and missing predictions", () => {
    expect(r).toMatchObject({ articles: 2, sentences: 5, unlocated: 1, missing: 1, textMismatch: 0 });
  });

  it("gives each miss its sentence and what overlaps it", () => {
    const person = r.misses.PERSON ?? [];
    expect(person.map((m) => [m.kind, m.id, m.key])).toEqual([["missed", "t/1", "Quang"], ["missed", "t/3", "Đỗ Thu Hằng"]]);
    expect(person[0]).toMatchObject({ sentence: S2, span: at("Quang", 2), sentenceSpan: at(S2, 1), note: "no predicted entity here" });
    const loc = r.misses.LOCATION ?? [];
    expect(loc.find((m) => m.key === "Nhật Bản")?.note).toBe('predicted "Nhật Bản" ORGANIZATION');
    expect(loc.find((m) => m.key === "Nội Bài")).toMatchObject({ kind: "spurious", sentence: S1, note: 'gold "sân bay Nội Bài" LOCATION' });
    expect(loc.find((m) => m.kind === "spurious" && m.key === "Hà Nội")?.note).toContain('"Hà Nội" LOCATION (depth 1)');
    const org = r.misses.ORGANIZATION ?? [];
    expect(org.find((m) => m.key === "Đoàn")).toMatchObject({ kind: "spurious", sentence: "Đoàn gồm 20 người." });
  });

  it("scores no prediction as P = R = F1 = 0", () => {
    const none = scoreNer(GOLD, ARTICLES, {});
    for (const x of none.rows) expect(x).toMatchObject({ pred: 0, tp: 0, precision: 0, recall: 0, f1: 0 });
    expect(none.missing).toBe(2);
  });

  it("notices a predicted text that is not the corpus text", () => {
    const shifted = scoreNer(GOLD, ARTICLES, { "t/1": { ...PRED, text: ` ${A1}` } });
    expect(shifted.textMismatch).toBe(1);
  });
});

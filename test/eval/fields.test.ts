import { describe, it, expect } from "vitest";
import { scoreFields } from "../../bench/eval/fields.mjs";
import { key, unitsAgree } from "../../bench/eval/keys.mjs";

// A small article written for these tests.
const TEXT = [
  "Xã Hòa An ra quân làm sạch kênh mương",
  "Sáng 12-3, UBND xã Hòa An (huyện Chợ Mới, tỉnh An Giang) tổ chức ra quân với 320 người tham gia.",
  "Ông Trần Văn Bình, Chủ tịch UBND xã Hòa An, cho biết: “Xã đã chi 1,5 tỷ đồng cho kênh mương”.",
  "Năm nay xã vận động 215 lượt đoàn viên tham gia, mức hỗ trợ 50.000 đồng/người. Mỗi ấp lập 3 tổ, ấp Tây lập thêm 3 tổ.",
  "Theo Quyết định 123/QĐ-UBND ngày 5-1-2024 của UBND huyện Chợ Mới, bà Lê Thị Hạnh làm Phó Chủ tịch.",
  "THANH MAI",
].join("\n");

const span = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  if (start < 0) throw new Error(`not in TEXT: ${s}`);
  return { start, end: start + s.length };
};

/** A complete Article with empty fields, overridden by `parts`. */
function article(parts: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1, text: TEXT, language: { code: "vie", confidence: 1 }, dateline: null, title: null, lead: null,
    sections: [], captions: [], byline: null, people: [], organizations: [], locations: [], figures: [], dates: [],
    documents: [], quotes: [], warnings: [], ...parts,
  };
}

const figure = (text: string, value: number, unit: string | null, from = 0) => ({
  text, span: span(text, from), value, valueMax: null, unit, noun: null, kind: "count", approx: "exact", currency: null, sentence: span(text, from),
});

const row = <R extends { field: string }>(r: { rows: R[] }, field: string): R => {
  const found = r.rows.find((x) => x.field === field);
  if (!found) throw new Error(`no row ${field}`);
  return found;
};

const score = (gold: Record<string, unknown>, parts: Record<string, unknown>) =>
  scoreFields([{ id: "a1", ...gold }], new Map([["a1", article(parts)]]));

describe("counting", () => {
  it("counts true positives, false positives and false negatives per field", () => {
    const r = score(
      { people: [{ name: "Trần Văn Bình", titles: [] }, { name: "Lê Thị Hạnh", titles: [] }, { name: "Nguyễn Văn Tư", titles: [] }] },
      { people: [
        { name: "Trần Văn Bình", mentions: [span("Trần Văn Bình")], positions: [] },
        { name: "Lê Thị Hạnh", mentions: [span("Lê Thị Hạnh")], positions: [] },
        { name: "Hòa An", mentions: [span("Hòa An")], positions: [] },
      ] },
    );
    expect(row(r, "people")).toMatchObject({ gold: 3, pred: 3, tp: 2 });
    expect(row(r, "people").precision).toBeCloseTo(2 / 3);
    expect(row(r, "people").f1).toBeCloseTo(2 / 3);
    expect(r.misses.people?.map((m) => [m.kind, m.key])).toEqual([["missed", "nguyễn văn tư"], ["spurious", "hòa an"]]);
  });

  it("scores an empty field as perfect, leaves it out of the macro F1, and a silent parser as P = 0", () => {
    const r = score({ headings: [], documents: [{ kind: "Quyết định", number: "123/QĐ-UBND" }] }, {});
    expect(row(r, "headings")).toMatchObject({ gold: 0, pred: 0, tp: 0, precision: 1, recall: 1, f1: 1 });
    expect(row(r, "documents")).toMatchObject({ gold: 1, pred: 0, precision: 0, recall: 0, f1: 0 });
    // documents and document details have gold; both F1 0
    expect(r.macroF1).toBe(0);
  });

  it("counts a gold record without a prediction as missing, with every gold item missed", () => {
    const r = scoreFields([{ id: "x", title: "Tiêu đề", people: [{ name: "Lê Thị Hạnh", titles: [] }] }], new Map([["x", { id: "x", error: { code: "E", message: "boom" } }]]));
    expect(r.missing).toBe(1);
    expect(row(r, "title")).toMatchObject({ gold: 1, pred: 0, tp: 0 });
    expect(row(r, "people")).toMatchObject({ gold: 1, pred: 0, tp: 0 });
  });

  it("accepts batch lines ({id, article}) and plain objects as predictions", () => {
    const gold = [{ id: "a1", title: "Xã Hòa An ra quân làm sạch kênh mương" }];
    const title = { text: "Xã Hòa An ra quân làm sạch kênh mương", span: span("Xã Hòa An ra quân làm sạch kênh mương") };
    expect(row(scoreFields(gold, { a1: { id: "a1", article: article({ title }) } }), "title").tp).toBe(1);
    expect(row(scoreFields(gold, { a1: article({ title }) }), "title").tp).toBe(1);
  });

  it("counts captions by number: min(predicted, gold) are correct", () => {
    const cap = (t: string) => ({ text: t, credit: null, span: span(t) });
    const r = score({ captions: 1 }, { captions: [cap("THANH MAI"), cap("Năm nay")] });
    expect(row(r, "captions")).toMatchObject({ gold: 1, pred: 2, tp: 1 });
  });
});

describe("normalisation: NFC, lower case, white space, edge punctuation", () => {
  it("builds keys the same way from every spelling", () => {
    const nfc = "trần văn bình";
    expect(key("Trần Văn Bình")).toBe(nfc);
    expect(key("Trần Văn Bình".normalize("NFD"))).toBe(nfc);
    expect(key("TRẦN  VĂN\tBÌNH")).toBe(nfc);
    expect(key(" “Trần Văn Bình”: ")).toBe(nfc);
    expect(key("Trần Văn Bình.")).toBe(nfc);
    expect(key(null)).toBe("");
    expect(key("(Trần Văn Bình)")).toBe("(trần văn bình)"); // brackets are not trimmed
    expect(key("Trần Văn Bình!")).not.toBe(nfc);
  });

  it("matches a title written in NFD, capitals and with a trailing full stop", () => {
    const gold = "Xã Hòa An ra quân làm sạch kênh mương";
    const r = score({ title: gold }, { title: { text: `${gold.toLocaleUpperCase("vi").normalize("NFD")}.`, span: span(gold) } });
    expect(row(r, "title")).toMatchObject({ gold: 1, pred: 1, tp: 1 });
  });

  it("does not fold away tone marks: Bình ≠ Binh", () => {
    const r = score({ byline: "Thanh Mai" }, { byline: { text: "THANH MAI", name: "Thanh Mải", span: span("THANH MAI") } });
    expect(row(r, "byline").tp).toBe(0);
  });
});

describe("multiset matching", () => {
  it("counts every occurrence of a figure once", () => {
    const gold = { figures: [{ value: 3, unit: "tổ", text: "3 tổ" }, { value: 3, unit: "tổ", text: "3 tổ" }] };
    const one = score(gold, { figures: [figure("3 tổ", 3, "tổ")] });
    expect(row(one, "figures")).toMatchObject({ gold: 2, pred: 1, tp: 1 });
    // the second gold "3 tổ" is looked for at the second occurrence in the text
    const miss = one.misses.figures?.[0];
    expect(miss?.kind).toBe("missed");
    expect(miss?.span).toEqual(span("3 tổ", span("3 tổ").end));
    const three = score(gold, { figures: [figure("3 tổ", 3, "tổ"), figure("3 tổ", 3, "tổ"), figure("3 tổ", 3, "tổ")] });
    expect(row(three, "figures")).toMatchObject({ gold: 2, pred: 3, tp: 2 });
  });

  it("counts a repeated document citation per occurrence, and a name once per key", () => {
    const doc = { kind: "Quyết định", number: "123/QĐ-UBND" };
    const pred = { text: "Quyết định 123/QĐ-UBND", span: span("Quyết định 123/QĐ-UBND"), kind: "Quyết định", number: "123/QĐ-UBND", date: null, issuer: null, subject: null };
    const r = score({ documents: [doc, doc] }, { documents: [pred] });
    expect(row(r, "documents")).toMatchObject({ gold: 2, pred: 1, tp: 1 });
  });

  it("counts a person's title once however many positions repeat it", () => {
    const pos = { title: "Chủ tịch", organization: "UBND xã Hòa An", span: span("Chủ tịch UBND xã Hòa An") };
    const r = score(
      { people: [{ name: "Trần Văn Bình", titles: ["Chủ tịch"] }, { name: "Lê Thị Hạnh", titles: ["Phó Chủ tịch"] }] },
      { people: [
        { name: "Trần Văn Bình", mentions: [span("Trần Văn Bình")], positions: [pos, { ...pos, title: "chủ tịch" }] },
        { name: "Lê Thị Hạnh", mentions: [span("Lê Thị Hạnh")], positions: [{ title: "Chủ tịch", organization: null, span: span("Chủ tịch", span("Lê Thị Hạnh").end) }] },
      ] },
    );
    expect(row(r, "officials")).toMatchObject({ gold: 2, pred: 2, tp: 1 });
    const missed = r.misses.officials?.find((m) => m.kind === "missed");
    expect(missed?.key).toBe("lê thị hạnh|phó chủ tịch");
    expect(missed?.note).toBe('predicted titles: "Chủ tịch"');
    expect(missed?.sentence).toContain("bà Lê Thị Hạnh làm Phó Chủ tịch");
  });

  it("scores each place once, and not predicted places of level other", () => {
    const loc = (name: string, level: string) => ({ name, level, text: name, mentions: [span(name)], parent: null });
    const r = score(
      { locations: [{ name: "Hòa An", level: "commune" }, { name: "Chợ Mới", level: "district" }, { name: "An Giang", level: "province" }] },
      { locations: [loc("Hòa An", "commune"), loc("Hòa An", "commune"), loc("Chợ Mới", "other"), loc("An Giang", "city")] },
    );
    expect(row(r, "locations")).toMatchObject({ gold: 3, pred: 2, tp: 1 });
    expect(r.misses.locations?.find((m) => m.key === "an giang|province")?.note).toBe("predicted with level city");
  });
});

describe("figures: value and unit agreement", () => {
  it("lets a unit agree with itself plus more words or plus /…", () => {
    expect(unitsAgree("lượt", "lượt đồng chí")).toBe(true);
    expect(unitsAgree("lượt đồng chí", "lượt")).toBe(true);
    expect(unitsAgree("đồng", "đồng/người")).toBe(true);
    expect(unitsAgree("đồng/người", "đồng")).toBe(true);
    expect(unitsAgree("người", "người")).toBe(true);
    expect(unitsAgree("lượt", "lượng")).toBe(false);
    expect(unitsAgree("đồng", "đồngx")).toBe(false);
    expect(unitsAgree("", "người")).toBe(false);
    expect(unitsAgree("", "")).toBe(true);
  });

  it("scores compound units and rates as agreeing, other units and values not", () => {
    const gold = {
      figures: [
        { value: 320, unit: "người", text: "320 người" },
        { value: 1_500_000_000, unit: "đồng", text: "1,5 tỷ đồng" },
        { value: 215, unit: "lượt", text: "215 lượt" },
        { value: 50_000, unit: "đồng", text: "50.000 đồng" },
      ],
    };
    const r = score(gold, {
      figures: [
        figure("320 người", 320, "người"),
        figure("1,5 tỷ đồng", 1.5e9 * (1 + 1e-12), "Đồng"), // float noise and capitals
        figure("215 lượt đoàn viên", 215, "lượt đoàn viên"),
        figure("50.000 đồng/người", 50, "đồng/người"), // wrong value
      ],
    });
    expect(row(r, "figures")).toMatchObject({ gold: 4, pred: 4, tp: 3 });
    // figure values compares the numbers' exact string forms: the float noise counts there
    expect(row(r, "figure values")).toMatchObject({ gold: 4, pred: 4, tp: 2 });
    const missed = r.misses.figures?.find((m) => m.kind === "missed");
    expect(missed?.key).toBe("50000|đồng");
    expect(missed?.sentence).toBe("Năm nay xã vận động 215 lượt đoàn viên tham gia, mức hỗ trợ 50.000 đồng/người.");
    expect(missed?.note).toContain("predicted here: 50");
    const spurious = r.misses.figures?.find((m) => m.kind === "spurious");
    expect(spurious?.key).toBe("50|đồng/người");
  });

  it("needs the unit to agree for figures but not for figure values", () => {
    const r = score({ figures: [{ value: 320, unit: "người", text: "320 người" }] }, { figures: [figure("320 người", 320, "lượt")] });
    expect(row(r, "figures").tp).toBe(0);
    expect(row(r, "figure values").tp).toBe(1);
  });
});

describe("lead", () => {
  const lead = TEXT.split("\n")[1] as string;
  const leadBlock = (text: string) => ({ text, span: span(text) });

  it("is correct when the predicted lead starts with the gold's first characters", () => {
    const r = score({ lead_starts: lead.slice(0, 40) }, { lead: leadBlock(lead) });
    expect(row(r, "lead")).toMatchObject({ gold: 1, pred: 1, tp: 1 });
  });

  it("sees through case and NFD but not through a different start", () => {
    expect(row(score({ lead_starts: lead.slice(0, 40).toLocaleUpperCase("vi").normalize("NFD") }, { lead: leadBlock(lead) }), "lead").tp).toBe(1);
    const wrong = score({ lead_starts: lead.slice(0, 40) }, { lead: leadBlock(TEXT.split("\n")[2] as string) });
    expect(row(wrong, "lead")).toMatchObject({ gold: 1, pred: 1, tp: 0 });
    expect(wrong.misses.lead?.map((m) => m.kind)).toEqual(["missed", "spurious"]);
    expect(wrong.misses.lead?.[0]?.sentence).toContain("Sáng 12-3");
  });

  it("counts a lead predicted where the gold has none as correct, like the reference scorer", () => {
    // A quirk of shared/tools/score-fields.mjs kept for agreement: every text starts with "".
    const r = score({ lead_starts: null }, { lead: leadBlock(lead) });
    expect(row(r, "lead")).toMatchObject({ gold: 0, pred: 1, tp: 1 });
  });
});

describe("documents, quotes, dateline", () => {
  const doc = { text: "Quyết định 123/QĐ-UBND ngày 5-1-2024", span: span("Quyết định 123/QĐ-UBND ngày 5-1-2024"), kind: "Quyết định", number: "123/QĐ-UBND", date: "2024-01-05", issuer: "UBND huyện Chợ Mới", subject: null };

  it("checks the date and issuer the gold gives, on the matched citation", () => {
    const gold = { documents: [{ kind: "Quyết định", number: "123/QĐ-UBND", date: "2024-01-05", issuer: "UBND huyện Chợ Mới" }] };
    expect(row(score(gold, { documents: [doc] }), "document details").tp).toBe(1);
    const wrong = score(gold, { documents: [{ ...doc, date: "2024-05-01" }] });
    expect(row(wrong, "documents").tp).toBe(1);
    expect(row(wrong, "document details")).toMatchObject({ gold: 1, pred: 1, tp: 0 });
    expect(wrong.misses["document details"]?.[0]?.note).toContain("predicted date 2024-05-01");
    expect(row(score({ documents: [{ kind: "Quyết định", number: "123/QĐ-UBND" }] }, { documents: [{ ...doc, date: null, issuer: null }] }), "document details").tp).toBe(1);
  });

  it("keys quotes on speaker and direct, with null for an unnamed speaker", () => {
    const q = (speaker: string | null, direct: boolean) => ({ speaker, verb: "cho biết", text: "…", span: span("cho biết"), direct });
    const r = score(
      { quotes: [{ speaker: "Trần Văn Bình", direct: true }, { speaker: null, direct: false }] },
      { quotes: [q("Trần Văn Bình", false), q(null, false)] },
    );
    expect(row(r, "quotes")).toMatchObject({ gold: 2, pred: 2, tp: 1 });
    expect(r.misses.quotes?.find((m) => m.kind === "missed")?.sentence).toContain("cho biết:");
  });

  it("compares datelines to the minute", () => {
    const dl = (value: string) => ({ text: "x", span: { start: 0, end: 1 }, weekday: null, value, weekdayMatches: null });
    expect(row(score({ dateline: "2024-03-12T07:30:00+07:00" }, { dateline: dl("2024-03-12T07:30:45+07:00") }), "dateline").tp).toBe(1);
    expect(row(score({ dateline: "2024-03-12T07:30:00+07:00" }, { dateline: dl("2024-03-12") }), "dateline").tp).toBe(0);
  });
});

describe("table", () => {
  it("orders rows as the reference does and averages F1 over fields with gold", () => {
    const r = score({ title: "Xã Hòa An ra quân làm sạch kênh mương", byline: "Thanh Mai", headings: [], people: [] }, {
      title: { text: "Xã Hòa An ra quân làm sạch kênh mương", span: span("Xã Hòa An ra quân làm sạch kênh mương") },
      byline: { text: "THANH MAI", name: "Hồng Mai", span: span("THANH MAI") },
    });
    expect(r.rows.map((x) => x.field)).toEqual(["title", "headings", "byline", "people", "officials"]);
    expect(r.macroF1).toBe(0.5); // title 1, byline 0
    const b = r.misses.byline?.find((m) => m.kind === "missed");
    expect(b?.sentence).toBe("THANH MAI");
  });
});

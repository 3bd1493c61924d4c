import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BaochiError, defaultExtractors, defineExtractor, extractorsFor, parseArticle, type Extractor, type FindingKey } from "../../src/index.js";
import { FINDING_KEYS } from "../../src/extractors/types.js";
import { CHO_NOI, SHORT, TAN_PHU } from "../stream/articles.js";
import { articleText } from "../robustness/arbitraries.js";

const names = (list: readonly Extractor[]) => list.map((e) => e.name);

describe("extractorsFor: the extractors a field needs", () => {
  it.each<[FindingKey[], string[]]>([
    [["dates"], ["dates"]],
    [["documents"], ["documents"]],
    // the parse drops figures whose numbers dates and documents hold
    [["figures"], ["dates", "documents", "figures"]],
    // places inside organisation names come last and read the organisations
    [["locations"], ["locations", "organizations", "locations"]],
    [["organizations"], ["locations", "organizations"]],
    // people skip organisation and document spans, and read the place marks
    [["people"], ["documents", "locations", "organizations", "people"]],
    [["quotes"], ["documents", "locations", "organizations", "people", "quotes"]],
    [["dates", "quotes"], ["dates", "documents", "locations", "organizations", "people", "quotes"]],
    [[...FINDING_KEYS], names(defaultExtractors)],
    [[], []],
  ])("%j → %j", (fields, expected) => {
    expect(names(extractorsFor(fields))).toEqual(expected);
  });

  it("keeps the default list's objects and order", () => {
    const all = extractorsFor([...FINDING_KEYS]);
    expect(all).toEqual([...defaultExtractors]);
    all.forEach((e, i) => expect(e).toBe(defaultExtractors[i]));
  });

  it("says of every default extractor what it reads, and only fields filled before it", () => {
    defaultExtractors.forEach((e, i) => {
      expect(e.reads, e.name).toBeDefined();
      const before = new Set(defaultExtractors.slice(0, i + 1).map((x) => x.name));
      for (const r of e.reads!) expect(before.has(r), `${e.name} reads ${r}`).toBe(true);
    });
  });

  it("keeps every earlier extractor before one that does not say what it reads", () => {
    const custom = defineExtractor({ name: "quotes", run: () => [] });
    const alone = defineExtractor({ name: "dates", reads: [], run: () => [] });
    expect(names(extractorsFor(["quotes"], [defaultExtractors[0]!, defaultExtractors[1]!, custom]))).toEqual(["dates", "documents", "quotes"]);
    expect(extractorsFor(["dates"], [defaultExtractors[1]!, alone, custom])).toEqual([alone]);
  });

  it.each([
    [["people", "votes"], /unknown field "votes": extractors fill dates, documents, figures/],
    [["Figures"], /unknown field "Figures"/],
    ["figures", /fields must be an array/],
    [null, /fields must be an array/],
  ])("refuses %j", (fields, message) => {
    let err: unknown;
    try {
      extractorsFor(fields as unknown as FindingKey[]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BaochiError);
    expect((err as BaochiError).code).toBe("invalid-options");
    expect((err as BaochiError).message).toMatch(message);
  });
});

// The promise: a field read alone is exactly that field of a full parse.
const fixturesRoot = join(import.meta.dirname, "..", "..", "fixtures");
const walk = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : n.endsWith(".txt") ? [join(dir, n)] : []));
const texts: [string, string][] = [
  ...walk(fixturesRoot).map((p): [string, string] => [p.slice(fixturesRoot.length + 1), readFileSync(p, "utf8")]),
  ["TAN_PHU", TAN_PHU],
  ["CHO_NOI", CHO_NOI],
  ["SHORT", SHORT],
];
const alone = FINDING_KEYS.map((field) => ({ field, options: { fields: [field], detectLanguage: false } }));

/** The fields whose reading alone differs from the full parse of `text`. */
function differing(text: string): FindingKey[] {
  const full = parseArticle(text);
  return alone.filter(({ field, options }) => JSON.stringify(parseArticle(text, options)[field]) !== JSON.stringify(full[field])).map((a) => a.field);
}

describe("a field read alone equals the full parse's", () => {
  it.each(texts)("%s", (_name, text) => {
    expect(differing(text)).toEqual([]);
  });

  it("on random article-like text", () => {
    fc.assert(
      fc.property(articleText, (text) => {
        expect(differing(text)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  // what the reads are for: without the dates, a date's numbers read as figures
  it.each([
    ["Hội chợ nông sản khai mạc sáng 1/5 diễn ra đến hết ngày 7/5 tại trung tâm huyện.", "1/5 diễn"],
    ["Đến ngày 6/12 lần thứ hai đoàn kiểm tra quay lại xã.", "6/12 lần"],
  ])("figures without dates and documents would differ: %s", (text, wrong) => {
    const figuresOnly = defaultExtractors.filter((e) => e.name === "figures");
    expect(parseArticle(text, { extractors: figuresOnly }).figures.map((f) => f.text)).toContain(wrong);
    expect(parseArticle(text, { extractors: extractorsFor(["figures"]) }).figures.map((f) => f.text)).toEqual(parseArticle(text).figures.map((f) => f.text));
    expect(parseArticle(text).figures.map((f) => f.text)).not.toContain(wrong);
  });

  it("extractorsFor alone leaves what its extractors found: the dates before the figures", () => {
    const a = parseArticle(TAN_PHU, { extractors: extractorsFor(["figures"]) });
    expect(a.figures.length).toBeGreaterThan(0);
    expect(a.dates).toEqual(parseArticle(TAN_PHU).dates);
    expect([a.people, a.organizations, a.locations, a.quotes]).toEqual([[], [], [], []]);
  });
});

describe("options.fields", () => {
  it("empties the fields not asked for and names them in a warning", () => {
    const a = parseArticle(TAN_PHU, { fields: ["figures"] });
    expect(a.figures).toEqual(parseArticle(TAN_PHU).figures);
    expect([a.dates, a.documents, a.people, a.organizations, a.locations, a.quotes]).toEqual([[], [], [], [], [], []]);
    expect(a.warnings.filter((w) => w.code === "fields-not-read")).toEqual([
      { code: "fields-not-read", message: "only figures read (options.fields); dates, documents, locations, organizations, people, quotes left empty" },
    ]);
  });

  // the case it is for: the places run before the organisations, but a full reading of the places
  // also takes those inside organisation names, which come after
  it("does not return a field half-read", () => {
    const text = "Đoàn công tác đã làm việc với Sở Y tế Hà Nội và Sở Giáo dục tỉnh Bắc Ninh về dịch bệnh.";
    expect(extractorsFor(["organizations"]).map((e) => e.name)).toEqual(["locations", "organizations"]);
    const a = parseArticle(text, { fields: ["organizations"] });
    expect(a.organizations).toEqual(parseArticle(text).organizations);
    expect(a.organizations.length).toBeGreaterThan(0);
    expect(a.locations).toEqual([]);
  });

  it("with every field is a full parse, with no warning", () => {
    expect(parseArticle(CHO_NOI, { fields: [...FINDING_KEYS] })).toEqual(parseArticle(CHO_NOI));
  });

  it("chooses from options.extractors", () => {
    const marker = defineExtractor({ name: "quotes", reads: ["dates"], run: (_doc, found) => found.dates.map((d) => ({ text: d.text, span: d.span, speaker: null, verb: "nói", direct: false })) });
    const a = parseArticle(TAN_PHU, { extractors: [...defaultExtractors.slice(0, 3), marker], fields: ["quotes"] });
    expect(a.quotes.map((q) => q.text)).toEqual(parseArticle(TAN_PHU).dates.map((d) => d.text));
    expect(a.dates).toEqual([]);
  });

  it.each([[["votes"]], ["figures"], [[]]])("refuses %j… or reads nothing", (fields) => {
    if (Array.isArray(fields) && fields.length === 0) {
      const a = parseArticle(TAN_PHU, { fields: [] });
      expect([a.figures, a.people]).toEqual([[], []]);
      expect(a.warnings.at(-1)!.message).toMatch(/^only no field read/);
      return;
    }
    expect(() => parseArticle(TAN_PHU, { fields: fields as unknown as FindingKey[] })).toThrow(/invalid option fields/);
  });
});

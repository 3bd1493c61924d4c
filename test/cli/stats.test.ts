import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CorpusStats, articleFacts } from "../../src/cli/batch/facts.js";
import { statsTable } from "../../src/cli/commands/stats.js";
import type { Article } from "../../src/index.js";
import { CHO_NOI, SHORT, TAN_PHU } from "../stream/articles.js";
import { cli, jl } from "./helpers.js";

const input = [jl({ id: "a", text: TAN_PHU }), jl({ id: "b", text: CHO_NOI }), jl({ id: "c", text: SHORT }), jl({ id: "d", text: "" }), "{x\n"].join("");

describe("baochi stats", () => {
  it("--json: records, failures, per-field counts that agree with batch", async () => {
    const r = await cli(["stats", "-", "--json", "-j", "1"], input);
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ records: 5, parsed: 3, failed: 2 });
    expect(s.top.errors).toEqual([
      { value: "empty-text", count: 1 },
      { value: "invalid-json", count: 1 },
    ]);
    const articles = (await cli(["batch", "-", "-j", "1"], input)).stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l).article as Article | undefined)
      .filter((a): a is Article => !!a);
    for (const field of ["figures", "dates", "documents", "locations", "quotes", "people"] as const) {
      expect(s.fields[field]).toEqual({
        articles: articles.filter((a) => a[field].length > 0).length,
        mentions: articles.reduce((n, a) => n + a[field].length, 0),
      });
    }
    expect(s.fields.title.articles).toBe(articles.filter((a) => a.title).length);
    expect(r.stderr).toMatch(/^baochi: 5 records, 2 failed/);
  });

  it("prints aligned tables by default", async () => {
    const dir = mkdtempSync(join(tmpdir(), "baochi-stats-"));
    writeFileSync(join(dir, "a.txt"), TAN_PHU);
    writeFileSync(join(dir, "b.txt"), CHO_NOI);
    const r = await cli(["stats", dir, "-j", "1", "-q"]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("2 records: 2 parsed, 0 failed");
    const header = lines.find((l) => l.startsWith("field"))!;
    const figures = lines.find((l) => l.startsWith("figures "))!;
    // the numbers end where their header ends (right-aligned)
    expect(figures.length).toBe(header.length);
  });

  it("ranks units, titles, document kinds and provinces", () => {
    const s = new CorpusStats();
    const article = (over: Partial<Article>): Article =>
      ({ text: "", people: [], figures: [], documents: [], locations: [], warnings: [], sections: [], captions: [], organizations: [], dates: [], quotes: [], title: null, lead: null, byline: null, dateline: null, ...over }) as Article;
    const fig = (unit: string) => ({ unit }) as Article["figures"][number];
    s.add(articleFacts({ id: "1", article: article({ figures: [fig("người"), fig("%"), fig("người")] }) }));
    s.add(articleFacts({ id: "2", article: article({ figures: [fig("ha")], locations: [{ name: "Bến Tre", level: "province", text: "tỉnh Bến Tre", mentions: [], parent: null }, { name: "Cần Thơ", level: "city", text: "TP Cần Thơ", mentions: [], parent: null }, { name: "Châu Thành", level: "district", text: "huyện Châu Thành", mentions: [], parent: "tỉnh Bến Tre" }] }) }));
    s.add(articleFacts({ id: "3", error: { code: "empty-text", message: "" } }));
    expect(s.most("units", 2)).toEqual([["người", 2], ["%", 1]]);
    expect(s.most("provinces", 5)).toEqual([["Bến Tre", 1], ["Cần Thơ", 1]]);
    expect(s.fields.get("figures")).toEqual({ articles: 2, mentions: 4 });
    expect(statsTable(s, 3)).toMatch(/^figure units +count\nngười +2\n% +1\nha +1\n/m);
  });
});

import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArticle, Article } from "../../src/index.js";
import { checkSpans } from "../helpers/spans.js";

// Golden articles: fixtures/<outlet-style>/<slug>.txt, written by us in the layouts of real outlets.
// The full reading is pinned in <slug>.json beside it (without `text`, which is the .txt itself).
// After a deliberate change: `npx vitest run test/golden -u`, then review the .json diffs.
const root = join(import.meta.dirname, "..", "..", "fixtures");
const walk = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : n.endsWith(".txt") ? [p] : [];
    });
const fixtures = walk(root).map((p) => [relative(root, p), p] as const);

describe("golden fixtures", () => {
  it("has at least 12 articles from at least 6 outlets", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
    expect(new Set(fixtures.map(([r]) => r.split("/")[0])).size).toBeGreaterThanOrEqual(6);
  });

  it.each(fixtures)("%s", async (_rel, path) => {
    const bytes = readFileSync(path);
    const article = parseArticle(bytes);
    expect(Article.safeParse(article).success).toBe(true);
    expect(checkSpans(article)).toEqual([]);
    const { text: _text, ...reading } = article;
    await expect(JSON.stringify(reading, null, 2) + "\n").toMatchFileSnapshot(path.replace(/\.txt$/, ".json"));
  });
});

describe("fixtures/check.mjs", () => {
  // the expected readings must agree with their texts (titles are lines, bylines are at the end …)
  it("finds every expected reading consistent with its text", async () => {
    const { execFileSync } = await import("node:child_process");
    const out = execFileSync(process.execPath, [join(root, "check.mjs")], { encoding: "utf8" });
    expect(out).toMatch(/\b0 failed\b/);
  });
});

// The checks both page suites (pages.test.ts, pages-more.test.ts) run on every page they read: what
// is left out of the text, the people, figures and documents found in it, and the other input formats.
import { expect, it } from "vitest";
import { parseArticle, type Article } from "../../src/index.js";
import { articleProblems } from "../../bench/lib/check-article.mjs";

export interface PageFindings {
  page: string;
  /** text of the page that is not the article's */
  absent: string[];
  /** [name, title, organization] */
  people: [string, string, string][];
  /** [text, value, approx] */
  figures: [string, number, string][];
  /** [text starts with, kind, number, date] */
  documents: [string, string, string, string | null][];
}

export const warningCodes = (a: Article): string[] => a.warnings.map((w) => w.code);

/** Registers the shared checks of page `c`, read (with the default options) as `a`. */
export function checkPage(c: PageFindings, a: Article): void {
  it.each(c.absent)("leaves out the page's %j", (s) => {
    expect(a.text).not.toContain(s);
  });

  it.each(c.people)("finds %s as %s of %s", (name, title, org) => {
    const p = a.people.find((x) => x.name === name);
    expect(p?.positions.map((x) => [x.title, x.organization])).toContainEqual([title, org]);
    for (const pos of p!.positions) expect(a.text.slice(pos.span.start, pos.span.end).startsWith(pos.title)).toBe(true);
    for (const m of p!.mentions) expect(name.includes(a.text.slice(m.start, m.end))).toBe(true);
  });

  it.each(c.figures)("finds the figure %j", (text, value, approx) => {
    const f = a.figures.find((x) => x.text === text);
    expect(f).toMatchObject({ value, approx });
    expect(a.text.slice(f!.span.start, f!.span.end)).toBe(text);
  });

  it.each(c.documents)("finds the document %j", (text, kind, number, date) => {
    const d = a.documents.find((x) => x.text.startsWith(text));
    expect(d).toMatchObject({ kind, number, date });
    expect(a.text.slice(d!.span.start, d!.span.end)).toBe(d!.text);
  });

  it('reads the same with inputFormat "html", without the warning', () => {
    const h = parseArticle(c.page, { inputFormat: "html" });
    expect(warningCodes(h)).not.toContain("read-as-html");
    expect(h.text).toBe(a.text);
    expect({ ...h, warnings: [] }).toEqual({ ...a, warnings: [] });
  });

  it('keeps the page as it is with inputFormat "text"', () => {
    const t = parseArticle(c.page, { inputFormat: "text" });
    expect(t.text).toBe(c.page);
    expect(warningCodes(t)).not.toContain("read-as-html");
    expect(articleProblems(t)).toEqual([]);
  });
}

import type { Article, Span } from "../../src/index.js";

/**
 * Every span of an article, checked: inside the text, start ≤ end, and for objects that carry
 * both, `text === article.text.slice(span)`. Returns the problems found (empty when all hold).
 */
export function checkSpans(article: Article): string[] {
  const problems: string[] = [];
  const n = article.text.length;
  const okSpan = (s: Span, where: string): boolean => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= n)) {
      problems.push(`${where}: span ${s.start}-${s.end} outside 0-${n}`);
      return false;
    }
    return true;
  };
  const visit = (v: unknown, where: string): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, `${where}[${i}]`));
    if (v === null || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    if (o.span && typeof o.span === "object") {
      const s = o.span as Span;
      if (okSpan(s, where) && typeof o.text === "string" && article.text.slice(s.start, s.end) !== o.text) {
        problems.push(`${where}: text ${JSON.stringify(o.text)} ≠ slice ${JSON.stringify(article.text.slice(s.start, s.end))}`);
      }
    }
    for (const [k, x] of Object.entries(o)) {
      if (k === "text") continue;
      if ((k === "mentions" || k === "sentence") && x) {
        const spans = Array.isArray(x) ? (x as Span[]) : [x as Span];
        spans.forEach((s, i) => okSpan(s, `${where}.${k}[${i}]`));
        continue;
      }
      visit(x, `${where}.${k}`);
    }
  };
  const { text: _t, ...rest } = article;
  visit(rest, "article");
  return problems;
}

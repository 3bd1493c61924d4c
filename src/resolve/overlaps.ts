import type { Span } from "../schema/article.js";

/**
 * Drops the items whose span overlaps any claimed span: a number that a date or a document
 * reference already took ("Kế hoạch 58", "22-5-2023") is not also a figure.
 */
export function dropClaimed<T extends { span: Span }>(items: readonly T[], claimed: readonly Span[]): T[] {
  if (claimed.length === 0 || items.length === 0) return [...items];
  // merge the claims into disjoint sorted intervals
  const cs = [...claimed].sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const c of cs) {
    if (c.end <= c.start) continue;
    const last = ends.length - 1;
    if (last >= 0 && c.start <= ends[last]!) ends[last] = Math.max(ends[last]!, c.end);
    else {
      starts.push(c.start);
      ends.push(c.end);
    }
  }
  // an item overlaps a claim iff the last interval starting before the item's end ends after its start
  return items.filter((it) => {
    let lo = 0;
    let hi = starts.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < it.span.end) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return !(k >= 0 && ends[k]! > it.span.start);
  });
}

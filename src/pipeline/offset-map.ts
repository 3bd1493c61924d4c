import type { Span } from "../schema/article.js";

/**
 * Maps offsets in the normalized text back to the caller's input.
 *
 * Normalization replaces a few stretches of the input (an NFD cluster by its NFC letter, CRLF by LF,
 * a zero-width space by nothing …). Only those stretches are stored, as parallel arrays sorted by
 * their normalized start; between them the two texts run in step, so an offset moves by the
 * difference accumulated so far. A replaced stretch is atomic: a span that starts in it starts at
 * its input start, a span that ends in it ends at its input end.
 */
export class OffsetMap {
  /** normalized start / end, input start / end of each replaced stretch */
  private readonly nStart: number[] = [];
  private readonly nEnd: number[] = [];
  private readonly iStart: number[] = [];
  private readonly iEnd: number[] = [];

  /** Records that input `[iStart, iEnd)` became normalized `[nStart, nEnd)`; calls come in text order. */
  add(nStart: number, nEnd: number, iStart: number, iEnd: number): void {
    this.nStart.push(nStart);
    this.nEnd.push(nEnd);
    this.iStart.push(iStart);
    this.iEnd.push(iEnd);
  }

  get isIdentity(): boolean {
    return this.nStart.length === 0;
  }

  /** The last stretch whose normalized start is ≤ `pos` (or < `pos` when `strict`), or -1. */
  private find(pos: number, strict: boolean): number {
    const a = this.nStart;
    let lo = 0;
    let hi = a.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = a[mid]!;
      if (strict ? v < pos : v <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Input offset where a span starting at normalized `pos` starts. */
  toInputStart(pos: number): number {
    const k = this.find(pos, false);
    if (k < 0) return pos;
    if (pos < this.nEnd[k]!) return this.iStart[k]!;
    return this.iEnd[k]! + (pos - this.nEnd[k]!);
  }

  /** Input offset where a span ending at normalized `pos` ends. */
  toInputEnd(pos: number): number {
    const k = this.find(pos, true);
    if (k < 0) return pos;
    if (pos <= this.nEnd[k]!) return this.iEnd[k]!;
    return this.iEnd[k]! + (pos - this.nEnd[k]!);
  }

  /** The input span of normalized `[start, end)`. */
  toInput(start: number, end: number): Span {
    const s = this.toInputStart(start);
    const e = end <= start ? s : this.toInputEnd(end);
    return { start: s, end: Math.max(s, e) };
  }
}
